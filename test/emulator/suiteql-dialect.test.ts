import { describe, expect, it } from 'vitest';
import { translateSuiteQL } from '../../src/emulator/suiteql-dialect.js';
import { tokenizeSql } from '../../src/emulator/sql-tokenizer.js';
import { julianDayOf } from '../../src/emulator/oracle-datetime.js';

const NOW = new Date('2026-11-01T12:00:00Z');
const translate = (query: string): string => {
  const translation = translateSuiteQL(query, { now: NOW });
  if (!translation.ok) throw new Error(translation.reason);
  return translation.sql;
};
const refusal = (query: string): string => {
  const translation = translateSuiteQL(query, { now: NOW });
  return translation.ok ? `translated: ${translation.sql}` : translation.reason;
};

describe('tokenizer', () => {
  it('keeps string literals whole, doubled quotes included, and drops comments', () => {
    const tokenization = tokenizeSql("SELECT 'it''s -- not a comment', \"Quoted \"\"Id\"\"\" /* gone */ FROM t -- gone\nWHERE a <= 1.5e3");
    expect(tokenization.ok && tokenization.tokens.map((token) => token.text)).toEqual([
      'SELECT', "'it''s -- not a comment'", ',', '"Quoted ""Id"""', 'FROM', 't', 'WHERE', 'a', '<=', '1.5e3',
    ]);
  });

  it.each([
    ["SELECT 'open", 'string literal starting at character 8 is not closed'],
    ['SELECT "open', 'quoted identifier starting at character 8 is not closed'],
    ['SELECT 1 /* open', 'comment is not closed'],
    ['SELECT ? FROM t', 'bind parameters (?) are not supported'],
    ['SELECT :x FROM t', 'bind parameters (:) are not supported'],
    ['SELECT [x] FROM t', 'unexpected character "["'],
  ])('refuses %j', (query, reason) => {
    const tokenization = tokenizeSql(query);
    expect(tokenization.ok ? 'ok' : tokenization.reason).toContain(reason);
  });
});

describe('dialect translation', () => {
  it('turns BUILTIN.DF of a select-type column into a lookup of the record it points at', () => {
    expect(translate('SELECT BUILTIN.DF(t.tba_app_name) FROM oauthtoken t')).toBe(
      "SELECT (SELECT name FROM emulator_display_name WHERE kind = 'integration' AND id = (t . tba_app_name)) FROM oauthtoken t",
    );
    expect(translate('SELECT BUILTIN.DF(entity_name), builtin.df(CreatedBy), BUILTIN.DF(role_name) FROM oauthtoken')).toContain("kind = 'entity' AND id = (entity_name)");
    expect(translate('SELECT builtin.df(CreatedBy) FROM oauthtoken')).toContain("kind = 'entity' AND id = (CreatedBy)");
    expect(translate('SELECT BUILTIN.DF(l.user), BUILTIN.DF(l.role) FROM loginaudit l')).toMatch(/kind = 'entity'.*kind = 'role'/);
  });

  it('leaves BUILTIN.DF of a plain value as the value', () => {
    expect(translate('SELECT BUILTIN.DF(t.tba_token_name) FROM oauthtoken t')).toBe('SELECT (t . tba_token_name) FROM oauthtoken t');
  });

  it('runs ISO-style TO_CHAR formats natively and falls back to the registered function for the rest', () => {
    expect(translate(`SELECT TO_CHAR(dcreated, 'YYYY-MM-DD"T"HH24:MI:SS') FROM oauthtoken`)).toBe("SELECT strftime('%Y-%m-%dT%H:%M:%S', dcreated) FROM oauthtoken");
    expect(translate("SELECT TO_CHAR(dcreated, 'DD-MON-YYYY') FROM oauthtoken")).toBe("SELECT ns_to_char(dcreated, 'DD-MON-YYYY') FROM oauthtoken");
    expect(translate('SELECT TO_CHAR(id) FROM oauthtoken')).toBe('SELECT ns_to_char(id, NULL) FROM oauthtoken');
  });

  it('evaluates SYSDATE and constant TO_DATE once, as Julian day literals', () => {
    expect(translate('SELECT id FROM oauthtoken WHERE dcreated < SYSDATE - 90')).toBe(`SELECT id FROM oauthtoken WHERE dcreated < (${julianDayOf(NOW)}) - 90`);
    expect(translate("SELECT CURRENT_DATE, TO_DATE('2026-01-31', 'YYYY-MM-DD') FROM oauthtoken")).toBe(
      `SELECT (${julianDayOf(NOW)}) , (${julianDayOf(new Date('2026-01-31T00:00:00Z'))}) FROM oauthtoken`,
    );
    expect(translate('SELECT TO_DATE(tba_token_name) FROM oauthtoken')).toBe('SELECT ns_to_date(tba_token_name, NULL) FROM oauthtoken');
  });

  it('rewrites NVL, NVL2, DECODE and TO_NUMBER', () => {
    expect(translate("SELECT NVL(drevoked, 'never') FROM oauthtoken")).toBe("SELECT COALESCE(drevoked, 'never') FROM oauthtoken");
    expect(translate("SELECT NVL2(drevoked, 'yes', 'no') FROM oauthtoken")).toBe("SELECT (CASE WHEN (drevoked) IS NOT NULL THEN ('yes') ELSE ('no') END) FROM oauthtoken");
    expect(translate("SELECT DECODE(brevoked, 'T', 'Revoked', 'Active') FROM oauthtoken")).toBe(
      "SELECT (CASE WHEN (brevoked) IS ('T') THEN ('Revoked') ELSE ('Active') END) FROM oauthtoken",
    );
    expect(translate("SELECT DECODE(a, 1, 'one', 2, 'two') FROM t")).toBe("SELECT (CASE WHEN (a) IS (1) THEN ('one') WHEN (a) IS (2) THEN ('two') END) FROM t");
    expect(translate("SELECT TO_NUMBER('42') FROM t")).toBe("SELECT CAST(('42') AS NUMERIC) FROM t");
  });

  it('translates nested calls from the inside out', () => {
    expect(translate("SELECT NVL(BUILTIN.DF(t.role_name), TO_CHAR(t.dcreated, 'YYYY')) FROM oauthtoken t")).toBe(
      "SELECT COALESCE((SELECT name FROM emulator_display_name WHERE kind = 'role' AND id = (t . role_name)), strftime('%Y', t . dcreated)) FROM oauthtoken t",
    );
  });

  it('never rewrites inside string literals: a hostile literal stays one literal', () => {
    const hostile = "SELECT id FROM oauthtoken WHERE tba_token_name = 'x'' OR 1=1; DROP TABLE oauthtoken; SYSDATE BUILTIN.DF(id) --'";
    expect(translate(hostile)).toBe("SELECT id FROM oauthtoken WHERE tba_token_name = 'x'' OR 1=1; DROP TABLE oauthtoken; SYSDATE BUILTIN.DF(id) --'");
  });

  it('does not mistake a column named like a function for the function', () => {
    expect(translate('SELECT t.sysdate, x.nvl FROM t, x')).toBe('SELECT t . sysdate , x . nvl FROM t , x');
  });

  it.each([
    ['', 'the query is empty'],
    ['   -- only a comment', 'the query is empty'],
    ["DELETE FROM oauthtoken", 'only SELECT queries can be run'],
    ['UPDATE oauthtoken SET binactive = \'T\'', 'only SELECT queries can be run'],
    ['PRAGMA query_only = OFF', 'only SELECT queries can be run'],
    ['SELECT 1; SELECT 2', 'a query is a single statement'],
    ['SELECT 1;', 'a query is a single statement'],
    ['SELECT BUILTIN.CF(id) FROM oauthtoken', 'BUILTIN.CF is not supported by the emulator'],
    ['SELECT BUILTIN.DF(a, b) FROM t', 'BUILTIN.DF takes 1 argument, not 2'],
    ['SELECT BUILTIN.DF FROM t', 'BUILTIN.DF must be followed by an argument list'],
    ['SELECT NVL(a) FROM t', 'NVL takes 2 arguments, not 1'],
    ['SELECT TO_CHAR(a, b, c) FROM t', 'TO_CHAR takes 1 or 2 arguments, not 3'],
    ['SELECT DECODE(a, b) FROM t', 'DECODE takes at least 3 arguments, not 2'],
    ['SELECT NVL(a, ) FROM t', 'NVL has an empty argument'],
    ['SELECT NVL(a, b FROM t', 'the parentheses after NVL are not closed'],
    ["SELECT TO_CHAR(dcreated, 'YYYY-Q') FROM t", 'has an element the emulator does not support at "Q"'],
    ["SELECT TO_DATE('31/01/2026', 'YYYY-MM-DD') FROM t", '"31/01/2026" does not match the format "YYYY-MM-DD"'],
  ])('refuses %j: %s', (query, reason) => {
    expect(refusal(query)).toContain(reason);
  });
});

describe('row limits', () => {
  it('turns FETCH FIRST and OFFSET into a LIMIT at the same place', () => {
    expect(translate('SELECT id FROM oauthtoken ORDER BY id FETCH FIRST 5 ROWS ONLY')).toBe('SELECT id FROM oauthtoken ORDER BY id LIMIT 0 , 5');
    expect(translate('SELECT id FROM oauthtoken ORDER BY id OFFSET 10 ROWS FETCH NEXT 1 ROW ONLY')).toBe('SELECT id FROM oauthtoken ORDER BY id LIMIT 10 , 1');
    expect(translate('SELECT id FROM oauthtoken ORDER BY id FETCH FIRST ROW ONLY')).toBe('SELECT id FROM oauthtoken ORDER BY id LIMIT 0 , 1');
  });

  it('cuts the candidate rows before ORDER BY when ROWNUM is in the WHERE, keeping the alias', () => {
    expect(translate("SELECT t.id FROM oauthtoken t WHERE t.binactive = 'F' AND ROWNUM <= 3 ORDER BY t.id DESC")).toBe(
      "SELECT t . id FROM ( SELECT * FROM oauthtoken t WHERE t . binactive = 'F' LIMIT 0 , 3 ) t ORDER BY t . id DESC",
    );
    expect(translate('SELECT id FROM oauthtoken WHERE ROWNUM < 3')).toBe('SELECT id FROM ( SELECT * FROM oauthtoken LIMIT 0 , 2 ) oauthtoken');
  });

  it('numbers rows with ROW_NUMBER() OVER () where ROWNUM is selected, in the block it belongs to', () => {
    expect(translate('SELECT * FROM (SELECT ROWNUM AS rn, x.* FROM (SELECT id FROM oauthtoken) x) WHERE rn > 1')).toBe(
      'SELECT * FROM ( SELECT ROW_NUMBER ( ) OVER ( ) AS rn , x . * FROM ( SELECT id FROM oauthtoken ) x ) WHERE rn > 1',
    );
  });

  it.each([
    ['SELECT id FROM oauthtoken LIMIT 5', 'LIMIT is not SuiteQL'],
    ['SELECT id FROM t FETCH FIRST 5 ROWS WITH TIES', 'WITH TIES are not supported by the emulator'],
    ['SELECT id FROM t FETCH FIRST 5 ROWS', 'must end with ONLY'],
    ['SELECT id FROM t ORDER BY ROWNUM', 'ROWNUM in a select list and in WHERE conditions'],
    ['SELECT id FROM t WHERE ROWNUM <= id', 'ROWNUM compared with a number'],
    ['SELECT a.id FROM a JOIN b ON a.id = b.id WHERE ROWNUM <= 2 ORDER BY a.id', 'move the joins into a subquery'],
  ])('refuses %j', (query, reason) => {
    expect(refusal(query)).toContain(reason);
  });
});

describe('datetimes by source', () => {
  it('converts a date string compared with a datetime to its Julian day, and nothing else', () => {
    const day = julianDayOf(new Date('2025-01-01T00:00:00Z'));
    expect(translate("SELECT id FROM oauthtoken WHERE dcreated >= '01/01/2025' AND tba_token_name = '01/01/2025'")).toBe(
      `SELECT id FROM oauthtoken WHERE dcreated >= ${day} AND tba_token_name = '01/01/2025'`,
    );
  });

  it('types the outermost select list item by item', () => {
    const typing = (query: string): readonly string[] => {
      const translation = translateSuiteQL(query, { now: NOW });
      return translation.ok ? translation.typing.outputColumns : [translation.reason];
    };
    expect(typing("SELECT dcreated AS created, id, TO_CHAR(dcreated, 'YYYY') AS dcreated, t.*, dcreated - drevoked, TRUNC(SYSDATE) today FROM oauthtoken t")).toEqual([
      'datetime', 'value', 'value', 'star', 'value', 'datetime',
    ]);
    expect(typing('SELECT c FROM (SELECT MIN(dcreated) c FROM oauthtoken)')).toEqual(['datetime']);
  });
});
