import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/support/errors.js';
import { loadSeedFile, startEmulator } from '../../src/emulator/index.js';
import { SMALL_SEED } from './support/small-seed.js';

let directory: string;
beforeAll(async () => { directory = await mkdtemp(join(tmpdir(), 'emulator-seed-')); });

const KEY = 'k'.repeat(32);
const VALID = `account: "1234567_SB1"
integrations:
  - id: 1
    name: App
    consumerKey: ${KEY}
    consumerSecret: ${'s'.repeat(32)}
    state: enabled
entities:
  - { id: "10", name: svc }
roles:
  - { id: "20", name: Role }
tokens:
  - id: 100
    name: App - svc - Role
    integration: 1
    entity: 10
    role: 20
    created: 2026-01-01T00:00:00Z
    tokenId: ${'t'.repeat(32)}
    tokenSecret: ${'u'.repeat(32)}
loginAudit:
  - { date: 2026-10-01T00:00:00Z, status: Success, token: App - svc - Role, user: 10 }
`;

async function write(name: string, text: string): Promise<string> {
  const path = join(directory, name);
  await writeFile(path, text);
  return path;
}

/** The problems of a seed file as `line:column pointer: message`. */
async function problemsOf(text: string, name = 'seed.yaml'): Promise<string[]> {
  const path = await write(name, text);
  try {
    await loadSeedFile(path);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    expect(error.problems.every((problem) => problem.file === path)).toBe(true);
    expect(error.hint).toContain('emulator-seed.schema.json');
    return error.problems.map((problem) => `${problem.line}:${problem.column} ${problem.pointer}: ${problem.message}`);
  }
  throw new Error('the seed loaded');
}

const replace = (from: string, to: string): string => {
  if (!VALID.includes(from)) throw new Error(`fixture lacks ${from}`);
  return VALID.replace(from, to);
};

describe('loadSeedFile', () => {
  it('reads YAML, ids written as numbers or strings, into string ids', async () => {
    const seed = await loadSeedFile(await write('valid.yaml', VALID));
    expect(seed.integrations[0]?.id).toBe('1');
    expect(seed.tokens[0]).toMatchObject({ id: '100', integration: '1', entity: '10', role: '20' });
    expect(seed.loginAudit?.[0]).toMatchObject({ user: '10' });
  });

  it('reads JSON too', async () => {
    const seed = await loadSeedFile(await write('seed.json', JSON.stringify(SMALL_SEED, null, 2)));
    expect(seed).toEqual(SMALL_SEED);
  });

  it('reports a missing file, and a directory', async () => {
    await expect(loadSeedFile(join(directory, 'nope.yaml'))).rejects.toMatchObject({ problems: [{ line: 1, column: 1, message: expect.stringContaining('does not exist') as unknown }] });
    await expect(loadSeedFile(directory)).rejects.toMatchObject({ problems: [{ message: expect.stringContaining('is a directory') as unknown }] });
  });

  it('reports YAML syntax errors with their position', async () => {
    expect(await problemsOf('account: "1234567\nintegrations: []\n')).toEqual([expect.stringMatching(/^3:1 : Invalid YAML: Missing closing "quote/)]);
    expect(await problemsOf('account: a\naccount: b\n')).toEqual([expect.stringMatching(/^2:1 : Invalid YAML: Map keys must be unique/)]);
  });

  it('reports a seed that is not a mapping', async () => {
    expect(await problemsOf('- a\n- b\n')).toEqual(['1:1 : A seed is a mapping with account, integrations, entities, roles and tokens.']);
  });

  it('reports every schema problem at once, at the offending key or value', async () => {
    const text = replace('    state: enabled', '    state: on\n    colour: blue').replace('account: "1234567_SB1"', 'account: "1234567_sb1"');
    expect(await problemsOf(text)).toEqual([
      '1:10 /account: account is not valid: The emulated account id in realm form (upper case, underscore), such as 1234567 or 1234567_SB1. Requests must sign with exactly this realm.',
      '8:5 /integrations/0/colour: Unknown key "colour"; the known keys here are id, name, consumerKey, consumerSecret, state, applicationId, grants, tbaAuthorizationFlow, callbackUrl.',
      '7:12 /integrations/0/state: state must be one of "enabled", "blocked".',
    ]);
  });

  it('reports missing required keys at the entry, and ids that are not internal ids', async () => {
    expect(await problemsOf(replace('    created: 2026-01-01T00:00:00Z\n', '').replace('  - id: 100', '  - id: 0'))).toEqual([
      '13:5 /tokens/0: Entry 1 of tokens has no created; add it.',
      '13:9 /tokens/0/id: id is not valid: A NetSuite internal id: a positive whole number, written as digits (quoted or not).',
    ]);
  });

  it('reports a revoked token without revokedAt, a tokenId without tokenSecret, and a fake secret that is too short', async () => {
    const text = replace(`    tokenSecret: ${'u'.repeat(32)}\n`, '    revoked: true\n').replace(`consumerSecret: ${'s'.repeat(32)}`, 'consumerSecret: short');
    expect(await problemsOf(text)).toEqual([
      '6:21 /integrations/0/consumerSecret: consumerSecret is not valid: A fake credential for the emulator: 16 to 128 characters from letters, digits, - and _. Never a real NetSuite secret.',
      '13:5 /tokens/0: Entry 1 of tokens has no revokedAt; add it.',
      '13:5 /tokens/0: Entry 1 of tokens has tokenId but no tokenSecret; give both or neither.',
    ]);
  });

  it('reports references to records that do not exist, duplicate ids and keys, and impossible dates', async () => {
    const text = replace('    integration: 1\n', '    integration: 2\n')
      .replace('    created: 2026-01-01T00:00:00Z', '    created: 2026-02-30T00:00:00Z')
      .replace('roles:\n  - { id: "20", name: Role }', 'roles:\n  - { id: "20", name: Role }\n  - { id: 20, name: Again }');
    expect(await problemsOf(text)).toEqual([
      '12:11 /roles/1/id: id "20" is already used by entry 1 of roles; make it unique.',
      '16:18 /tokens/0/integration: integration 2 is not the id of any entry in integrations; add that record or correct the id.',
      '19:14 /tokens/0/created: "2026-02-30T00:00:00Z" is not a date that exists; write an instant such as 2026-11-01T09:30:00Z.',
    ]);
  });

  it('reports a revocation before creation', async () => {
    const text = replace('    created: 2026-01-01T00:00:00Z', '    created: 2026-01-01T00:00:00Z\n    revoked: true\n    revokedAt: 2025-01-01T00:00:00Z');
    expect(await problemsOf(text)).toEqual(['20:16 /tokens/0/revokedAt: revokedAt is before created; a token is revoked after it is created.']);
  });

  it('reports positions in JSON files as well', async () => {
    const seed = { ...SMALL_SEED, tokens: SMALL_SEED.tokens.map((token, index) => (index === 1 ? { ...token, role: '99' } : token)) };
    const problems = await problemsOf(JSON.stringify(seed, null, 2), 'bad.json');
    expect(problems).toEqual([expect.stringMatching(/^\d+:\d+ \/tokens\/1\/role: role 99 is not the id of any entry in roles/)]);
    const line = Number(problems[0]?.split(':')[0]);
    expect(JSON.stringify(seed, null, 2).split('\n')[line - 1]).toContain('"role": "99"');
  });
});

describe('startEmulator with a seed built in code', () => {
  it('refuses ids the SQL tables cannot hold', async () => {
    const seed = { ...SMALL_SEED, roles: [...SMALL_SEED.roles, { id: 'admin', name: 'Admin' }] };
    await expect(startEmulator({ seed })).rejects.toMatchObject({
      problems: [{ pointer: '/roles/2/id', message: '"admin" is not an internal id; write a positive whole number of at most 15 digits.' }],
    });
  });

  it('applies the same rules and names the pointer', async () => {
    const seed = { ...SMALL_SEED, tokens: [...SMALL_SEED.tokens, { ...SMALL_SEED.tokens[0], id: '100' } as (typeof SMALL_SEED.tokens)[number]] };
    await expect(startEmulator({ seed })).rejects.toMatchObject({
      problems: [
        { file: '(seed given to startEmulator)', pointer: '/tokens/6/id', message: 'id "100" is already used by entry 1 of tokens; make it unique.' },
        { pointer: '/tokens/6/tokenId', message: expect.stringContaining('is already used by entry 1 of tokens') as unknown },
      ],
    });
  });
});
