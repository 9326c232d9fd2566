import { readdir, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type InFlightRequest, type RunningEmulator } from '../../src/emulator/index.js';
import { CRASH_TEST_KILL_VARIABLE } from '../../src/support/atomic-write.js';
import { readStatus } from '../../src/status/status-file.js';
import { emulatorStates, fleetConfig, fleetEnv, fleetSeed, parseStatus, readStatusText, recordedStates, writeFleetConfig } from '../support/fleet.js';
import { requireBuiltCli, runBuiltCli, spawnCli } from '../support/built-cli.js';

/**
 * SPEC §9 crash consistency: the real CLI (dist/cli.js) is SIGKILLed at chosen points of an apply —
 * when the Nth request reaches NetSuite (while observing, while revoking, while verifying), and at
 * each stage of the status file's atomic write — then started again. Every time: the status file
 * parses whole (never half-written), the next run converges, every revocation NetSuite made is in the
 * record, and no token is revoked twice (a second revoke would be signed by a revoked token, which the
 * emulator counts as a refused login).
 *
 * A request kill point is exact: the emulator holds request N (and any after it) without answering,
 * waits until every earlier request has been answered, and the test kills the CLI then. Held requests
 * are dropped, never answered, so "killed at request N" means NetSuite did requests 1..N-1 and nothing
 * else. A whole apply sends 2 SuiteQL requests (tokens, last use), RETIRED revokes 2 at a time, and 2
 * SuiteQL requests to verify, then writes the file.
 */

const RETIRED = 6;
/** The operator's own limit (NETSUITE_CONCURRENCY default): requests in flight at once. */
const CONCURRENCY_LIMIT = 2;
/** The account's limit as NetSuite's smallest tier: killed clients must give their slots back. */
const EMULATOR_LIMIT = 5;
const SUITEQL = '/services/rest/query/v1/suiteql';
const REVOKE = '/rest/revoketoken';

type WriteStage = 'created' | 'written' | 'synced' | 'renamed';
type KillPoint =
  /** When the run's `n`th NetSuite request arrives, which is a SuiteQL read or a revoke. */
  | { readonly request: number; readonly expect: 'suiteql' | 'revoke' }
  /** Inside the status file's atomic write (the CLI kills itself there; see CRASH_TEST_KILL_VARIABLE). */
  | { readonly write: WriteStage };

/**
 * Each scenario is one account and the kills of consecutive runs on it. The second kill's request
 * number counts in a run that has fewer revokes left (a kill at request N leaves N-3 revoked), so
 * kills while verifying come after a run that revoked nothing.
 */
const SCENARIOS: readonly (readonly KillPoint[])[] = [
  [{ request: 1, expect: 'suiteql' }, { request: 2, expect: 'suiteql' }],
  [{ request: 3, expect: 'revoke' }, { request: 4, expect: 'revoke' }],
  [{ request: 5, expect: 'revoke' }, { write: 'created' }],
  [{ request: 6, expect: 'revoke' }, { write: 'written' }],
  [{ request: 7, expect: 'revoke' }, { write: 'synced' }],
  [{ request: 8, expect: 'revoke' }, { write: 'renamed' }],
  [{ request: 2, expect: 'suiteql' }, { request: 9, expect: 'suiteql' }],
  [{ request: 1, expect: 'suiteql' }, { request: 10, expect: 'suiteql' }],
  [{ request: 4, expect: 'revoke' }, { request: 5, expect: 'revoke' }, { write: 'written' }],
];

function describePoint(point: KillPoint): string {
  return 'request' in point ? `request ${point.request}` : `write ${point.write}`;
}

/**
 * The emulator's test hook as a kill switch: armed for one run, it lets requests 1..n-1 through and
 * holds request n and every later one until `drop()`, which refuses them unanswered.
 */
class KillSwitch {
  #armedAt: number | null = null;
  #seen = 0;
  #held: { readonly request: InFlightRequest; readonly drop: (reason: Error) => void }[] = [];
  #reached: (request: InFlightRequest) => void = () => undefined;

  readonly hook = (request: InFlightRequest): Promise<void> => {
    if (this.#armedAt === null) return Promise.resolve();
    this.#seen += 1;
    if (this.#seen < this.#armedAt) return Promise.resolve();
    return new Promise<void>((_resolve, reject) => {
      this.#held.push({ request, drop: reject });
      if (this.#seen === this.#armedAt) this.#reached(request);
    });
  };

  /** Resolves with request n when it arrives. */
  arm(n: number): Promise<InFlightRequest> {
    this.#armedAt = n;
    this.#seen = 0;
    return new Promise((resolve) => { this.#reached = resolve; });
  }

  get held(): number {
    return this.#held.length;
  }

  /** Disarms, and refuses every held request without doing it (as if it never reached NetSuite's core). */
  drop(): void {
    this.#armedAt = null;
    for (const held of this.#held.splice(0)) held.drop(new Error('dropped by the crash test'));
  }
}

const figures = { scenarios: 0, killPoints: 0, byRequest: 0, duringWrite: 0, revokedBeforeTheRerun: 0, leftoverTemporaryFiles: 0 };
const startedAt = performance.now();

beforeAll(() => {
  requireBuiltCli();
});

afterAll(() => {
  console.info(`crash: ${JSON.stringify({ ...figures, ms: Math.round(performance.now() - startedAt) })}`);
});

describe('apply killed with SIGKILL at chosen points, then run again', () => {
  for (const scenario of SCENARIOS) {
    it(`killed at ${scenario.map(describePoint).join(', then ')}: the record is never torn, the next run converges, nothing is lost or done twice`, async () => {
      const killSwitch = new KillSwitch();
      const emulator = await startEmulator({ seed: fleetSeed(RETIRED), origins: 'split', concurrencyLimit: EMULATOR_LIMIT, holdInFlight: killSwitch.hook });
      const files = await writeFleetConfig(RETIRED);
      const env = fleetEnv(RETIRED, emulator.origins);
      try {
        // A record exists before the kills: a first apply while the file still declared every token
        // active (nothing to change), so a kill anywhere must leave that record whole.
        await writeFile(files.configPath, fleetConfig(RETIRED).replaceAll('state: revoked', 'state: active'));
        expect((await runBuiltCli(['apply'], { env, cwd: files.dir })).code).toBe(0);
        await writeFile(files.configPath, fleetConfig(RETIRED));

        for (const point of scenario) {
          const before = await readStatusText(files.statusPath);
          const revokedBefore = revokedIn(emulator);
          const leftoversBefore = await temporaryFiles(files.dir);
          const result = await applyKilledAt(point, { emulator, killSwitch, env, cwd: files.dir, statusPath: files.statusPath });
          expect(result.signal, `the run was not killed at ${describePoint(point)}: exit ${String(result.code)}\n${result.err}`).toBe('SIGKILL');
          figures.killPoints += 1;

          const text = await readStatusText(files.statusPath);
          expect(text).not.toBeNull();
          // Whole: it parses strictly and is one the operator wrote.
          const status = parseStatus(text ?? '');
          expect(status.statusVersion).toBe(2);
          expect(status.tokens.length).toBe(RETIRED + 4);
          await expect(readStatus(files.statusPath)).resolves.not.toBeNull();
          const leftovers = (await temporaryFiles(files.dir)) - leftoversBefore;
          if ('write' in point) {
            figures.duringWrite += 1;
            // Until the rename the old record stands, byte for byte, beside the temporary file.
            if (point.write === 'renamed') expect(text).not.toBe(before);
            else expect(text).toBe(before);
            expect(leftovers).toBe(point.write === 'renamed' ? 0 : 1);
          } else {
            figures.byRequest += 1;
            // Killed before its write: the record is the one before, and NetSuite did the requests
            // before n — revokes among them — and nothing after.
            expect(text).toBe(before);
            expect(leftovers).toBe(0);
            expect(revokedIn(emulator)).toBe(revokedBefore + revokesAnswered(point.request, RETIRED - revokedBefore));
          }
        }
        figures.scenarios += 1;

        // A kill inside the write leaves its hidden temporary file behind (counted, not fatal).
        figures.leftoverTemporaryFiles += await temporaryFiles(files.dir);
        figures.revokedBeforeTheRerun += revokedIn(emulator);
        const rerun = await runBuiltCli(['apply'], { env, cwd: files.dir });
        expect(rerun.code, rerun.err).toBe(0);
        const status = parseStatus((await readStatusText(files.statusPath)) ?? '');
        const snapshot = emulator.state();

        // Converged: every retired token revoked, the record matches NetSuite token by token.
        expect(recordedStates(status)).toEqual(emulatorStates(emulator));
        expect(snapshot.tokens.filter((token) => token.state === 'revoked')).toHaveLength(RETIRED);
        // Nothing NetSuite did is lost: each revocation is recorded with NetSuite's own date.
        for (const token of snapshot.tokens) {
          const recorded = status.tokens.find((entry) => entry.id === token.id);
          expect(recorded?.revokedAt ?? null).toBe(token.revokedAt === null ? null : token.revokedAt.replace(/\.\d{3}Z$/, 'Z'));
          expect(recorded?.failed).toEqual([]);
        }
        // Nothing done twice: no revoke was ever signed by a token NetSuite had already revoked, and
        // the only revoke requests beyond one per token are those a kill dropped unanswered.
        expect(snapshot.counters.authenticationFailures).toBe(0);
        expect(snapshot.counters.requestsByPath[REVOKE] ?? 0).toBeLessThanOrEqual(RETIRED + scenario.length * CONCURRENCY_LIMIT);
        // A last run has nothing left to do.
        const settled = await runBuiltCli(['apply'], { env, cwd: files.dir });
        expect(settled.code).toBe(0);
        expect(emulator.state().counters.requestsByPath[REVOKE]).toBe(snapshot.counters.requestsByPath[REVOKE]);
      } finally {
        killSwitch.drop();
        await emulator.close();
        await rm(files.dir, { recursive: true, force: true });
      }
    });
  }
});

interface KilledRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly err: string;
}

/** One `apply` killed at `point`; resolves when the process is gone and the emulator idle again. */
async function applyKilledAt(
  point: KillPoint,
  context: { emulator: RunningEmulator; killSwitch: KillSwitch; env: Record<string, string>; cwd: string; statusPath: string },
): Promise<KilledRun> {
  const { emulator, killSwitch } = context;
  if ('write' in point) {
    return spawnCli(['apply'], { env: { ...context.env, [CRASH_TEST_KILL_VARIABLE]: `${point.write}:${basename(context.statusPath)}` }, cwd: context.cwd }).done;
  }
  const reached = killSwitch.arm(point.request);
  const spawned = spawnCli(['apply'], { env: context.env, cwd: context.cwd });
  const arrival = await Promise.race([reached, spawned.done.then(() => null)]);
  if (arrival === null) {
    killSwitch.drop();
    return spawned.done;
  }
  expect(arrival.path).toBe(point.expect === 'revoke' ? REVOKE : SUITEQL);
  // Every request before n answered; n (and any the CLI sent after it) held unanswered.
  await emulator.until((state) => state.counters.inFlight === killSwitch.held, { description: `only the held requests in flight at request ${point.request}` });
  spawned.child.kill('SIGKILL');
  const result = await spawned.done;
  killSwitch.drop();
  await emulator.until((state) => state.counters.inFlight === 0, { description: 'the dropped requests given back their slots' });
  return result;
}

function revokedIn(emulator: RunningEmulator): number {
  return emulator.state().tokens.filter((token) => token.state === 'revoked').length;
}

/** Revokes NetSuite has done when a run with `left` to do is killed at request n: those among requests 3..n-1. */
function revokesAnswered(n: number, left: number): number {
  return Math.max(0, Math.min(n - 1 - 2, left));
}

async function temporaryFiles(dir: string): Promise<number> {
  return (await readdir(dir)).filter((name) => name.endsWith('.tmp')).length;
}
