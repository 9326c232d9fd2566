import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSeed, startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { signedFetch, suiteql } from './support/emulator-client.js';
import { NOW, OPERATOR, SMALL_SEED, credentialsOf } from './support/small-seed.js';

let emulator: RunningEmulator;
beforeAll(async () => { emulator = await startEmulator({ seed: SMALL_SEED, origins: 'split', now: () => NOW }); });
afterAll(async () => { await emulator.close(); });

const PATH = '/services/rest/query/v1/suiteql';

interface Envelope {
  links: { rel: string; href: string }[];
  count: number;
  hasMore: boolean;
  items: Record<string, unknown>[];
  offset: number;
  totalResults: number;
}

async function run(q: string, paging: { limit?: number; offset?: number } = {}): Promise<Envelope> {
  const response = await suiteql(emulator, { q, credentials: OPERATOR, now: NOW, ...paging });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${text}`);
  return JSON.parse(text) as Envelope;
}

async function refusal(q: string, paging: { limit?: number; offset?: number } = {}): Promise<{ status: number; body: unknown }> {
  const response = await suiteql(emulator, { q, credentials: OPERATOR, now: NOW, ...paging });
  return { status: response.status, body: await response.json() };
}

const RECOMMENDED_QUERY = `SELECT t.id, t.tba_token_name, t.tba_app_name, BUILTIN.DF(t.tba_app_name) AS app_name,
  t.entity_name, BUILTIN.DF(t.entity_name) AS user_name, t.role_name, BUILTIN.DF(t.role_name) AS role_label,
  t.createdby, BUILTIN.DF(t.createdby) AS created_by_name,
  TO_CHAR(t.dcreated, 'YYYY-MM-DD"T"HH24:MI:SS') AS dcreated, TO_CHAR(t.drevoked, 'YYYY-MM-DD"T"HH24:MI:SS') AS drevoked,
  t.binactive, t.brevoked
FROM oauthtoken t ORDER BY t.id`;

describe('the response envelope', () => {
  it('has links, count, hasMore, items (each with links: []), offset and totalResults; values are strings, keys lower case', async () => {
    const envelope = await run(RECOMMENDED_QUERY, { limit: 2 });
    expect(envelope).toEqual({
      links: [
        { rel: 'next', href: `${emulator.origins.rest}${PATH}?limit=2&offset=2` },
        { rel: 'last', href: `${emulator.origins.rest}${PATH}?limit=2&offset=4` },
        { rel: 'self', href: `${emulator.origins.rest}${PATH}?limit=2` },
      ],
      count: 2,
      hasMore: true,
      items: [
        {
          links: [], id: '100', tba_token_name: 'Token GitOps - svc-gitops - Token Operator', tba_app_name: '1', app_name: 'Token GitOps',
          entity_name: '10', user_name: 'svc-gitops', role_name: '20', role_label: 'Token Operator', createdby: '10', created_by_name: 'svc-gitops',
          dcreated: '2026-01-01T08:00:00', binactive: 'F', brevoked: 'F',
        },
        {
          links: [], id: '101', tba_token_name: "Celigo - O'Brien - Full", tba_app_name: '2', app_name: 'Celigo integrator.io',
          entity_name: '11', user_name: 'svc-celigo', role_name: '21', role_label: 'Celigo Full Access', createdby: '11', created_by_name: 'svc-celigo',
          dcreated: '2025-06-15T13:45:30', binactive: 'F', brevoked: 'F',
        },
      ],
      offset: 0,
      totalResults: 6,
    });
  });

  it('omits NULL columns (drevoked of an unrevoked token) and keeps them when set', async () => {
    const { items } = await run("SELECT id, TO_CHAR(drevoked, 'YYYY-MM-DD') AS drevoked FROM oauthtoken WHERE id IN (100, 103) ORDER BY id");
    expect(items).toEqual([{ links: [], id: '100' }, { links: [], id: '103', drevoked: '2024-06-01' }]);
  });

  it('lower-cases aliases and names unnamed expressions exprN', async () => {
    const { items } = await run("SELECT id AS TokenId, COUNT(*) OVER (), 'x' || 'y', UPPER(tba_token_name) FROM oauthtoken WHERE id = 100");
    expect(items).toEqual([{ links: [], tokenid: '100', expr2: '1', expr3: 'xy', expr4: 'TOKEN GITOPS - SVC-GITOPS - TOKEN OPERATOR' }]);
  });

  it('shows a datetime selected without TO_CHAR in the default date preference (the time is lost, as in NetSuite)', async () => {
    const { items } = await run('SELECT t.dcreated, drevoked FROM oauthtoken t WHERE id = 103');
    expect(items).toEqual([{ links: [], dcreated: '1/1/2024', drevoked: '6/1/2024' }]);
  });

  it('has previous and first links past the first page, and no next on the last', async () => {
    const envelope = await run('SELECT id FROM oauthtoken ORDER BY id', { limit: 2, offset: 4 });
    expect(envelope.links.map((link) => `${link.rel} ${link.href.replace(emulator.origins.rest, '')}`)).toEqual([
      `previous ${PATH}?limit=2&offset=2`,
      `first ${PATH}?limit=2&offset=0`,
      `self ${PATH}?limit=2&offset=4`,
    ]);
    expect(envelope).toMatchObject({ count: 2, hasMore: false, offset: 4, totalResults: 6 });
  });

  it('answers an empty result with count 0', async () => {
    expect(await run("SELECT id FROM oauthtoken WHERE tba_token_name = 'nothing'")).toMatchObject({ count: 0, hasMore: false, items: [], totalResults: 0 });
  });
});

describe('SQL on a real engine, in NetSuite dialect', () => {
  it('filters on raw ids and booleans, and shows display names with BUILTIN.DF', async () => {
    const { items } = await run("SELECT id, BUILTIN.DF(tba_app_name) AS app FROM oauthtoken WHERE tba_app_name = 1 AND binactive = 'F' AND brevoked = 'F' ORDER BY id");
    expect(items).toEqual([{ links: [], id: '100', app: 'Token GitOps' }]);
  });

  it('computes the last successful login per token name with GROUP BY and MAX', async () => {
    const { items } = await run(`SELECT oAuthAccessTokenName AS token_name, oAuthAppName AS app_name, TO_CHAR(MAX(date), 'YYYY-MM-DD"T"HH24:MI:SS') AS last_success
      FROM LoginAudit WHERE status = 'Success' AND oAuthAccessTokenName IS NOT NULL AND date < TO_DATE('2026-11-01', 'YYYY-MM-DD')
      GROUP BY oAuthAccessTokenName, oAuthAppName ORDER BY oAuthAccessTokenName`);
    expect(items).toEqual([
      { links: [], token_name: "Celigo - O'Brien - Full", app_name: 'Celigo integrator.io', last_success: '2026-03-01T09:00:00' },
      { links: [], token_name: 'Token GitOps - svc-gitops - Token Operator', app_name: 'Token GitOps', last_success: '2026-10-30T09:00:00' },
    ]);
  });

  it('does Oracle date arithmetic with SYSDATE (days), NVL, DECODE and month-name formats', async () => {
    const { items } = await run(`SELECT id, DECODE(brevoked, 'T', 'Revoked', NVL2(NULLIF(binactive, 'F'), 'Inactive', 'Active')) AS state,
      TO_CHAR(dcreated, 'FMMonth DD, YYYY') AS created, NVL(TO_CHAR(drevoked, 'YYYY'), 'never') AS revoked_year
      FROM oauthtoken WHERE dcreated < SYSDATE - 365 ORDER BY id`);
    expect(items).toEqual([
      { links: [], id: '101', state: 'Active', created: 'June 15, 2025', revoked_year: 'never' },
      { links: [], id: '102', state: 'Inactive', created: 'January 1, 2025', revoked_year: 'never' },
      { links: [], id: '103', state: 'Revoked', created: 'January 1, 2024', revoked_year: '2024' },
      { links: [], id: '104', state: 'Active', created: 'January 1, 2025', revoked_year: 'never' },
      { links: [], id: '105', state: 'Active', created: 'February 1, 2025', revoked_year: 'never' },
    ]);
  });

  it('joins the entity and role tables, and compares text case-sensitively like Oracle (LIKE too)', async () => {
    const { items } = await run("SELECT t.id, e.entityid, r.name FROM oauthtoken t JOIN entity e ON e.id = t.entity_name JOIN role r ON r.id = t.role_name WHERE t.tba_token_name LIKE 'Celigo%' ORDER BY t.id");
    expect(items).toEqual([{ links: [], id: '101', entityid: 'svc-celigo', name: 'Celigo Full Access' }]);
    expect((await run("SELECT id FROM oauthtoken WHERE tba_token_name LIKE 'celigo%'")).count).toBe(0);
  });

  it('treats a quote inside a literal as data: the hostile name matches only itself', async () => {
    expect((await run("SELECT id FROM oauthtoken WHERE tba_token_name = 'Celigo - O''Brien - Full'")).items).toEqual([{ links: [], id: '101' }]);
    expect((await run("SELECT id FROM oauthtoken WHERE tba_token_name = 'x'' OR ''1''=''1'")).count).toBe(0);
    expect((await run("SELECT id FROM oauthtoken WHERE tba_token_name = 'x''; DELETE FROM oauthtoken; --'")).count).toBe(0);
    expect((await run('SELECT COUNT(*) AS n FROM oauthtoken')).items).toEqual([{ links: [], n: '6' }]);
  });

  it('can never change the account, even through a CTE', async () => {
    for (const q of ["WITH x AS (SELECT 1) UPDATE oauthtoken SET brevoked = 'T'", 'WITH x AS (SELECT 1) DELETE FROM oauthtoken']) {
      expect((await refusal(q)).status).toBe(400);
    }
    expect(emulator.state().tokens.map((token) => `${token.id}:${token.state}`)).toEqual(['100:active', '101:active', '102:inactive', '103:revoked', '104:active', '105:active']);
  });

  it('exposes no secrets: consumer and token secrets are not in any table', async () => {
    const secrets = [
      ...SMALL_SEED.integrations.flatMap((integration) => [integration.consumerKey, integration.consumerSecret]),
      ...SMALL_SEED.tokens.flatMap((token) => [token.tokenId, token.tokenSecret]).filter((value) => value !== undefined),
    ];
    expect(Object.keys((await run('SELECT * FROM integration ORDER BY id')).items[0] ?? {})).toEqual(['links', 'id', 'name', 'state']);
    for (const table of ['integration', 'oauthtoken', 'entity', 'role', 'loginaudit']) {
      const text = JSON.stringify(await run(`SELECT * FROM ${table}`));
      for (const secret of secrets) expect(text, table).not.toContain(secret);
    }
  });
});

describe("queries NetSuite cannot run get a 400 in its error shape, in NetSuite's words", () => {
  it.each([
    ['SELECT nosuch FROM oauthtoken', "Search error occurred: Unknown identifier 'nosuch'."],
    ['SELECT id FROM nosuchtable', "Search error occurred: Record 'nosuchtable' was not found."],
    ["SELECT id FROM oauthtoken WHERE AND binactive = 'F'", 'Search error occurred: Invalid or unsupported search.'],
    ['SELECT nosuchfunction(id) FROM oauthtoken', 'Search error occurred: Invalid or unsupported search.'],
    ['SELEC id FROM oauthtoken', 'Search error occurred: Invalid or unsupported search (only SELECT queries can be run through SuiteQL).'],
    ["SELECT id FROM oauthtoken WHERE tba_token_name = 'open", 'is not closed'],
    ["SELECT TO_DATE(tba_token_name, 'YYYY-MM-DD') FROM oauthtoken WHERE id = 100", `Search error occurred: "Token GitOps - svc-gitops - Token Operator" does not match the format "YYYY-MM-DD".`],
    ['SELECT BUILTIN.XX(id) FROM oauthtoken', 'Search error occurred: BUILTIN.XX is not supported by the emulator; BUILTIN.DF is. This is a limit of the emulator; NetSuite may accept the query.'],
  ])('%s', async (q, reason) => {
    const { status, body } = await refusal(q);
    expect(status).toBe(400);
    expect(body).toEqual({
      type: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1',
      title: 'Bad Request',
      status: 400,
      'o:errorDetails': [{ detail: expect.stringContaining(reason) as unknown, 'o:errorCode': 'INVALID_PARAMETER', 'o:errorQueryParam': 'q' }],
    });
    const { detail } = (body as { 'o:errorDetails': { detail: string }[] })['o:errorDetails'][0] ?? { detail: '' };
    expect(detail.startsWith('Invalid search query. Detailed unprocessed description follows. Search error occurred: ')).toBe(true);
    // SQLite's own words never reach the client.
    expect(detail).not.toMatch(/no such (table|column|function)|near "|syntax error|SQLITE|incomplete input|misuse/i);
  });
});

describe("date strings compared with dates are read in the user's date format (M/D/YYYY)", () => {
  const ids = async (q: string): Promise<unknown[]> => (await run(q)).items.map((item) => item['id']);

  it('filters as TO_DATE with that format does', async () => {
    const literal = await ids("SELECT id FROM oauthtoken WHERE dcreated >= '01/01/2025' AND dcreated < '01/01/2026' ORDER BY id");
    expect(literal).toEqual(['101', '102', '104', '105']);
    expect(await ids("SELECT id FROM oauthtoken WHERE dcreated >= TO_DATE('01/01/2025', 'MM/DD/YYYY') AND dcreated < TO_DATE('01/01/2026', 'MM/DD/YYYY') ORDER BY id")).toEqual(literal);
  });

  it('on either side, qualified, without leading zeros, with a time of day, in BETWEEN and IN', async () => {
    expect(await ids("SELECT t.id FROM oauthtoken t WHERE '6/15/2025 1:45 pm' <= t.dcreated AND t.dcreated < '6/16/2025'")).toEqual(['101']);
    expect(await ids("SELECT id FROM oauthtoken WHERE dcreated BETWEEN '1/1/2025' AND '2/1/2025' ORDER BY id")).toEqual(['102', '104', '105']);
    expect(await ids("SELECT id FROM oauthtoken WHERE dcreated IN ('1/1/2025', '01/01/2024') ORDER BY id")).toEqual(['102', '103', '104']);
    expect(await ids("SELECT id FROM oauthtoken WHERE NVL(drevoked, SYSDATE) < '12/31/2024'")).toEqual(['103']);
    expect((await run("SELECT oauthaccesstokenname FROM loginaudit WHERE date > '10/30/2026' AND date < '11/1/2026'")).count).toBe(2);
  });

  it('leaves strings compared with other columns alone', async () => {
    expect((await run("SELECT id FROM oauthtoken WHERE tba_token_name = '1/1/2025'")).count).toBe(0);
  });

  it('refuses a string that is not a date in that format, as Oracle refuses it', async () => {
    const { status, body } = await refusal("SELECT id FROM oauthtoken WHERE dcreated >= '2025-01-01'");
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain("'2025-01-01' is not a date in the user's date format (M/D/YYYY)");
  });
});

describe('a datetime selected without TO_CHAR shows in the date preference, whatever the column is called', () => {
  it('under an alias, through functions and windows, and from a subquery', async () => {
    const { items } = await run(`SELECT dcreated AS created, t.drevoked revoked, MAX(dcreated) OVER () AS newest, dcreated + 1 AS next_day,
      SYSDATE AS today, TO_DATE('2/3/2026') AS d FROM oauthtoken t WHERE id = 103`);
    expect(items).toEqual([{ links: [], created: '1/1/2024', revoked: '6/1/2024', newest: '1/1/2024', next_day: '1/2/2024', today: '11/1/2026', d: '2/3/2026' }]);
    expect((await run('SELECT created FROM (SELECT dcreated AS created FROM oauthtoken WHERE id = 102)')).items).toEqual([{ links: [], created: '1/1/2025' }]);
    expect((await run('SELECT * FROM (SELECT id, dcreated AS created FROM oauthtoken WHERE id = 102)')).items).toEqual([{ links: [], id: '102', created: '1/1/2025' }]);
    expect((await run('SELECT MAX(dcreated) FROM oauthtoken')).items).toEqual([{ links: [], expr1: '1/1/2026' }]);
  });

  it('and a value that is not a datetime is not formatted, even under a datetime column name', async () => {
    const { items } = await run("SELECT id AS date, dcreated - TO_DATE('1/1/2024') AS days, TO_CHAR(dcreated, 'YYYY') AS dcreated FROM oauthtoken WHERE id = 103");
    expect(items).toEqual([{ links: [], date: '103', days: '0', dcreated: '2024' }]);
  });
});

describe('ROWNUM and FETCH FIRST, as Oracle runs them', () => {
  const ids = async (q: string): Promise<unknown[]> => (await run(q)).items.map((item) => item['id']);

  it('WHERE ROWNUM <= n keeps the first n rows that pass the rest of the WHERE', async () => {
    expect(await run('SELECT id FROM oauthtoken WHERE ROWNUM <= 3')).toMatchObject({ count: 3, totalResults: 3, hasMore: false });
    expect(await ids("SELECT id FROM oauthtoken WHERE binactive = 'F' AND brevoked = 'F' AND ROWNUM < 3")).toEqual(['100', '101']);
    expect((await run('SELECT COUNT(*) AS n FROM oauthtoken WHERE ROWNUM <= 4')).items).toEqual([{ links: [], n: '4' }]);
  });

  it('numbers rows before ORDER BY: ROWNUM <= 3 ORDER BY id DESC sorts three rows, it does not find the three largest ids', async () => {
    expect(await ids('SELECT id FROM oauthtoken t WHERE ROWNUM <= 3 ORDER BY t.id DESC')).toEqual(['102', '101', '100']);
  });

  it('lets nothing through when the condition rejects row 1', async () => {
    expect((await run('SELECT id FROM oauthtoken WHERE ROWNUM = 2')).count).toBe(0);
    expect((await run('SELECT id FROM oauthtoken WHERE ROWNUM > 1')).count).toBe(0);
    expect((await run('SELECT id FROM oauthtoken WHERE 1 = ROWNUM')).count).toBe(1);
  });

  it('works in a select list, as in the paging pattern public SuiteQL code uses', async () => {
    const { items } = await run('SELECT * FROM (SELECT ROWNUM AS rownumber, * FROM (SELECT id FROM oauthtoken ORDER BY id DESC)) WHERE rownumber BETWEEN 2 AND 3');
    expect(items).toEqual([{ links: [], rownumber: '2', id: '104' }, { links: [], rownumber: '3', id: '103' }]);
  });

  it('FETCH FIRST n ROWS ONLY applies after ORDER BY, with OFFSET, and REST paging works on top of it', async () => {
    expect(await ids('SELECT id FROM oauthtoken ORDER BY id DESC FETCH FIRST 2 ROWS ONLY')).toEqual(['105', '104']);
    expect(await ids('SELECT id FROM oauthtoken ORDER BY id OFFSET 1 ROWS FETCH NEXT 2 ROWS ONLY')).toEqual(['101', '102']);
    expect(await run('SELECT id FROM oauthtoken ORDER BY id FETCH FIRST 3 ROWS ONLY', { limit: 2, offset: 2 })).toMatchObject({ count: 1, totalResults: 3, items: [{ id: '102' }] });
  });

  it('refuses LIMIT, which is not SuiteQL, and says when a ROWNUM form is beyond the emulator', async () => {
    expect(JSON.stringify((await refusal('SELECT id FROM oauthtoken LIMIT 2')).body)).toContain('LIMIT is not SuiteQL');
    const beyond = await refusal('SELECT id FROM oauthtoken WHERE ROWNUM <= 3 OR id = 1');
    expect(beyond.status).toBe(400);
    expect(JSON.stringify(beyond.body)).toContain('This is a limit of the emulator');
  });
});

describe('what SQLite would run but NetSuite (Oracle) would not', () => {
  const refusedText = async (q: string): Promise<string> => {
    const answer = await refusal(q);
    expect(answer.status, q).toBe(400);
    return JSON.stringify(answer.body);
  };

  it("shows none of SQLite's or the emulator's own tables: they are not NetSuite records", async () => {
    for (const q of ['SELECT name FROM sqlite_master', 'SELECT * FROM sqlite_schema', 'SELECT * FROM emulator_display_name', "SELECT * FROM pragma_table_info('oauthtoken')", "SELECT ns_to_char(dcreated, 'YYYY') AS y FROM oauthtoken"]) {
      expect(await refusedText(q), q).toContain('Search error occurred:');
    }
  });

  it('refuses LIMIT however its count is written', async () => {
    for (const q of ['SELECT id FROM oauthtoken LIMIT (1)', 'SELECT id FROM oauthtoken LIMIT -1', 'SELECT id FROM oauthtoken ORDER BY id LIMIT 1 + 1']) {
      expect(await refusedText(q), q).toContain('LIMIT is not SuiteQL');
    }
  });

  it("refuses SQLite's own functions and operators, which Oracle does not have", async () => {
    for (const q of [
      "SELECT IFNULL(drevoked, 'x') AS a FROM oauthtoken",
      'SELECT GROUP_CONCAT(id) AS a FROM oauthtoken',
      "SELECT DATETIME('now') AS a FROM oauthtoken",
      'SELECT JULIANDAY(dcreated) AS a FROM oauthtoken',
      'SELECT TYPEOF(id) AS a FROM oauthtoken',
      "SELECT PRINTF('%d', id) AS a FROM oauthtoken",
      "SELECT IIF(id = 100, 'a', 'b') AS a FROM oauthtoken",
      "SELECT id FROM oauthtoken WHERE id IN (SELECT value FROM JSON_EACH('[100]'))",
      "SELECT id FROM oauthtoken WHERE tba_token_name GLOB 'I*'",
      'SELECT id FROM oauthtoken WHERE drevoked ISNULL',
      'SELECT id FROM oauthtoken t WHERE t.id IS 100',
    ]) {
      expect(await refusedText(q), q).toContain('Search error occurred:');
    }
    // Oracle's own spellings still run.
    expect(await run("SELECT NVL(drevoked, dcreated) AS a FROM oauthtoken WHERE drevoked IS NULL AND id IS NOT NULL ORDER BY id")).toMatchObject({ count: 5 });
  });

  it('refuses BUILTIN.DF in WHERE, where NetSuite is unreliable, and says the emulator chose to (filter on raw ids)', async () => {
    const text = await refusedText("SELECT id FROM oauthtoken WHERE BUILTIN.DF(entity_name) = 'svc-gitops'");
    expect(text).toContain('filter on the raw id');
    expect(text).toContain('This is a limit of the emulator');
    expect(await refusedText("SELECT id FROM oauthtoken WHERE id IN (SELECT id FROM oauthtoken WHERE BUILTIN.DF(role_name) = 'Token Operator')")).toContain('filter on the raw id');
    // In the select list, and in a subquery's select list that the WHERE uses, it still runs.
    expect(await run("SELECT id, BUILTIN.DF(entity_name) AS u FROM oauthtoken WHERE entity_name = 10 AND id IN (SELECT id FROM (SELECT id, BUILTIN.DF(role_name) AS r FROM oauthtoken)) ORDER BY id")).toMatchObject({ count: 4 });
  });

  it('reads a double-quoted name as an identifier, never as a string (SQLite would fall back to a string)', async () => {
    expect(await refusedText('SELECT id FROM oauthtoken WHERE tba_token_name = "Inactive token"')).toContain("Unknown identifier 'Inactive token'");
    expect(await run('SELECT "ID" AS "Token" FROM oauthtoken WHERE "BINACTIVE" = \'T\'')).toMatchObject({ items: [{ token: '102' }] });
  });
});

describe('paging rules', () => {
  it('defaults to limit 1000, offset 0', async () => {
    expect(await run('SELECT id FROM oauthtoken ORDER BY id')).toMatchObject({ count: 6, offset: 0, hasMore: false });
  });

  it.each([
    [{ limit: 1001 }, 'limit', 'between 1 and 1000'],
    [{ limit: 0 }, 'limit', 'between 1 and 1000'],
    [{ limit: 10, offset: 15 }, 'offset', 'must be a multiple of the limit (10)'],
    [{ limit: 1000, offset: 100_000 }, 'offset', 'at most 100000 results'],
    [{ limit: 300, offset: 99_900 }, 'offset', 'at most 100000 results'],
  ])('refuses %j', async (paging, parameter, reason) => {
    const { status, body } = await refusal('SELECT id FROM oauthtoken', paging);
    expect(status).toBe(400);
    expect(body).toMatchObject({ 'o:errorDetails': [{ 'o:errorCode': 'INVALID_PARAMETER', 'o:errorQueryParam': parameter, detail: expect.stringContaining(reason) as unknown }] });
  });

  it('refuses a limit that is not a number, and a repeated parameter', async () => {
    for (const query of ['limit=ten', 'limit=-1', 'limit=5&limit=10']) {
      const response = await signedFetch(emulator, { method: 'POST', path: `${PATH}?${query}`, body: '{"q":"SELECT id FROM oauthtoken"}', credentials: OPERATOR, now: NOW });
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toContain('"o:errorQueryParam":"limit"');
    }
  });

  it('pages 20,000 tokens in 20 requests, every id exactly once, in order', async () => {
    const seed = generateSeed({ tokens: 20_000, loginRows: 0, seed: 3, account: '7654321' });
    const big = await startEmulator({ seed, origins: 'split', now: () => NOW });
    try {
      const active = seed.tokens.find((token) => token.revoked !== true && token.inactive !== true);
      const credentials = credentialsOf(seed, active?.id ?? '');
      const ids: string[] = [];
      let next: string | undefined = `${big.origins.rest}${PATH}?limit=1000&offset=0`;
      let requests = 0;
      while (next !== undefined) {
        const url = new URL(next);
        const response = await suiteql(big, { q: 'SELECT t.id FROM oauthtoken t ORDER BY t.id', limit: Number(url.searchParams.get('limit')), offset: Number(url.searchParams.get('offset')), credentials, now: NOW });
        const envelope = (await response.json()) as Envelope;
        requests += 1;
        ids.push(...envelope.items.map((item) => String(item['id'])));
        next = envelope.links.find((link) => link.rel === 'next')?.href;
        expect(envelope.totalResults).toBe(20_000);
      }
      expect(requests).toBe(20);
      expect(ids).toEqual(seed.tokens.map((token) => token.id));
    } finally {
      await big.close();
    }
  });

  it('stops next and last at the 100,000-row horizon while hasMore tells the truth', async () => {
    const seed = generateSeed({ tokens: 0, loginRows: 0, seed: 1, account: '7654321' });
    const rows = Array.from({ length: 100_500 }, (_, index) => ({ date: '2026-10-01T00:00:00Z', status: 'Success' as const, token: `t${index}` }));
    const big = await startEmulator({ origins: 'split', seed: { ...seed, tokens: SMALL_SEED.tokens.slice(0, 1).map((token) => ({ ...token, integration: '1', entity: '1', role: '1' })), loginAudit: rows }, now: () => NOW });
    try {
      const credentials = { consumerKey: seed.integrations[0]?.consumerKey ?? '', consumerSecret: seed.integrations[0]?.consumerSecret ?? '', tokenId: OPERATOR.tokenId, tokenSecret: OPERATOR.tokenSecret };
      const response = await suiteql(big, { q: 'SELECT oauthaccesstokenname FROM loginaudit', limit: 1000, offset: 99_000, credentials, now: NOW });
      const envelope = (await response.json()) as Envelope;
      expect(envelope).toMatchObject({ count: 1000, hasMore: true, totalResults: 100_501 });
      expect(envelope.links.map((link) => link.rel)).toEqual(['previous', 'first', 'self']);
    } finally {
      await big.close();
    }
  });
});

describe('request problems', () => {
  const post = (body: string | undefined, headers: Record<string, string> = {}): Promise<Response> =>
    signedFetch(emulator, { method: 'POST', path: PATH, credentials: OPERATOR, now: NOW, headers, ...(body === undefined ? {} : { body }) });

  it.each([
    [undefined, 'The request body is empty'],
    ['{"q": ', 'The request body is not valid JSON'],
    ['[]', 'must be a JSON object with the SuiteQL query as a string in "q"'],
    ['{"query": "SELECT 1"}', 'must be a JSON object with the SuiteQL query as a string in "q"'],
    ['{"q": 42}', 'must be a JSON object with the SuiteQL query as a string in "q"'],
  ])('body %j → 400 INVALID_CONTENT', async (body, reason) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ status: 400, 'o:errorDetails': [{ 'o:errorCode': 'INVALID_CONTENT', detail: expect.stringContaining(reason) as unknown }] });
  });

  it('counts queries sent without Prefer: transient (NetSuite accepts them)', async () => {
    const before = emulator.state().counters.suiteqlWithoutPreferTransient;
    expect((await post('{"q": "SELECT id FROM oauthtoken"}')).status).toBe(200);
    expect(emulator.state().counters.suiteqlWithoutPreferTransient).toBe(before + 1);
  });
});
