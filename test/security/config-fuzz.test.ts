import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { main } from '../../src/cli.js';
import { captureIo } from '../support/io.js';
import { STACK_FRAME } from '../support/runs.js';

/**
 * Hostile and broken desired-state files through the real command, `netsuite-tokens validate`:
 * random YAML, random YAML-shaped token soup, and structural mutations of the example files (keys
 * deleted, duplicated, renamed, retyped; tabs injected; lines re-indented, swapped; the file cut
 * short). Whatever the file, the command answers: exit 0 with a summary, or exit 3 with every
 * problem at file:line:column and one closing sentence — never a crash, never a stack trace.
 */

const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));
const EXAMPLES = [
  join(EXAMPLES_DIR, 'netsuite-tokens.yaml'),
  ...readdirSync(join(EXAMPLES_DIR, 'multi-account')).filter((name) => name.endsWith('.yaml')).map((name) => join(EXAMPLES_DIR, 'multi-account', name)),
].map((path) => readFileSync(path, 'utf8'));

const dir = mkdtempSync(join(tmpdir(), 'nst-fuzz-'));
const FILE = 'fuzz.yaml';
let cases = 0;
const outcomes = { valid: 0, invalid: 0 };

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  console.info(`config fuzz: ${cases} cases through "validate" (${outcomes.valid} still valid, ${outcomes.invalid} refused with positions)`);
});

const LOCATED = new RegExp(`^${FILE.replace('.', '\\.')}:(\\d+):(\\d+): \\S`);

/** Runs `validate` on `text` and checks the answer; returns the exit code. */
async function validate(text: string | Buffer): Promise<number> {
  cases += 1;
  writeFileSync(join(dir, FILE), text);
  const io = captureIo({ cwd: dir, env: {} });
  let code: number;
  try {
    code = await main(['validate', '--config', FILE], io);
  } catch (error) {
    throw new Error(`validate threw instead of answering: ${String(error)}`, { cause: error });
  }
  const err = io.err();
  expect(err).not.toMatch(STACK_FRAME);
  expect(err).not.toMatch(/unexpected failure|bug in netsuite-tokens/);
  if (code === 0) {
    outcomes.valid += 1;
    expect(err).toBe('');
    expect(io.out()).toMatch(/^✓ fuzz\.yaml: account /);
    return code;
  }
  expect(code, err).toBe(3);
  outcomes.invalid += 1;
  const lines = err.trimEnd().split('\n');
  const closing = lines.pop() ?? '';
  expect(closing).toMatch(/^error: \d+ problems? in the desired-state configuration\. /);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    const match = LOCATED.exec(line);
    expect(match, line).not.toBeNull();
    expect(Number(match?.[1])).toBeGreaterThanOrEqual(1);
    expect(Number(match?.[2])).toBeGreaterThanOrEqual(1);
  }
  return code;
}

/** Values of every other type, for retyping a key's value. */
const OTHER_VALUES = ['123', '-1', '1.5', '0x1F', 'true', 'no', 'null', '~', '[]', '[1, "two"]', '{}', '{a: 1}', '"text"', "''", '2026-01-01', 'env:', 'env:lower', '&anchor x', '*missing', '!!binary aGk=', '!custom x', '|', '>-', '"\\u0000"', "'unclosed", '[unclosed', '? complex'];
const KEYS = ['version', 'account', 'policy', 'tokens', 'id', 'name', 'application', 'user', 'role', 'state', 'owner', 'protect', 'maxAge', 'unusedFor', 'unmanaged', 'maxChangesPerRun', 'credentials', 'consumerKey', 'consumerSecret', 'tokenId', 'tokenSecret', 'Version', 'stat', 'tokns', '', '"quoted key"', '1', '<<'];
const KEY_LINE = /^(\s*(?:- )?)([^\s:#][^:#]*):(\s|$)/;

type Edit =
  | { readonly kind: 'delete' | 'duplicate' | 'tab' | 'tab-indent'; readonly line: number }
  | { readonly kind: 'rename'; readonly line: number; readonly key: string }
  | { readonly kind: 'retype'; readonly line: number; readonly value: string }
  | { readonly kind: 'indent'; readonly line: number; readonly by: number }
  | { readonly kind: 'swap'; readonly line: number; readonly other: number }
  | { readonly kind: 'truncate'; readonly at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'tab' as const, 'tab-indent' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const), line: fc.nat(), key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 })) }),
  fc.record({ kind: fc.constant('retype' as const), line: fc.nat(), value: fc.oneof(fc.constantFrom(...OTHER_VALUES), fc.string({ maxLength: 20 })) }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('swap' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function applyEdit(text: string, change: Edit): string {
  if (change.kind === 'truncate') return text.slice(0, change.at % (text.length + 1));
  const lines = text.split('\n');
  const index = change.line % lines.length;
  const line = lines[index] ?? '';
  switch (change.kind) {
    case 'delete':
      lines.splice(index, 1);
      break;
    case 'duplicate':
      lines.splice(index, 0, line);
      break;
    case 'tab':
      lines[index] = line.replace(/: /, ':\t');
      break;
    case 'tab-indent':
      lines[index] = `\t${line.trimStart()}`;
      break;
    case 'rename':
      lines[index] = line.replace(KEY_LINE, (_whole, lead: string, _key: string, after: string) => `${lead}${change.key}:${after}`);
      break;
    case 'retype':
      lines[index] = KEY_LINE.test(line) ? line.replace(/:(\s.*)?$/, `: ${change.value}`) : line.replace(/^(\s*- ).*$/, `$1${change.value}`);
      break;
    case 'indent':
      lines[index] = change.by >= 0 ? `${' '.repeat(change.by)}${line}` : line.replace(new RegExp(`^ {0,${-change.by}}`), '');
      break;
    case 'swap': {
      const other = change.other % lines.length;
      lines[index] = lines[other] ?? '';
      lines[other] = line;
      break;
    }
  }
  return lines.join('\n');
}

const mutatedExample = fc.tuple(fc.constantFrom(...EXAMPLES), fc.array(edit, { minLength: 1, maxLength: 4 })).map(([text, edits]) => edits.reduce(applyEdit, text));

/** Pieces of YAML syntax and of this schema's vocabulary, strung together at random. */
const YAML_PIECES = ['- ', ': ', ':', '{', '}', '[', ']', ',', '&a ', '*a', '!!str ', '!!map ', '? ', '|', '>', '---\n', '...\n', '%YAML 1.2\n', '# c', '\n', '\n  ', '  ', '\t', '"', "'", '\\', 'version', 'account', 'tokens', 'policy', 'state', 'active', 'revoked', 'credentials', 'env:X', 'env:', '1', '"1234567_SB1"', '365d', '<<: *a', '\u0000', '\uFEFF', '\u202E', 'é', '🔑'];
const yamlSoup = fc.array(fc.constantFrom(...YAML_PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));

/** Real YAML of random JSON-like data, some of it shaped like the desired-state file. */
const randomYaml = fc.oneof(
  fc.jsonValue({ maxDepth: 5 }).map((value) => stringify(value)),
  fc.record({
    version: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 1 })),
    account: fc.oneof(fc.constant('1234567_SB1'), fc.string({ maxLength: 15 })),
    tokens: fc.array(fc.dictionary(fc.constantFrom('id', 'name', 'state', 'owner', 'credentials', 'protect', 'maxAge', 'x'), fc.jsonValue({ maxDepth: 2 })), { maxLength: 4 }),
  }, { requiredKeys: [] }).map((value) => stringify(value)),
);

describe('validate on hostile desired-state files', () => {
  it('structural mutations of the example files', async () => {
    await fc.assert(fc.asyncProperty(mutatedExample, async (text) => { await validate(text); }), { numRuns: 1000, seed: 8008 });
  });

  it('random YAML, some shaped like the desired-state file', async () => {
    await fc.assert(fc.asyncProperty(randomYaml, async (text) => { await validate(text); }), { numRuns: 400, seed: 4242 });
  });

  it('random strings of YAML syntax', async () => {
    await fc.assert(fc.asyncProperty(yamlSoup, async (text) => { await validate(text); }), { numRuns: 400, seed: 1337 });
  });

  it('random bytes, including invalid UTF-8', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => { await validate(Buffer.from(bytes)); }), { numRuns: 200, seed: 99 });
  });

  it('the unmutated examples are valid (so the mutations start from a good file)', async () => {
    for (const text of EXAMPLES) expect(await validate(text)).toBe(0);
  });
});
