import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentPath } from '../../src/config/json-pointer.js';
import { parseYaml } from '../../src/config/parse-yaml.js';
import { readPlainYaml } from '../../src/config/plain-yaml.js';

const read = (path: string): Promise<string> => readFile(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
const EXAMPLES = ['examples/netsuite-tokens.yaml', 'examples/multi-account/production.yaml', 'examples/multi-account/sandbox.yaml'];
const EXAMPLE_TEXTS = await Promise.all(EXAMPLES.map(read));

/** Every path of a value, containers and leaves, from the root. */
function pathsOf(value: unknown, path: DocumentPath = []): DocumentPath[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item: unknown, index) => pathsOf(item, [...path, index]))];
  if (typeof value === 'object' && value !== null) return [path, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))];
  return [path];
}

/**
 * What the plain reader makes of a text is what the yaml library makes of it: for a text the reader
 * accepts, the library finds no error or warning, the same data and every node at the same line and
 * column (and a path that does not exist at the same ancestor). Returns whether the reader accepted it.
 */
function expectSameAsYaml(text: string): boolean {
  const plain = readPlainYaml(text);
  if (plain === null) return false;
  const parsed = parseYaml(text, 'x.yaml');
  if (!parsed.ok) throw new Error(`The plain reader accepted what the yaml library refuses:\n${text}\n${JSON.stringify(parsed.problems)}`);
  expect(plain.data, text).toStrictEqual(parsed.data);
  for (const path of pathsOf(parsed.data)) {
    for (const probe of [path, [...path, 'absent'], [...path, 99]]) {
      const { line, column } = plain.positionOf(probe);
      expect({ path: probe, line, column }, text).toEqual({ path: probe, ...parsed.source.positionOf(probe) });
    }
  }
  return true;
}

describe('the plain YAML reader', () => {
  it('reads the examples as the yaml library does', () => {
    for (const [index, text] of EXAMPLE_TEXTS.entries()) expect(expectSameAsYaml(text), EXAMPLES[index]).toBe(true);
  });

  it('reads the plain forms: nesting, lists under their key at its indentation, quotes, comments, [] and {}', () => {
    const texts = [
      'a: 1\nb: true\nc: False\nd: -12\ne: +7\nf: 007\ng: -x\n',
      'version: 1\naccount: "1234567"\ntokens:\n- id: "1"\n  state: active\n-   name: Two\n    state: revoked\n',
      'policy:\n  # a comment\n  maxAge: 90d   # and another\n\n  unusedFor: 30d\ntokens: []\nother: {}\n',
      "quoted: 'it''s'\nhash: a#b\nspaced: C# dev  \nempty: ''\nhashq: \"a # b\"\ncolon: a:b\nodd: b :c\n",
      'list:\n  - a\n  - "b"\n  - x: 1\n    y:\n      - z\n    w: 2\nafter: é\u3000ü\n',
      'none: null\ntilde: ~\nupper: NULL\ntitle: Null\nquoted: "null"\nlisted:\n  - null\n',
    ];
    for (const text of texts) expect(expectSameAsYaml(text), text).toBe(true);
  });

  it('leaves everything else to the yaml library', () => {
    const texts = [
      '', '# only a comment\n', '- a\n', 'a\n', '---\na: 1\n', '%YAML 1.2\n---\na: 1\n',
      'a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: |\n  text\n', 'a: >\n  text\n', 'a: b\n  continued\n',
      'a: [1, 2]\n', 'a: { b: 1 }\n', 'a:\n', 'a:\nb: 1\n', 'a: 1\na: 2\n', 'a:\n  - \n', 'a:\n  - - x\n',
      'a: "esc\\"aped"\n', 'a: "open\n', "a: 'open\n", 'a: 1.5\n', 'a: 1e3\n', 'a: 0x1F\n',
      'a: 0o17\n', 'a: .inf\n', 'true: 1\n', 'a: b: c\n', 'a: b:\n', 'a:\tb\n', 'a: 1\r\nb: 2\r\n', '\uFEFFa: 1\n',
      'a: @x\n', 'a: `x\n', 'a: - x\n', ' a: 1\n', 'a: 1\n b: 2\n', '"a": 1\n', 'a : 1\n', 'a:1\n',
      `${'a:\n'.repeat(1)}${Array.from({ length: 40 }, (_, depth) => `${' '.repeat(depth + 1)}k:`).join('\n')} 1\n`,
    ];
    for (const text of texts) expect(readPlainYaml(text), JSON.stringify(text)).toBeNull();
  });

  it('reads generated documents as the yaml library does, and accepts most of those written as people write them', () => {
    let accepted = 0;
    fc.assert(fc.property(usualDocument, (text) => { if (expectSameAsYaml(text)) accepted += 1; }), { numRuns: 400 });
    expect(accepted).toBeGreaterThan(200);
    fc.assert(fc.property(oddDocument, (text) => { expectSameAsYaml(text); }), { numRuns: 400 });
  });

  it('never accepts an edit of a document (or of an example) that the yaml library reads differently', () => {
    const edited = fc.tuple(fc.oneof(usualDocument, oddDocument, fc.constantFrom(...EXAMPLE_TEXTS)), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 2 }), fc.constantFrom(...EDITS)), { minLength: 1, maxLength: 3 }))
      .map(([text, edits]) => edits.reduce((result, [at, remove, insert]) => {
        const index = at % (result.length + 1);
        return `${result.slice(0, index)}${insert}${result.slice(index + remove)}`;
      }, text));
    fc.assert(fc.property(edited, (text) => { expectSameAsYaml(text); }), { numRuns: 600 });
  });
});

const EDITS = ['', ' ', '  ', '\n', '\n  ', ':', ': ', '-', '- ', '#', ' #', '"', "'", "''", '[', ']', '{', '}', '&a ', '*a', '!', '|', '>', '%', '@', '`', '?', ',', '\\', '~', 'x', '0', '1.5', 'é', '\u00A0', '\u3000', 'true', 'null'];

/** Scalars as people write them in these files: words, durations, ids, quoted or not. */
const usualScalar = fc.oneof(
  { arbitrary: fc.stringMatching(/^[A-Za-z0-9.][A-Za-z0-9 ._/-]{0,12}$/), weight: 6 },
  fc.stringMatching(/^[A-Za-z0-9 @#:.é-]{0,10}$/).map((text) => `"${text}"`),
  fc.stringMatching(/^[A-Za-z0-9 @#:.é'-]{0,10}$/).map((text) => `'${text.replaceAll("'", "''")}'`),
  fc.constantFrom('report', '365d', '"4711"', 'env:X_Y', 'true', 'False', '12', '-3', '+4', '007', 'C# dev', 'a#b', 'x  y', 'é', '[]', '{}'),
);

/** Anything that may follow `key: `: quotes and escapes, indicators, core-schema forms, odd spaces. */
const oddScalar = fc.oneof(
  fc.constantFrom("'it''s'", '"@acme/x"', 'a #b', 'a:b', 'TRUE', '-0', 'null', '~', '1.5', '1e3', '.5', '0x1F', '0o17', '.inf', '.NaN', 'yes', 'on', 'a\u00A0b', '"a # b"', "'#'", '""', "''", '"\'"', '\'"\''),
  fc.string({ unit: fc.constantFrom('a', 'Z', '0', '9', ' ', ':', '#', '-', '.', '_', '/', '@', '"', "'", ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '?', '~', 'é', '\u3000', '\\'), minLength: 1, maxLength: 8 }),
  fc.string({ unit: fc.constantFrom('a', ' ', '#', ':', "'", '"', '\\', 'é'), maxLength: 6 }).map((text) => `"${text}"`),
  fc.string({ unit: fc.constantFrom('a', ' ', '#', ':', "'", '"', '\\', 'é'), maxLength: 6 }).map((text) => `'${text}'`),
);

const usualKey = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_-]{0,7}$/);
const oddKey = fc.constantFrom('a', 'id', 'x-y', 'A_1', 'true', 'null', 'Yes', 'on', 'é', '1', 'a b', '"q"', '<<', '-a', 'a.b');

type Tree =
  | { readonly kind: 'scalar'; readonly text: string; readonly comment: boolean }
  | { readonly kind: 'map'; readonly entries: readonly (readonly [string, Tree])[]; readonly step: number }
  | { readonly kind: 'list'; readonly items: readonly Tree[]; readonly step: number; readonly compact: boolean };

/** Block YAML for a tree, each nested block indented by its own step (or not at all, for a compact list). */
function render(tree: Tree, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (tree.kind === 'scalar') return [`${pad}${scalarLine(tree)}`];
  if (tree.kind === 'map') {
    return tree.entries.flatMap(([key, value]) => {
      if (value.kind === 'scalar') return [`${pad}${key}: ${scalarLine(value)}`];
      const nested = value.kind === 'list' && value.compact ? indent : indent + value.step;
      return [`${pad}${key}:`, ...render(value, nested)];
    });
  }
  return tree.items.flatMap((item) => {
    if (item.kind === 'scalar') return [`${pad}- ${scalarLine(item)}`];
    if (item.kind === 'list') return [`${pad}-`, ...render(item, indent + 2)];
    // A mapping item starts on the dash's line, its keys lined up after `-` and `step` spaces.
    const [first = '', ...rest] = render(item, indent + 1 + item.step);
    return [`${pad}-${' '.repeat(item.step)}${first.trimStart()}`, ...rest];
  });
}

function scalarLine(tree: Extract<Tree, { kind: 'scalar' }>): string {
  return `${tree.text}${tree.comment ? '  # note' : ''}`;
}

/** A document: a top-level mapping, with blank lines and comments (at any indentation) between its lines. */
function documents(scalar: fc.Arbitrary<string>, key: fc.Arbitrary<string>, listsInLists: boolean): fc.Arbitrary<string> {
  const { map } = fc.letrec<{ tree: Tree; scalar: Tree; map: Tree; list: Tree; item: Tree }>((tie) => ({
    tree: fc.oneof({ maxDepth: 4, depthIdentifier: 'tree' }, tie('scalar'), tie('map'), tie('list')),
    item: listsInLists ? tie('tree') : fc.oneof({ depthIdentifier: 'tree' }, tie('scalar'), tie('map')),
    scalar: fc.record({ kind: fc.constant('scalar' as const), text: scalar, comment: fc.boolean() }),
    map: fc.record({ kind: fc.constant('map' as const), entries: fc.uniqueArray(fc.tuple(key, tie('tree')), { minLength: 1, maxLength: 4, selector: ([name]) => name }), step: fc.integer({ min: 1, max: 3 }) }),
    list: fc.record({ kind: fc.constant('list' as const), items: fc.array(tie('item'), { minLength: 1, maxLength: 3 }), step: fc.integer({ min: 1, max: 3 }), compact: fc.boolean() }),
  }));
  return fc.tuple(map, fc.array(fc.tuple(fc.nat(), fc.constantFrom('', '   ', '# c', '    # deeper', '#')), { maxLength: 3 }), fc.boolean())
    .map(([tree, extras, finalNewline]) => {
      const lines = render(tree, 0);
      for (const [at, extra] of extras) lines.splice(at % (lines.length + 1), 0, extra);
      return `${lines.join('\n')}${finalNewline ? '\n' : ''}`;
    });
}

/** Documents as people write them, which the reader should mostly accept. */
const usualDocument = documents(usualScalar, usualKey, false);
/** Documents with odd keys and scalars, lists in lists and repeated keys, which it should mostly leave. */
const oddDocument = documents(fc.oneof(usualScalar, oddScalar), fc.oneof(usualKey, oddKey), true);
