import { copyFile, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { emulatorPort } from '../../src/commands/emulator.js';
import { DEFAULT_EMULATOR_PORT } from '../../src/commands/command-specs.js';
import { loadSeedFile } from '../../src/emulator/index.js';
import { captureIo } from '../support/io.js';
import { testSeed } from '../support/account.js';
import { startEmulatorCommand } from '../support/emulator-command.js';


/** What a shell makes of the `export` lines: NAME=value pairs, single quotes undone. */
function exported(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n').filter((each) => each.startsWith('export '))) {
    for (const match of line.slice('export '.length).matchAll(/([A-Z_]+)=('(?:[^']|'\\'')*'|\S+)/g)) {
      const value = match[2] ?? '';
      env[match[1] ?? ''] = value.startsWith("'") ? value.slice(1, -1).replaceAll("'\\''", "'") : value;
    }
  }
  return env;
}

describe('netsuite-tokens emulator: ready to paste', () => {
  it('prints export lines, fake credentials labelled as such, that point the operator at it', async () => {
    const { io, stop } = await startEmulatorCommand(['--port', '0']);
    try {
      const seed = await loadSeedFile('examples/demo-seed.yaml');
      const operator = seed.tokens.find((token) => token.id === '4712');
      const integration = seed.integrations.find((each) => each.id === operator?.integration);
      expect(io.out()).toContain('# FAKE credentials, made up for this emulator (seed token 4712, "Token GitOps - svc-gitops - Token Operator"): not NetSuite secrets. Never put real ones in a seed.\n');
      const env = exported(io.out());
      expect(Object.keys(env)).toEqual(['NETSUITE_REST_URL', 'NETSUITE_RESTLETS_URL', 'NETSUITE_UI_URL', 'NETSUITE_CONSUMER_KEY', 'NETSUITE_CONSUMER_SECRET', 'NETSUITE_TOKEN_ID', 'NETSUITE_TOKEN_SECRET']);
      expect(env['NETSUITE_TOKEN_ID']).toBe(operator?.tokenId);
      expect(env['NETSUITE_CONSUMER_SECRET']).toBe(integration?.consumerSecret);

      // Pasted into a shell, they work: a plan of the example file against the emulator.
      const directory = await mkdtemp(join(tmpdir(), 'emulator-paste-'));
      await copyFile('examples/netsuite-tokens.yaml', join(directory, 'netsuite-tokens.yaml'));
      const plan = captureIo({ env, cwd: directory });
      expect(await main(['plan', '--detailed-exitcode'], plan)).toBe(2);
      expect(plan.err()).toBe('');
      // CELIGO_* are not exported, so even 4713's revocation is for an administrator.
      expect(plan.out()).toContain('\nPlan: 0 to revoke via API, 3 for an administrator, 0 blocked; 5 findings.\n');
    } finally {
      expect(await stop()).toBe(0);
    }
  });

  it('exports the token --operator-token names', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'emulator-seed-'));
    await writeFile(join(directory, 'seed.json'), JSON.stringify(testSeed()));
    const { io, stop } = await startEmulatorCommand(['--seed', 'seed.json', '--port', '0', '--operator-token', '102'], directory);
    try {
      expect(io.out()).toContain('(seed token 102, "Legacy sync token")');
      expect(exported(io.out())).toMatchObject({ NETSUITE_CONSUMER_KEY: 'ck-retired-0000000000000000000000000002', NETSUITE_TOKEN_ID: 'tk-retired-000000000000000000000102' });
    } finally {
      expect(await stop()).toBe(0);
    }
  });

  it('takes the first token that can sign when none is named, and says so when none can', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'emulator-seed-'));
    await writeFile(join(directory, 'first.json'), JSON.stringify(testSeed()));
    const first = await startEmulatorCommand(['--seed', 'first.json', '--port', '0'], directory);
    expect(first.io.out()).toContain('(seed token 101, "Operator token")');
    await first.stop();

    await writeFile(join(directory, 'none.json'), JSON.stringify({ ...testSeed(), tokens: testSeed().tokens.map(({ tokenId: _id, tokenSecret: _secret, ...token }) => token) }));
    const none = await startEmulatorCommand(['--seed', 'none.json', '--port', '0'], directory);
    expect(none.io.out()).toContain('# No token in this seed can sign (tokenId and tokenSecret, active, integration enabled), so there are no credentials to export.\n');
    expect(Object.keys(exported(none.io.out()))).toEqual(['NETSUITE_REST_URL', 'NETSUITE_RESTLETS_URL', 'NETSUITE_UI_URL']);
    await none.stop();
  });

  it('refuses an --operator-token that cannot sign, before listening (exit 3)', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'emulator-seed-'));
    await writeFile(join(directory, 'seed.json'), JSON.stringify(testSeed()));
    const io = captureIo({ cwd: directory });
    expect(await main(['emulator', '--seed', 'seed.json', '--operator-token', '103'], io)).toBe(3);
    expect(io.err()).toContain('error: --operator-token 103: this token cannot sign (it needs tokenId and tokenSecret in the seed, must be active, and its integration enabled).');
  });
});

describe('netsuite-tokens emulator --bundles', () => {
  it('writes each mapping\'s bundle (mode 0600) to sign in with as its consumer would, and removes them at stop', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'emulator-bundles-'));
    await copyFile('examples/certificate-rotation.yaml', join(directory, 'netsuite-tokens.yaml'));
    const { io, stop } = await startEmulatorCommand(['--port', '0', '--bundles', 'keys/demo'], directory);
    const folder = join(directory, 'keys', 'demo');
    try {
      expect((await readdir(folder)).sort()).toEqual(['expense-sync.json', 'token-gitops.json']);
      expect((await stat(join(folder, 'expense-sync.json'))).mode & 0o777).toBe(0o600);
      const bundle = JSON.parse(await readFile(join(folder, 'expense-sync.json'), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(bundle)).toEqual(['kind', 'version', 'accountId', 'clientId', 'certificateId', 'algorithm', 'privateKey', 'validUntil']);
      expect(bundle).toMatchObject({ kind: 'netsuite-m2m', accountId: '1234567_SB1' });
      expect(bundle['privateKey']).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
      // The banner names the files, never a key, and leaves the token sign-in as the lines to paste.
      expect(io.out()).toContain(`#   expense-sync: ${join(folder, 'expense-sync.json')}\n`);
      expect(io.out()).toContain(`#   export NETSUITE_CREDENTIALS="$(cat ${join(folder, 'token-gitops.json')})"   (the bundle of the mapping the operator acts as)\n`);
      expect(io.out()).not.toContain('PRIVATE KEY');
      expect(Object.keys(exported(io.out()))).toContain('NETSUITE_TOKEN_ID');

      // The mapping's bundle is what the example file's credentials need: its plan rotates the expiring certificate.
      const plan = captureIo({ env: { ...exported(io.out()), EXPENSE_SYNC_M2M: await readFile(join(folder, 'expense-sync.json'), 'utf8') }, cwd: directory });
      expect(await main(['plan', '--detailed-exitcode'], plan)).toBe(2);
      expect(plan.err()).toBe('');
      expect(plan.out()).toMatch(/rotate/i);
      // And the operator can sign in with its own mapping's certificate instead of the token.
      const { NETSUITE_CONSUMER_KEY: _key, NETSUITE_CONSUMER_SECRET: _secret, NETSUITE_TOKEN_ID: _id, NETSUITE_TOKEN_SECRET: _token, ...endpoints } = exported(io.out());
      const m2m = captureIo({ env: { ...endpoints, NETSUITE_CREDENTIALS: await readFile(join(folder, 'token-gitops.json'), 'utf8'), EXPENSE_SYNC_M2M: await readFile(join(folder, 'expense-sync.json'), 'utf8') }, cwd: directory });
      expect(await main(['plan', '--detailed-exitcode'], m2m)).toBe(2);
      expect(m2m.err()).toBe('');
    } finally {
      expect(await stop()).toBe(0);
    }
    // The keys died with the emulator, and so did the files and the directories made for them.
    expect(await readdir(directory)).toEqual(['netsuite-tokens.yaml']);
  });

  it('leaves a directory that was there, and what else it holds', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'emulator-bundles-'));
    await writeFile(join(directory, 'notes.txt'), 'mine');
    const { stop } = await startEmulatorCommand(['--port', '0', '--bundles', '.'], directory);
    expect((await readdir(directory)).sort()).toEqual(['expense-sync.json', 'notes.txt', 'token-gitops.json']);
    expect(await stop()).toBe(0);
    expect(await readdir(directory)).toEqual(['notes.txt']);
  });

  it('never writes over a file that is there already (exit 3, the file untouched)', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'emulator-bundles-'));
    await writeFile(join(directory, 'expense-sync.json'), 'MY REAL BUNDLE');
    const io = captureIo({ cwd: directory });
    expect(await main(['emulator', '--port', '0', '--bundles', '.'], io)).toBe(3);
    expect(io.err()).toContain(`error: --bundles: ${join(directory, 'expense-sync.json')} exists already, and the emulator would write over it and remove it when it stops.\n  Give --bundles a new or empty directory.`);
    expect(await readdir(directory)).toEqual(['expense-sync.json']);
    expect(await readFile(join(directory, 'expense-sync.json'), 'utf8')).toBe('MY REAL BUNDLE');
  });

  it('says so when no mapping has a key it made', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'emulator-bundles-'));
    await writeFile(join(directory, 'seed.json'), JSON.stringify(testSeed()));
    const { io, stop } = await startEmulatorCommand(['--seed', 'seed.json', '--port', '0', '--bundles', 'keys'], directory);
    expect(io.out()).toContain('# --bundles: no mapping of this seed has a key the emulator made, so');
    expect(await stop()).toBe(0);
    expect(await readdir(directory)).toEqual(['seed.json']);
  });
});

describe('netsuite-tokens emulator: a fixed port', () => {
  it('listens on the same ports every time unless told otherwise, and says so in its help', async () => {
    expect(DEFAULT_EMULATOR_PORT).toBe(7470);
    expect(emulatorPort(undefined)).toBe(7470);
    expect(emulatorPort('9000')).toBe(9000);
    expect(emulatorPort('0')).toBe(0);
    const help = captureIo();
    await main(['emulator', '--help'], help);
    expect(help.out().replace(/\s+/g, ' ')).toContain('REST on port N, RESTlets on N+1, the UI on N+2 (default 7470; 0 picks free ports)');
  });
});
