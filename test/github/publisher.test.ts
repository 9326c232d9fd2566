import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubPublisher, type GitHubPublisherOptions } from '../../src/github/publisher.js';
import { GitHubError } from '../../src/github/github-error.js';
import { RuntimeFailure } from '../../src/support/errors.js';
import { BODY_LIMIT } from '../../src/github/results-body.js';
import { startFakeGitHub, type FakeGitHub } from './support/fake-github.js';
import { createRepos, type Repos } from './support/git-repos.js';
import { finding, report, result, UI_ORIGIN } from './support/reports.js';
import { brokenTableRows, FORBIDDEN_OUTSIDE_CODE, HOSTILE_NAMES, outsideCodeSpans } from './support/inert.js';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';

const CANARY = 'ghs_CANARY0123456789abcdefCANARY';
const BRANCH = 'netsuite-tokens/1234567_SB1';

let repos: Repos;
let github: FakeGitHub;
let warnings: string[];

beforeEach(async () => {
  repos = await createRepos();
  github = await startFakeGitHub({ token: CANARY, owner: 'acme', repo: 'config', branchTip: (branch) => repos.tip(branch), collaborators: ['alice', 'bob'], teams: ['finance', 'crm'] });
  warnings = [];
});

afterEach(async () => {
  // Whatever the test did, nothing GitHub holds, no warning and no commit carries the token.
  const everything = JSON.stringify([github.pulls, github.issues, github.comments, github.requests.map((request) => request.body), warnings]);
  expect(everything).not.toContain(CANARY);
  expect(repos.git(repos.origin, ['log', '--all', '--format=%B'])).not.toContain(CANARY);
  expect(github.violations).toEqual([]);
  await github.close();
  await repos.cleanup();
});

function publisher(overrides: Partial<GitHubPublisherOptions> & { env?: Record<string, string | undefined> } = {}): GitHubPublisher {
  return new GitHubPublisher({
    env: {
      ...repos.env,
      GITHUB_TOKEN: CANARY,
      GITHUB_REPOSITORY: 'acme/config',
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '42',
    },
    fetch: globalThis.fetch.bind(globalThis),
    repoDir: join(repos.work, 'netsuite'),
    account: '1234567_SB1',
    uiOrigin: UI_ORIGIN,
    warn: (message) => warnings.push(message),
    ...overrides,
  });
}

const FIRST = report([
  result({ id: '4711', name: 'DATABASICS - svc-expense', outcome: 'done', via: 'api', owner: '@alice' }),
  result({ id: '4714', name: 'Salesforce Connector', outcome: 'pending', owner: '@acme/finance' }),
  result({ id: '4712', name: 'Token GitOps', outcome: 'blocked', owner: '@acme/crm' }),
], [finding('4720', 'Forgotten token')]);

describe('GitHubPublisher: the results pull request', () => {
  it('opens one pull request from the operator branch, with counts, run link, labels and reviewers', async () => {
    await repos.writeStatus('tokens: [1]\n');

    const outcome = await publisher().publish(FIRST, repos.statusFile);

    expect(github.pulls).toHaveLength(1);
    const pull = github.pulls[0];
    expect(outcome.pullRequestUrl).toBe('https://github.example/acme/config/pull/1');
    expect(pull).toMatchObject({ head: BRANCH, base: 'main', state: 'open', reviewers: ['alice'], teams: ['finance', 'crm'] });
    expect(pull?.title).toBe('NetSuite tokens 1234567_SB1: 1 done, 1 pending, 1 blocked, 1 finding');
    expect(pull?.body).toContain('<!-- netsuite-tokens:results account=1234567_SB1 -->');
    expect(pull?.body).toContain('(https://github.example/acme/config/actions/runs/42)');
    expect(pull?.body).toContain('| Done | Pending | Failed | Blocked | Findings |');
    expect(pull?.body).toContain('`netsuite/netsuite-tokens.status.yaml`');
    expect(pull?.labels.sort()).toEqual(['netsuite-tokens', 'netsuite-tokens:1234567_SB1']);
    expect([...github.labels.keys()].sort()).toEqual(['netsuite-tokens', 'netsuite-tokens:1234567_sb1', 'netsuite-tokens:dashboard']);
    expect(repos.show(BRANCH, 'netsuite/netsuite-tokens.status.yaml')).toBe('tokens: [1]\n');
    expect(outcome.dashboardIssueUrl).toBe('https://github.example/acme/config/issues/2');
  });

  it('updates the same pull request in place when the status changes', async () => {
    await repos.writeStatus('tokens: [1]\n');
    await publisher().publish(FIRST, repos.statusFile);
    await repos.writeStatus('tokens: [1, 2]\n');
    const second = report([...FIRST.results, result({ id: '4715', name: 'Shopify Orders', outcome: 'pending', action: 'inactivate', owner: '@bob' })]);
    const before = github.requests.length;

    const outcome = await publisher().publish(second, repos.statusFile);

    expect(github.pulls).toHaveLength(1);
    expect(outcome.pullRequestUrl).toBe('https://github.example/acme/config/pull/1');
    expect(github.pulls[0]?.title).toBe('NetSuite tokens 1234567_SB1: 1 done, 2 pending, 1 blocked');
    expect(github.pulls[0]?.body).toContain('Shopify Orders');
    const writes = github.requests.slice(before).filter((request) => request.method !== 'GET').map((request) => request.operationId);
    expect(writes).toEqual(['pulls/update', 'pulls/request-reviewers', 'issues/update']);
    expect(github.pulls[0]?.reviewers).toEqual(['alice', 'bob']);
    expect(repos.show(BRANCH, 'netsuite/netsuite-tokens.status.yaml')).toBe('tokens: [1, 2]\n');
  });

  it('touches nothing when nothing changed: no push, no API writes', async () => {
    await repos.writeStatus('tokens: [1]\n');
    await publisher().publish(FIRST, repos.statusFile);
    const tip = repos.tip(BRANCH);
    const writesBefore = github.writes().length;

    const outcome = await publisher().publish(FIRST, repos.statusFile);

    expect(repos.tip(BRANCH)).toBe(tip);
    expect(github.writes()).toHaveLength(writesBefore);
    expect(outcome.pullRequestUrl).toBe('https://github.example/acme/config/pull/1');
  });

  it('updates the pull request another run opened meanwhile instead of opening a second one', async () => {
    await repos.writeStatus('tokens: [1]\n');
    github.beforeNextCreate(() => {
      github.addPull({ title: 'from the other run', body: 'other', state: 'open', merged: false, head: BRANCH, base: 'main', labels: [], reviewers: [], teams: [] });
    });

    const outcome = await publisher().publish(FIRST, repos.statusFile);

    expect(github.pulls).toHaveLength(1);
    expect(github.requests.filter((request) => request.operationId === 'pulls/create')).toHaveLength(1);
    expect(github.pulls[0]?.title).toBe('NetSuite tokens 1234567_SB1: 1 done, 1 pending, 1 blocked, 1 finding');
    expect(outcome.pullRequestUrl).toBe(`https://github.example/acme/config/pull/${String(github.pulls[0]?.number)}`);
  });

  it('reopens nothing a person closed, but opens the pull request a stopped run left behind', async () => {
    await repos.writeStatus('tokens: [1]\n');
    await publisher().publish(FIRST, repos.statusFile);
    const pull = github.pulls[0];
    if (pull === undefined) throw new Error('no pull request');
    pull.state = 'closed';
    await publisher().publish(FIRST, repos.statusFile);
    expect(github.pulls).toHaveLength(1);

    // A run pushed and then died before creating the pull request: the next run opens it.
    github.pulls.length = 0;
    const outcome = await publisher().publish(FIRST, repos.statusFile);
    expect(github.pulls).toHaveLength(1);
    expect(outcome.pullRequestUrl).not.toBeNull();
  });

  it('does nothing once the results pull request was merged and the status has not changed since', async () => {
    await repos.writeStatus('tokens: [1]\n');
    await publisher().publish(FIRST, repos.statusFile);
    const human = await repos.humanClone('maintainer');
    repos.git(human, ['merge', '--quiet', '--no-ff', '-m', 'Merge the results', `origin/${BRANCH}`]);
    repos.git(human, ['push', '--quiet', 'origin', 'HEAD:main']);
    const pull = github.pulls[0];
    if (pull === undefined) throw new Error('no pull request');
    Object.assign(pull, { state: 'closed', merged: true });
    const writes = github.writes().length;

    const outcome = await publisher().publish(FIRST, repos.statusFile);

    expect(github.writes()).toHaveLength(writes);
    expect(github.pulls).toHaveLength(1);
    expect(outcome.pullRequestUrl).toBeNull();
  });

  it("stops with a comment on the pull request when a person's commit is on the branch, and says it once", async () => {
    await repos.writeStatus('tokens: [1]\n');
    await publisher().publish(FIRST, repos.statusFile);
    const human = await repos.humanClone('human');
    repos.git(human, ['checkout', '--quiet', '-b', 'fix', `origin/${BRANCH}`]);
    await writeFile(join(human, 'netsuite', 'netsuite-tokens.status.yaml'), 'tokens: [1] # @everyone <b>look</b>\n');
    repos.git(human, ['commit', '--quiet', '-am', 'Fix @everyone <img src=x> | the status']);
    repos.git(human, ['push', '--quiet', 'origin', `HEAD:${BRANCH}`]);
    const humanTip = repos.tip(BRANCH);
    await repos.writeStatus('tokens: [1, 2]\n');

    const error = await publisher().publish(FIRST, repos.statusFile).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(GitHubError);
    expect(error).toBeInstanceOf(RuntimeFailure);
    expect((error as GitHubError).message).toMatch(/^The branch netsuite-tokens\/1234567_SB1 has 1 commit not made by netsuite-tokens \([0-9a-f]{12}\), so this run did not overwrite it and said so on https:\/\/github.example\/acme\/config\/pull\/1\.$/);
    expect(repos.tip(BRANCH)).toBe(humanTip);
    expect(github.comments).toHaveLength(1);
    const comment = github.comments[0]?.body ?? '';
    expect(comment).toContain('stopped without updating this pull request');
    expect(outsideCodeSpans(comment)).not.toMatch(/@everyone|<img/);
    expect(brokenTableRows(comment)).toEqual([]);

    await expect(publisher().publish(FIRST, repos.statusFile)).rejects.toThrow(GitHubError);
    expect(github.comments).toHaveLength(1);
  });

  it('renders hostile token names inert: no mentions, links, images, HTML or broken tables', async () => {
    await repos.writeStatus('tokens: [hostile]\n');
    const hostile = report(
      HOSTILE_NAMES.map((name, index) => result({ id: String(5000 + index), name, outcome: index % 2 === 0 ? 'pending' : 'done', application: name })),
      HOSTILE_NAMES.map((name, index) => finding(String(6000 + index), name)),
    );

    await publisher().publish(hostile, repos.statusFile);

    const body = github.pulls[0]?.body ?? '';
    for (const name of HOSTILE_NAMES.slice(0, 3)) expect(body).toContain(name.slice(0, 8));
    const prose = outsideCodeSpans(body);
    for (const forbidden of FORBIDDEN_OUTSIDE_CODE) expect(prose).not.toContain(forbidden);
    expect(brokenTableRows(body)).toEqual([]);
    const dashboard = github.issues[0]?.body ?? '';
    const dashboardProse = outsideCodeSpans(dashboard);
    for (const forbidden of FORBIDDEN_OUTSIDE_CODE) expect(dashboardProse).not.toContain(forbidden);
  });

  it("renders NetSuite's own words inert where a sentence quotes them: a failure's detail, a finding's message", async () => {
    await repos.writeStatus('tokens: [quoted]\n');
    // What NetSuite (or a proxy in front of it) answers ends up in the sentence that explains a failure.
    const quoted = 'NetSuite answered 400 INVALID_REQUEST: @acme/admins #1 closes https://evil.example/autolink www.evil.example mail root@evil.example';
    const failed = result({ id: '4800', outcome: 'failed', via: 'api' });
    const hostile = report(
      [{ ...failed, detail: quoted }],
      [{ ...finding('4801', 'Quoted', 'unobservable'), message: `NetSuite refused to list this mapping's certificates: ${quoted}` }],
    );

    await publisher().publish(hostile, repos.statusFile);

    const body = github.pulls[0]?.body ?? '';
    expect(body).toContain('INVALID\\_REQUEST');
    const prose = outsideCodeSpans(body);
    for (const forbidden of ['@acme/admins', '#1 closes', 'https://evil.example/autolink', 'www.evil.example', 'root@evil.example']) expect(prose).not.toContain(forbidden);
    expect(brokenTableRows(body)).toEqual([]);
  });

  it('keeps the body under the 65,536-character limit, cutting long tables with a note and keeping the summary', async () => {
    await repos.writeStatus('tokens: [many]\n');
    const many = report(
      Array.from({ length: 3000 }, (_unused, index) => result({ id: String(10_000 + index), name: `Integration token number ${index} ${'x'.repeat(60)}`, outcome: index % 3 === 0 ? 'done' : 'pending' })),
      Array.from({ length: 2000 }, (_unused, index) => finding(String(20_000 + index), `Unmanaged ${index}`)),
    );

    await publisher().publish(many, repos.statusFile);

    const body = github.pulls[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(body.length).toBeGreaterThan(BODY_LIMIT - 5000);
    expect(body.startsWith('<!-- netsuite-tokens:results account=1234567_SB1 -->')).toBe(true);
    expect(body).toContain('| 1000 | 2000 | 0 | 0 | 2000 |');
    expect(body).toMatch(/_…and \d+ more not shown to keep this under GitHub's size limit; the status file `netsuite\/netsuite-tokens.status.yaml` lists them all._/);
    expect(body).toContain('commits by anyone else on it stop the next run');
    expect(brokenTableRows(body)).toEqual([]);
    expect(github.issues[0]?.body.length).toBeLessThanOrEqual(65_536);
  });

  it('warns about owners it cannot ask for a review and still asks the others', async () => {
    await repos.writeStatus('tokens: [1]\n');
    const owners = report([
      result({ id: '1', outcome: 'pending', owner: '@alice' }),
      result({ id: '2', outcome: 'pending', owner: '@mallory' }),
      result({ id: '3', outcome: 'pending', owner: '@other-org/team' }),
      result({ id: '4', outcome: 'pending', owner: 'Finance team' }),
    ]);

    await publisher().publish(owners, repos.statusFile);

    expect(github.pulls[0]?.reviewers).toEqual(['alice']);
    expect(warnings).toEqual([
      'Not requesting a review: team @other-org/team belongs to another organisation than acme.',
      'Not requesting a review: "Finance team" is not a GitHub user or team handle.',
      expect.stringMatching(/^Could not request a review from @mallory: Reviews may only be requested from collaborators/),
    ]);
  });
});

describe('GitHubPublisher: refusals name the missing permission in one sentence', () => {
  async function failure(run: () => Promise<unknown>): Promise<GitHubError> {
    const error = await run().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GitHubError);
    const text = `${(error as GitHubError).message}\n${(error as GitHubError).hint ?? ''}\n${inspect(error, { depth: 8 })}`;
    expect(text).not.toContain(CANARY);
    return error as GitHubError;
  }

  it('says GITHUB_TOKEN is missing before pushing anything', async () => {
    await repos.writeStatus('tokens: [1]\n');
    const error = await failure(() => publisher({ env: { ...repos.env, GITHUB_REPOSITORY: 'acme/config', GITHUB_API_URL: github.url } }).publish(FIRST, repos.statusFile));
    expect(error.message).toBe('GITHUB_TOKEN is not set, so the results cannot be published to GitHub.');
    expect(repos.tip(BRANCH)).toBeNull();
  });

  it('says GITHUB_REPOSITORY is missing', async () => {
    await repos.writeStatus('tokens: [1]\n');
    const error = await failure(() => publisher({ env: { ...repos.env, GITHUB_TOKEN: CANARY } }).publish(FIRST, repos.statusFile));
    expect(error.message).toBe('GITHUB_REPOSITORY is not set, so the operator does not know where to open the pull request.');
  });

  it('names `pull-requests: write` when GitHub refuses to create the pull request', async () => {
    await repos.writeStatus('tokens: [1]\n');
    github.fail('pulls/create', { status: 403, body: { message: 'GitHub Actions is not permitted to create or approve pull requests.', documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request', status: '403' } });
    const error = await failure(() => publisher().publish(FIRST, repos.statusFile));
    expect(error.message).toBe('GITHUB_TOKEN cannot create or update pull requests in acme/config: grant `pull-requests: write` to the job\'s `permissions:` (or to the token).');
    expect(error.hint).toContain('Allow GitHub Actions to create and approve pull requests');
  });

  it('names `issues: write` when GitHub refuses the dashboard issue', async () => {
    await repos.writeStatus('tokens: [1]\n');
    github.fail('issues/create', { status: 403, body: { message: 'Resource not accessible by integration', status: '403' } });
    const error = await failure(() => publisher().publish(FIRST, repos.statusFile));
    expect(error.message).toBe('GITHUB_TOKEN cannot create or update issues, comments and labels in acme/config: grant `issues: write` to the job\'s `permissions:` (or to the token).');
  });

  it('says when GitHub lifts its rate limit, from its headers', async () => {
    await repos.writeStatus('tokens: [1]\n');
    github.fail('pulls/list', { status: 403, body: { message: 'API rate limit exceeded for installation.', status: '403' }, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Date.parse('2026-12-04T18:30:00Z') / 1000) } });
    const primary = await failure(() => publisher().publish(FIRST, repos.statusFile));
    expect(primary.message).toBe('GitHub\'s API rate limit stopped the run while trying to read pull requests.');
    expect(primary.hint).toBe('Run again after 2026-12-04 18:30 UTC, when GitHub resets the limit; the status file already records the NetSuite results.');
    github.fail('pulls/list', { status: 429, body: { message: 'You have exceeded a secondary rate limit.', status: '429' }, headers: { 'retry-after': '60' } });
    const secondary = await failure(() => publisher().publish(FIRST, repos.statusFile));
    expect(secondary.hint).toBe('GitHub asks to wait 60 seconds before the next request, then run again; the status file already records the NetSuite results.');
  });

  it('says Issues are turned off when GitHub answers 410 for the dashboard issue', async () => {
    await repos.writeStatus('tokens: [1]\n');
    github.fail('issues/create', { status: 410, body: { message: 'Issues are disabled for this repo', status: '410' } });
    const error = await failure(() => publisher().publish(FIRST, repos.statusFile));
    expect(error.message).toBe('GitHub refused to create or update issues, comments and labels in acme/config (410 Gone): that feature is turned off in the repository. GitHub said: "Issues are disabled for this repo".');
    expect(error.hint).toBe('The dashboard of administrator work is an issue: turn Issues on in the repository\'s Settings > General > Features, then run again.');
  });

  it('says the token was rejected on 401', async () => {
    await repos.writeStatus('tokens: [1]\n');
    github.fail('pulls/list', { status: 401, body: { message: 'Bad credentials', status: '401' } });
    const error = await failure(() => publisher().publish(FIRST, repos.statusFile));
    expect(error.message).toBe('GitHub rejected GITHUB_TOKEN (401 Bad credentials): it is expired, revoked or not a token.');
  });

  it('reports an unreachable API without the token', async () => {
    await repos.writeStatus('tokens: [1]\n');
    const error = await failure(() => publisher({ fetch: () => Promise.reject(new TypeError(`fetch failed for ${CANARY}`)) }).publish(FIRST, repos.statusFile));
    expect(error.message).toBe('Could not reach the GitHub API to read pull requests (fetch failed for [redacted]).');
  });

  it('reports a rejected push as a runtime failure', async () => {
    await repos.writeStatus('tokens: [1]\n');
    await writeFile(join(repos.origin, 'hooks', 'pre-receive'), '#!/bin/sh\necho "protected branch hook declined" >&2\nexit 1\n', { mode: 0o755 });
    const error = await failure(() => publisher().publish(FIRST, repos.statusFile));
    expect(error.message).toMatch(/^git could not push netsuite-tokens\/1234567_SB1 to origin: /);
    expect(github.writes()).toEqual([]);
  });
});
