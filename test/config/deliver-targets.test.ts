import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { loadConfig } from '../../src/config/load-config.js';
import { captureIo } from '../support/io.js';

/**
 * SPEC §11 "deliver targets unique", file-wide: no two deliver targets of one desired-state file (of
 * any mappings or tokens) name one place, however they are written. Real files in a temporary
 * directory, since file targets resolve against the desired-state file's own directory.
 */

const HEADER = 'version: 1\naccount: "1234567_SB1"\n';

function mapping(name: string, clientId: string, targets: readonly string[]): string {
  return `  - mapping: ${name}\n    clientId: "${clientId}"\n    entity: "309"\n    role: "1008"\n    state: active\n    credentials: env:M2M_${name.toUpperCase()}\n    rotation: {}\n    deliver:\n${targets.map((target) => `      - ${target}\n`).join('')}`;
}

describe('deliver targets across the desired-state file', () => {
  let dir: string;
  let config: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nst-targets-'));
    config = join(dir, 'accounts');
    await mkdir(config);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function problemsOf(name: string, text: string): Promise<string[]> {
    await writeFile(join(config, name), text);
    const { problems } = await loadConfig(join('accounts', name), dir);
    return problems.map((problem) => `${problem.file}:${problem.line}:${problem.column}: ${problem.message} (at ${problem.pointer})`);
  }

  it('refuses two mappings writing one file, however its path is written, each at its own position and naming the first', async () => {
    const shared = join(config, 'secrets', 'shared.json');
    const text = `${HEADER}tokens: []\ncertificates:\n${mapping('a', 'client-a', ['file: { path: secrets/shared.json }'])}${mapping('b', 'client-b', [
      'file: { path: ./secrets/shared.json }',
      `file: { path: "${shared}" }`,
      `file: { path: ../${basename(config)}/secrets//shared.json }`,
      'file: { path: secrets/other.json }',
    ])}`;
    const first = 'at line 13, column 23 (written there as "secrets/shared.json"; both are the file';
    const advice = "two credentials delivered to one place overwrite each other's bundle, so give this one a path of its own.";
    expect(await problemsOf('files.yaml', text)).toEqual([
      `accounts/files.yaml:22:23: This deliver target is already a deliver target of mapping "a" ${first} ${shared}); ${advice} (at /certificates/1/deliver/0/file/path)`,
      `accounts/files.yaml:23:23: This deliver target is already a deliver target of mapping "a" ${first} ${shared}); ${advice} (at /certificates/1/deliver/1/file/path)`,
      `accounts/files.yaml:24:23: This deliver target is already a deliver target of mapping "a" ${first} ${shared}); ${advice} (at /certificates/1/deliver/2/file/path)`,
    ]);
  });

  it('refuses the same file written alike by two mappings, in plain YAML too', async () => {
    const text = `${HEADER}tokens: []\ncertificates:\n${mapping('a', 'client-a', ['file:\n          path: secrets/same.json'])}${mapping('b', 'client-b', ['file:\n          path: secrets/same.json'])}`;
    expect(await problemsOf('plain.yaml', text)).toEqual([
      "accounts/plain.yaml:24:17: This deliver target is already a deliver target of mapping \"a\" at line 14, column 17; two credentials delivered to one place overwrite each other's bundle, so give this one a path of its own. (at /certificates/1/deliver/0/file/path)",
    ]);
  });

  it('compares GitHub secrets ignoring the case of names, AWS secrets by id and region, and a token\'s targets with the mappings\'', async () => {
    const text = `${HEADER}tokens:\n  - id: "4711"\n    state: active\n    deliver:\n      - github: { repository: Acme/Expense, environment: Production, secret: netsuite_m2m }\n`
      + `certificates:\n${mapping('a', 'client-a', [
        'github: { repository: acme/expense, environment: production, secret: NETSUITE_M2M }',
        'github: { repository: acme/expense, secret: NETSUITE_M2M }',
        'aws: { secretId: netsuite/expense, region: eu-west-1 }',
        'aws: { secretId: netsuite/expense }',
      ])}${mapping('b', 'client-b', ['aws: { secretId: netsuite/expense, region: eu-west-1 }', 'aws: { secretId: netsuite/expense, region: us-east-1 }'])}`;
    expect(await problemsOf('stores.yaml', text)).toEqual([
      "accounts/stores.yaml:17:9: This deliver target is already a deliver target of token \"4711\" at line 7, column 9 (written differently there, but GitHub ignores the case of repository, environment and secret names); two credentials delivered to one place overwrite each other's bundle, so give this one a secret of its own. (at /certificates/0/deliver/0)",
      "accounts/stores.yaml:29:9: This deliver target is already a deliver target of mapping \"a\" at line 19, column 9; two credentials delivered to one place overwrite each other's bundle, so give this one a secretId of its own. (at /certificates/1/deliver/0)",
    ]);
  });

  it('accepts targets that only look alike', async () => {
    const text = `${HEADER}tokens: []\ncertificates:\n${mapping('a', 'client-a', ['file: { path: secrets/same.json }', 'github: { environment: staging, secret: NETSUITE_M2M }'])}${mapping('b', 'client-b', [
      'file: { path: ../..secrets/same.json }',
      'file: { path: secrets/same.json.bak }',
      'github: { environment: production, secret: NETSUITE_M2M }',
    ])}`;
    expect(await problemsOf('distinct.yaml', text)).toEqual([]);
  });

  it('makes validate exit 3 with the position of each duplicate', async () => {
    await writeFile(join(config, 'cli.yaml'), `${HEADER}tokens: []\ncertificates:\n${mapping('a', 'client-a', ['file: { path: secrets/shared.json }'])}${mapping('b', 'client-b', ['file: { path: ./secrets/shared.json }'])}`);
    const io = captureIo({ cwd: dir });
    expect(await main(['validate', '--config', 'accounts/cli.yaml'], io)).toBe(3);
    expect(io.out()).toBe('');
    expect(io.err()).toContain('accounts/cli.yaml:22:23: This deliver target is already a deliver target of mapping "a" at line 13, column 23');
  });
});
