import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NetSuiteError } from '../../src/netsuite/errors.js';
import { column, quoteSuiteQlString } from '../../src/netsuite/suiteql.js';

/** How a SQL lexer reads a literal at the start of `sql`: the value, and where the literal ends. */
function lexLiteral(sql: string): { value: string; end: number } {
  if (!sql.startsWith("'")) throw new Error('not a literal');
  let value = '';
  for (let i = 1; i < sql.length; i += 1) {
    if (sql[i] !== "'") value += sql[i] ?? '';
    else if (sql[i + 1] === "'") {
      value += "'";
      i += 1;
    } else return { value, end: i + 1 };
  }
  throw new Error('unterminated');
}

describe('quoteSuiteQlString', () => {
  it.each([
    ['plain', "'plain'"],
    ["O'Brien", "'O''Brien'"],
    ["'; DROP TABLE oauthtoken; --", "'''; DROP TABLE oauthtoken; --'"],
    ["' OR '1'='1", "''' OR ''1''=''1'"],
    ['', "''"],
    ['back\\slash', "'back\\slash'"],
    ['Zürich – 東京 🚀', "'Zürich – 東京 🚀'"],
  ])('quotes %j as %s', (value, quoted) => {
    expect(quoteSuiteQlString(value)).toBe(quoted);
  });

  it.each([['nul\u0000'], ['line\nbreak'], ['tab\t'], ['del\u007f'], ['lone \uD800 surrogate'], ['\uDC00']])('refuses %j rather than pass it', (value) => {
    expect(() => quoteSuiteQlString(value)).toThrow(NetSuiteError);
    expect(() => quoteSuiteQlString(value)).toThrow(/control character or broken Unicode/);
  });

  it('always yields one literal that reads back as the value and ends where the quoted text ends', () => {
    const printable = fc
      .array(fc.oneof(fc.constantFrom("'", "''", '"', ';', '--', '\\', '%', '_', ' '), fc.string({ unit: 'binary', maxLength: 3 })))
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .map((parts) => parts.join('').replace(/[\u0000-\u001f\u007f]/g, ''));
    fc.assert(
      fc.property(printable, (value) => {
        const quoted = quoteSuiteQlString(value);
        const read = lexLiteral(`${quoted} AND 1=1`);
        expect(read.value).toBe(value);
        expect(read.end).toBe(quoted.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('column', () => {
  it('reads strings as sent, missing and null keys as NULL, and other JSON as text', () => {
    const item = { a: 'T', b: null, c: 12, d: true };
    expect(column(item, 'a')).toBe('T');
    expect(column(item, 'b')).toBeNull();
    expect(column(item, 'missing')).toBeNull();
    expect(column(item, 'c')).toBe('12');
    expect(column(item, 'd')).toBe('true');
  });
});
