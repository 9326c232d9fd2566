import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { createRotateCommand } from '../../src/commands/rotate.js';
import { reportFailure } from '../../src/support/report-failure.js';
import { ACCOUNT, CANARIES, administrator, requestsTo, testAccountEnv } from '../support/account.js';
import { captureIo, type CapturedIo } from '../support/io.js';
import { terminalPressingCtrlC } from '../support/terminal.js';
import { describeLeaks, findLeaks } from '../support/leak-scan.js';
import { LEGACY, approve, authorizeUrlIn, exists, fileDelivery, openAuthorizeUrl, rotationConfig, rotationSeed, type RecordingDelivery } from '../support/rotation.js';
import { startFakeGitHub, type FakeGitHub } from '../github/support/fake-github.js';
import { createRepos, type Repos } from '../github/support/git-repos.js';

/**
 * `rotate --token ID` end to end: the emulator plays NetSuite (the test plays the person approving,
 * through the control endpoint or the consent page's form), a bare repository and the fake GitHub API
 * play GitHub, and a file target receives the new bundle.
 */

const GITHUB_TOKEN = 'ghs_CANARY_rotate_0123456789abcdefABCD';
const BRANCH = `netsuite-tokens/rotate-${ACCOUNT}`;

let emulator: RunningEmulator;
let repos: Repos;
let github: FakeGitHub;
let delivery: RecordingDelivery;

async function setUp(options: { authorizationFlow?: boolean; config?: string } = {}): Promise<void> {
  emulator = await startEmulator({ seed: rotationSeed(options), origins: 'split' });
  repos = await createRepos();
  await writeFile(join(repos.work, 'netsuite-tokens.yaml'), options.config ?? rotationConfig());
  github = await startFakeGitHub({ token: GITHUB_TOKEN, owner: 'acme', repo: 'config', branchTip: (branch) => repos.tip(branch), collaborators: ['alice'], teams: ['integrations'] });
}

beforeEach(async () => { await setUp(); });

afterEach(async () => {
  expect(github.violations).toEqual([]);
  await github.close();
  await emulator.close();
  await repos.cleanup();
});

interface Run {
  readonly code: number;
  readonly io: CapturedIo;
}

/**
 * Runs rotate in-process; `person` is called with the authorize URL once the command prints it (the
 * person at the browser), and the run's exit code is mapped as main() maps it.
 */
async function rotate(args: readonly string[], person: ((url: string, abort: () => void) => Promise<void>) | null, env: Record<string, string> = {}): Promise<Run> {
  const controller = new AbortController();
  const captured = captureIo({
    cwd: repos.work,
    signal: controller.signal,
    env: { ...testAccountEnv(emulator.origins), ...repos.env, GITHUB_TOKEN, GITHUB_REPOSITORY: 'acme/config', GITHUB_API_URL: github.url, GITHUB_SERVER_URL: 'https://github.example', ...env },
  });
  let seen: (url: string) => void = () => undefined;
  const printed = new Promise<string>((resolve) => { seen = resolve; });
  const io: CapturedIo = {
    ...captured,
    stderr: {
      write: (text) => {
        captured.stderr.write(text);
        const url = authorizeUrlIn(captured.err());
        if (url !== null) seen(url);
      },
    },
  };
  delivery = fileDelivery(repos.work);
  const command = createRotateCommand(() => delivery)(args, io).then(
    (code) => code,
    (error: unknown) => reportFailure(error, io, false),
  );
  const acting = person === null ? Promise.resolve() : Promise.race([printed.then((url) => person(url, () => { controller.abort(); })), command.then(() => undefined)]);
  const [code] = await Promise.all([command, acting]);
  return { code, io };
}

/** The person: opens the URL, then allows (or not) as the given user and role. */
const allowAs = (entity: string, role: string) => async (url: string): Promise<void> => {
  await openAuthorizeUrl(url);
  const response = await approve(emulator, url, { entity, role, decision: 'allow' });
  expect(response.status).toBe(200);
};

function newestToken(): { id: string; integration: string; entity: string; role: string; state: string } | undefined {
  const tokens = emulator.state().tokens;
  const last = tokens[tokens.length - 1];
  return last === undefined ? undefined : { id: last.id, integration: last.integrationId, entity: last.entityId, role: last.roleId, state: last.state };
}

function tokenState(id: string): string | undefined {
  return emulator.state().tokens.find((token) => token.id === id)?.state;
}

describe('rotate --token', () => {
  it('mints the replacement with the person\'s approval, delivers it, opens the re-keying pull request, then revokes the old token', async () => {
    let oldStateAtPullRequest: string | undefined;
    let deliveredAtPullRequest = false;
    github.beforeNextCreate(() => {
      oldStateAtPullRequest = tokenState('102');
      deliveredAtPullRequest = delivery.written.size > 0;
    });
    const { code, io } = await rotate(['--token', '102', '--revoke-old'], allowAs(LEGACY.entity, LEGACY.role));

    expect(io.err()).not.toMatch(/^error/m);
    expect(code).toBe(0);
    const minted = newestToken();
    expect(minted).toMatchObject({ id: '106', integration: LEGACY.integration, entity: LEGACY.entity, role: LEGACY.role, state: 'active' });
    expect(tokenState('102')).toBe('revoked');

    const bundleText = await readFile(join(repos.root, 'delivered', 'legacy-sync.json'), 'utf8');
    const bundle = JSON.parse(bundleText) as Record<string, string>;
    expect(bundle).toMatchObject({ kind: 'netsuite-tba', version: 1, accountId: ACCOUNT, consumerKey: 'ck-retired-0000000000000000000000000002', consumerSecret: CANARIES.retiredConsumerSecret });
    expect(bundle['tokenId']).toMatch(/^[0-9a-f]{64}$/);
    expect(bundle['tokenId']).not.toBe('tk-retired-000000000000000000000102');

    expect(io.out()).toContain('Token 102 is replaced by 106');
    expect(io.out()).toContain('Token 102 is revoked.');
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]).toMatchObject({ head: BRANCH, base: 'main', state: 'open', title: `netsuite-tokens: rotate token 102 → 106 (${ACCOUNT})` });
    // SPEC §13's order: delivered, then the pull request, then the irreversible revoke, whose outcome is commented.
    expect(deliveredAtPullRequest).toBe(true);
    expect(oldStateAtPullRequest).toBe('active');
    expect(github.pulls[0]?.body).toContain('this run revokes it with its own credentials');
    expect(github.comments.map((comment) => comment.body)).toEqual([expect.stringContaining('Token **102** is revoked')]);
    expect(github.pulls[0]?.reviewers.concat(github.pulls[0].teams)).toContain('integrations');

    // The proposal re-keys the entry, keeps the comments, and declares the old id revoked.
    const proposed = repos.show(BRANCH, 'netsuite-tokens.yaml') ?? '';
    expect(proposed).toContain('# Legacy sync feeds the warehouse every night.');
    expect(proposed).toMatch(/- id: "106" +# pinned by id/);
    expect(proposed).toMatch(/# Replaced by token 106 on .*\n {2}- id: "102"\n {4}name: "Legacy sync token"\n {4}state: revoked\n {4}owner: "@acme\/integrations"/);
    // The working copy is left as it was: the pull request carries the change.
    expect(await readFile(join(repos.work, 'netsuite-tokens.yaml'), 'utf8')).toBe(rotationConfig());

    // The new secret is only in the file target: not printed, not in the pull request, not in any request GitHub saw.
    const secrets = [bundle['tokenSecret'] ?? 'missing', bundle['tokenId'] ?? 'missing', CANARIES.retiredTokenSecret, CANARIES.retiredConsumerSecret];
    const places: [string, string][] = [
      ['stdout', io.out()],
      ['stderr', io.err()],
      ['the pull request', JSON.stringify(github.pulls)],
      ['GitHub requests', JSON.stringify(github.requests)],
      ['the proposed file', proposed],
      ['the emulator state', JSON.stringify(emulator.state())],
    ];
    expect(places.flatMap(([where, text]) => describeLeaks(findLeaks(text, secrets), where))).toEqual([]);
  });

  it('in GitHub Actions, masks the minted token and its bundle before anything could print them', async () => {
    const { code, io } = await rotate(['--token', '102'], allowAs(LEGACY.entity, LEGACY.role), { GITHUB_ACTIONS: 'true' });
    expect(code).toBe(0);
    const bundleText = await readFile(join(repos.root, 'delivered', 'legacy-sync.json'), 'utf8');
    const bundle = JSON.parse(bundleText) as Record<string, string>;
    for (const value of [bundle['tokenId'] ?? '', bundle['tokenSecret'] ?? '', bundleText]) expect(io.out()).toContain(`::add-mask::${value}\n`);
  });

  it('takes the approval from the consent page\'s form, and without --revoke-old leaves the old token to an administrator', async () => {
    const { code, io } = await rotate(['--token', '102'], async (url) => {
      const page = await openAuthorizeUrl(url);
      expect(page).toContain('Legacy Sync');
      expect(page).toContain('NetSuite EMULATOR');
      const oauthToken = /name="oauthToken" value="([0-9a-f]+)"/.exec(page)?.[1] ?? '';
      const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1] ?? '';
      const response = await fetch(new URL(action, url), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(url).origin },
        body: new URLSearchParams({ oauthToken, entity: LEGACY.entity, role: LEGACY.role, decision: 'allow' }).toString(),
      });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('You can close this window');
    });

    expect(code).toBe(0);
    expect(tokenState('102')).toBe('active');
    expect(newestToken()).toMatchObject({ id: '106', state: 'active' });
    expect(io.out()).toContain('its revocation is left to an administrator');
    expect(github.pulls[0]?.body).toContain('left to an administrator');
    expect(github.pulls[0]?.body).toContain('/app/setup/accesstoken.nl?id=102&e=T');
    expect(repos.show(BRANCH, 'netsuite-tokens.yaml')).toContain('its revocation is left to an administrator');
    expect(github.comments).toEqual([]);
  });

  it('sends the exchange once: when its reply is lost, says a token may have been minted for an administrator to revoke, and delivers nothing', async () => {
    await emulator.close();
    emulator = await startEmulator({ seed: rotationSeed(), origins: 'split', faults: { rate: 1, seed: 3, kinds: ['reset-after'], endpoints: ['accesstoken'] } });
    const { code, io } = await rotate(['--token', '102'], allowAs(LEGACY.entity, LEGACY.role));

    expect(code).toBe(1);
    // NetSuite minted it, and only the reply was lost: a repeat would be refused (the verifier is spent), so none is sent.
    expect(emulator.state().counters.requestsByPath['/rest/accesstoken']).toBe(1);
    expect(newestToken()).toMatchObject({ id: '106', state: 'active' });
    expect(io.err()).toContain("NetSuite's answer to the exchange was lost, so it may have minted a token of Legacy Sync, svc-legacy, Integration whose secret this run never received.");
    expect(delivery.written.size).toBe(0);
    expect(github.pulls).toEqual([]);
  });

  it('refuses a second rotation while the first one\'s pull request is open (exit 3), before anything is minted', async () => {
    const first = await rotate(['--token', '102'], allowAs(LEGACY.entity, LEGACY.role));
    expect(first.code).toBe(0);
    const requestTokens = emulator.state().counters.requestsByPath['/rest/requesttoken'] ?? 0;

    const second = await rotate(['--token', '102'], null);
    expect(second.code).toBe(3);
    expect(second.io.err()).toContain(`error: An earlier rotation's pull request #${String(github.pulls[0]?.number)} for account ${ACCOUNT} is still open`);
    expect(emulator.state().counters.requestsByPath['/rest/requesttoken'] ?? 0).toBe(requestTokens);
    expect(newestToken()?.id).toBe('106');
    // The first proposal is intact.
    expect(repos.show(BRANCH, 'netsuite-tokens.yaml')).toMatch(/- id: "106"/);
  });

  it('when NetSuite refuses the revoke, keeps the open pull request, comments what is left for an administrator and exits 1', async () => {
    // While the pull request opens, an administrator marks the old token Inactive: NetSuite then refuses its sign-in, so it cannot revoke itself.
    github.beforeNextCreate(() => administrator(emulator, '/tokens/102/inactive', { inactive: true }));
    const { code, io } = await rotate(['--token', '102', '--revoke-old'], allowAs(LEGACY.entity, LEGACY.role));

    expect(code).toBe(1);
    expect(tokenState('102')).toBe('inactive');
    expect(newestToken()).toMatchObject({ id: '106', state: 'active' });
    expect(io.err()).toContain('Token 102 was not revoked');
    expect(io.out()).toContain('Token 102 is not revoked: its revocation is left to an administrator');
    expect(io.err()).toMatch(/Token 102 was not revoked: NetSuite refused the credentials .*INVALID_LOGIN_ATTEMPT.*; it is left for an administrator\./);
    expect(github.pulls).toHaveLength(1);
    // The file still declares 102 revoked: the desired state is right, and plans list it as administrator work.
    expect(repos.show(BRANCH, 'netsuite-tokens.yaml')).toMatch(/- id: "102"\n {4}name: "Legacy sync token"\n {4}state: revoked/);
    const [comment, ...others] = github.comments;
    expect(others).toEqual([]);
    expect(comment?.issue).toBe(github.pulls[0]?.number);
    expect(comment?.body).toContain('Token **102** was **not** revoked');
    expect(comment?.body).toContain('/app/setup/accesstoken.nl?id=102&e=T');
  });

  it('stops with nothing minted when the person denies', async () => {
    const { code, io } = await rotate(['--token', '102'], async (url) => {
      await openAuthorizeUrl(url);
      await approve(emulator, url, { entity: LEGACY.entity, role: LEGACY.role, decision: 'deny' });
    });

    expect(code).toBe(1);
    expect(io.err()).toContain('error: The authorization was denied on NetSuite\'s consent page; nothing was minted.');
    expect(newestToken()?.id).toBe('105');
    expect(await exists(join(repos.root, 'delivered'))).toBe(false);
    expect(github.pulls).toEqual([]);
  });

  it('refuses an approval by another role (exit 4) and never exchanges it', async () => {
    const { code, io } = await rotate(['--token', '102'], allowAs(LEGACY.entity, LEGACY.otherRole));

    expect(code).toBe(4);
    expect(io.err()).toContain('The approval came from user 11 with role 20, but token 102 belongs to svc-legacy (11) with the role Integration (21)');
    expect(io.err()).not.toContain('    at ');
    expect(newestToken()?.id).toBe('105');
    expect(emulator.state().counters.requestsByPath['/rest/accesstoken'] ?? 0).toBe(0);
  });

  it('refuses an approval by another user (exit 4)', async () => {
    const { code, io } = await rotate(['--token', '102'], allowAs('13', LEGACY.role));

    expect(code).toBe(4);
    expect(io.err()).toContain('The approval came from user 13');
    expect(newestToken()?.id).toBe('105');
  });

  it('refuses a redirect whose state is not the one it sent (exit 4)', async () => {
    const { code, io } = await rotate(['--token', '102'], async (url) => {
      await openAuthorizeUrl(url);
      await approve(emulator, url, { entity: LEGACY.entity, role: LEGACY.role, decision: 'allow', state: 'forged0state0value' });
    });

    expect(code).toBe(4);
    expect(io.err()).toContain("error: The redirect's state is not the one this run sent");
    expect(newestToken()?.id).toBe('105');
  });

  it('shows NetSuite\'s names as data: no terminal escape or forged line reaches the person at the terminal', async () => {
    await emulator.close();
    const seed = rotationSeed();
    emulator = await startEmulator({
      seed: {
        ...seed,
        entities: seed.entities.map((entity) => (entity.id === LEGACY.entity ? { ...entity, name: 'svc\u001b[31mRED\u001b[0m\nerror: forged line' } : entity)),
        roles: seed.roles.map((role) => (role.id === LEGACY.role ? { ...role, name: 'Integr\u001b]0;title\u0007ation' } : role)),
      },
      origins: 'split',
    });
    const { code, io } = await rotate(['--token', '102'], allowAs(LEGACY.entity, LEGACY.otherRole));

    expect(code).toBe(4);
    const printed = io.out() + io.err();
    expect(printed).not.toContain('\u001b');
    expect(printed).not.toContain('\u0007');
    expect(printed).not.toMatch(/^error: forged line/m);
    expect(printed).toContain('svc\\u{1b}[31mRED\\u{1b}[0m\\u{a}error: forged line');
  });

  it('gives up after --timeout when nobody approves', async () => {
    const { code, io } = await rotate(['--token', '102', '--timeout', '300ms'], null);

    expect(code).toBe(1);
    expect(io.err()).toContain('error: No approval arrived within 300ms; nothing was minted.');
    expect(io.err()).toContain('--timeout');
  });

  it('says so in one sentence when the callback port is in use (exit 3), before asking NetSuite anything', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      const { code, io } = await rotate(['--token', '102', '--callback-port', String(port)], null);
      expect(code).toBe(3);
      expect(io.err()).toContain(`error: The callback port ${port} on 127.0.0.1 is already in use by another program.`);
      expect(emulator.state().counters.requestsByPath['/rest/requesttoken'] ?? 0).toBe(0);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it('explains an integration that is not set up for the authorization flow', async () => {
    await emulator.close();
    emulator = await startEmulator({ seed: rotationSeed({ authorizationFlow: false }), origins: 'split' });
    const { code, io } = await rotate(['--token', '102'], null);

    expect(code).toBe(1);
    expect(io.err()).toContain('rest/requesttoken');
    expect(io.err()).toContain('"TBA: Authorization Flow" checked with the Callback URL http://localhost:*/callback');
    expect(newestToken()?.id).toBe('105');
  });

  it.each([
    ['credentials', rotationConfig({ credentials: false }), 'has no credentials, and rotate needs them'],
    ['deliver targets', rotationConfig({ deliver: false }), 'has no deliver targets, so the new token would reach no consumer'],
  ])('refuses an entry without %s (exit 3, with its position), before asking NetSuite anything', async (_what, config, message) => {
    await writeFile(join(repos.work, 'netsuite-tokens.yaml'), config);
    const { code, io } = await rotate(['--token', '102'], null);

    expect(code).toBe(3);
    expect(io.err()).toMatch(new RegExp(`^error: netsuite-tokens\\.yaml:\\d+:\\d+: the entry for token 102 ${message.replace(/[()]/g, '\\$&')}`, 'm'));
    expect(Object.keys(emulator.state().counters.requestsByPath).filter((path) => path.startsWith('/rest/') || path.startsWith('/services/'))).toEqual([]);
  });

  it('will not revoke a protected token with --revoke-old (exit 3, with its position), before asking NetSuite anything', async () => {
    await writeFile(join(repos.work, 'netsuite-tokens.yaml'), rotationConfig().replace('    owner: "@acme/integrations"\n', '    owner: "@acme/integrations"\n    protect: true\n'));
    const { code, io } = await rotate(['--token', '102', '--revoke-old'], null);

    expect(io.err()).toMatch(/^error: netsuite-tokens\.yaml:\d+:\d+: token 102 is protected, so rotate does not revoke it; leave out --revoke-old/m);
    expect(code).toBe(3);
    expect(Object.keys(emulator.state().counters.requestsByPath).filter((path) => path.startsWith('/rest/') || path.startsWith('/services/'))).toEqual([]);
  });

  it('refuses without GitHub\'s variables before asking NetSuite anything', async () => {
    const { code, io } = await rotate(['--token', '102'], null, { GITHUB_TOKEN: '' });

    expect(code).toBe(3);
    expect(io.err()).toContain('error: rotate: GITHUB_TOKEN is not set');
    expect(emulator.state().counters.requestsByPath['/rest/requesttoken'] ?? 0).toBe(0);
  });

  it.each([
    ['outside any git clone', false],
    ['in a git clone without an origin remote', true],
  ])('refuses a configuration %s (exit 3), before asking NetSuite anything', async (_where, initialised) => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'nst-rotate-elsewhere-'));
    try {
      if (initialised) execFileSync('git', ['init', '--quiet', elsewhere], { env: { ...repos.env }, stdio: 'ignore' });
      await writeFile(join(elsewhere, 'netsuite-tokens.yaml'), rotationConfig());
      const { code, io } = await rotate(['--token', '102', '--config', join(elsewhere, 'netsuite-tokens.yaml')], null);

      expect(code).toBe(3);
      expect(io.err()).toMatch(initialised ? /^error: rotate: git could not find the `origin` remote to push to: / : /^error: rotate: git could not find the repository of the configuration: not a git repository/m);
      expect(io.err()).toContain('a pull request from the git clone the file is in');
      expect(io.err()).not.toContain('    at ');
      expect(Object.keys(emulator.state().counters.requestsByPath).filter((path) => path.startsWith('/rest/') || path.startsWith('/services/'))).toEqual([]);
      expect([...delivery.written.keys()]).toEqual([]);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  describe('Ctrl-C', () => {
    it('while waiting for the approval: exit 130, nothing minted, nothing written', async () => {
      const { code, io } = await rotate(['--token', '102'], async (_url, abort) => { abort(); await Promise.resolve(); });

      expect(code).toBe(130);
      expect(io.err()).toMatch(/^error: Interrupted/m);
      expect(io.err()).not.toContain('minted');
      expect(newestToken()?.id).toBe('105');
      expect(github.pulls).toEqual([]);
    });

    it('during delivery: exit 130, no target half-written, and the minted token named for an administrator', async () => {
      const { code, io } = await rotate(['--token', '102'], async (url, abort) => {
        delivery.beforeWrite = () => {
          abort();
          return Promise.reject(new Error('the delivery was cancelled'));
        };
        await allowAs(LEGACY.entity, LEGACY.role)(url);
      });

      expect(code).toBe(130);
      expect(io.err()).toContain('NetSuite minted the new token 106, but it was delivered nowhere and its secret is gone with this process. An administrator should revoke it: ');
      expect(io.err()).toContain('/app/setup/accesstoken.nl?id=106&e=T');
      expect(io.err()).toMatch(/^error: Interrupted/m);
      expect(await exists(join(repos.root, 'delivered', 'legacy-sync.json'))).toBe(false);
      expect(tokenState('102')).toBe('active');
      expect(github.pulls).toEqual([]);
    });

    it('while the pull request opens: exit 130, the old token not revoked, and that said', async () => {
      const { code, io } = await rotate(['--token', '102', '--revoke-old'], async (url, abort) => {
        github.beforeNextCreate(abort);
        await allowAs(LEGACY.entity, LEGACY.role)(url);
      });

      expect(code).toBe(130);
      expect(github.pulls).toHaveLength(1);
      expect(tokenState('102')).toBe('active');
      expect(requestsTo(emulator, '/rest/revoketoken')).toBe(0);
      expect(io.err()).toContain('Token 102 was not revoked (interrupted); the pull request declares it revoked, so plans list it for an administrator until it is.');
      expect(io.err()).not.toContain('re-keyed');
    });

    it('at the --paste prompt (the terminal is raw, so Ctrl-C arrives as a key): exit 130, nothing minted', async () => {
      const controller = new AbortController();
      const terminal = terminalPressingCtrlC(controller);
      const io = captureIo({ cwd: repos.work, signal: controller.signal, terminal: { ask: terminal.ask }, env: { ...testAccountEnv(emulator.origins), ...repos.env, GITHUB_TOKEN, GITHUB_REPOSITORY: 'acme/config', GITHUB_API_URL: github.url } });
      const code = await createRotateCommand(() => fileDelivery(repos.work))(['--token', '102', '--paste'], io).catch((error: unknown) => reportFailure(error, io, false));

      expect(terminal.shown()).toContain('Paste that whole address here: ');
      expect(io.err()).not.toContain('unexpected failure');
      expect(io.err()).toMatch(/^error: Interrupted/m);
      expect(code).toBe(130);
      expect(requestsTo(emulator, '/rest/accesstoken')).toBe(0);
      expect(newestToken()?.id).toBe('105');
    });

    it('before the request token is asked for: exit 130 and nothing in NetSuite', async () => {
      const controller = new AbortController();
      controller.abort();
      const io = captureIo({ cwd: repos.work, signal: controller.signal, env: { ...testAccountEnv(emulator.origins), ...repos.env, GITHUB_TOKEN, GITHUB_REPOSITORY: 'acme/config', GITHUB_API_URL: github.url } });
      const code = await createRotateCommand(() => fileDelivery(repos.work))(['--token', '102'], io).catch((error: unknown) => reportFailure(error, io, false));

      expect(code).toBe(130);
      expect(emulator.state().counters.requestsByPath['/rest/requesttoken'] ?? 0).toBe(0);
      expect(newestToken()?.id).toBe('105');
    });
  });

});
