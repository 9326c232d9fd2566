import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryTarget } from '../../src/domain/desired.js';
import { createBundleDelivery } from '../../src/delivery/bundle-delivery.js';
import { DeliveryError } from '../../src/delivery/delivery-errors.js';
import { ConfigError, UsageError } from '../../src/support/errors.js';
import { startFakeGitHub, type FakeGitHub } from '../github/support/fake-github.js';
import { canaryBundle, expectNoLeak, failure, located, shown } from './support/canary.js';

const SECRETS_TOKEN = 'ghs_secretsTokenForTheTests0123456789';
const ACTIONS_TOKEN = 'ghs_workflowGithubTokenForTheTests012';
const repoTarget: DeliveryTarget = { kind: 'github', repository: 'acme/netsuite-config', environment: null, secret: 'NETSUITE_EXPENSE_SYNC', source: null };
const envTarget: DeliveryTarget = { kind: 'github', repository: null, environment: 'production', secret: 'netsuite_expense_sync', source: null };
const SOURCE = { file: '/repo/netsuite/netsuite-tokens.yaml', line: 12, column: 5, pointer: '/certificates/0' };

describe('delivery to GitHub Actions secrets', () => {
  let github: FakeGitHub;
  const errors: Error[] = [];
  const canary = canaryBundle();

  beforeEach(async () => {
    github = await startFakeGitHub({ token: SECRETS_TOKEN, actionsToken: ACTIONS_TOKEN, owner: 'acme', repo: 'netsuite-config', branchTip: () => null, environments: ['production'] });
  });
  afterEach(async () => {
    expect(github.violations).toEqual([]);
    // Canary: the bundle reaches GitHub sealed only; no request, and no error any test saw, carries it.
    expectNoLeak(JSON.stringify(github.requests), canary.secrets, 'the fake GitHub API request log');
    for (const error of errors.splice(0)) expectNoLeak(shown(error), canary.secrets, `the error "${error.message}"`);
    await github.close();
  });

  const delivery = (env: Record<string, string> = {}) => createBundleDelivery({
    configDirectory: '/unused',
    env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/netsuite-config', GITHUB_SECRETS_TOKEN: SECRETS_TOKEN, GITHUB_TOKEN: ACTIONS_TOKEN, ...env },
  });
  const failed = async (action: () => Promise<unknown>): Promise<Error> => {
    const error = await failure(action);
    errors.push(error);
    return error;
  };

  it('seals the bundle to the repository key, writes it and verifies it by updated_at; the test opens it again', async () => {
    const port = delivery();
    await port.preflight(repoTarget);
    await port.deliver(repoTarget, canary.bundle, 'rotation-1');
    expect(github.secretValue('NETSUITE_EXPENSE_SYNC')).toBe(canary.text);
    const operations = github.requests.map((request) => request.operationId);
    expect(operations).toEqual(['actions/get-repo-public-key', 'actions/get-repo-public-key', 'actions/create-or-update-repo-secret', 'actions/get-repo-secret']);
    expect(github.requests.every((request) => request.authorization === `token ${SECRETS_TOKEN}`)).toBe(true);
  });

  it('tells whether the secret exists already, in the repository or its environment, without reading a value', async () => {
    const port = delivery();
    expect(await port.holdsValue(repoTarget)).toBe(false);
    expect(await port.holdsValue(envTarget)).toBe(false);
    await port.deliver(envTarget, canary.bundle, 'rotation-1');
    expect(await port.holdsValue(envTarget)).toBe(true);
    expect(await port.holdsValue(repoTarget)).toBe(false);
  });

  it('writes an environment secret, with the repository from GITHUB_REPOSITORY and the environment\'s own key', async () => {
    const port = delivery();
    await port.preflight(envTarget);
    await port.deliver(envTarget, canary.bundle, 'rotation-1');
    expect(github.secretValue('NETSUITE_EXPENSE_SYNC', 'production')).toBe(canary.text);
    expect(github.secretValue('NETSUITE_EXPENSE_SYNC')).toBeNull();
  });

  it('writes the same place again for the same rotation, and the secret still opens to the bundle', async () => {
    const port = delivery();
    await port.deliver(repoTarget, canary.bundle, 'rotation-1');
    const first = github.secret('NETSUITE_EXPENSE_SYNC');
    await port.deliver(repoTarget, canary.bundle, 'rotation-1');
    expect(github.secretValue('NETSUITE_EXPENSE_SYNC')).toBe(canary.text);
    expect(github.secret('NETSUITE_EXPENSE_SYNC')?.createdAt).toBe(first?.createdAt);
    // A sealed box is fresh every time: the same bundle never gives the same ciphertext twice.
    expect(github.secret('NETSUITE_EXPENSE_SYNC')?.encryptedValue).not.toBe(first?.encryptedValue);
  });

  it('verifies against GitHub\'s clock: a GitHub ten minutes behind this machine still verifies', async () => {
    await github.close();
    github = await startFakeGitHub({ token: SECRETS_TOKEN, owner: 'acme', repo: 'netsuite-config', branchTip: () => null, clock: () => new Date(Date.now() - 600_000) });
    await delivery().deliver(repoTarget, canary.bundle, 'rotation-1');
    expect(github.secretValue('NETSUITE_EXPENSE_SYNC')).toBe(canary.text);
  });

  it('notices a write GitHub acknowledged but did not keep', async () => {
    const port = delivery();
    github.dropNextSecretWrite();
    const error = await failed(() => port.deliver(repoTarget, canary.bundle, 'rotation-1'));
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error.message).toMatch(/GitHub answered 404 when trying to read back the secret NETSUITE_EXPENSE_SYNC/);
  });

  it('notices a write that left an older value in place (updated_at before the write)', async () => {
    let offset = -3_600_000;
    await github.close();
    github = await startFakeGitHub({ token: SECRETS_TOKEN, owner: 'acme', repo: 'netsuite-config', branchTip: () => null, clock: () => new Date(Date.now() + offset) });
    const port = delivery();
    await port.deliver(repoTarget, canary.bundle, 'rotation-0');
    offset = 0;
    github.dropNextSecretWrite();
    const error = await failed(() => port.deliver(repoTarget, canary.bundle, 'rotation-1'));
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error.message).toMatch(/^GitHub accepted the secret NETSUITE_EXPENSE_SYNC in acme\/netsuite-config but reports it last updated at .*, before this write started/);
  });

  it('preflight: GITHUB_SECRETS_TOKEN missing is one sentence naming the variable and what to use', async () => {
    const error = await failed(() => delivery({ GITHUB_SECRETS_TOKEN: '' }).preflight(repoTarget));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('GITHUB_SECRETS_TOKEN is not set, so the bundle cannot be written to github:acme/netsuite-config/NETSUITE_EXPENSE_SYNC.');
    expect(shown(error)).toMatch(/GitHub App installation token .* fine-grained token with the Secrets permission .* examples\/workflows\/SETUP\.md/);
    expect(github.requests).toEqual([]);
  });

  it('preflight: a missing repository or environment says which, at the target\'s place in the file', async () => {
    const noRepo = await failed(() => delivery().preflight({ ...repoTarget, repository: 'acme/elsewhere', source: SOURCE }));
    expect(noRepo).toBeInstanceOf(ConfigError);
    expect(located(noRepo)).toEqual([{ ...SOURCE, message: 'The repository acme/elsewhere of github:acme/elsewhere/NETSUITE_EXPENSE_SYNC does not exist, or GITHUB_SECRETS_TOKEN cannot see it.' }]);
    const noEnvironment = await failed(() => delivery().preflight({ ...envTarget, environment: 'staging', source: SOURCE }));
    expect(located(noEnvironment)[0]?.message).toBe('The environment "staging" of github:$GITHUB_REPOSITORY/environments/staging/netsuite_expense_sync does not exist in acme/netsuite-config.');
    const neither = await failed(() => delivery().preflight({ ...envTarget, repository: 'acme/elsewhere', source: SOURCE }));
    expect(located(neither)[0]?.message).toMatch(/^The repository acme\/elsewhere of .* does not exist/);
  });

  it('preflight: no repository at all, or one not written owner/repo', async () => {
    const unset = await failed(() => delivery({ GITHUB_REPOSITORY: '' }).preflight(envTarget));
    expect(unset).toBeInstanceOf(UsageError);
    expect(unset.message).toBe('The GitHub target github:$GITHUB_REPOSITORY/environments/production/netsuite_expense_sync names no repository and GITHUB_REPOSITORY is not set.');
    const malformed = await failed(() => delivery().preflight({ ...repoTarget, repository: 'netsuite-config' }));
    expect(malformed.message).toMatch(/names the repository "netsuite-config", which is not "owner\/repo"\.$/);
  });

  it.each([
    ['1PASSWORD_BUNDLE', 'it may not start with a digit'],
    ['GITHUB_NETSUITE', 'names starting with GITHUB_ are reserved by GitHub'],
    ['github_netsuite', 'names starting with GITHUB_ are reserved by GitHub'],
    ['NETSUITE-BUNDLE', 'it may contain only letters, digits and underscores'],
    ['NETSUITE BUNDLE', 'it may contain only letters, digits and underscores'],
    ['NÉTSUITE', 'it may contain only letters, digits and underscores'],
  ])('preflight: the secret name %s is refused before any request (%s)', async (secret, reason) => {
    const error = await failed(() => delivery().preflight({ ...repoTarget, secret, source: SOURCE }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(located(error)[0]?.message).toBe(`GitHub would refuse the secret name "${secret}" of github:acme/netsuite-config/${secret}: ${reason}.`);
    expect(github.requests).toEqual([]);
  });

  it('accepts the names GitHub accepts', async () => {
    for (const secret of ['_BUNDLE', 'a', 'NETSUITE_2', 'GITHUBX']) await delivery().preflight({ ...repoTarget, secret });
  });

  it('a 403 for Actions\' own GITHUB_TOKEN says it cannot write secrets by design and what to use instead', async () => {
    const error = await failed(() => delivery({ GITHUB_SECRETS_TOKEN: ACTIONS_TOKEN }).preflight(repoTarget));
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error.message).toBe('GitHub refused to let GITHUB_SECRETS_TOKEN read the public key for secrets in acme/netsuite-config (403) because it is the workflow\'s own GITHUB_TOKEN, which cannot read or write Actions secrets by design.');
    expect(shown(error)).toContain('GitHub App installation token');
    // Where the tokens cannot be compared (GITHUB_TOKEN not passed on), GitHub's message gives it away.
    const unnamed = await failed(() => delivery({ GITHUB_SECRETS_TOKEN: ACTIONS_TOKEN, GITHUB_TOKEN: '' }).deliver(repoTarget, canary.bundle, 'rotation-1'));
    expect(unnamed.message).toBe('GitHub refused to let GITHUB_SECRETS_TOKEN read the public key for secrets in acme/netsuite-config (403 "Resource not accessible by integration"): the token lacks the Secrets permission, or it is Actions\' GITHUB_TOKEN, which cannot write secrets by design.');
    expect(github.secret('NETSUITE_EXPENSE_SYNC')).toBeNull();
  });

  it('a refused write is one sentence with GitHub\'s status and message, never the token', async () => {
    github.fail('actions/create-or-update-repo-secret', { status: 422, body: { message: `Bad request for token ${SECRETS_TOKEN}` } });
    const error = await failed(() => delivery().deliver(repoTarget, canary.bundle, 'rotation-1'));
    expect(error.message).toBe('GitHub answered 422 "Bad request for token [redacted]" when trying to write the secret NETSUITE_EXPENSE_SYNC in acme/netsuite-config.');
    const rejected = await failed(() => delivery({ GITHUB_SECRETS_TOKEN: 'ghs_expired' }).deliver(repoTarget, canary.bundle, 'rotation-1'));
    expect(rejected.message).toMatch(/^GitHub rejected GITHUB_SECRETS_TOKEN \(401 "Bad credentials"\)/);
  });

  it('an unreachable GitHub API names the URL', async () => {
    const error = await failed(() => delivery({ GITHUB_API_URL: 'http://127.0.0.1:9' }).deliver(repoTarget, canary.bundle, 'rotation-1'));
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error.message).toMatch(/^Could not reach the GitHub API at http:\/\/127\.0\.0\.1:9 to read the public key for secrets in acme\/netsuite-config/);
    // A URL carrying a user name and token names the place, never the credentials.
    const withCredentials = await failed(() => delivery({ GITHUB_API_URL: 'http://bot:CANARY-url-token@127.0.0.1:9' }).deliver(repoTarget, canary.bundle, 'rotation-1'));
    expect(withCredentials.message).toMatch(/^Could not reach the GitHub API at http:\/\/\[redacted\]@127\.0\.0\.1:9 to read/);
    expect(`${withCredentials.message} ${inspect(withCredentials, { depth: 5 })}`).not.toContain('CANARY-url-token');
  });
});
