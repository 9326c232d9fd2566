import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENTS_PATH_PREFIX } from '../../src/emulator/certificates-api.js';
import { startEmulator, type InFlightRequest } from '../../src/emulator/index.js';
import { CRASH_TEST_KILL_VARIABLE } from '../../src/support/atomic-write.js';
import type { RotationState } from '../../src/domain/kinds/m2m-certificate/rotation-journal.js';
import { requireBuiltCli, spawnCli } from '../support/built-cli.js';
import { runCli } from '../support/runs.js';
import {
  STATUS_NAME, consumerEnv, converged, emulatorCertificates, expectConverged, expectNoKeyOutsideTargets, keyFilesOutsideTargets, readStatusFile, rotationSeed, rotationWorld, targetPaths, type RotationWorld,
} from '../support/rotation-fleet.js';

/**
 * SPEC §12.1 resume rules and §16: the built CLI (dist/cli.js) is SIGKILLed during an `apply` that
 * rotates certificates, at every step of the rotation, then `apply` runs again (in process, on a clock
 * shared with the emulator, so that days can pass for the overlap). Every time it converges: after the
 * overlap each mapping has exactly one active certificate in NetSuite (the emulator's own view), every
 * file target holds a bundle of it that signs in, no certificate is left active that neither a target
 * nor the status file knows (checked after every run, not only at the end), a run never starts two
 * rotations of one mapping, the status file always parses whole, and no private key is on disk
 * outside the file targets.
 *
 * A rotation of one mapping with two file targets and overlap 0d makes these NetSuite requests and
 * status-file writes (journal first, then the run's own write):
 *
 *   requests: token ×2 (operator, mapping: observe) · list · upload · token (new key) · revoke · list (verify)
 *   status writes: #1 planned · #2 uploaded · #3 verified · #4 target 1 writing · #5 target 1 written ·
 *                  #6 target 2 writing · #7 target 2 written · #8 delivered · #9 the run's record
 *
 * | # | kill point                                   | what NetSuite / the disk holds at the kill                          |
 * |---|----------------------------------------------|---------------------------------------------------------------------|
 * | 1 | token request 1 (observing)                  | nothing done                                                        |
 * | 2 | token request 2 (observing)                  | nothing done                                                        |
 * | 3 | list (1st certificates request)              | nothing done; no status file                                        |
 * | 4 | upload (2nd certificates request), dropped   | key made, journal `planned`; NetSuite never saw the upload          |
 * | 5 | status write #2, created (after the upload)  | certificate uploaded, journal still `planned`: between upload and journal |
 * | 6 | token request 3 (sign-in with the new key)   | uploaded, journal `uploaded`                                        |
 * | 7 | status write #4, renamed                     | journal: target 1 `writing`; target 1 not touched                   |
 * | 8 | target 1's write, content written            | a temporary file beside target 1 holds the new key                  |
 * | 9 | target 1's write, renamed                    | target 1 holds the new bundle; journal says `writing`               |
 * |10 | status write #6, created                     | between the two targets: target 1 written and journaled             |
 * |11 | target 2's write, synced                     | target 2's temporary file holds the key, not renamed                |
 * |12 | status write #8, created                     | both targets written, `delivered` not journaled                     |
 * |13 | revoke request                               | `delivered` journaled; old certificate still active                 |
 * |14 | list after the revoke (verifying)            | old certificate revoked, the run's record not written               |
 * |15 | status write #9, content written             | inside the run's own status write                                   |
 * |16 | overlap 7d: status write #2, created         | uploaded, not journaled; retired only after the overlap             |
 * |17 | overlap 7d: target 1 renamed                 | target holds the bundle, journal says `writing`                     |
 * |18 | overlap 7d: status write #7, synced          | delivered, waiting for the overlap; run's record not renamed        |
 * |19 | two mappings: the second mapping's upload    | the other rotation anywhere in between                              |
 * |20 | two mappings: the first revoke               | one rotation delivered, the other anywhere                          |
 * |21 | two mappings: status write #5, created       | the journals of both rotations interleaved                          |
 * |22 | overlap 7d passed: the retiring revoke       | delivered 8 days before by a complete run; old certificate active   |
 * |23 | overlap 7d passed: list after the revoke     | old certificate revoked, journal still `delivered`                  |
 *
 * A request kill is exact: the emulator holds the chosen request (and any after it) unanswered, waits
 * until every earlier one is answered, and the test kills the CLI then; held requests are dropped, so
 * NetSuite did what came before and nothing else. A write kill is the CLI killing itself at that stage
 * of that write (src/support/atomic-write.ts, CRASH_TEST_KILL_VARIABLE with `#n`).
 */

const DAY_MS = 86_400_000;

type Endpoint = 'token' | 'suiteql' | 'certificates' | 'revoke';
type WriteStage = 'created' | 'written' | 'synced' | 'renamed';

type KillPoint =
  /** The nth request to the endpoint (for `certificates` and `revoke`: of that mapping). */
  | { readonly request: Endpoint; readonly mapping?: string; readonly nth: number }
  /** The nth write of a file (`status` for the status file, or a target by its path), at that stage. */
  | { readonly write: string; readonly nth: number; readonly stage: WriteStage };

interface AtTheKill {
  /** Certificates the killed run had uploaded for sync-1. */
  readonly uploaded: number;
  /** sync-1's journal state in the status file; null for no rotation recorded, 'absent' for no file. */
  readonly journal: RotationState | null | 'absent';
  /** Whether sync-1's seeded certificate was revoked. */
  readonly revoked: boolean;
}

interface Scenario {
  readonly name: string;
  readonly mappings: number;
  readonly targets: number;
  readonly overlap: '0d' | '7d';
  readonly kill: KillPoint;
  /** A complete apply delivered the rotation eight days before the killed run, which retires it (the overlap has passed). */
  readonly retiring?: true;
  /** What the kill left, for one mapping: proof that it happened where the table says. */
  readonly atTheKill?: AtTheKill;
}

const untouched: AtTheKill = { uploaded: 0, journal: 'absent', revoked: false };
const t1 = targetPaths('sync-1', 2)[0] ?? '';
const t2 = targetPaths('sync-1', 2)[1] ?? '';
const single = { mappings: 1, targets: 2, overlap: '0d' } as const;
const overlapping = { mappings: 1, targets: 1, overlap: '7d' } as const;
const pair = { mappings: 2, targets: 1, overlap: '0d' } as const;

const SCENARIOS: readonly Scenario[] = [
  { ...single, name: '1 token request 1', kill: { request: 'token', nth: 1 }, atTheKill: untouched },
  { ...single, name: '2 token request 2', kill: { request: 'token', nth: 2 }, atTheKill: untouched },
  { ...single, name: '3 list', kill: { request: 'certificates', mapping: 'sync-1', nth: 1 }, atTheKill: untouched },
  { ...single, name: '4 upload', kill: { request: 'certificates', mapping: 'sync-1', nth: 2 }, atTheKill: { uploaded: 0, journal: 'planned', revoked: false } },
  { ...single, name: '5 between upload and journal', kill: { write: 'status', nth: 2, stage: 'created' }, atTheKill: { uploaded: 1, journal: 'planned', revoked: false } },
  { ...single, name: '6 sign-in with the new key', kill: { request: 'token', nth: 3 }, atTheKill: { uploaded: 1, journal: 'uploaded', revoked: false } },
  { ...single, name: '7 target 1 journaled writing', kill: { write: 'status', nth: 4, stage: 'renamed' }, atTheKill: { uploaded: 1, journal: 'verified', revoked: false } },
  { ...single, name: '8 inside target 1 write', kill: { write: t1, nth: 1, stage: 'written' }, atTheKill: { uploaded: 1, journal: 'verified', revoked: false } },
  { ...single, name: '9 target 1 renamed', kill: { write: t1, nth: 1, stage: 'renamed' }, atTheKill: { uploaded: 1, journal: 'verified', revoked: false } },
  { ...single, name: '10 between the two targets', kill: { write: 'status', nth: 6, stage: 'created' }, atTheKill: { uploaded: 1, journal: 'verified', revoked: false } },
  { ...single, name: '11 inside target 2 write', kill: { write: t2, nth: 1, stage: 'synced' }, atTheKill: { uploaded: 1, journal: 'verified', revoked: false } },
  { ...single, name: '12 delivered, not journaled', kill: { write: 'status', nth: 8, stage: 'created' }, atTheKill: { uploaded: 1, journal: 'verified', revoked: false } },
  { ...single, name: '13 revoke', kill: { request: 'revoke', mapping: 'sync-1', nth: 1 }, atTheKill: { uploaded: 1, journal: 'delivered', revoked: false } },
  { ...single, name: '14 list after the revoke', kill: { request: 'certificates', mapping: 'sync-1', nth: 3 }, atTheKill: { uploaded: 1, journal: 'delivered', revoked: true } },
  { ...single, name: '15 inside the run’s status write', kill: { write: 'status', nth: 9, stage: 'written' }, atTheKill: { uploaded: 1, journal: 'delivered', revoked: true } },
  { ...overlapping, name: '16 overlap 7d, between upload and journal', kill: { write: 'status', nth: 2, stage: 'created' }, atTheKill: { uploaded: 1, journal: 'planned', revoked: false } },
  { ...overlapping, name: '17 overlap 7d, target renamed', kill: { write: targetPaths('sync-1', 1)[0] ?? '', nth: 1, stage: 'renamed' }, atTheKill: { uploaded: 1, journal: 'verified', revoked: false } },
  { ...overlapping, name: '18 overlap 7d, inside the run’s status write', kill: { write: 'status', nth: 7, stage: 'synced' }, atTheKill: { uploaded: 1, journal: 'delivered', revoked: false } },
  { ...overlapping, retiring: true, name: '22 overlap 7d passed, retiring: revoke', kill: { request: 'revoke', mapping: 'sync-1', nth: 1 }, atTheKill: { uploaded: 1, journal: 'delivered', revoked: false } },
  { ...overlapping, retiring: true, name: '23 overlap 7d passed, retiring: list after the revoke', kill: { request: 'certificates', mapping: 'sync-1', nth: 2 }, atTheKill: { uploaded: 1, journal: 'delivered', revoked: true } },
  { ...pair, name: '19 two mappings, second upload', kill: { request: 'certificates', mapping: 'sync-2', nth: 2 } },
  { ...pair, name: '20 two mappings, first revoke', kill: { request: 'revoke', nth: 1 } },
  { ...pair, name: '21 two mappings, status write #5', kill: { write: 'status', nth: 5, stage: 'created' } },
];

/**
 * The emulator's test hook as a kill switch: armed for one run, it lets requests through until the
 * chosen one, then holds it and every later one until `drop()`, which refuses them unanswered.
 */
class KillSwitch {
  #point: Extract<KillPoint, { request: Endpoint }> | null = null;
  #seen = new Map<string, number>();
  #fired = false;
  #held: ((reason: Error) => void)[] = [];
  #reached: () => void = () => undefined;

  constructor(private readonly mappingOf: (clientId: string) => string | null) {}

  readonly hook = (request: InFlightRequest): Promise<void> => {
    if (this.#point === null) return Promise.resolve();
    if (!this.#fired) {
      const { endpoint, mapping } = classify(request.path, this.mappingOf);
      for (const key of [endpoint, `${endpoint}:${mapping ?? ''}`]) this.#seen.set(key, (this.#seen.get(key) ?? 0) + 1);
      const key = this.#point.mapping === undefined ? this.#point.request : `${this.#point.request}:${this.#point.mapping}`;
      if (endpoint !== this.#point.request || (this.#seen.get(key) ?? 0) < this.#point.nth) return Promise.resolve();
      this.#fired = true;
      this.#reached();
    }
    return new Promise<void>((_resolve, reject) => { this.#held.push(reject); });
  };

  arm(point: Extract<KillPoint, { request: Endpoint }>): Promise<void> {
    this.#point = point;
    this.#seen = new Map();
    this.#fired = false;
    return new Promise((resolve) => { this.#reached = resolve; });
  }

  get held(): number {
    return this.#held.length;
  }

  drop(): void {
    this.#point = null;
    for (const reject of this.#held.splice(0)) reject(new Error('dropped by the crash test'));
  }
}

function classify(path: string, mappingOf: (clientId: string) => string | null): { endpoint: Endpoint | 'other'; mapping: string | null } {
  if (path === '/services/rest/auth/oauth2/v1/token') return { endpoint: 'token', mapping: null };
  if (path === '/services/rest/query/v1/suiteql') return { endpoint: 'suiteql', mapping: null };
  if (!path.startsWith(CLIENTS_PATH_PREFIX)) return { endpoint: 'other', mapping: null };
  const mapping = mappingOf(path.slice(CLIENTS_PATH_PREFIX.length).split('/')[0] ?? '');
  return { endpoint: path.endsWith('/revoke') ? 'revoke' : 'certificates', mapping };
}

const figures = { scenarios: 0, killed: 0, runsAfterKill: 0, maxRunsToConverge: 0, orphansAtTheKill: 0, keyFilesAtTheKill: 0 };
const startedAt = performance.now();

beforeAll(() => {
  requireBuiltCli();
});

afterAll(() => {
  console.info(`rotation-crash: ${JSON.stringify({ ...figures, ms: Math.round(performance.now() - startedAt) })}`);
});

describe.concurrent('apply rotating certificates, SIGKILLed at every rotation step, then run again', () => {
  for (const scenario of SCENARIOS) {
    it(`killed at ${scenario.name}: converges, no orphan, one rotation per mapping, no key outside the targets`, async () => {
      const offset = { ms: 0 };
      const now = (): Date => new Date(Date.now() + offset.ms);
      let world: RotationWorld | null = null;
      const killSwitch = new KillSwitch((clientId) => {
        if (world === null) return null;
        return [...world.mappings].find((name) => world?.emulator.m2mCredentials(name)?.clientId === clientId) ?? null;
      });
      const emulator = await startEmulator({ seed: rotationSeed(scenario.mappings), origins: 'split', now, holdInFlight: killSwitch.hook });
      world = await rotationWorld(emulator, scenario.mappings, { overlap: scenario.overlap, targets: scenario.targets });
      const seeded = new Map(world.mappings.map((mapping) => [mapping, emulatorCertificates(emulator, mapping)[0]?.certificateId ?? '']));
      try {
        if (scenario.retiring === true) {
          offset.ms = -8 * DAY_MS;
          const delivering = await runCli(['apply', '--yes'], { env: await consumerEnv(world), cwd: world.dir, now });
          expect(delivering.code, `${delivering.out}\n${delivering.err}`).toBe(0);
          offset.ms = 0;
        }
        const killed = await applyKilledAt(scenario.kill, world, killSwitch);
        expect(killed.signal, `the run was not killed at ${scenario.name}: exit ${String(killed.code)}\n${killed.out}\n${killed.err}`).toBe('SIGKILL');
        figures.killed += 1;
        const status = await readStatusFile(world);
        for (const mapping of world.mappings) figures.orphansAtTheKill += (await orphans(world, mapping)).length;
        figures.keyFilesAtTheKill += await keyFilesOutsideTargets(world);
        if (scenario.atTheKill !== undefined) {
          const certificates = emulatorCertificates(emulator, 'sync-1');
          const row = status?.certificates?.find((entry) => entry.mapping === 'sync-1');
          expect({
            uploaded: certificates.length - 1,
            journal: status === null ? 'absent' : row?.rotation?.state ?? null,
            revoked: certificates.find((certificate) => certificate.certificateId === seeded.get('sync-1'))?.active === false,
          }).toEqual(scenario.atTheKill);
        }

        // Run again until converged (the overlap passed after the first run where there is one).
        let runs = 0;
        while (runs === 0 || !(await converged(world))) {
          runs += 1;
          expect(runs, 'converges within three runs').toBeLessThanOrEqual(3);
          const before = snapshotOf(world);
          const rerun = await runCli(['apply', '--yes'], { env: await consumerEnv(world), cwd: world.dir, now });
          expect(rerun.code, `run ${String(runs)} after the kill:\n${rerun.out}\n${rerun.err}`).toBe(0);
          figures.runsAfterKill += 1;
          await expectEveryRunInvariants(world, before, `run ${String(runs)} after the kill at ${scenario.name}`);
          if (scenario.overlap !== '0d' && runs === 1) offset.ms = 8 * DAY_MS;
        }
        figures.maxRunsToConverge = Math.max(figures.maxRunsToConverge, runs);
        await expectConverged(world, `after the kill at ${scenario.name}`, now());
        // Nothing left to do.
        const plan = await runCli(['plan', '--detailed-exitcode'], { env: await consumerEnv(world), cwd: world.dir, now });
        expect(plan.code, `${plan.out}\n${plan.err}`).toBe(0);
        for (const mapping of world.mappings) {
          expect(emulatorCertificates(emulator, mapping).find((certificate) => certificate.certificateId === seeded.get(mapping))?.active, `${mapping}'s seeded certificate retired`).toBe(false);
        }
        figures.scenarios += 1;
      } finally {
        killSwitch.drop();
        await emulator.close();
        await rm(world.dir, { recursive: true, force: true });
      }
    });
  }
});

interface Snapshot {
  readonly active: ReadonlyMap<string, readonly string[]>;
  readonly all: ReadonlyMap<string, number>;
}

function snapshotOf(world: RotationWorld): Snapshot {
  return {
    active: new Map(world.mappings.map((mapping) => [mapping, emulatorCertificates(world.emulator, mapping).filter((item) => item.active).map((item) => item.certificateId)])),
    all: new Map(world.mappings.map((mapping) => [mapping, emulatorCertificates(world.emulator, mapping).length])),
  };
}

/**
 * After every completed run: the status file whole; each mapping with at most one rotation started in
 * the run (at most one new certificate) and none in progress beyond one; every active certificate
 * known to the status file or held by a target (no orphan); no key outside the targets.
 */
async function expectEveryRunInvariants(world: RotationWorld, before: Snapshot, context: string): Promise<void> {
  const status = await readStatusFile(world);
  expect(status, context).not.toBeNull();
  const after = snapshotOf(world);
  for (const mapping of world.mappings) {
    expect((after.all.get(mapping) ?? 0) - (before.all.get(mapping) ?? 0), `${context}: ${mapping} uploaded at most one certificate`).toBeLessThanOrEqual(1);
    expect(await orphans(world, mapping), `${context}: every active certificate of ${mapping} is known to the status file or held by a target`).toEqual([]);
  }
  await expectNoKeyOutsideTargets(world, context);
}

/** Active certificates of the mapping that neither the status file nor any target knows. */
async function orphans(world: RotationWorld, mapping: string): Promise<string[]> {
  const row = (await readStatusFile(world))?.certificates?.find((entry) => entry.mapping === mapping);
  const known = new Set([row?.current?.certificateId, row?.rotation?.certificateId, row?.lastRotation?.certificateId, ...(row?.rotation?.replaces ?? []), ...(row?.previous ?? []).map((item) => item.certificateId)]);
  const held = await heldByTargets(world, mapping);
  return emulatorCertificates(world.emulator, mapping).filter((item) => item.active && !known.has(item.certificateId) && !held.has(item.certificateId)).map((item) => item.certificateId);
}

async function heldByTargets(world: RotationWorld, mapping: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const path of targetPaths(mapping, world.targets)) {
    const text = await readFile(join(world.dir, path), 'utf8').catch(() => null);
    if (text !== null) ids.add((JSON.parse(text) as { certificateId: string }).certificateId);
  }
  return ids;
}

interface KilledRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly out: string;
  readonly err: string;
}

/** One built-CLI `apply --yes` killed at `point`; resolves when the process is gone and the emulator idle. */
async function applyKilledAt(point: KillPoint, world: RotationWorld, killSwitch: KillSwitch): Promise<KilledRun> {
  const env = await consumerEnv(world);
  if ('write' in point) {
    const name = point.write === 'status' ? STATUS_NAME : (point.write.split('/').pop() ?? '');
    return spawnCli(['apply', '--yes'], { env: { ...env, [CRASH_TEST_KILL_VARIABLE]: `${point.stage}:${name}#${String(point.nth)}` }, cwd: world.dir }).done;
  }
  const reached = killSwitch.arm(point);
  const spawned = spawnCli(['apply', '--yes'], { env, cwd: world.dir });
  const arrival = await Promise.race([reached.then(() => true), spawned.done.then(() => false)]);
  if (!arrival) {
    killSwitch.drop();
    return spawned.done;
  }
  await world.emulator.until((state) => state.counters.inFlight === killSwitch.held, { description: 'only the held requests in flight' });
  spawned.child.kill('SIGKILL');
  const result = await spawned.done;
  killSwitch.drop();
  await world.emulator.until((state) => state.counters.inFlight === 0, { description: 'the dropped requests given back their slots' });
  return result;
}
