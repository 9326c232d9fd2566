import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { captureIo } from '../support/io.js';
import { ACCOUNT, CANARIES, TEST_CONFIG, administrator, startTestAccount, type TestAccount } from '../support/account.js';
import { startFakeGitHub, type FakeGitHub } from './support/fake-github.js';
import { createRepos, type Repos } from './support/git-repos.js';

/**
 * `apply --pull-request` in GitHub Actions, end to end: the emulator plays NetSuite, the fake GitHub API
 * and a bare repository play GitHub. The whole loop: results pull request and dashboard issue, the
 * administrator's work observed, ticked and closed, and the job summary and outputs.
 */

const TOKEN = 'ghs_CANARY_e2e_0123456789abcdefABCDEF';
const BRANCH = `netsuite-tokens/${ACCOUNT}`;

let account: TestAccount;
let repos: Repos;
let github: FakeGitHub;

beforeEach(async () => {
  account = await startTestAccount({ now: () => new Date('2026-11-23T12:00:00Z') });
  repos = await createRepos();
  await writeFile(join(repos.work, 'netsuite-tokens.yaml'), TEST_CONFIG);
  github = await startFakeGitHub({ token: TOKEN, owner: 'acme', repo: 'config', branchTip: (branch) => repos.tip(branch), collaborators: ['alice'], teams: ['platform', 'integrations', 'finance'] });
});

afterEach(async () => {
  expect(github.violations).toEqual([]);
  await github.close();
  await account.close();
  await repos.cleanup();
});

async function apply(at: string, extra: readonly string[] = []): Promise<{ code: number; out: string; err: string; summary: string; outputs: string }> {
  const summaryFile = join(repos.root, `summary-${at}.md`);
  const outputFile = join(repos.root, `output-${at}`);
  const io = captureIo({
    cwd: repos.work,
    now: () => new Date(at),
    env: {
      ...account.env,
      ...repos.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_TOKEN: TOKEN,
      GITHUB_REPOSITORY: 'acme/config',
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '77',
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_OUTPUT: outputFile,
    },
  });
  const code = await main(['apply', '--pull-request', ...extra], io);
  const read = (path: string): Promise<string> => readFile(path, 'utf8').catch(() => '');
  return { code, out: io.out(), err: io.err(), summary: await read(summaryFile), outputs: await read(outputFile) };
}

/** Every value GITHUB_OUTPUT was given for each name, in order (the runner keeps the last). */
function outputBlocks(text: string): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  for (const match of text.matchAll(/^([^<\n]+)<<(.+)\n([\s\S]*?)\n\2$/gm)) {
    const name = match[1] ?? '';
    blocks.set(name, [...(blocks.get(name) ?? []), match[3] ?? '']);
  }
  return blocks;
}

/** Secrets may appear only in `::add-mask::` commands, which tell the runner to hide them. */
function expectNoSecret(...texts: string[]): void {
  for (const text of texts.map((each) => each.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n'))) {
    expect(text).not.toContain(TOKEN);
    for (const canary of Object.values(CANARIES)) expect(text).not.toContain(canary);
  }
}

describe('apply --pull-request in GitHub Actions', () => {
  it('opens the results pull request and the dashboard, then ticks and closes it once the administrator acted', async () => {
    const first = await apply('2026-11-23T12:00:00Z');

    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]).toMatchObject({ head: BRANCH, base: 'main', state: 'open' });
    expect(repos.show(BRANCH, 'netsuite-tokens.status.yaml')).toBe(await readFile(join(repos.work, 'netsuite-tokens.status.yaml'), 'utf8'));
    expect(first.out).toContain('Results pull request: https://github.example/acme/config/pull/1');
    expect(first.out).toContain(`::add-mask::${TOKEN}\n`);
    expect(first.outputs).toMatch(/^pr-url<<NETSUITE_TOKENS_EOF\nhttps:\/\/github.example\/acme\/config\/pull\/1\nNETSUITE_TOKENS_EOF$/m);
    // The link is published after the counts; publishing it does not count the account's changes again.
    const published = outputBlocks(first.outputs);
    expect(Number(published.get('changes')?.[0])).toBeGreaterThan(0);
    for (const name of ['changes', 'pending', 'blocked']) expect(published.get(name)?.at(-1), name).toBe(published.get(name)?.[0]);
    expect(first.summary).toContain(`### NetSuite token apply for \`${ACCOUNT}\``);
    const dashboard = github.issues[0];
    expect(dashboard?.state).toBe('open');
    expect(dashboard?.body).toContain(`- [ ] **Tick Inactive**`);
    expect(dashboard?.body).toContain(`(<${account.emulator.url}/app/setup/accesstoken.nl?id=103&e=T>)`);

    await administrator(account.emulator, '/tokens/103/inactive', { inactive: true });
    const second = await apply('2026-11-23T12:02:00Z');

    expect(second.err).toBe('');
    expect(second.code).toBe(0);
    expect(github.pulls).toHaveLength(1);
    expect(github.requests.filter((request) => request.operationId === 'pulls/update')).toHaveLength(1);
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(github.issues[0]?.body).toContain('- [x] **Tick Inactive**');
    expect(second.outputs).toMatch(/^pending<<NETSUITE_TOKENS_EOF\n0\nNETSUITE_TOKENS_EOF$/m);

    // Once the status settles (the next run records that nothing more was confirmed), a run with
    // nothing new in NetSuite and the clock standing still pushes nothing and writes nothing to GitHub.
    expect((await apply('2026-11-23T12:02:00Z')).code).toBe(0);
    const tip = repos.tip(BRANCH);
    const writes = github.writes().length;
    expect((await apply('2026-11-23T12:02:00Z')).code).toBe(0);
    expect(repos.tip(BRANCH)).toBe(tip);
    expect(github.writes()).toHaveLength(writes);

    expectNoSecret(first.out, first.err, first.summary, first.outputs, second.out, second.err, second.summary, JSON.stringify([github.pulls, github.issues, github.comments]));
    expect(repos.git(repos.origin, ['log', '--all', '-p'])).not.toContain(TOKEN);
  });

  it('keeps what an earlier unmerged run recorded in the pull request a later run rewrites', async () => {
    expect((await apply('2026-11-23T12:00:00Z')).code).toBe(0);
    // The first results are merged: the default branch records 103 active.
    const human = await repos.humanClone('maintainer');
    repos.git(human, ['merge', '--quiet', '--no-ff', '-m', 'Merge the results', `origin/${BRANCH}`]);
    repos.git(human, ['push', '--quiet', 'origin', 'HEAD:main']);
    Object.assign(github.pulls[0] ?? {}, { state: 'closed', merged: true });

    // Run A observes the administrator's inactivation; run B has nothing to do, and rewrites the pull request all the same.
    await administrator(account.emulator, '/tokens/103/inactive', { inactive: true });
    expect((await apply('2026-11-23T12:02:00Z')).code).toBe(0);
    const runB = await apply('2026-11-23T12:04:00Z');
    expect(runB.code).toBe(0);
    expect(runB.out).not.toContain('confirmed');

    const pull = github.pulls[1];
    expect(pull?.title).toBe(`NetSuite tokens ${ACCOUNT}: 1 change to record, 1 finding`);
    expect(pull?.body).toContain('#### Recorded by merging (1)');
    expect(pull?.body).toContain('| token `103` `Expense token` | active | inactive |');
  });

  it('leaves the dashboard items of subjects outside --only as they are: not observed, so neither ticked nor closed', async () => {
    const first = await apply('2026-11-23T12:00:00Z');
    expect(first.code).toBe(0);
    expect(github.issues[0]?.body).toContain('- [ ] **Tick Inactive**');

    // A run narrowed to token 102 does not look at 103, whose administrator work is still to do.
    const narrowed = await apply('2026-11-23T12:05:00Z', ['--only', '102']);

    expect(narrowed.code).toBe(0);
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]?.state).toBe('open');
    expect(github.issues[0]?.body).toContain('- [ ] **Tick Inactive**');
    expect(github.issues[0]?.body).not.toContain('observed done');
  });
});
