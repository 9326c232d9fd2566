import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { ACCOUNT, CANARIES, TEST_CONFIG, testAccountEnv, testSeed } from '../support/account.js';
import { FLEET_NOW, emulatorStates, fleetEnv, fleetSeed, parseStatus, readStatusText, recordedStates, writeFleetConfig } from '../support/fleet.js';
import { runCli, type CliRun } from '../support/runs.js';
import { startFakeGitHub, type FakeGitHub } from '../github/support/fake-github.js';
import { createRepos, type Repos } from '../github/support/git-repos.js';

/**
 * Two applies on the same account at once — a laptop and a scheduled run, or two workflow runs that
 * slipped past `concurrency:` — end where one apply ends: the same tokens revoked, the same record,
 * one results pull request and one dashboard issue.
 */

const RETIRED = 6;
const now = (): Date => FLEET_NOW;
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fleetEmulator(): Promise<RunningEmulator> {
  const emulator = await startEmulator({ seed: fleetSeed(RETIRED), origins: 'split', now, latencyMs: 5, concurrencyLimit: 4 });
  cleanups.push(() => emulator.close());
  return emulator;
}

/**
 * A fetch that holds each kind of GitHub lookup (list pull requests, list issues) until `parties`
 * callers have made it, or a few seconds have passed (one of them may never get there).
 */
function lookupBarrier(parties: number): { fetch: typeof fetch; met(): string[] } {
  const waiting = new Map<string, (() => void)[]>();
  const met = new Set<string>();
  const held = (method: string, url: URL): string | null => {
    if (method !== 'GET') return null;
    if (/^\/repos\/[^/]+\/[^/]+\/(pulls|issues)$/.test(url.pathname)) return `GET ${url.pathname}`;
    return null;
  };
  const barrierFetch: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const key = held(init?.method ?? (input instanceof Request ? input.method : 'GET'), url);
    if (key !== null && !met.has(key)) {
      const queue = waiting.get(key) ?? [];
      waiting.set(key, queue);
      await new Promise<void>((resolve) => {
        queue.push(resolve);
        if (queue.length >= parties) {
          met.add(key);
          for (const release of queue.splice(0)) release();
        } else {
          setTimeout(resolve, 3_000);
        }
      });
    }
    return fetch(input, init);
  };
  return { fetch: barrierFetch, met: () => [...met] };
}

describe('two applies at once on the same account', () => {
  it('in the same directory: both succeed, NetSuite and the record end as after one apply', async () => {
    const alone = await fleetEmulator();
    const aloneFiles = await writeFleetConfig(RETIRED);
    expect((await runCli(['apply'], { env: fleetEnv(RETIRED, alone.origins), cwd: aloneFiles.dir, now })).code).toBe(0);
    const expected = parseStatus((await readStatusText(aloneFiles.statusPath)) ?? '');

    const emulator = await fleetEmulator();
    const files = await writeFleetConfig(RETIRED);
    const env = fleetEnv(RETIRED, emulator.origins);
    const [first, second] = await Promise.all([runCli(['apply'], { env, cwd: files.dir, now }), runCli(['apply'], { env, cwd: files.dir, now })]);

    expect([first.code, second.code], `${first.err}\n${second.err}`).toEqual([0, 0]);
    expect(emulatorStates(emulator)).toEqual(emulatorStates(alone));
    // Whichever wrote last, the record is whole and true to NetSuite; a third run agrees with one apply alone.
    const raced = parseStatus((await readStatusText(files.statusPath)) ?? '');
    expect(recordedStates(raced)).toEqual(emulatorStates(emulator));
    expect((await runCli(['apply'], { env, cwd: files.dir, now })).code).toBe(0);
    const settled = parseStatus((await readStatusText(files.statusPath)) ?? '');
    expect(settled.tokens.map((token) => ({ ...token, pending: token.pending.length, failed: token.failed.length })))
      .toEqual(expected.tokens.map((token) => ({ ...token, pending: token.pending.length, failed: token.failed.length })));
    // A token revoked by one run and then asked again by the other is refused by NetSuite (a revoked
    // token cannot sign: 401, tried once more); the run that lost the race still reports it done,
    // because it judges by observing, not by the answer. NetSuite revoked each token once.
    const counters = emulator.state().counters;
    const revokes = counters.requestsByPath['/rest/revoketoken'] ?? 0;
    expect(revokes - counters.authenticationFailures).toBe(RETIRED);
    expect(counters.authenticationFailures).toBeLessThanOrEqual(2 * RETIRED);
    for (const run of [first, second]) expect(run.out).toContain(`${RETIRED} done and verified, 1 pending, 0 failed`);
  });

  describe('with --pull-request from two working copies', () => {
    const TOKEN = 'ghs_CANARY_concurrent_0123456789abcdefABCD';
    let repos: Repos;
    let github: FakeGitHub;
    let emulator: RunningEmulator;

    async function apply(cwd: string, tag: string, fetchImpl?: typeof fetch): Promise<CliRun & { summary: string }> {
      const summary = join(repos.root, `summary-${tag}.md`);
      const run = await runCli(['apply', '--pull-request'], {
        cwd,
        ...(fetchImpl === undefined ? {} : { fetch: fetchImpl }),
        now: () => new Date('2026-11-23T12:00:00Z'),
        env: {
          ...repos.env,
          ...testAccountEnv(emulator.origins),
          GITHUB_ACTIONS: 'true',
          GITHUB_TOKEN: TOKEN,
          GITHUB_REPOSITORY: 'acme/config',
          GITHUB_API_URL: github.url,
          GITHUB_SERVER_URL: 'https://github.example',
          GITHUB_RUN_ID: tag,
          GITHUB_STEP_SUMMARY: summary,
        },
      });
      return { ...run, summary: await readFile(summary, 'utf8').catch(() => '') };
    }

    /** Two working copies apply at once; both look for the pull request and the dashboard issue before either creates one. */
    async function race(): Promise<(CliRun & { summary: string })[]> {
      emulator = await startEmulator({ seed: testSeed(), origins: 'split', now: () => new Date('2026-11-23T12:00:00Z'), latencyMs: 5 });
      cleanups.push(() => emulator.close());
      repos = await createRepos();
      cleanups.push(() => repos.cleanup());
      github = await startFakeGitHub({ token: TOKEN, owner: 'acme', repo: 'config', branchTip: (branch) => repos.tip(branch), collaborators: ['alice'], teams: ['platform', 'integrations', 'finance'] });
      cleanups.push(() => github.close());
      const other = join(repos.root, 'work-2');
      repos.git(repos.root, ['clone', '--quiet', repos.origin, other]);
      await writeFile(join(repos.work, 'netsuite-tokens.yaml'), TEST_CONFIG);
      await writeFile(join(other, 'netsuite-tokens.yaml'), TEST_CONFIG);

      // The worst interleaving, held open by a barrier in front of the fake GitHub.
      const barrier = lookupBarrier(2);
      const runs = await Promise.all([apply(repos.work, '101', barrier.fetch), apply(other, '102', barrier.fetch)]);
      expect(barrier.met()).toEqual(expect.arrayContaining(['GET /repos/acme/config/pulls', 'GET /repos/acme/config/issues']));
      expect(github.violations).toEqual([]);
      // One of them may lose a race and say so (exit 1, one sentence); running again settles it.
      for (const run of runs) {
        expect([0, 1], run.err).toContain(run.code);
        if (run.code === 1) expect(run.err).toMatch(/^error: [^\n]+\n( {2}[^\n]+\n)?$/);
      }
      if (runs.some((run) => run.code !== 0)) runs.push(await apply(other, '103'));
      expect(runs.at(-1)?.code).toBe(0);
      return runs;
    }

    it('ends with one results pull request holding the true record, and no secret anywhere', async () => {
      const runs = await race();
      expect(github.pulls).toHaveLength(1);
      expect(github.pulls[0]?.state).toBe('open');
      expect(emulator.state().tokens.find((token) => token.id === '102')?.state).toBe('revoked');
      const published = repos.show(`netsuite-tokens/${ACCOUNT}`, 'netsuite-tokens.status.yaml');
      expect(published).not.toBeNull();
      expect(recordedStates(parseStatus(published ?? ''))).toEqual(emulatorStates(emulator));

      const texts = [...runs.flatMap((run) => [run.out, run.err, run.summary]), JSON.stringify([github.pulls, github.issues, github.comments])]
        .map((text) => text.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n'));
      for (const text of texts) for (const secret of [TOKEN, ...Object.values(CANARIES)]) expect(text).not.toContain(secret);
    });

    // Both runs found no dashboard and both created one; the one that looked again last closed the newer.
    it('ends with one dashboard issue of administrator work', async () => {
      await race();
      expect(github.issues.filter((issue) => issue.state === 'open')).toHaveLength(1);
    });
  });
});
