import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { statusPathFor } from '../../src/status/status-path.js';
import { join } from 'node:path';
import { administrator, netsuiteUrls, startTestAccount, type TestAccount, run } from '../support/account.js';
import { loadSeedFile, startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { packageRoot } from '../../src/support/package-root.js';
import { demoBundle, demoCertificatesConfig } from '../support/m2m-demo.js';
import { runCli } from '../support/runs.js';

/**
 * Everything that can be checked without NetSuite is checked before the first request: a mistake
 * costs exit 3 and no request, never a half-done run.
 */

let account: TestAccount | undefined;
afterEach(async () => {
  await account?.close();
  account = undefined;
});


/** Every request the emulator received, NetSuite endpoints and control alike. */
function requests(target: TestAccount): number {
  return Object.values(target.emulator.state().counters.requestsByPath).reduce((sum, count) => sum + count, 0);
}

describe('apply --pull-request without what GitHub needs', () => {
  it('stops before NetSuite is read when GITHUB_TOKEN is missing, then when GITHUB_REPOSITORY is', async () => {
    account = await startTestAccount();
    const noToken = await run(['apply', '--pull-request', '--yes'], account, { GITHUB_REPOSITORY: 'acme/netsuite' });
    expect(noToken.code).toBe(3);
    expect(noToken.io.err()).toMatch(/^error: --pull-request: GITHUB_TOKEN is not set, so the results cannot be published to GitHub\.\n {2}In a workflow pass/);

    const noRepository = await run(['apply', '--pull-request'], account, { GITHUB_TOKEN: 'ghs_test' });
    expect(noRepository.code).toBe(3);
    expect(noRepository.io.err()).toContain('error: --pull-request: GITHUB_REPOSITORY is not set, so the operator does not know where to open the pull request.');

    const badRepository = await run(['apply', '--pull-request'], account, { GITHUB_TOKEN: 'ghs_test', GITHUB_REPOSITORY: 'just-a-name' });
    expect(badRepository.code).toBe(3);
    expect(badRepository.io.err()).toContain('GITHUB_REPOSITORY must be "owner/repo", not "just-a-name".');

    expect(requests(account)).toBe(0);
    expect(account.emulator.state().tokens.find((token) => token.id === '102')?.state).toBe('active');
    expect(await readdir(account.dir)).toEqual(['netsuite-tokens.yaml']);
  });
});

describe('apply --pull-request outside a clone', () => {
  it('stops before NetSuite is read when the config is not in a git repository, then when it has no origin', async () => {
    account = await startTestAccount();
    const env = { GITHUB_TOKEN: 'ghs_test', GITHUB_REPOSITORY: 'acme/netsuite', PATH: process.env['PATH'] ?? '', GIT_CEILING_DIRECTORIES: join(account.dir, '..') };
    const noRepository = await run(['apply', '--pull-request', '--yes'], account, env);
    expect(noRepository.code).toBe(3);
    expect(noRepository.io.err()).toMatch(/^error: --pull-request: git could not find the repository of the configuration/m);

    execFileSync('git', ['init', '-q', account.dir]);
    const noOrigin = await run(['apply', '--pull-request', '--yes'], account, env);
    expect(noOrigin.code).toBe(3);
    expect(noOrigin.io.err()).toContain('error: --pull-request: git could not find the `origin` remote to push to');

    expect(requests(account)).toBe(0);
    expect(account.emulator.state().tokens.find((token) => token.id === '102')?.state).toBe('active');
  });
});

describe('plan --out', () => {
  it('refuses a directory that does not exist before reading NetSuite, with one sentence (no "This is a bug")', async () => {
    account = await startTestAccount();
    const result = await run(['plan', '--out', 'missing/dir/plan.json'], account);
    expect(result.code).toBe(3);
    expect(result.io.err()).toBe(`error: --out missing/dir/plan.json: the directory ${join(account.dir, 'missing', 'dir')} does not exist.\n  Create it first, or give --out a path in a directory that exists.\n`);
    expect(requests(account)).toBe(0);
  });

  it('refuses a directory given as the file', async () => {
    account = await startTestAccount();
    await mkdir(join(account.dir, 'plans'));
    const result = await run(['plan', '--out', 'plans'], account);
    expect(result.code).toBe(3);
    expect(requests(account)).toBe(0);
  });

  it('says how to apply a saved plan with the --config and --only it was made with, quoted for the shell, and that command works as printed', async () => {
    account = await startTestAccount();
    await mkdir(join(account.dir, "team's files"));
    await rename(account.configPath, join(account.dir, "team's files", 'sandbox 2.yaml'));
    const result = await run(['plan', '--config', "team's files/sandbox 2.yaml", '--only', '103', '--only', '102', '--out', 'plans.json'], account);
    expect(result.code).toBe(0);
    const printed = /^ {2}(netsuite-tokens apply .*)$/m.exec(result.io.out())?.[1] ?? '';
    expect(printed).toBe("netsuite-tokens apply --config 'team'\\''s files/sandbox 2.yaml' --only 103 --only 102 --plan plans.json");
    // What a POSIX shell makes of the line, run as it says.
    const words = execFileSync('/bin/sh', ['-c', `set -- ${printed}; printf '%s\\n' "$@"`], { encoding: 'utf8' }).split('\n').slice(0, -1);
    expect(words.slice(0, 2)).toEqual(['netsuite-tokens', 'apply']);
    const applied = await run(words.slice(1), account);
    expect(applied.io.err()).not.toContain('error:');
    expect(applied.code).toBe(0);
    expect(account.emulator.state().tokens.find((token) => token.id === '102')?.state).toBe('revoked');
  });

  it('saves JSON for apply --plan under a .json name, and says how to apply it', async () => {
    account = await startTestAccount();
    const result = await run(['plan', '--out', 'plan.json'], account);
    expect(result.code).toBe(0);
    expect(result.io.out()).toBe('Plan: 1 to revoke via API, 1 for an administrator, 0 blocked; 1 finding.\nPlan written to plan.json. Apply it with:\n  netsuite-tokens apply --plan plan.json\n');
    expect(JSON.parse(await readFile(join(account.dir, 'plan.json'), 'utf8'))).toMatchObject({ formatVersion: 2, account: '7654321_SB2' });
    expect((await run(['apply', '--plan', 'plan.json'], account)).code).toBe(0);
  });

  it('will not save text where apply --plan expects JSON, nor guess what a .txt name wants', async () => {
    account = await startTestAccount();
    const guessed = await run(['plan', '--out', 'plan.txt'], account);
    expect(guessed.code).toBe(3);
    expect(guessed.io.err()).toBe([
      'error: --out plan.txt does not say which format to save: apply --plan reads only JSON.',
      '  Save the plan for apply as JSON with a .json name (--out plan.json), or say --format text or --format markdown to save a copy for people to read.',
      '',
    ].join('\n'));
    const mislabelled = await run(['plan', '--format', 'markdown', '--out', 'plan.json'], account);
    expect(mislabelled.code).toBe(3);
    expect(mislabelled.io.err()).toContain('error: --out plan.json would hold markdown, not JSON, under a .json name, and apply --plan could not read it.\n  Use --format json for a plan to apply, or a name such as plan.md for markdown.');
    expect(requests(account)).toBe(0);

    const asked = await run(['plan', '--format', 'text', '--out', 'plan.txt'], account);
    expect(asked.code).toBe(0);
    expect(asked.io.out()).toContain('Plan written to plan.txt (text, for reading; apply --plan needs --format json).');
    expect(await readFile(join(account.dir, 'plan.txt'), 'utf8')).toMatch(/^Plan for NetSuite account 7654321_SB2/);
  });
});

describe('a stale saved plan', () => {
  it('is refused with a hint that saves the new plan in the form apply reads', async () => {
    account = await startTestAccount();
    await run(['plan', '--out', 'plan.json'], account);
    await administrator(account.emulator, '/tokens/103/inactive', { inactive: true });
    const stale = await run(['apply', '--plan', 'plan.json'], account);
    expect(stale.code).toBe(4);
    expect(stale.io.err()).toContain('\n  Run "netsuite-tokens plan --format json --out plan.json" again with the same --config (and --only, if any), review it, and apply the new plan.\n');
  });
});

describe('--timeout', () => {
  it('refuses a value that is not a duration, before any request', async () => {
    account = await startTestAccount();
    const result = await run(['plan', '--timeout', 'soon'], account);
    expect(result.code).toBe(3);
    expect(result.io.err()).toBe('error: --timeout must be a duration from 100ms to 15m, such as 90s, 5m or 500ms, not "soon".\n  A bare number is seconds: --timeout 90 is --timeout 90s.\n');
    const fromEnv = await run(['plan'], account, { NETSUITE_TIMEOUT: '2h' });
    expect(fromEnv.code).toBe(3);
    expect(fromEnv.io.err()).toContain('error: NETSUITE_TIMEOUT (or --timeout) must be a duration from 100ms to 15m, such as 90s, 5m or 500ms, not "2h".');
    // The default as --help and the README give it.
    expect(fromEnv.io.err()).toContain('\n  Leave it unset for 60s.\n');
    expect(requests(account)).toBe(0);
  });
});

describe('a status file netsuite-tokens did not write', () => {
  it('stops plan and apply before any request, naming the file, also when it is one account alone', async () => {
    account = await startTestAccount();
    await writeFile(statusPathFor(account.configPath), 'statusVersion: 2\naccount: "7654321_SB2"\ntokens: not-a-list\n');
    for (const command of ['plan', 'apply'] as const) {
      const result = await run(command === 'apply' ? ['apply', '--yes'] : ['plan'], account);
      expect(result.code).toBe(3);
      expect(result.io.err()).toContain('netsuite-tokens.status.yaml');
      expect(result.io.err()).not.toMatch(/cancel/i);
    }
    expect(requests(account)).toBe(0);
  });
});

describe('plan and a file delivery target git would commit', () => {
  let running: RunningEmulator | null = null;
  afterEach(async () => {
    await running?.close();
    running = null;
  });

  it('refuses as apply does, before any request, at the target\'s line; once git ignores the directory both go on', async () => {
    const seed = await loadSeedFile(join(packageRoot(), 'examples', 'demo-seed.yaml'));
    running = await startEmulator({ seed, origins: 'split' });
    const dir = await mkdtemp(join(tmpdir(), 'nst-plan-git-'));
    await writeFile(join(dir, 'netsuite-tokens.yaml'), `${demoCertificatesConfig(running, 'active')}    rotation: { validity: 365d, overlap: 0d }\n    deliver:\n      - file: { path: secrets/expense-sync.json }\n`);
    execFileSync('git', ['init', '-q', dir]);
    const env = { ...netsuiteUrls(running.origins), NETSUITE_CREDENTIALS: demoBundle(running, 'token-gitops'), EXPENSE_SYNC_M2M: demoBundle(running, 'expense-sync'), PATH: process.env['PATH'] ?? '' };
    const emulatorRequests = (): number => Object.values(running?.state().counters.requestsByPath ?? {}).reduce((sum, count) => sum + count, 0);

    const refusal = `netsuite-tokens.yaml:22:23: The file target file:secrets/expense-sync.json is inside the git work tree ${await realpath(dir)} and git does not ignore it, so the key written there could be committed.`;
    const plan = await runCli(['plan'], { env, cwd: dir });
    expect(plan.code).toBe(3);
    expect(plan.err).toContain(refusal);
    const apply = await runCli(['apply', '--yes'], { env, cwd: dir });
    expect(apply.code).toBe(3);
    expect(apply.err).toContain(refusal);
    expect(emulatorRequests()).toBe(0);

    await writeFile(join(dir, '.gitignore'), 'secrets/\n');
    const ignored = await runCli(['plan', '--detailed-exitcode'], { env, cwd: dir });
    expect(ignored.err).toBe('');
    expect(ignored.code).toBe(2);
    await rm(dir, { recursive: true, force: true });
  });

  it('asks nothing else of a file target: a directory only the delivering machine has is apply\'s to check', async () => {
    const seed = await loadSeedFile(join(packageRoot(), 'examples', 'demo-seed.yaml'));
    running = await startEmulator({ seed, origins: 'split' });
    const dir = await mkdtemp(join(tmpdir(), 'nst-plan-elsewhere-'));
    // A file where the target's directory would be: nothing can be written under it here.
    await writeFile(join(dir, 'elsewhere'), 'not a directory\n');
    await writeFile(join(dir, 'netsuite-tokens.yaml'), `${demoCertificatesConfig(running, 'active')}    rotation: { validity: 365d, overlap: 0d }\n    deliver:\n      - file: { path: ${join(dir, 'elsewhere', 'expense-sync', 'bundle.json')} }\n`);
    const env = { ...netsuiteUrls(running.origins), NETSUITE_CREDENTIALS: demoBundle(running, 'token-gitops'), EXPENSE_SYNC_M2M: demoBundle(running, 'expense-sync'), PATH: process.env['PATH'] ?? '' };

    const plan = await runCli(['plan', '--detailed-exitcode'], { env, cwd: dir });
    expect(plan.err).toBe('');
    expect(plan.code).toBe(2);
    const apply = await runCli(['apply', '--yes'], { env, cwd: dir });
    expect(apply.code).toBe(3);
    expect(apply.err).toContain(`cannot be created: ${join(dir, 'elsewhere')} is a file, not a directory.`);
    await rm(dir, { recursive: true, force: true });
  });
});
