import { afterEach, describe, expect, it } from 'vitest';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ACCOUNT, CANARIES, TEST_CONFIG, administrator, requestsTo, startTestAccount, testSeed, writeConfig, type TestAccount, run } from '../support/account.js';
import type { StatusFile } from '../../src/domain/status.js';
import { startFakeGitHub } from '../github/support/fake-github.js';
import { createRepos } from '../github/support/git-repos.js';
import { main } from '../../src/cli.js';
import { captureIo } from '../support/io.js';

const REVOKE = '/rest/revoketoken';
const SUITEQL = '/services/rest/query/v1/suiteql';

let account: TestAccount | undefined;
afterEach(async () => {
  await account?.close();
  account = undefined;
});


function expectNoCanary(...texts: string[]): void {
  for (const text of texts) for (const canary of Object.values(CANARIES)) expect(text).not.toContain(canary);
}

async function readStatusFile(target: TestAccount): Promise<StatusFile> {
  return parse(await readFile(join(target.dir, 'netsuite-tokens.status.yaml'), 'utf8')) as StatusFile;
}

describe('apply against the emulator', () => {
  it('revokes via the API, lists administrator work with deep links, verifies and records', async () => {
    account = await startTestAccount();
    const { code, io } = await run(['apply'], account);
    expect(io.err()).toBe('');
    expect(code).toBe(0);

    const tokens = new Map(account.emulator.state().tokens.map((token) => [token.id, token]));
    expect(tokens.get('102')?.state).toBe('revoked');
    expect(tokens.get('103')?.state).toBe('active');
    expect(tokens.get('101')?.state).toBe('active');
    expect(requestsTo(account.emulator, REVOKE)).toBe(1);
    expect(io.out()).toContain(`${account.emulator.url}/app/setup/accesstoken.nl?id=103&e=T`);

    const status = await readStatusFile(account);
    const byId = new Map(status.tokens.map((token) => [token.id, token]));
    expect(byId.get('102')).toMatchObject({ state: 'revoked', desired: 'revoked', pending: [] });
    expect(byId.get('103')?.pending).toEqual([expect.objectContaining({ action: 'inactivate', via: 'admin' })]);
    expect(byId.get('101')).toMatchObject({ protected: true, desired: 'active' });
    expect(byId.get('104')).toMatchObject({ desired: 'active', lastUsedAt: '2026-11-21' });
    expect(byId.get('105')).toMatchObject({ desired: null, findings: ['unmanaged'] });
    expectNoCanary(io.out(), io.err(), JSON.stringify(status));
  });

  it('is idempotent: a second run sends no write request and verifies the administrator work later', async () => {
    account = await startTestAccount();
    expect((await run(['apply'], account)).code).toBe(0);
    const second = await run(['apply'], account);
    expect(second.code).toBe(0);
    expect(requestsTo(account.emulator, REVOKE)).toBe(1);
    const recorded = await readFile(join(account.dir, 'netsuite-tokens.status.yaml'), 'utf8');
    expect((await run(['apply'], account)).code).toBe(0);
    // Nothing new was found, so the record is left as it was (no commit, no push, no PR update).
    expect(await readFile(join(account.dir, 'netsuite-tokens.status.yaml'), 'utf8')).toBe(recorded);

    await administrator(account.emulator, '/tokens/103/inactive', { inactive: true });
    const third = await run(['apply', '--format', 'json'], account);
    expect(third.code).toBe(0);
    const report = JSON.parse(third.io.out()) as { plan: { changes: unknown[] }; confirmed: unknown[] };
    expect(report.plan.changes).toEqual([]);
    expect(report.confirmed).toEqual([{ subject: expect.objectContaining({ kind: 'tba-token', id: '103' }) as unknown, action: 'inactivate' }]);
    const status = await readStatusFile(account);
    expect(status.tokens.find((token) => token.id === '103')).toMatchObject({ state: 'inactive', pending: [] });
    expect(requestsTo(account.emulator, REVOKE)).toBe(1);
  });

  it('plan changes nothing and says so with --detailed-exitcode', async () => {
    account = await startTestAccount();
    const plan = await run(['plan', '--detailed-exitcode'], account);
    expect(plan.code).toBe(2);
    expect(plan.io.out()).toContain('Plan:');
    expect(requestsTo(account.emulator, REVOKE)).toBe(0);
    await expect(readdir(account.dir)).resolves.toEqual(['netsuite-tokens.yaml']);
  });

  it('refuses a saved plan that no longer matches NetSuite (exit 4) and applies one that does', async () => {
    account = await startTestAccount();
    expect((await run(['plan', '--format', 'json', '--out', 'plan.json'], account)).code).toBe(0);
    await administrator(account.emulator, '/tokens/103/inactive', { inactive: true });
    const stale = await run(['apply', '--plan', 'plan.json'], account);
    expect(stale.code).toBe(4);
    expect(stale.io.err()).toContain('The saved plan no longer holds: NetSuite or the desired-state file changed since it was made (NetSuite observed ');
    expect(requestsTo(account.emulator, REVOKE)).toBe(0);

    expect((await run(['plan', '--format', 'json', '--out', 'plan.json'], account)).code).toBe(0);
    expect((await run(['apply', '--plan', 'plan.json'], account)).code).toBe(0);
    expect(requestsTo(account.emulator, REVOKE)).toBe(1);
  });

  it('says which changes differ when a saved plan no longer matches, even when their number is the same', async () => {
    account = await startTestAccount();
    expect((await run(['plan', '--format', 'json', '--out', 'plan.json'], account)).code).toBe(0);
    // One planned change is done by hand and another appears: still two changes, but not the reviewed ones.
    await administrator(account.emulator, '/tokens/103/inactive', { inactive: true });
    await administrator(account.emulator, '/tokens/104/inactive', { inactive: true });
    const stale = await run(['apply', '--plan', 'plan.json'], account);
    expect(stale.code).toBe(4);
    const said = stale.io.err();
    expect(said).toContain('inactivate token 103 is no longer planned');
    expect(said).toContain('activate token 104 is now planned');
    expect(said).not.toContain('instead of');
    expect(requestsTo(account.emulator, REVOKE)).toBe(0);
  });

  it('refuses a run over maxChangesPerRun unless --allow-over-limit', async () => {
    account = await startTestAccount();
    await writeConfig(account, TEST_CONFIG.replace('maxChangesPerRun: 5', 'maxChangesPerRun: 1'));
    const refused = await run(['apply'], account);
    expect(refused.code).toBe(4);
    expect(requestsTo(account.emulator, REVOKE)).toBe(0);
    const allowed = await run(['apply', '--allow-over-limit'], account);
    expect(allowed.code).toBe(0);
    expect(requestsTo(account.emulator, REVOKE)).toBe(1);
  });

  it('refuses an empty desired-state file for a live account, with the import command for this account', async () => {
    account = await startTestAccount();
    await writeConfig(account, `version: 1\naccount: "${ACCOUNT}"\ntokens: []\n`);
    const refused = await run(['apply'], account);
    expect(refused.code).toBe(4);
    expect(refused.io.err()).toContain('The desired-state file declares no tokens but the account has 5 live tokens;');
    expect(refused.io.err()).toContain(`\`netsuite-tokens import --account ${ACCOUNT} --out FILE\` writes a file declaring every live token`);
    expect(requestsTo(account.emulator, REVOKE)).toBe(0);
  });

  it('warns that it cannot recognise its own token when no entry carries its credentials, while tokens are to be taken out of service', async () => {
    account = await startTestAccount();
    const unpinned = TEST_CONFIG.replace(/ {4}credentials:\n {6}consumerKey: env:NETSUITE_CONSUMER_KEY\n.*\n.*\n.*\n/, '');
    expect(unpinned).not.toContain('env:NETSUITE_TOKEN_ID');
    await writeConfig(account, unpinned);
    const plan = await run(['plan'], account);
    expect(plan.code).toBe(0);
    expect(plan.io.err()).toContain('warning: no entry declares the TBA token the operator signs in with (an entry whose credentials.tokenId is the operator\'s own), so it cannot tell whether one of the 2 changes that revoke or inactivate tokens is to that token; if so, the next run cannot sign in.');

    // apply says it before it changes anything: the revoke is sent after the warning is written.
    const revokesAtWarning: number[] = [];
    const { emulator } = account;
    const io = captureIo({ env: account.env, cwd: account.dir });
    const write = io.stderr.write.bind(io.stderr);
    io.stderr.write = (text: string): void => {
      if (text.startsWith('warning: no entry declares')) revokesAtWarning.push(requestsTo(emulator, REVOKE));
      write(text);
    };
    expect(await main(['apply', '--yes'], io)).toBe(0);
    expect(revokesAtWarning).toEqual([0]);
    expect(requestsTo(account.emulator, REVOKE)).toBe(1);

    await writeConfig(account, TEST_CONFIG);
    const pinned = await run(['plan'], account);
    expect(pinned.io.err()).toBe('');
  });

  it('stops with exit 3 before any request when the configuration is invalid', async () => {
    account = await startTestAccount();
    await writeConfig(account, TEST_CONFIG.replace('state: inactive', 'state: paused'));
    const result = await run(['apply'], account);
    expect(result.code).toBe(3);
    expect(result.io.err()).toMatch(/netsuite-tokens\.yaml:\d+:\d+: /);
    expect(requestsTo(account.emulator, SUITEQL)).toBe(0);
  });

  it('marks a revoke that NetSuite refuses as failed, completes the rest and exits 1', async () => {
    account = await startTestAccount();
    const result = await run(['apply'], account, { LEGACY_TOKEN_SECRET: 'wrong-secret-so-the-signature-fails' });
    expect(result.code).toBe(1);
    const status = await readStatusFile(account);
    const legacy = status.tokens.find((token) => token.id === '102');
    expect(legacy?.state).toBe('active');
    expect(legacy?.failed).toEqual([expect.objectContaining({ action: 'revoke', via: 'api' })]);
    expect(status.tokens.find((token) => token.id === '103')?.pending).toHaveLength(1);
    expectNoCanary(result.io.out(), result.io.err(), JSON.stringify(status));
    expect(result.io.out()).not.toContain('wrong-secret-so-the-signature-fails');
    // The failed change's page, for an administrator who revokes it by hand.
    const failedSection = result.io.out().slice(result.io.out().indexOf('Failed'), result.io.out().indexOf('Administrator checklist'));
    expect(failedSection).toContain('/app/setup/accesstoken.nl?id=102');
  });

  it('says so when the credentials given for one token revoked another (NetSuite revokes whichever token signs), and does not promise a retry', async () => {
    const seed = testSeed();
    // jdoe's test token can sign: its credentials are what ends up in the variables of token 102's entry.
    const jdoe = { tokenId: 'tk-jdoe-0000000000000000000000000105', tokenSecret: 'jdoe-token-secret-not-a-canary' };
    account = await startTestAccount({ seed: { ...seed, tokens: seed.tokens.map((token) => (token.id === '105' ? { ...token, ...jdoe } : token)) } });
    const mixedUp = { LEGACY_CONSUMER_KEY: 'ck-expense-0000000000000000000000000003', LEGACY_CONSUMER_SECRET: 'expense-consumer-secret-not-a-canary', LEGACY_TOKEN_ID: jdoe.tokenId, LEGACY_TOKEN_SECRET: jdoe.tokenSecret };
    const result = await run(['apply', '--format', 'json'], account, mixedUp);
    expect(result.code).toBe(1);

    const states = new Map(account.emulator.state().tokens.map((token) => [token.id, token.state]));
    expect([states.get('102'), states.get('105')]).toEqual(['active', 'revoked']);
    const report = JSON.parse(result.io.out()) as { results: { subject: { id: string }; outcome: string; detail: string | null }[] };
    const legacy = report.results.find((item) => item.subject.id === '102');
    expect(legacy?.outcome).toBe('failed');
    expect(legacy?.detail).toBe('NetSuite accepted the revoke request, yet token 102 is still active, and token 105 (Test token - jdoe), which this run did not ask to change, is revoked now (unless someone revoked it meanwhile): the credentials this entry gives are most likely that token’s, not token 102’s. Give the entry token 102’s own credentials before the next apply; a revoked token cannot be restored, so its integration needs a new token.');
    expect(result.io.out()).not.toContain(jdoe.tokenSecret);
  });

  it('exits 1 with one sentence naming the endpoint when NetSuite is unreachable', async () => {
    account = await startTestAccount();
    await account.emulator.close();
    const result = await run(['plan'], account);
    expect(result.code).toBe(1);
    expect(result.io.err()).toMatch(/^error: /);
    expect(result.io.err()).not.toContain('    at ');
    account = undefined;
  });
  it('keeps --format json output pure JSON when it also opens the results pull request', async () => {
    account = await startTestAccount();
    const repos = await createRepos();
    const github = await startFakeGitHub({ token: 'ghs_test_token_0123456789', owner: 'acme', repo: 'config', branchTip: (branch) => repos.tip(branch) });
    try {
      await writeFile(join(repos.work, 'netsuite-tokens.yaml'), TEST_CONFIG);
      const io = captureIo({
        cwd: repos.work,
        env: { ...account.env, ...repos.env, GITHUB_TOKEN: 'ghs_test_token_0123456789', GITHUB_REPOSITORY: 'acme/config', GITHUB_API_URL: github.url, GITHUB_SERVER_URL: 'https://github.example' },
      });
      const code = await main(['apply', '--pull-request', '--format', 'json'], io);
      expect(code).toBe(0);
      expect(github.pulls).toHaveLength(1);
      expect((JSON.parse(io.out()) as { account: string }).account).toBe(ACCOUNT);
      expect(io.err()).toContain('Results pull request: https://github.example/acme/config/pull/1');
    } finally {
      await github.close();
      await repos.cleanup();
    }
  });
});
