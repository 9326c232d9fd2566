import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedFile, startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { TOKEN_PATH } from '../../src/netsuite/m2m-authorizer.js';
import { packageRoot } from '../../src/support/package-root.js';
import { FLEET_ACCOUNT, FLEET_NOW, fleetConfig, fleetEnv, fleetSeed } from '../support/fleet.js';
import { demoBundle, demoCertificatesConfig } from '../support/m2m-demo.js';
import { runCli, STACK_FRAME, type CliRun } from '../support/runs.js';
import { startFakeGitHub, type FakeGitHub } from '../github/support/fake-github.js';
import { createRepos, type Repos } from '../github/support/git-repos.js';
import { credentialShapes, describeLeaks, findLeaks, leakForms, pemBodyLines } from '../support/leak-scan.js';

/**
 * SPEC §7/§9: no secret value ever appears in any output, file, PR or log. Every credential the
 * operator can see is a canary — the operator's consumer key and secret, token id and secret, each
 * revocable token's id and secret, the shared consumer secret, GITHUB_TOKEN, and the wrong values
 * the failure cases plant. Every command runs, successes and failures, each with and without
 * --debug, in GitHub Actions mode; then every surface is searched for every canary: stdout, stderr
 * (error messages, stack traces), every file in the working copy (status file, plan files, the
 * imported file), the job summary and step outputs, every body sent to GitHub, the pushed history,
 * and git's configuration (where a persisted push credential would sit). Each canary is looked for
 * verbatim, percent-encoded and base64-encoded, alone or inside a `user:secret` pair (a git push
 * carries the GitHub token as `AUTHORIZATION: basic base64("x-access-token:<token>")`).
 */

const RETIRED = 2;
const GITHUB_TOKEN = 'ghs_CANARY_github_token_0123456789abcdefAB';
// The wrong NetSuite secrets hold characters that percent-encoding changes, so an encoded leak differs from a verbatim one.
const WRONG = {
  operatorTokenSecret: 'CANARY-wrong/operator+token=secret 77e1',
  retiredTokenSecret: 'CANARY-wrong&retired?token%secret!2c9d',
  githubToken: 'ghs_CANARY_wrong_github_token_9876543210zz',
  literalInFile: 'CANARY-literal-secret-pasted-into-the-file-4f00',
} as const;

/** The credential variables of the fleet environment (not the URLs). */
function credentialValues(env: Readonly<Record<string, string>>): string[] {
  return Object.entries(env).filter(([name]) => !name.endsWith('_URL')).map(([, value]) => value);
}

let repos: Repos;
let github: FakeGitHub;
let emulator: RunningEmulator;
const summaryFile = (): string => join(repos.root, 'step-summary.md');
const outputFile = (): string => join(repos.root, 'step-output');
const checked = { runs: 0, canaries: 0, forms: 0, surfaces: 0, checks: 0 };

beforeAll(async () => {
  repos = await createRepos();
  github = await startFakeGitHub({ token: GITHUB_TOKEN, owner: 'acme', repo: 'config', branchTip: (branch) => repos.tip(branch), collaborators: [], teams: ['platform', 'integrations', 'finance'] });
});

afterAll(async () => {
  await github.close();
  await repos.cleanup();
  console.info(`secrets: ${checked.runs} runs, ${checked.canaries} canaries in ${checked.forms} forms, ${checked.checks} form × surface checks (${checked.surfaces} surfaces)`);
});

interface Scenario {
  readonly name: string;
  readonly args: readonly string[];
  readonly code: number;
  readonly env?: Readonly<Record<string, string>>;
  readonly unset?: readonly string[];
  readonly config?: string;
  /** Runs before the command: a fresh account, a saved plan, a GitHub failure. */
  readonly before?: () => Promise<void>;
}

/** Every surface a secret could reach after a run, by name. */
async function surfaces(run: CliRun): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  // `::add-mask::VALUE` asks the runner to hide VALUE: the one place a secret is meant to be written.
  found.set('stdout', run.out.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n'));
  found.set('stderr', run.err);
  for (const name of await readdir(repos.work)) {
    // The desired-state file is the input (a literal secret planted there is refused, not hidden).
    if (name === '.git' || name === 'netsuite-tokens.yaml') continue;
    found.set(`file ${name}`, await readFile(join(repos.work, name), 'utf8').catch(() => ''));
  }
  found.set('job summary', await readFile(summaryFile(), 'utf8').catch(() => ''));
  found.set('step outputs', await readFile(outputFile(), 'utf8').catch(() => ''));
  found.set('GitHub request bodies', JSON.stringify(github.requests.map((request) => ({ path: request.path, query: request.query, body: request.body }))));
  found.set('pull requests, issues, comments', JSON.stringify([github.pulls, github.issues, github.comments]));
  found.set('pushed history', repos.git(repos.origin, ['log', '--all', '-p', '--format=%H %an <%ae> %s%n%b']));
  // A push credential persisted by the run (an extraheader, a URL with the token in it) would sit here.
  found.set('git configuration', (await Promise.all([join(repos.work, '.git', 'config'), join(repos.origin, 'config')].map((path) => readFile(path, 'utf8').catch(() => '')))).join('\n'));
  return found;
}

/** A new fake GitHub (so planted failures never outlive their scenario) and a fresh account. */
async function freshAccountAndGitHub(): Promise<void> {
  await github.close();
  github = await startFakeGitHub({ token: GITHUB_TOKEN, owner: 'acme', repo: 'config', branchTip: (branch) => repos.tip(branch), collaborators: [], teams: ['platform', 'integrations', 'finance'] });
  await freshAccount();
}

/** A saved plan of its own, so the scenario applying one does not depend on an earlier test having written it. */
async function savePlan(): Promise<void> {
  await freshAccount();
  await writeFile(join(repos.work, 'netsuite-tokens.yaml'), fleetConfig(RETIRED));
  const saved = await runCli(['plan', '--format', 'json', '--out', 'plan.json'], { env: baseEnv(), cwd: repos.work, now: () => FLEET_NOW });
  expect(saved.code, saved.err).toBe(0);
}

async function freshAccount(): Promise<void> {
  await emulator.close();
  emulator = await startEmulator({ seed: fleetSeed(RETIRED), origins: 'split', now: () => FLEET_NOW });
}

function baseEnv(): Record<string, string> {
  return {
    ...repos.env,
    ...fleetEnv(RETIRED, emulator.origins),
    GITHUB_ACTIONS: 'true',
    GITHUB_TOKEN,
    GITHUB_REPOSITORY: 'acme/config',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '4242',
    GITHUB_STEP_SUMMARY: summaryFile(),
    GITHUB_OUTPUT: outputFile(),
  };
}

const LITERAL_SECRET_CONFIG = fleetConfig(RETIRED).replace('tokenSecret: env:RETIRED_1_TOKEN_SECRET', `tokenSecret: "${WRONG.literalInFile}"`);
const INVALID_CONFIG = fleetConfig(RETIRED).replace('state: inactive', 'state: paused');

const SCENARIOS: readonly Scenario[] = [
  { name: 'validate', args: ['validate'], code: 0 },
  { name: 'plan (text) --out', args: ['plan', '--format', 'text', '--out', 'plan.txt'], code: 0 },
  { name: 'plan --format markdown --out', args: ['plan', '--format', 'markdown', '--out', 'plan.md'], code: 0 },
  { name: 'plan --format json --out', args: ['plan', '--format', 'json', '--out', 'plan.json'], code: 0 },
  { name: 'plan --detailed-exitcode', args: ['plan', '--detailed-exitcode'], code: 2 },
  { name: 'import --out', args: ['import', '--account', FLEET_ACCOUNT, '--operator-token', '201', '--out', 'imported.yaml', '--force'], code: 0 },
  { name: 'apply --plan (saved plan)', args: ['apply', '--plan', 'plan.json', '--format', 'json'], code: 0, before: savePlan },
  { name: 'apply --format markdown', args: ['apply', '--format', 'markdown'], code: 0, before: freshAccount },
  { name: 'apply --pull-request', args: ['apply', '--pull-request'], code: 0, before: freshAccountAndGitHub },
  { name: 'failure: the operator token secret is wrong (bad signature)', args: ['plan'], code: 1, env: { NETSUITE_TOKEN_SECRET: WRONG.operatorTokenSecret } },
  { name: 'failure: a revocable token\'s secret is wrong (its revoke is refused)', args: ['apply'], code: 1, env: { RETIRED_1_TOKEN_SECRET: WRONG.retiredTokenSecret }, before: freshAccount },
  { name: 'failure: NetSuite unreachable', args: ['apply'], code: 1, env: { NETSUITE_REST_URL: 'http://127.0.0.1:1', NETSUITE_RESTLETS_URL: 'http://127.0.0.1:1' } },
  { name: 'failure: invalid configuration', args: ['apply'], code: 3, config: INVALID_CONFIG },
  { name: 'failure: a literal secret in the desired-state file (validate)', args: ['validate'], code: 3, config: LITERAL_SECRET_CONFIG },
  { name: 'failure: a literal secret in the desired-state file (apply)', args: ['apply', '--pull-request'], code: 3, config: LITERAL_SECRET_CONFIG },
  { name: 'failure: operator variables missing', args: ['plan'], code: 3, unset: ['NETSUITE_TOKEN_SECRET', 'NETSUITE_CONSUMER_SECRET'] },
  { name: 'failure: a revocable token\'s variables missing', args: ['apply', '--format', 'json'], code: 0, unset: ['RETIRED_2_TOKEN_SECRET'], before: freshAccount },
  { name: 'failure: GitHub refuses the token', args: ['apply', '--pull-request'], code: 1, env: { GITHUB_TOKEN: WRONG.githubToken }, before: freshAccountAndGitHub },
  {
    name: 'failure: GitHub errors while writing the dashboard issue',
    args: ['apply', '--pull-request'],
    code: 1,
    before: async () => {
      await freshAccountAndGitHub();
      // The dashboard issue exists from earlier scenarios or not: either write fails, echoing the token.
      for (const operation of ['issues/create', 'issues/update']) github.fail(operation, { status: 500, body: { message: `Server Error echoing ${GITHUB_TOKEN}` } }, 10);
    },
  },
];

describe('no secret reaches any surface', () => {
  beforeAll(async () => {
    emulator = await startEmulator({ seed: fleetSeed(RETIRED), origins: 'split', now: () => FLEET_NOW });
  });
  afterAll(async () => {
    await emulator.close();
  });

  for (const debug of [false, true]) {
    for (const scenario of SCENARIOS) {
      it(`${scenario.name}${debug ? ' --debug' : ''}`, async () => {
        await scenario.before?.();
        await writeFile(join(repos.work, 'netsuite-tokens.yaml'), scenario.config ?? fleetConfig(RETIRED));
        const env: Record<string, string> = { ...baseEnv(), ...scenario.env };
        for (const name of scenario.unset ?? []) env[name] = '';
        const canaries = [...new Set([...credentialValues(fleetEnv(RETIRED, emulator.origins)), GITHUB_TOKEN, ...Object.values(WRONG)])];
        const run = await runCli([...scenario.args, ...(debug ? ['--debug'] : [])], { env, cwd: repos.work, now: () => FLEET_NOW });

        expect(run.code, `${run.out}\n${run.err}`).toBe(scenario.code);
        if (!debug) expect(run.err).not.toMatch(STACK_FRAME);
        // A failure says so: one `error:` sentence, or (a change that failed) the report says which.
        if (scenario.code === 3 || scenario.code === 4) expect(run.err).toMatch(/^error: /m);
        if (scenario.code === 1) expect(`${run.out}${run.err}`).toMatch(/^error: |failed/m);
        const found = await surfaces(run);
        expect([...found].flatMap(([surface, text]) => describeLeaks(findLeaks(text, canaries), surface))).toEqual([]);
        const forms = canaries.flatMap(leakForms).length;
        checked.runs += 1;
        checked.canaries = canaries.length;
        checked.forms = forms;
        checked.surfaces += found.size;
        checked.checks += found.size * forms;
        await rm(summaryFile(), { force: true });
        await rm(outputFile(), { force: true });
      });
    }
  }

  it('the scan itself finds canaries leaked base64- or percent-encoded (planted in git configuration, a file, stdout)', async () => {
    const env = fleetEnv(RETIRED, emulator.origins);
    const canaries = [...credentialValues(env), GITHUB_TOKEN, ...Object.values(WRONG)];
    const consumerKey = env['NETSUITE_CONSUMER_KEY'] ?? '';
    const consumerSecret = env['NETSUITE_CONSUMER_SECRET'] ?? '';
    const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
    const extraheader = 'http.https://github.example/.extraheader';
    // What a push credential persisted into the clone would look like, as actions/checkout writes it.
    repos.git(repos.work, ['config', extraheader, `AUTHORIZATION: basic ${base64(`x-access-token:${GITHUB_TOKEN}`)}`]);
    await writeFile(join(repos.work, 'planted.txt'), `Authorization: Basic ${base64(`${consumerKey}:${consumerSecret}`)}\n`);
    const run: CliRun = { code: 0, out: `GET /rest/revoketoken?token=${encodeURIComponent(WRONG.operatorTokenSecret)}\n`, err: '' };
    try {
      const found = await surfaces(run);
      const leaks = [...found].flatMap(([surface, text]) => findLeaks(text, canaries).map((leak) => ({ surface, secret: leak.secret, form: leak.form })));
      expect(leaks.filter((leak) => leak.form === 'verbatim')).toEqual([]);
      expect(leaks).toEqual(expect.arrayContaining([
        { surface: 'git configuration', secret: GITHUB_TOKEN, form: 'base64' },
        expect.objectContaining({ surface: 'file planted.txt', secret: consumerKey, form: 'base64' }) as unknown,
        expect.objectContaining({ surface: 'file planted.txt', secret: consumerSecret, form: expect.stringMatching(/^base64/) as unknown }) as unknown,
        { surface: 'stdout', secret: WRONG.operatorTokenSecret, form: 'percent-encoded' },
      ]));
    } finally {
      repos.git(repos.work, ['config', '--unset-all', extraheader]);
      await rm(join(repos.work, 'planted.txt'), { force: true });
    }
  });

  it('asked the runner to mask every credential it could see, before printing anything else', async () => {
    await writeFile(join(repos.work, 'netsuite-tokens.yaml'), fleetConfig(RETIRED));
    const run = await runCli(['plan'], { env: baseEnv(), cwd: repos.work, now: () => FLEET_NOW });
    const masked = run.out.split('\n').filter((line) => line.startsWith('::add-mask::')).map((line) => line.slice('::add-mask::'.length));
    expect(new Set(masked)).toEqual(new Set([...credentialValues(fleetEnv(RETIRED, emulator.origins)), GITHUB_TOKEN]));
    expect(run.out.startsWith('::add-mask::')).toBe(true);
  });

  it('refuses a literal secret in the file, naming the place but not the value', async () => {
    await writeFile(join(repos.work, 'netsuite-tokens.yaml'), LITERAL_SECRET_CONFIG);
    const run = await runCli(['validate'], { env: {}, cwd: repos.work });
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/netsuite-tokens\.yaml:\d+:\d+: .*(env:|reference)/);
    expect(run.err).toContain('/tokens/1/credentials/tokenSecret');
    expect(run.err).not.toContain(WRONG.literalInFile);
  });
});

/**
 * SPEC §10–§11: the same scan for a run signed in with an M2M bundle (NETSUITE_CREDENTIALS) and a
 * mapping observed and revoked with its own bundle. The canaries are both bundles, every line of their
 * private keys, and every client assertion sent to and access token issued by the emulator's token
 * endpoint in the run (captured on the wire, so the scan knows the real values); besides, no surface
 * may hold anything shaped like a JWT or a `Bearer` header at all — with --debug too.
 */
describe('no M2M secret reaches any surface', () => {
  let m2mEmulator: RunningEmulator;

  const startM2MAccount = async (): Promise<void> => {
    await m2mEmulator.close();
    m2mEmulator = await startEmulator({ seed: await loadSeedFile(join(packageRoot(), 'examples', 'demo-seed.yaml')), origins: 'split' });
  };

  beforeAll(async () => {
    // A repository and GitHub of their own: the files of the TBA account above are not this account's.
    await github.close();
    await repos.cleanup();
    repos = await createRepos();
    github = await startFakeGitHub({ token: GITHUB_TOKEN, owner: 'acme', repo: 'config', branchTip: (branch) => repos.tip(branch), collaborators: [], teams: ['platform', 'integrations', 'finance'] });
    m2mEmulator = await startEmulator({ seed: await loadSeedFile(join(packageRoot(), 'examples', 'demo-seed.yaml')), origins: 'split' });
  });
  afterAll(async () => {
    await m2mEmulator.close();
  });

  const bundleOf = (mapping: string, keyOf: string = mapping): string => demoBundle(m2mEmulator, mapping, keyOf);
  const m2mConfig = (expenseState: 'active' | 'revoked'): string => demoCertificatesConfig(m2mEmulator, expenseState);

  const m2mEnv = (): Record<string, string> => ({
    ...repos.env,
    NETSUITE_REST_URL: m2mEmulator.origins.rest,
    NETSUITE_RESTLETS_URL: m2mEmulator.origins.restlets,
    NETSUITE_UI_URL: m2mEmulator.origins.system,
    NETSUITE_CREDENTIALS: bundleOf('token-gitops'),
    EXPENSE_SYNC_M2M: bundleOf('expense-sync'),
    GITHUB_ACTIONS: 'true',
    GITHUB_TOKEN,
    GITHUB_REPOSITORY: 'acme/config',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '4343',
    GITHUB_STEP_SUMMARY: summaryFile(),
    GITHUB_OUTPUT: outputFile(),
  });

  /** A fetch that records every client assertion sent to the token endpoint and every access token it answers. */
  const capturingFetch = (captured: string[]): typeof fetch => async (input, init) => {
    const response = await fetch(input, init);
    const url = new URL(input instanceof Request ? input.url : input);
    if (url.pathname === TOKEN_PATH) {
      const assertion = new URLSearchParams(typeof init?.body === 'string' ? init.body : init?.body instanceof URLSearchParams ? init.body.toString() : '').get('client_assertion');
      if (assertion !== null) captured.push(assertion);
      const answer = (await response.clone().json().catch(() => ({}))) as { access_token?: unknown };
      if (typeof answer.access_token === 'string') captured.push(answer.access_token);
    }
    return response;
  };

  interface M2MScenario {
    readonly name: string;
    readonly args: readonly string[];
    readonly code: number;
    readonly expense: 'active' | 'revoked';
    readonly env?: () => Readonly<Record<string, string>>;
    /** Token-endpoint answers the run must have had at least: proof the canaries include real access tokens. */
    readonly minimumAccessTokens: number;
    /** expense-sync declares rotation (overlap 0d) into a file target outside the work tree, so the run makes a new key. */
    readonly rotates?: true;
  }

  const M2M_SCENARIOS: readonly M2MScenario[] = [
    { name: 'plan', args: ['plan'], code: 0, expense: 'active', minimumAccessTokens: 2 },
    { name: 'plan --format json --out', args: ['plan', '--format', 'json', '--out', 'plan.json'], code: 0, expense: 'revoked', minimumAccessTokens: 2 },
    { name: 'plan --format markdown --out', args: ['plan', '--format', 'markdown', '--out', 'plan.md'], code: 0, expense: 'revoked', minimumAccessTokens: 2 },
    { name: 'apply (revokes a certificate with the mapping’s own token)', args: ['apply'], code: 0, expense: 'revoked', minimumAccessTokens: 2 },
    { name: 'apply --pull-request', args: ['apply', '--pull-request'], code: 0, expense: 'revoked', minimumAccessTokens: 2 },
    { name: 'apply rotating a certificate into a file target', args: ['apply'], code: 0, expense: 'active', minimumAccessTokens: 3, rotates: true },
    { name: 'apply --pull-request rotating a certificate', args: ['apply', '--pull-request'], code: 0, expense: 'active', minimumAccessTokens: 3, rotates: true },
    {
      name: 'failure: the operator bundle holds another mapping’s key (the token endpoint refuses the assertion)',
      args: ['plan'],
      code: 1,
      expense: 'active',
      env: () => ({ NETSUITE_CREDENTIALS: bundleOf('token-gitops', 'expense-sync') }),
      minimumAccessTokens: 0,
    },
  ];

  it('the scan itself finds an issued access token in a Bearer header and a key line inside an escaped bundle (planted)', async () => {
    await startM2MAccount();
    await writeFile(join(repos.work, 'netsuite-tokens.yaml'), m2mConfig('active'));
    const captured: string[] = [];
    const run = await runCli(['plan'], { env: m2mEnv(), cwd: repos.work, fetch: capturingFetch(captured) });
    expect(run.code, run.err).toBe(0);
    const accessToken = captured.find((jwt) => !isClientAssertion(jwt)) ?? '';
    const bundle = m2mEnv()['NETSUITE_CREDENTIALS'] ?? '';
    const keyLine = pemBodyLines(m2mEmulator.m2mCredentials('token-gitops')?.current?.privateKeyPem ?? '')[0] ?? '';
    expect(accessToken).not.toBe('');
    expect(keyLine).not.toBe('');
    await writeFile(join(repos.work, 'planted.json'), JSON.stringify({ note: bundle }));
    try {
      const found = await surfaces({ code: 0, out: '', err: `debug: Authorization: Bearer ${accessToken}\n` });
      const leaks = [...found].flatMap(([surface, text]) => findLeaks(text, [accessToken, bundle, keyLine]).map((leak) => ({ surface, secret: leak.secret, form: leak.form })));
      expect(leaks).toEqual(expect.arrayContaining([
        { surface: 'stderr', secret: accessToken, form: 'verbatim' },
        { surface: 'file planted.json', secret: bundle, form: 'JSON-escaped' },
        { surface: 'file planted.json', secret: keyLine, form: 'verbatim' },
      ]));
      expect(credentialShapes(found.get('stderr') ?? '')).toContain(`Bearer ${accessToken}`);
    } finally {
      await rm(join(repos.work, 'planted.json'), { force: true });
    }
  });

  for (const debug of [false, true]) {
    for (const scenario of M2M_SCENARIOS) {
      it(`signed in with M2M: ${scenario.name}${debug ? ' --debug' : ''}`, async () => {
        await startM2MAccount();
        const rotation = '    rotation: { overlap: 0d }\n    deliver:\n      - file: { path: ../delivered/expense-sync.json }\n';
        await writeFile(join(repos.work, 'netsuite-tokens.yaml'), `${m2mConfig(scenario.expense)}${scenario.rotates === true ? rotation : ''}`);
        await rm(join(repos.work, 'netsuite-tokens.status.yaml'), { force: true });
        await rm(join(repos.root, 'delivered'), { recursive: true, force: true });
        const env = { ...m2mEnv(), ...scenario.env?.() };
        const captured: string[] = [];
        const run = await runCli([...scenario.args, ...(debug ? ['--debug'] : [])], { env, cwd: repos.work, fetch: capturingFetch(captured) });

        expect(run.code, `${run.out}\n${run.err}`).toBe(scenario.code);
        if (!debug) expect(run.err).not.toMatch(STACK_FRAME);
        if (scenario.code === 1) expect(`${run.out}${run.err}`).toMatch(/^error: |failed/m);
        if (scenario.args[0] === 'apply') expect(m2mEmulator.m2mCredentials('expense-sync')?.current).toBeNull();
        const accessTokens = captured.filter((jwt) => !isClientAssertion(jwt));
        expect(accessTokens.length).toBeGreaterThanOrEqual(scenario.minimumAccessTokens);

        const bundles = [env['NETSUITE_CREDENTIALS'] ?? '', env['EXPENSE_SYNC_M2M'] ?? ''];
        const keyLines = ['token-gitops', 'expense-sync'].flatMap((mapping) => pemBodyLines(m2mEmulator.m2mCredentials(mapping)?.certificates.at(-1)?.privateKeyPem ?? ''));
        expect(keyLines.length).toBeGreaterThanOrEqual(4);
        // A mapping's own bundle (its private key) is masked like the operator's, line by line.
        const mappingKeyLines = (env['EXPENSE_SYNC_M2M'] ?? '') === '' ? [] : pemBodyLines((JSON.parse(env['EXPENSE_SYNC_M2M'] ?? '') as { privateKey: string }).privateKey);
        const maskedNow = run.out.split('\n').filter((line) => line.startsWith('::add-mask::')).map((line) => line.slice('::add-mask::'.length));
        for (const line of mappingKeyLines) expect(maskedNow, 'a line of the mapping bundle\'s key').toContain(line);
        // A rotation's new key exists only in memory and in its file target: every line of it is a canary, and was masked.
        const delivered = scenario.rotates === true ? await readFile(join(repos.root, 'delivered', 'expense-sync.json'), 'utf8') : null;
        const newKeyLines = delivered === null ? [] : pemBodyLines((JSON.parse(delivered) as { privateKey: string }).privateKey);
        if (delivered !== null) {
          expect(newKeyLines.length).toBeGreaterThanOrEqual(2);
          const masked = run.out.split('\n').filter((line) => line.startsWith('::add-mask::')).map((line) => line.slice('::add-mask::'.length));
          for (const line of newKeyLines) expect(masked).toContain(line);
        }
        const canaries = [...new Set([...bundles, ...keyLines, ...captured, GITHUB_TOKEN, ...(delivered === null ? [] : [delivered]), ...newKeyLines])];
        const found = await surfaces(run);
        expect([...found].flatMap(([surface, text]) => describeLeaks(findLeaks(text, canaries), surface))).toEqual([]);
        expect([...found].flatMap(([surface, text]) => credentialShapes(text).map((shape) => `${shape.slice(0, 24)}… in ${surface}`))).toEqual([]);
        const forms = canaries.flatMap(leakForms).length;
        checked.runs += 1;
        checked.surfaces += found.size;
        checked.checks += found.size * forms;
        await rm(summaryFile(), { force: true });
        await rm(outputFile(), { force: true });
      });
    }
  }
});

/** A client assertion names the token endpoint as its audience; an access token does not. */
function isClientAssertion(jwt: string): boolean {
  const payload = jwt.split('.')[1] ?? '';
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { aud?: unknown };
    return typeof claims.aud === 'string' && claims.aud.endsWith(TOKEN_PATH);
  } catch {
    return false;
  }
}
