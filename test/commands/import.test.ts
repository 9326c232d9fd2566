import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { main } from '../../src/cli.js';
import { captureIo } from '../support/io.js';
import { CANARIES, startTestAccount, writeConfig, type TestAccount, run } from '../support/account.js';

let account: TestAccount | undefined;
afterEach(async () => {
  await account?.close();
  account = undefined;
});


function requests(target: TestAccount): number {
  return Object.values(target.emulator.state().counters.requestsByPath).reduce((sum, count) => sum + count, 0);
}

const IMPORT = ['import', '--account', '7654321_SB2', '--operator-token', '101'];

interface ImportedFile {
  policy: Record<string, unknown>;
  tokens: { id: string; state: string; protect?: boolean; credentials?: unknown }[];
}

describe('import', () => {
  it('writes a file that validates with the rotation and unused checks on, and plans no change', async () => {
    account = await startTestAccount();
    const imported = await run([...IMPORT, '--out', 'imported.yaml'], account);
    expect(imported.code).toBe(0);
    expect(imported.io.err()).toBe('Wrote imported.yaml: 5 token(s) of account 7654321_SB2, ids pinned, token 101 protected as the operator\'s own. Review owners and policy, then commit it.\n');
    const text = await readFile(join(account.dir, 'imported.yaml'), 'utf8');
    expect(text).toContain('# Legacy sync token · Legacy Sync · svc-legacy · Integration\n  - id: "102"\n    state: active\n');
    expect((parse(text) as ImportedFile).policy).toEqual({ unmanaged: 'report', maxAge: '365d', unusedFor: '90d', maxChangesPerRun: 10 });

    const validate = await run(['validate', '--config', 'imported.yaml'], account);
    expect(validate.code).toBe(0);
    expect(validate.io.out()).toBe('✓ imported.yaml: account 7654321_SB2, 5 tokens declared (1 with credentials), policy: unmanaged=report, maxAge=365d, unusedFor=90d, maxChangesPerRun=10\n');
    const plan = await run(['plan', '--config', 'imported.yaml', '--detailed-exitcode'], account);
    expect(plan.code).toBe(0);
    expect(plan.io.out()).toContain('No changes. 5 tokens match the desired state.');
  });

  it('protects the operator\'s own token and ties it to the operator\'s credentials, so no later edit can touch it', async () => {
    account = await startTestAccount();
    await run([...IMPORT, '--out', 'imported.yaml'], account);
    const text = await readFile(join(account.dir, 'imported.yaml'), 'utf8');
    const operator = (parse(text) as ImportedFile).tokens.find((token) => token.id === '101');
    expect(operator).toEqual({
      id: '101',
      state: 'active',
      protect: true,
      credentials: { consumerKey: 'env:NETSUITE_CONSUMER_KEY', consumerSecret: 'env:NETSUITE_CONSUMER_SECRET', tokenId: 'env:NETSUITE_TOKEN_ID', tokenSecret: 'env:NETSUITE_TOKEN_SECRET' },
    });
    expect(text).toContain('# The token netsuite-tokens signs in with: protected, and recognised as the operator\'s own by its credentials.');
    for (const canary of Object.values(CANARIES)) expect(text).not.toContain(canary);

    // Someone later declares it revoked: the plan blocks it as the operator's own.
    await writeFile(join(account.dir, 'imported.yaml'), text.replace(/(id: "101"\n {4}state:) active/, '$1 revoked'));
    const plan = await run(['plan', '--config', 'imported.yaml', '--format', 'json'], account);
    const changes = (JSON.parse(plan.io.out()) as { changes: { subject: { id: string }; blocked: string | null }[] }).changes;
    expect(changes).toEqual([expect.objectContaining({ subject: expect.objectContaining({ id: '101' }) as unknown, blocked: 'self' })]);
  });

  it('refers to the operator\'s bundle when the operator signs in with NETSUITE_CREDENTIALS', async () => {
    account = await startTestAccount();
    const env = account.env;
    const bundle = JSON.stringify({ kind: 'netsuite-tba', version: 1, accountId: '7654321_SB2', consumerKey: env['NETSUITE_CONSUMER_KEY'], consumerSecret: env['NETSUITE_CONSUMER_SECRET'], tokenId: env['NETSUITE_TOKEN_ID'], tokenSecret: env['NETSUITE_TOKEN_SECRET'] });
    const io = captureIo({ env: { ...env, NETSUITE_CONSUMER_KEY: undefined, NETSUITE_CONSUMER_SECRET: undefined, NETSUITE_TOKEN_ID: undefined, NETSUITE_TOKEN_SECRET: undefined, NETSUITE_CREDENTIALS: bundle }, cwd: account.dir });
    expect(await main(IMPORT, io)).toBe(0);
    expect((parse(io.out()) as ImportedFile).tokens.find((token) => token.id === '101')).toMatchObject({ protect: true, credentials: 'env:NETSUITE_CREDENTIALS' });
  });

  it('points $schema at a schema file an editor can open', async () => {
    account = await startTestAccount();
    await run([...IMPORT, '--out', 'imported.yaml'], account);
    const text = await readFile(join(account.dir, 'imported.yaml'), 'utf8');
    const schema = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)?.[1] ?? '';
    expect(schema).toMatch(/schemas\/netsuite-tokens\.schema\.json$/);
    const path = resolve(dirname(join(account.dir, 'imported.yaml')), schema);
    expect(existsSync(path)).toBe(true);
    expect((JSON.parse(await readFile(path, 'utf8')) as { title: string }).title).toBeTruthy();
  });

  it('will not overwrite a file without --force, and says so before reading NetSuite', async () => {
    account = await startTestAccount();
    await writeConfig(account, '# my hand-written file\n');
    const refused = await run([...IMPORT, '--out', 'netsuite-tokens.yaml'], account);
    expect(refused.code).toBe(3);
    expect(refused.io.err()).toBe('error: netsuite-tokens.yaml exists already, and import does not overwrite a file without --force.\n  Choose another --out, or add --force to replace netsuite-tokens.yaml (git keeps the old one if it is committed).\n');
    expect(await readFile(account.configPath, 'utf8')).toBe('# my hand-written file\n');
    expect(requests(account)).toBe(0);

    const forced = await run([...IMPORT, '--out', 'netsuite-tokens.yaml', '--force'], account);
    expect(forced.code).toBe(0);
    expect(await readFile(account.configPath, 'utf8')).toContain('id: "105"');
  });

  it('asks which token is the operator\'s before any request, and refuses one that cannot be', async () => {
    account = await startTestAccount();
    const without = await run(['import', '--account', '7654321_SB2'], account);
    expect(without.code).toBe(3);
    expect(without.io.err()).toBe('error: import needs --operator-token: the internal id of the token netsuite-tokens signs in with, so the file it writes protects that token.\n  NetSuite lists tokens with their ids under Setup > Users/Roles > User Management > Access Tokens; then run "netsuite-tokens import --account 7654321_SB2 --operator-token ID".\n');
    expect(requests(account)).toBe(0);

    const unknown = await run(['import', '--account', '7654321_SB2', '--operator-token', '999', '--out', 'imported.yaml'], account);
    expect(unknown.code).toBe(3);
    expect(unknown.io.err()).toContain('error: --operator-token 999: account 7654321_SB2 has no token with this id.');
    expect(existsSync(join(account.dir, 'imported.yaml'))).toBe(false);
  });

  it('takes the account id in its host form (as in the URLs) and writes the realm form; rejects what is no account id', async () => {
    account = await startTestAccount();
    const hostForm = await run(['import', '--account', '7654321-sb2', '--operator-token', '101', '--out', 'imported.yaml'], account);
    expect(hostForm.io.err()).not.toMatch(/^error/m);
    expect(hostForm.code).toBe(0);
    expect(await readFile(join(account.dir, 'imported.yaml'), 'utf8')).toMatch(/^account: "?7654321_SB2"?$/m);

    const result = await run(['import', '--account', 'acme.app.netsuite.com', '--operator-token', '101'], account);
    expect(result.code).toBe(3);
    expect(result.io.err()).toContain('"acme.app.netsuite.com" is not a NetSuite account id');
  });
});
