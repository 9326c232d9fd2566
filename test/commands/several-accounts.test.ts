import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import type { EmulatorSeed } from '../../src/emulator/seed.js';
import { CANARIES, testSeed } from '../support/account.js';
import { runCli } from '../support/runs.js';

/**
 * SPEC §14: a directory of desired-state files, production and a sandbox, each signing in with its
 * own bundle (operator.credentials) at its own endpoints (operator.endpoints), against two emulators.
 */

const PROD = '1111111';
const SANDBOX = '7654321_SB2';
const PROD_SECRET = 'CANARY-prod-operator-token-secret-a1b2c3';

function prodSeed(): EmulatorSeed {
  const seed = testSeed();
  return {
    ...seed,
    account: PROD,
    integrations: seed.integrations.map((integration) => (integration.id === '1' ? { ...integration, consumerKey: 'ck-prod-operator-000000000000000000001', consumerSecret: 'CANARY-prod-consumer-secret-9d8e7f' } : integration)),
    tokens: seed.tokens.map((token) => (token.id === '101' ? { ...token, tokenId: 'tk-prod-operator-00000000000000000101', tokenSecret: PROD_SECRET } : token)),
  };
}

const bundle = (account: string, values: { consumerKey: string; consumerSecret: string; tokenId: string; tokenSecret: string }): string =>
  JSON.stringify({ kind: 'netsuite-tba', version: 1, accountId: account, ...values });

const SANDBOX_BUNDLE = bundle(SANDBOX, { consumerKey: 'ck-operator-0000000000000000000000000001', consumerSecret: CANARIES.operatorConsumerSecret, tokenId: 'tk-operator-000000000000000000000101', tokenSecret: CANARIES.operatorTokenSecret });
const PROD_BUNDLE = bundle(PROD, { consumerKey: 'ck-prod-operator-000000000000000000001', consumerSecret: 'CANARY-prod-consumer-secret-9d8e7f', tokenId: 'tk-prod-operator-00000000000000000101', tokenSecret: PROD_SECRET });

function file(account: string, variable: string, emulator: RunningEmulator, policy = 'unmanaged: report'): string {
  const { rest, restlets, system } = emulator.origins;
  return [
    'version: 1',
    `account: "${account}"`,
    'operator:',
    `  credentials: env:${variable}`,
    `  endpoints: { rest: "${rest}", restlets: "${restlets}", ui: "${system}" }`,
    'policy:',
    `  ${policy}`,
    'tokens:',
    '  - id: "101"',
    '    state: active',
    `    credentials: env:${variable}`,
    '  - id: "103"',
    '    state: inactive',
    '',
  ].join('\n');
}

const emulators: RunningEmulator[] = [];
afterEach(async () => {
  await Promise.all(emulators.splice(0).map((emulator) => emulator.close()));
});

async function fleet(options: { prodPolicy?: string } = {}): Promise<{ dir: string; prod: RunningEmulator; sandbox: RunningEmulator; env: Record<string, string> }> {
  const prod = await startEmulator({ seed: prodSeed(), origins: 'split' });
  const sandbox = await startEmulator({ seed: testSeed(), origins: 'split' });
  emulators.push(prod, sandbox);
  const dir = await mkdtemp(join(tmpdir(), 'nst-accounts-'));
  await mkdir(join(dir, 'accounts'));
  await writeFile(join(dir, 'accounts', 'production.yaml'), file(PROD, 'PROD_NETSUITE', prod, options.prodPolicy));
  await writeFile(join(dir, 'accounts', 'sandbox.yaml'), file(SANDBOX, 'SANDBOX_NETSUITE', sandbox));
  return { dir, prod, sandbox, env: { PROD_NETSUITE: PROD_BUNDLE, SANDBOX_NETSUITE: SANDBOX_BUNDLE } };
}

/** GITHUB_OUTPUT as the runner reads it: `name<<DELIMITER` blocks, a later value of a name replacing an earlier one. */
function lastOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([^<\n]+)<<(.+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}

const suiteql = (emulator: RunningEmulator): number => emulator.state().counters.requestsByPath['/services/rest/query/v1/suiteql'] ?? 0;

describe('several accounts, each with its own credentials and endpoints', () => {
  it('plans every account and prints one JSON document per account as an array', async () => {
    const { dir, prod, sandbox, env } = await fleet();
    const run = await runCli(['plan', '--config', 'accounts', '--format', 'json'], { env, cwd: dir });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const documents = JSON.parse(run.out) as { account: string; changes: unknown[] }[];
    expect(documents.map((document) => document.account)).toEqual([PROD, SANDBOX]);
    expect(documents.every((document) => document.changes.length === 1)).toBe(true);
    expect(suiteql(prod)).toBeGreaterThan(0);
    expect(suiteql(sandbox)).toBeGreaterThan(0);
    for (const secret of [PROD_SECRET, ...Object.values(CANARIES)]) expect(run.out + run.err).not.toContain(secret);
  });

  it('heads each account’s text with its file and account id', async () => {
    const { dir, env } = await fleet();
    const run = await runCli(['plan', '--config', 'accounts'], { env, cwd: dir });
    expect(run.code).toBe(0);
    expect(run.out).toContain(`== accounts/production.yaml (account ${PROD}) ==`);
    expect(run.out).toContain(`== accounts/sandbox.yaml (account ${SANDBOX}) ==`);
    expect(run.out.indexOf('production.yaml')).toBeLessThan(run.out.indexOf('sandbox.yaml'));
  });

  it('reports a failing account with its file and account id, and still runs the others', async () => {
    const { dir, prod, sandbox, env } = await fleet();
    await prod.close();
    const run = await runCli(['plan', '--config', 'accounts', '--format', 'json'], { env, cwd: dir });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(new RegExp(`^error: accounts/production\\.yaml \\(account ${PROD}\\): `, 'm'));
    // The endpoint came from the file, so the hint points there too, not only at the variables.
    expect(run.err).toContain('operator.endpoints');
    // The array still has one element per account: the failed one says so, with its file and error, rather than vanishing.
    const [failed, planned, ...others] = JSON.parse(run.out) as { account: string; file?: string; error?: { exitCode: number; message: string }; changes?: unknown[] }[];
    expect(others).toEqual([]);
    expect(failed).toMatchObject({ account: PROD, file: 'accounts/production.yaml', error: { exitCode: 1 } });
    expect(failed?.error?.message).toContain('could not be reached');
    expect(planned).toMatchObject({ account: SANDBOX, changes: [expect.anything()] });
    expect(suiteql(sandbox)).toBeGreaterThan(0);

    // In markdown (a pull-request comment) and text the failed account has its line too.
    const markdown = await runCli(['plan', '--config', 'accounts', '--format', 'markdown'], { env, cwd: dir });
    expect(markdown.out).toMatch(new RegExp(`\\*\\*Account ${PROD} \\(accounts/production\\.yaml\\) failed:\\*\\* .*could not be reached`));
    const text = await runCli(['plan', '--config', 'accounts'], { env, cwd: dir });
    expect(text.out).toMatch(new RegExp(`== accounts/production\\.yaml \\(account ${PROD}\\) ==\\nFailed: .*could not be reached`));
  });

  it('lists a failed account in apply\'s JSON array with its error, beside the others\' reports', async () => {
    const { dir, prod, env } = await fleet();
    await prod.close();
    const run = await runCli(['apply', '--config', 'accounts', '--format', 'json', '--yes'], { env, cwd: dir });
    expect(run.code).toBe(1);
    const documents = JSON.parse(run.out) as { account: string; error?: { exitCode: number }; results?: unknown[] }[];
    expect(documents.map((document) => [document.account, document.error?.exitCode ?? null, Array.isArray(document.results)])).toEqual([[PROD, 1, false], [SANDBOX, null, true]]);
  });

  it('checks every account’s credentials before the first request to any of them', async () => {
    const { dir, prod, sandbox, env } = await fleet();
    const run = await runCli(['plan', '--config', 'accounts'], { env: { ...env, SANDBOX_NETSUITE: PROD_BUNDLE }, cwd: dir });
    expect(run.code).toBe(3);
    expect(run.err).toContain(`The credentials bundle in SANDBOX_NETSUITE is for account ${PROD}, not ${SANDBOX}.`);
    expect(suiteql(prod) + suiteql(sandbox)).toBe(0);
    expect(run.err).not.toContain(PROD_SECRET);
  });

  it('stops at a token id that --only names and no account shows, before any plan is printed or any status file written', async () => {
    const { dir, env } = await fleet();
    const plan = await runCli(['plan', '--config', 'accounts', '--only', '102', '--only', '9999'], { env, cwd: dir });
    expect(plan.code).toBe(3);
    expect(plan.out).toBe('');
    expect(plan.err).toContain('--only 9999: none of the accounts');

    const apply = await runCli(['apply', '--config', 'accounts', '--only', '102', '--only', '9999'], { env, cwd: dir });
    expect(apply.code).toBe(3);
    expect(apply.out).toBe('');
    expect(apply.err).toContain('--only 9999: none of the accounts');
    expect(await readdir(join(dir, 'accounts'))).toEqual(['production.yaml', 'sandbox.yaml']);
  });

  it('runs only the accounts --only names, without signing in to the others', async () => {
    const { dir, prod, sandbox, env } = await fleet();
    const run = await runCli(['plan', '--config', 'accounts', '--format', 'json', '--only', SANDBOX.toLowerCase().replace('_', '-')], { env: { ...env, PROD_NETSUITE: '' }, cwd: dir });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.out) as { account: string }).account).toBe(SANDBOX);
    expect(suiteql(prod)).toBe(0);
    expect(suiteql(sandbox)).toBeGreaterThan(0);
  });

  it('sets the Action\'s outputs to the sum over the accounts, not the last account\'s figures', async () => {
    const { dir, env } = await fleet({ prodPolicy: 'unmanaged: inactivate' });
    const outputsOf = async (only: string | null): Promise<Record<string, string>> => {
      const output = join(dir, `output-${only ?? 'all'}`);
      const actions = { GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: join(dir, 'summary.md') };
      const run = await runCli(['plan', '--config', 'accounts', ...(only === null ? [] : ['--only', only])], { env: { ...env, ...actions }, cwd: dir });
      expect(run.code).toBe(0);
      return lastOutputs(await readFile(output, 'utf8'));
    };
    const prod = await outputsOf(PROD);
    const sandbox = await outputsOf(SANDBOX.toLowerCase().replace('_', '-'));
    expect(prod['changes']).not.toBe(sandbox['changes']);
    // Both count, so the sum is neither account's own figure.
    expect(Number(prod['changes'])).toBeGreaterThan(0);
    expect(Number(sandbox['changes'])).toBeGreaterThan(0);
    const both = await outputsOf(null);
    for (const name of ['changes', 'pending', 'blocked']) expect(both[name], name).toBe(String(Number(prod[name]) + Number(sandbox[name])));
    expect(both['pr-url']).toBe('');
  });

  it('exits with the most severe outcome: a guard refusing one account is 4 while the other applies', async () => {
    const { dir, sandbox, env } = await fleet({ prodPolicy: 'maxChangesPerRun: 0' });
    const run = await runCli(['apply', '--config', 'accounts'], { env, cwd: dir });
    expect(run.code).toBe(4);
    expect(run.err).toMatch(new RegExp(`^error: accounts/production\\.yaml \\(account ${PROD}\\): This plan has 1 change to apply, more than maxChangesPerRun \\(0\\)`, 'm'));
    expect(run.out).toContain(`== accounts/sandbox.yaml (account ${SANDBOX}) ==`);
    expect(run.out).toMatch(new RegExp(`== accounts/production\\.yaml \\(account ${PROD}\\) ==\\nRefused: This plan has 1 change to apply, more than maxChangesPerRun \\(0\\)`));
    // The hint adds to the refusal's own sentence rather than saying it again.
    expect(run.err).toContain('`netsuite-tokens plan` lists the changes. --allow-over-limit lets this run through; a higher policy.maxChangesPerRun, every run.');
    expect(sandbox.state().tokens.find((token) => token.id === '103')).toBeDefined();
  });
  it('checks every account’s status file before the first request to any of them', async () => {
    const { dir, prod, sandbox, env } = await fleet();
    await writeFile(join(dir, 'accounts', 'sandbox.status.yaml'), 'statusVersion: 2\naccount: 7654321_SB2\nfoo: [\n');
    for (const command of ['plan', 'apply']) {
      const run = await runCli([command, '--config', 'accounts', '--format', 'json'], { env, cwd: dir });
      expect(run.code).toBe(3);
      expect(run.err).toMatch(/sandbox\.status\.yaml:\d+:\d+: /);
      expect(run.out).toBe('');
    }
    expect(suiteql(prod) + suiteql(sandbox)).toBe(0);
  });

  it('saves one account’s plan with --out when --only names that account of a directory', async () => {
    const { dir, prod, env } = await fleet();
    const run = await runCli(['plan', '--config', 'accounts', '--only', SANDBOX, '--out', 'plan.json'], { env: { ...env, PROD_NETSUITE: '' }, cwd: dir });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(await readFile(join(dir, 'plan.json'), 'utf8')) as { account: string }).account).toBe(SANDBOX);
    expect(suiteql(prod)).toBe(0);
    const applied = await runCli(['apply', '--config', 'accounts', '--only', SANDBOX, '--plan', 'plan.json'], { env: { ...env, PROD_NETSUITE: '' }, cwd: dir });
    expect(applied.err).toBe('');
    expect(applied.code).toBe(0);
    expect(suiteql(prod)).toBe(0);
  });

  it('still refuses --out when the run covers several accounts', async () => {
    const { dir, prod, sandbox, env } = await fleet();
    const run = await runCli(['plan', '--config', 'accounts', '--only', '103', '--out', 'plan.json'], { env, cwd: dir });
    expect(run.code).toBe(3);
    expect(run.err).toContain('--out writes one plan');
    expect(suiteql(prod) + suiteql(sandbox)).toBe(0);
  });

  it('names the file and account of every account whose credentials are wrong, before any request', async () => {
    const { dir, prod, sandbox } = await fleet();
    const run = await runCli(['plan', '--config', 'accounts'], { env: { PROD_NETSUITE: '{"kind":"netsuite-tba"', SANDBOX_NETSUITE: PROD_BUNDLE }, cwd: dir });
    expect(run.code).toBe(3);
    expect(run.err).toMatch(new RegExp(`^error: accounts/production\\.yaml \\(account ${PROD}\\): PROD_NETSUITE does not hold a credentials bundle`, 'm'));
    expect(run.err).toMatch(new RegExp(`^error: accounts/sandbox\\.yaml \\(account ${SANDBOX}\\): The credentials bundle in SANDBOX_NETSUITE is for account ${PROD}`, 'm'));
    expect(run.out).toBe('');
    expect(suiteql(prod) + suiteql(sandbox)).toBe(0);
    expect(run.err).not.toContain(PROD_SECRET);
  });
});
