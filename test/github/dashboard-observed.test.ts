import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { loadSeedFile, startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { packageRoot } from '../../src/support/package-root.js';
import { TEST_CONFIG, administrator, netsuiteUrls, startTestAccount, type TestAccount } from '../support/account.js';
import { captureIo } from '../support/io.js';
import { demoBundle, DEMO_ACCOUNT } from '../support/m2m-demo.js';
import { startFakeGitHub, type FakeGitHub } from './support/fake-github.js';
import { createRepos, type Repos } from './support/git-repos.js';

/**
 * The dashboard issue end to end (`apply --pull-request` in GitHub Actions against the emulator and the
 * fake GitHub API): an item is ticked only when a later run observes its subject in the state it asked
 * for; work that left the plan otherwise (the file edited, a guard, the token deleted with its user, the
 * policy changed, the mapping removed) is struck out with the reason and closes the issue as not planned.
 */

const TOKEN = 'ghs_CANARY_dashboard_0123456789abcdefAB';

let repos: Repos | null = null;
let github: FakeGitHub | null = null;
let closeNetSuite: (() => Promise<void>) | null = null;

afterEach(async () => {
  expect(github?.violations ?? []).toEqual([]);
  await github?.close();
  await closeNetSuite?.();
  await repos?.cleanup();
  repos = null;
  github = null;
  closeNetSuite = null;
});

interface Setup {
  readonly repos: Repos;
  readonly github: FakeGitHub;
  /** Writes the desired-state file. */
  readonly configure: (text: string) => Promise<void>;
  /** One `apply --pull-request` in GitHub Actions at `at`, with `env` besides NetSuite's and GitHub's. */
  readonly apply: (at: string, env?: Readonly<Record<string, string>>) => Promise<{ code: number; out: string; err: string }>;
}

async function setUp(netsuite: Readonly<Record<string, string | undefined>>): Promise<Setup> {
  const made = await createRepos();
  repos = made;
  const fake = await startFakeGitHub({ token: TOKEN, owner: 'acme', repo: 'config', branchTip: (branch) => made.tip(branch), collaborators: [], teams: [] });
  github = fake;
  return {
    repos: made,
    github: fake,
    configure: (text) => writeFile(join(made.work, 'netsuite-tokens.yaml'), text),
    apply: async (at, env = {}) => {
      const io = captureIo({
        cwd: made.work,
        now: () => new Date(at),
        env: {
          ...netsuite,
          ...env,
          ...made.env,
          GITHUB_ACTIONS: 'true',
          GITHUB_TOKEN: TOKEN,
          GITHUB_REPOSITORY: 'acme/config',
          GITHUB_API_URL: fake.url,
          GITHUB_SERVER_URL: 'https://github.example',
          GITHUB_RUN_ID: '88',
          GITHUB_STEP_SUMMARY: join(made.root, 'summary.md'),
          GITHUB_OUTPUT: join(made.root, 'output'),
        },
      });
      const code = await main(['apply', '--pull-request'], io);
      return { code, out: io.out(), err: io.err() };
    },
  };
}

/** The dashboard's item lines: open, ticked and struck out. */
function items(fake: FakeGitHub): string[] {
  return (fake.issues[0]?.body ?? '').split('\n').filter((line) => /^- (?:\[[ xX]\] |~~)/.test(line));
}

const RUN_LINK = '([run](<https://github.example/acme/config/actions/runs/88>))';

describe('dashboard items of TBA tokens, end to end', () => {
  async function withTokens(): Promise<Setup & { account: TestAccount }> {
    const account = await startTestAccount({ now: () => new Date('2026-11-23T12:00:00Z') });
    closeNetSuite = () => account.close();
    const setup = await setUp(account.env);
    await setup.configure(TEST_CONFIG);
    const first = await setup.apply('2026-11-23T12:00:00Z');
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(items(setup.github)).toEqual([expect.stringMatching(/^- \[ \] \*\*Tick Inactive\*\* `Expense token` \(id `103`;.* <!-- change=103:inactivate -->$/)]);
    return { ...setup, account };
  }

  it('ticks the item once an administrator made the change NetSuite now shows', async () => {
    const { account, apply, github: fake } = await withTokens();
    await administrator(account.emulator, '/tokens/103/inactive', { inactive: true });

    const done = await apply('2026-11-23T12:05:00Z');

    expect(done.code).toBe(0);
    expect(done.out).toContain('Administrator changes verified since the last run (1)');

    expect(items(fake)).toEqual([expect.stringMatching(/^- \[x\] \*\*Tick Inactive\*\* `Expense token` .* — observed done 2026-11-23T12:05:00\.000Z /)]);
    expect(fake.issues[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
  });

  it('strikes the item out when the entry is edited back to active, and says NetSuite still shows it active', async () => {
    const { configure, apply, github: fake } = await withTokens();
    await configure(TEST_CONFIG.replace('  - id: "103"\n    state: inactive', '  - id: "103"\n    state: active'));

    const edited = await apply('2026-11-23T12:05:00Z');

    expect(edited.err).toBe('');
    expect(edited.code).toBe(0);
    const [line] = items(fake);
    expect(line).toMatch(/^- ~~\*\*Tick Inactive\*\* `Expense token` \(id `103`;.*~~ — no longer asked for: NetSuite shows it active — /);
    expect(line?.endsWith(` — 2026-11-23T12:05:00.000Z ${RUN_LINK} <!-- change=103:inactivate -->`)).toBe(true);
    expect(fake.issues[0]?.body).not.toContain('observed done');
    expect(fake.issues[0]).toMatchObject({ state: 'closed', stateReason: 'not_planned' });
  });

  it('strikes the item out when the token is made protect: true', async () => {
    const { configure, apply, github: fake } = await withTokens();
    await configure(TEST_CONFIG.replace('    state: inactive\n    owner: "@acme/finance"\n', '    state: inactive\n    owner: "@acme/finance"\n    protect: true\n'));

    expect((await apply('2026-11-23T12:05:00Z')).code).toBe(0);

    expect(items(fake)).toEqual([expect.stringMatching(/^- ~~\*\*Tick Inactive\*\* `Expense token` .*~~ — no longer asked for: now protected; NetSuite shows it active — /)]);
    expect(fake.issues[0]).toMatchObject({ state: 'closed', stateReason: 'not_planned' });
  });

  it('strikes the item out, never ticks it, when the token was deleted with its user', async () => {
    const { account, apply, github: fake } = await withTokens();
    const deleted = await fetch(`${account.emulator.controlUrl}/entities/12`, { method: 'DELETE' });
    expect(deleted.ok).toBe(true);

    const gone = await apply('2026-11-23T12:05:00Z');

    expect(gone.err).toBe('');
    // Nor is it counted as administrator work verified done anywhere else.
    expect(gone.out).not.toContain('verified since the last run');
    expect(gone.out).not.toContain('verified done');

    expect(items(fake)).toEqual([expect.stringMatching(/^- ~~\*\*Tick Inactive\*\* `Expense token` .*~~ — no longer asked for: the token is no longer in NetSuite — /)]);
    expect(fake.issues[0]).toMatchObject({ state: 'closed', stateReason: 'not_planned' });
  });

  it('strikes out an unmanaged token\'s item when policy.unmanaged goes from inactivate to report', async () => {
    const account = await startTestAccount({ now: () => new Date('2026-11-23T12:00:00Z') });
    closeNetSuite = () => account.close();
    const { configure, apply, github: fake } = await setUp(account.env);
    // 103 is declared active here, so the only administrator work is the unmanaged token 105.
    const declared = TEST_CONFIG.replace('  - id: "103"\n    state: inactive', '  - id: "103"\n    state: active');
    await configure(declared.replace('unmanaged: report', 'unmanaged: inactivate'));
    expect((await apply('2026-11-23T12:00:00Z')).code).toBe(0);
    expect(items(fake)).toEqual([expect.stringMatching(/^- \[ \] \*\*Tick Inactive\*\* `Test token - jdoe` .* <!-- change=105:inactivate -->$/)]);

    await configure(declared);
    expect((await apply('2026-11-23T12:05:00Z')).code).toBe(0);

    expect(items(fake)).toEqual([expect.stringMatching(/^- ~~\*\*Tick Inactive\*\* `Test token - jdoe` .*~~ — no longer asked for: NetSuite shows it active — .* <!-- change=105:inactivate -->$/)]);
    expect(fake.issues[0]).toMatchObject({ state: 'closed', stateReason: 'not_planned' });
  });
});

describe('dashboard items of certificate mappings, end to end', () => {
  let emulator: RunningEmulator;

  /** The operator's own mapping, and a new mapping to onboard (no certificate, no credentials yet). */
  function onboardingConfig(extra: string, withOnboarding = true): string {
    const client = (mapping: string): string => emulator.m2mCredentials(mapping)?.clientId ?? '';
    return `version: 1
account: "${DEMO_ACCOUNT}"
policy: { unmanaged: ignore }
tokens: []
certificates:
  - mapping: token-gitops
    clientId: "${client('token-gitops')}"
    entity: "302"
    role: "1002"
    state: active
    credentials: env:NETSUITE_CREDENTIALS
${withOnboarding ? `  - mapping: expense-onboard
    clientId: "${client('expense-sync')}"
    entity: "309"
    role: "1008"
    state: active
    owner: "@acme/finance-systems"
    credentials: env:EXPENSE_ONBOARD_M2M
    rotation: { overlap: 0d }
    deliver:
      - file: { path: secrets/expense-onboard.json }
${extra}` : ''}`;
  }

  async function withOnboarding(): Promise<Setup & { pem: string }> {
    emulator = await startEmulator({ seed: await loadSeedFile(join(packageRoot(), 'examples', 'demo-seed.yaml')), origins: 'split' });
    const running = emulator;
    closeNetSuite = () => running.close();
    const setup = await setUp({ ...netsuiteUrls(emulator.origins), NETSUITE_CREDENTIALS: demoBundle(emulator, 'token-gitops') });
    // The file target is inside the working copy: git must ignore it, or the operator refuses to write a key there.
    await writeFile(join(setup.repos.work, '.gitignore'), 'secrets/\n');
    await setup.configure(onboardingConfig(''));
    const first = await setup.apply(new Date().toISOString());
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const body = setup.github.issues[0]?.body ?? '';
    expect(items(setup.github)).toEqual([expect.stringMatching(/^- \[ \] \*\*Upload a new certificate\*\* `expense-onboard` .* <!-- change=expense-onboard%2F:rotate -->$/)]);
    const pem = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/.exec(body.replace(/^ {2}/gm, ''))?.[0] ?? '';
    expect(pem).not.toBe('');
    return { ...setup, pem };
  }

  it('ticks an onboarding upload once the mapping lists its certificate active', async () => {
    const { repos: made, apply, pem, github: fake } = await withOnboarding();
    const uploaded = await fetch(`${emulator.controlUrl}/certificates`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ integration: emulator.m2mCredentials('expense-sync')?.integrationId, entity: '309', role: '1008', certificatePem: pem }) });
    expect(uploaded.ok).toBe(true);
    const bundle = await readFile(join(made.work, 'secrets', 'expense-onboard.json'), 'utf8');

    const verified = await apply(new Date().toISOString(), { EXPENSE_ONBOARD_M2M: bundle });

    expect(verified.err).toBe('');
    expect(verified.code).toBe(0);
    expect(items(fake)).toEqual([expect.stringMatching(/^- \[x\] \*\*Upload a new certificate\*\* `expense-onboard` .* — observed done /)]);
    expect(fake.issues[0]?.body).not.toContain('BEGIN CERTIFICATE');
    expect(fake.issues[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
  });

  it('strikes an onboarding upload out when the mapping is made protect: true, though it still cannot be listed', async () => {
    const { configure, apply, github: fake } = await withOnboarding();
    await configure(onboardingConfig('    protect: true\n'));

    expect((await apply(new Date().toISOString())).code).toBe(0);

    expect(items(fake)).toEqual([expect.stringMatching(/^- ~~\*\*Upload a new certificate\*\* `expense-onboard` .*~~ — no longer asked for: now protected — /)]);
    expect(fake.issues[0]).toMatchObject({ state: 'closed', stateReason: 'not_planned' });
  });

  it('strikes an onboarding upload out when the mapping is removed from the file', async () => {
    const { configure, apply, github: fake } = await withOnboarding();
    await configure(onboardingConfig('', false));

    expect((await apply(new Date().toISOString())).code).toBe(0);

    expect(items(fake)).toEqual([expect.stringMatching(/^- ~~\*\*Upload a new certificate\*\* `expense-onboard` .*~~ — no longer asked for: the mapping is no longer declared — /)]);
    expect(fake.issues[0]).toMatchObject({ state: 'closed', stateReason: 'not_planned' });
  });

  it('keeps an onboarding upload as it was, with its certificate, when NetSuite refuses to list the mapping\'s certificates', async () => {
    const { apply, github: fake } = await withOnboarding();
    const before = fake.issues[0]?.body;

    // Credentials that resolve but cannot sign in (another mapping's key): the listing is refused, and
    // the plan has no onboarding for a mapping it cannot see. Nothing is known of the upload.
    const refused = await apply(new Date().toISOString(), { EXPENSE_ONBOARD_M2M: demoBundle(emulator, 'expense-sync', 'token-gitops') });

    expect(refused.err).toBe('');
    expect(fake.issues[0]?.body).toBe(before);
    expect(fake.issues[0]?.body).toContain('-----BEGIN CERTIFICATE-----');
    expect(fake.issues[0]?.state).toBe('open');
  });
});
