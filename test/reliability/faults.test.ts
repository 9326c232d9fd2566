import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_KINDS, startEmulator, type FaultKind, type RunningEmulator } from '../../src/emulator/index.js';
import type { StatusFile } from '../../src/domain/status.js';
import {
  FLEET_NOW,
  allCanaries,
  emulatorStates,
  fleetCanaries,
  fleetEnv,
  fleetSeed,
  parseStatus,
  readStatusText,
  recordedStates,
  writeFleetConfig,
} from '../support/fleet.js';
import { STACK_FRAME, retryLines, runCli, type CliRun } from '../support/runs.js';

/**
 * SPEC §9 reliability under faults: with 20% of NetSuite's answers replaced by 429, 500, 503, dropped
 * connections and spurious 401s, and an account concurrency limit of 2, `apply` ends where a
 * fault-free run ends — same token states in NetSuite, same status file — within a few runs. A run
 * that gives up (two spurious 401s in a row fail a request, as NetSuite's 401 is retried only once)
 * exits 1, says so, and leaves a status file that is true to what NetSuite holds.
 */

const RETIRED = 10;
const MAX_RUNS = 5;
const LATENCY_MS = 5;
const CONCURRENCY_LIMIT = 2;
const SEEDS = [3, 11, 29, 47, 61, 83, 97, 131, 157, 199];
/** The fault seed of the one-kind-at-a-time cases. */
const FAULT_KIND_SEED = 1;
const now = (): Date => FLEET_NOW;

/** The status file compared across worlds: the emulator's port and this run's own tallies removed. */
function comparable(status: StatusFile, url: string): unknown {
  const { run: _run, summary, ...rest } = status;
  const { done: _done, confirmed: _confirmed, ...standing } = summary;
  return JSON.parse(JSON.stringify({ ...rest, summary: standing }).replaceAll(url, 'EMULATOR'));
}

interface World {
  readonly emulator: RunningEmulator;
  readonly dir: string;
  readonly statusPath: string;
  readonly env: Record<string, string>;
}

async function world(faults?: { seed: number; rate: number; kinds?: readonly FaultKind[] }, concurrency?: number): Promise<World> {
  const files = await writeFleetConfig(RETIRED);
  const emulator = await startEmulator({ seed: fleetSeed(RETIRED), origins: 'split', now, latencyMs: LATENCY_MS, concurrencyLimit: CONCURRENCY_LIMIT, ...(faults === undefined ? {} : { faults }) });
  const env = { ...fleetEnv(RETIRED, emulator.origins), ...(concurrency === undefined ? {} : { NETSUITE_CONCURRENCY: String(concurrency) }) };
  return { emulator, dir: files.dir, statusPath: files.statusPath, env };
}

async function dispose(target: World): Promise<void> {
  await target.emulator.close();
  await rm(target.dir, { recursive: true, force: true });
}

function governedRequests(emulator: RunningEmulator): number {
  const byPath = emulator.state().counters.requestsByPath;
  return (byPath['/services/rest/query/v1/suiteql'] ?? 0) + (byPath['/rest/revoketoken'] ?? 0);
}

function faultsOf(emulator: RunningEmulator): number {
  const counters = emulator.state().counters;
  return Object.values(counters.faultsInjected).reduce((sum, count) => sum + count, 0) + counters.overLimit;
}

/**
 * After any run, success or not, the record is true to NetSuite: either the run wrote a status file
 * whose every token is recorded in the state NetSuite shows — or, for a change NetSuite accepted but
 * the run could not verify, recorded as failed with that said — or the run wrote nothing and NetSuite
 * is as the previous record left it.
 */
function expectRecordTrueToNetSuite(target: World, before: { text: string | null; states: Record<string, string> }, after: string | null, run: CliRun): void {
  const states = emulatorStates(target.emulator);
  if (after === before.text) {
    expect(states, 'the status file was left as it was, so NetSuite must not have changed').toEqual(before.states);
    return;
  }
  expect(after).not.toBeNull();
  const status = parseStatus(after ?? '');
  for (const token of status.tokens) {
    if (token.state === states[token.id]) continue;
    expect(run.code).toBe(1);
    expect(token.failed, `token ${token.id} is recorded ${token.state} but NetSuite shows ${String(states[token.id])}`).toEqual([
      expect.objectContaining({ action: 'revoke', via: 'api', detail: expect.stringMatching(/could not be verified/) as unknown }),
    ]);
  }
}

interface Converged {
  readonly runs: CliRun[];
  readonly requestsPerRun: number[];
}

async function applyUntilConverged(target: World): Promise<Converged> {
  const runs: CliRun[] = [];
  const requestsPerRun: number[] = [];
  for (let attempt = 0; attempt < MAX_RUNS; attempt += 1) {
    const before = { text: await readStatusText(target.statusPath), states: emulatorStates(target.emulator) };
    const requestsBefore = governedRequests(target.emulator);
    const run = await runCli(['apply', '--debug'], { env: target.env, cwd: target.dir, now });
    runs.push(run);
    requestsPerRun.push(governedRequests(target.emulator) - requestsBefore);
    const after = await readStatusText(target.statusPath);
    if (after !== null) parseStatus(after);
    expectRecordTrueToNetSuite(target, before, after, run);
    if (run.code === 0) break;
    expect(run.code).toBe(1);
    // It says so: a failed change in the report, or one sentence on stderr — never a bare stack.
    expect(`${run.out}\n${run.err}`).toMatch(/failed|error: /i);
  }
  return { runs, requestsPerRun };
}

let reference: { states: Record<string, string>; status: unknown; requests: number; url: string };
const totals = { faults: {} as Record<string, number>, overLimit: 0, runs: 0, failedRuns: 0, retries: 0, requests: 0 };

beforeAll(async () => {
  const clean = await world();
  const run = await runCli(['apply'], { env: clean.env, cwd: clean.dir, now });
  expect(run.code).toBe(0);
  const text = await readStatusText(clean.statusPath);
  reference = { states: emulatorStates(clean.emulator), status: comparable(parseStatus(text ?? ''), clean.emulator.url), requests: governedRequests(clean.emulator), url: clean.emulator.url };
  expect(Object.values(reference.states).filter((state) => state === 'revoked')).toHaveLength(RETIRED);
  await dispose(clean);
});

afterAll(() => {
  // The figures for the closing note.
  console.info(`faults: ${JSON.stringify(totals)}`);
});

describe('apply under 20% injected faults with an account concurrency limit of 2', () => {
  for (const seed of SEEDS) {
    it(`fault seed ${seed}: converges to the fault-free outcome, retries bounded and shown with --debug`, async () => {
      const target = await world({ seed, rate: 0.2 });
      try {
        const { runs, requestsPerRun } = await applyUntilConverged(target);
        const last = runs.at(-1);
        expect(last?.code, `did not converge in ${MAX_RUNS} runs`).toBe(0);

        expect(emulatorStates(target.emulator)).toEqual(reference.states);
        const status = parseStatus((await readStatusText(target.statusPath)) ?? '');
        expect(comparable(status, target.emulator.url)).toEqual(reference.status);
        expect(recordedStates(status)).toEqual(reference.states);

        const counters = target.emulator.state().counters;
        const faults = faultsOf(target.emulator);
        const retries = runs.flatMap((run) => retryLines(run.err));
        // Bounded: at most six attempts per request, so a retry follows attempts 1 to 5 only; no
        // run sends more than six attempts for each request a fault-free run needs.
        for (const retry of retries) expect(retry.attempt, retry.line).toBeLessThanOrEqual(5);
        for (const requests of requestsPerRun) expect(requests).toBeLessThanOrEqual(6 * reference.requests);
        // Visible: every retry answers an injected fault, and faults were met with retries.
        expect(retries.length).toBeLessThanOrEqual(faults);
        if (faults > 0) expect(retries.length).toBeGreaterThan(0);
        expect(counters.peakInFlight).toBeLessThanOrEqual(CONCURRENCY_LIMIT);
        for (const run of runs) for (const canary of allCanaries(fleetCanaries(RETIRED))) expect(`${run.out}${run.err}`).not.toContain(canary);

        for (const [kind, count] of Object.entries(counters.faultsInjected)) totals.faults[kind] = (totals.faults[kind] ?? 0) + count;
        totals.overLimit += counters.overLimit;
        totals.runs += runs.length;
        totals.failedRuns += runs.filter((run) => run.code !== 0).length;
        totals.retries += retries.length;
        totals.requests += governedRequests(target.emulator);
      } finally {
        await dispose(target);
      }
    });
  }

  it('an operator allowed more requests in flight than the account takes meets real 429s and still converges', async () => {
    const target = await world({ seed: 7, rate: 0.2 }, 4);
    try {
      const { runs } = await applyUntilConverged(target);
      expect(runs.at(-1)?.code).toBe(0);
      expect(emulatorStates(target.emulator)).toEqual(reference.states);
      expect(comparable(parseStatus((await readStatusText(target.statusPath)) ?? ''), target.emulator.url)).toEqual(reference.status);
      const counters = target.emulator.state().counters;
      expect(counters.overLimit).toBeGreaterThan(0);
      expect(counters.peakInFlight).toBeLessThanOrEqual(CONCURRENCY_LIMIT);
      expect(runs.flatMap((run) => retryLines(run.err)).some((retry) => retry.line.includes('rate-limited'))).toBe(true);
      totals.overLimit += counters.overLimit;
    } finally {
      await dispose(target);
    }
  });

  it('runs that give up on two spurious 401s in a row exit 1, say so, keep a true record, and the next runs converge', async () => {
    let failedRuns = 0;
    for (const seed of [5, 17]) {
      const target = await world({ seed, rate: 0.25, kinds: ['spurious-401', '503'] });
      try {
        const { runs } = await applyUntilConverged(target);
        expect(runs.at(-1)?.code, `seed ${seed} did not converge in ${MAX_RUNS} runs`).toBe(0);
        expect(emulatorStates(target.emulator)).toEqual(reference.states);
        expect(comparable(parseStatus((await readStatusText(target.statusPath)) ?? ''), target.emulator.url)).toEqual(reference.status);
        const failed = runs.filter((run) => run.code === 1);
        for (const run of failed) expect(`${run.out}${run.err}`).toMatch(/twice in a row|could not be verified|failed/);
        failedRuns += failed.length;
        totals.runs += runs.length;
        totals.failedRuns += failed.length;
        for (const [kind, count] of Object.entries(target.emulator.state().counters.faultsInjected)) totals.faults[kind] = (totals.faults[kind] ?? 0) + count;
      } finally {
        await dispose(target);
      }
    }
    expect(failedRuns, 'the seeds were chosen so that some run gives up').toBeGreaterThan(0);
  });

  it('NetSuite unreachable right after the revokes: exit 1, the record says what was sent and unverified, the next run verifies it', async () => {
    const target = await world();
    try {
      // The network to NetSuite goes away once every revoke has been answered: the verifying
      // observation meets a refused connection.
      let revoked = 0;
      const partitioned: typeof fetch = async (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        if (url.includes('/services/rest/query/') && revoked >= RETIRED) {
          throw new TypeError('fetch failed', { cause: Object.assign(new Error(`connect ECONNREFUSED ${new URL(url).host}`), { code: 'ECONNREFUSED' }) });
        }
        const response = await fetch(input, init);
        if (url.includes('/rest/revoketoken') && response.ok) revoked += 1;
        return response;
      };
      const first = await runCli(['apply'], { env: target.env, cwd: target.dir, now, fetch: partitioned });
      expect(first.code).toBe(1);
      expect(first.err).not.toMatch(STACK_FRAME);
      expect(first.out).toContain('could not be verified');
      const text = await readStatusText(target.statusPath);
      expect(text, 'a run that sent changes leaves a status file').not.toBeNull();
      const status = parseStatus(text ?? '');
      expect(status.summary.failed).toBe(RETIRED);
      expectRecordTrueToNetSuite(target, { text: null, states: {} }, text, first);

      const second = await runCli(['apply'], { env: target.env, cwd: target.dir, now });
      expect(second.code).toBe(0);
      expect(emulatorStates(target.emulator)).toEqual(reference.states);
      expect(comparable(parseStatus((await readStatusText(target.statusPath)) ?? ''), target.emulator.url)).toEqual(reference.status);
      expect(target.emulator.state().counters.requestsByPath['/rest/revoketoken']).toBe(RETIRED);
    } finally {
      await dispose(target);
    }
  });

  // Each kind on its own, one request at a time: the request order, and so where the seeded faults
  // land, is the same every run, and this test sees each kind injected and survived by itself.
  for (const kind of FAULT_KINDS) {
    it(`${kind} alone, in a tenth of the answers: injected, survived, converges to the fault-free outcome`, async () => {
      const target = await world({ seed: FAULT_KIND_SEED, rate: 0.1, kinds: [kind] }, 1);
      try {
        const { runs } = await applyUntilConverged(target);
        expect(runs.at(-1)?.code, `did not converge in ${MAX_RUNS} runs`).toBe(0);
        expect(target.emulator.state().counters.faultsInjected[kind]).toBeGreaterThan(0);
        expect(emulatorStates(target.emulator)).toEqual(reference.states);
        expect(comparable(parseStatus((await readStatusText(target.statusPath)) ?? ''), target.emulator.url)).toEqual(reference.status);
        if (kind !== 'spurious-401') expect(runs.flatMap((run) => retryLines(run.err)).length).toBeGreaterThan(0);
      } finally {
        await dispose(target);
      }
    });
  }
});
