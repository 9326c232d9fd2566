import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseYaml } from '../../src/config/parse-yaml.js';
import { readPlainYaml } from '../../src/config/plain-yaml.js';
import { writePlainYaml } from '../../src/config/write-plain-yaml.js';

const libraryYaml = (data: unknown): string => stringify(data, { lineWidth: 0, nullStr: 'null' });

/**
 * What the plain writer writes is what the yaml library writes, and reads back as the same data (with
 * the library, and without it when the plain reader takes it). Returns whether the writer took the data.
 */
function expectSameAsLibrary(data: Record<string, unknown>): boolean {
  const written = writePlainYaml(data);
  if (written === null) return false;
  expect(written, JSON.stringify(data)).toBe(libraryYaml(data));
  const parsed = parseYaml(written, 'x.yaml');
  if (!parsed.ok) throw new Error(`The library cannot read what the plain writer wrote:\n${written}`);
  // Keys whose value is undefined are not written (what the writer takes round-trips through JSON).
  const expected: unknown = JSON.parse(JSON.stringify(data));
  expect(parsed.data).toStrictEqual(expected);
  const plain = readPlainYaml(written);
  if (plain !== null) expect(plain.data).toStrictEqual(expected);
  return true;
}

/** Strings as NetSuite and the operator write them: names, ids, instants, owners, kinds. */
const usualString = fc.oneof(
  { arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ._/#()-]{0,20}$/), weight: 6 },
  fc.constantFrom('Coupa - svc-user-000001 - Order Sync #1', '@acme/team-0', '2024-08-31T03:49:47Z', '2026-12-03', '4711', 'rotation-due', 'C# dev', 'Order Sync #1', 'é', '日本語', ''),
);

/** Anything printable, with every character YAML treats specially, and what the core schema reads as another type. */
const oddString = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', ':', '#', '-', '?', '.', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', '~', '\\', 'é', '\u00A0', '\u3000', '\t', '\n', '\u0007', '\u2028'), maxLength: 8 }),
  fc.constantFrom('true', 'False', 'null', 'NULL', '~', '12', '-3', '+4', '007', '0x1F', '0o17', '1.5', '.5', '1e3', '.inf', '-.Inf', '.NaN', 'Yes', 'on', '---', '...', '- x', '? x', ': x', 'x:', 'a: b', 'a #b', ' a', 'a '),
);

const usualKey = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_-]{0,9}$/);
const oddKey = fc.oneof({ arbitrary: usualKey, weight: 5 }, fc.constantFrom('true', 'null', 'a b', '1', '-a', 'é', '"q"', '<<'));

function documents(string: fc.Arbitrary<string>, key: fc.Arbitrary<string>, number: fc.Arbitrary<number>): fc.Arbitrary<Record<string, unknown>> {
  const scalar = fc.oneof(string, number, fc.boolean(), fc.constant(null));
  const { mapping } = fc.letrec<{ value: unknown; mapping: Record<string, unknown>; list: unknown[] }>((tie) => ({
    value: fc.oneof({ maxDepth: 4, depthIdentifier: 'value' }, scalar, scalar, tie('mapping'), tie('list')),
    mapping: fc.dictionary(key, tie('value'), { maxKeys: 4, noNullPrototype: true }),
    list: fc.array(tie('value'), { maxLength: 3 }),
  }));
  return mapping;
}

describe('the plain YAML writer', () => {
  it('writes a status file as the yaml library does', () => {
    const status = {
      statusVersion: 2,
      account: '1234567',
      run: { startedAt: '2026-12-03T23:44:10.285Z', finishedAt: '2026-12-03T23:44:11.710Z', url: null },
      summary: { tokens: 2, managed: 1, findings: 3 },
      tokens: [
        { id: '1', name: 'Coupa - svc-user-000001 - Order Sync #1', application: 'Coupa', owner: '@acme/team-0', protected: false, createdAt: '2024-08-31T03:49:47Z', lastUsedAt: null, ageDays: 824, pending: [], failed: [], findings: ['rotation-due'] },
        { id: '2', name: 'Shopify: Orders', application: null, owner: null, protected: true, createdAt: null, lastUsedAt: '2026-12-03', ageDays: 0, pending: [{ action: 'inactivate', via: 'admin' }], failed: [], findings: [] },
      ],
      certificates: [{ mapping: 'orders', current: { certificateId: 'abc_DEF-1', validUntil: '2027-12-01T00:00:00Z' }, previous: [], rotation: null, findings: {} }],
    };
    expect(expectSameAsLibrary(status)).toBe(true);
  });

  it('writes generated documents of usual strings as the yaml library does, and takes most of them', () => {
    let taken = 0;
    fc.assert(fc.property(documents(usualString, usualKey, fc.integer()), (data) => { if (expectSameAsLibrary(data)) taken += 1; }), { numRuns: 400 });
    expect(taken).toBeGreaterThan(200);
  });

  it('never writes a document of odd strings, keys or numbers differently from the yaml library', () => {
    fc.assert(fc.property(documents(fc.oneof(usualString, oddString), oddKey, fc.oneof(fc.integer(), fc.constantFrom(1.5, -0, 1e21, Number.NaN))), (data) => { expectSameAsLibrary(data); }), { numRuns: 600 });
  });

  it('writes a mapping whose values are all undefined as {}, as the library does', () => {
    for (const data of [{ a: { b: undefined } }, { a: [{ b: undefined }], c: 1 }, { a: 1, b: undefined }]) expect(expectSameAsLibrary(data), JSON.stringify(data)).toBe(true);
  });

  it('leaves to the library what only it can write', () => {
    for (const data of [{ a: 'tab\there' }, { a: 'line\nbreak' }, { a: '# "and\\' }, { a: 'x "y": z' }, { a: 1.5 }, { a: [[1]] }, { 'a b': 1 }, { true: 1 }]) {
      expect(writePlainYaml(data), JSON.stringify(data)).toBeNull();
    }
  });
});
