import { watch } from 'node:fs';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { readStatus } from '../../src/status/status-file.js';
import { emulatorStates, fleetConfig, fleetEnv, fleetSeed, parseStatus, readStatusText, recordedStates, writeFleetConfig } from '../support/fleet.js';
import { requireBuiltCli, runBuiltCli, spawnCli } from '../support/built-cli.js';
import { seededRandom } from '../../src/emulator/prng.js';

/**
 * SPEC §9 crash consistency: the real CLI (dist/cli.js) is SIGKILLed at seeded random points of an
 * apply — while observing, while revoking, while verifying, while writing the status file — then
 * started again. Every time: the status file parses whole (never half-written), the next run
 * converges, every revocation NetSuite made is in the record, and no token is revoked twice (a
 * second revoke would be signed by a revoked token, which the emulator counts as a refused login).
 */

const RETIRED = 6;
/** The operator's own limit (NETSUITE_CONCURRENCY default): requests in flight at once. */
const CONCURRENCY_LIMIT = 2;
/** The account's limit as NetSuite's smallest tier: killed clients must give their slots back. */
const EMULATOR_LIMIT = 5;
const KILL_SEEDS = Array.from({ length: 12 }, (_, index) => 1009 + index * 7919);
/** Kills per seed before the run that is let finish: 12 seeds × 2 = 24 kill points. */
const KILLS_PER_SEED = 2;


function governed(emulator: RunningEmulator): number {
  const byPath = emulator.state().counters.requestsByPath;
  return (byPath['/services/rest/query/v1/suiteql'] ?? 0) + (byPath['/rest/revoketoken'] ?? 0);
}

/** Resolves once the emulator has received more than `count` NetSuite requests (or the process ended). */
async function requestsBeyond(emulator: RunningEmulator, count: number, ended: () => boolean): Promise<void> {
  while (governed(emulator) <= count && !ended()) await sleep(1);
}

const figures = { killPoints: 0, killedMidRun: 0, killedDuringWrite: 0, killedBeforeFirstRequest: 0, killedAfterExit: 0, statusFilesParsed: 0, leftoverTemporaryFiles: 0, reruns: 0 };

beforeAll(() => {
  requireBuiltCli();
});

afterAll(() => {
  console.info(`crash: ${JSON.stringify(figures)}`);
});

describe('apply killed with SIGKILL at random points, then run again', () => {
  for (const seed of KILL_SEEDS) {
    it(`kill seed ${seed}: the record is never torn, the next run converges, nothing is lost or done twice`, async () => {
      const random = seededRandom(seed);
      const latencyMs = 15 + Math.floor(random() * 35);
      const emulator = await startEmulator({ seed: fleetSeed(RETIRED), origins: 'split', latencyMs, concurrencyLimit: EMULATOR_LIMIT });
      const files = await writeFleetConfig(RETIRED);
      const env = fleetEnv(RETIRED, emulator.origins);
      try {
        // A record exists before the kills: a first apply while the file still declared every token
        // active (nothing to change), so a kill inside the write must leave that record whole.
        await writeFile(files.configPath, fleetConfig(RETIRED).replaceAll('state: revoked', 'state: active'));
        expect((await runBuiltCli(['apply'], { env, cwd: files.dir })).code).toBe(0);
        await writeFile(files.configPath, fleetConfig(RETIRED));
        // A whole apply sends 2 SuiteQL requests, RETIRED revokes 2 at a time, 2 more SuiteQL requests,
        // then writes the file: its NetSuite work lasts about this long.
        const workMs = latencyMs * (2 + RETIRED / CONCURRENCY_LIMIT + 2);
        for (let kill = 0; kill < KILLS_PER_SEED; kill += 1) {
          const spawned = spawnCli(['apply'], { env, cwd: files.dir });
          let ended = false;
          void spawned.done.then(() => { ended = true; });
          const before = governed(emulator);
          // Every other seed's second kill lands inside the status file's atomic write, the moment its
          // temporary file appears; the others at a random moment of the NetSuite work.
          const duringWrite = kill === 1 && seed % 2 === 1;
          let killed = false;
          const watcher = duringWrite ? watch(files.dir, (_event, name) => { if (name?.endsWith('.tmp') === true) killed = spawned.child.kill('SIGKILL'); }) : null;
          try {
            if (!duringWrite) {
              await requestsBeyond(emulator, before, () => ended);
              await sleep(Math.floor(random() * workMs * 1.1));
              killed = spawned.child.kill('SIGKILL');
            }
            const result = await spawned.done;
            figures.killPoints += 1;
            if (result.signal === 'SIGKILL') {
              if (duringWrite) figures.killedDuringWrite += 1;
              else if (governed(emulator) === before) figures.killedBeforeFirstRequest += 1;
              else figures.killedMidRun += 1;
            } else {
              figures.killedAfterExit += 1;
              expect(result.code, result.err).toBe(0);
            }
          } finally {
            watcher?.close();
          }
          expect(killed || ended).toBe(true);

          const text = await readStatusText(files.statusPath);
          if (text !== null) {
            // Whole or absent: it parses strictly and is one the operator wrote.
            const status = parseStatus(text);
            expect(status.statusVersion).toBe(2);
            expect(status.tokens.length).toBe(RETIRED + 4);
            await expect(readStatus(files.statusPath)).resolves.not.toBeNull();
            figures.statusFilesParsed += 1;
          }
        }

        // A kill inside the write leaves its hidden temporary file behind (counted, not fatal).
        figures.leftoverTemporaryFiles += (await readdir(files.dir)).filter((name) => name.endsWith('.tmp')).length;
        const rerun = await runBuiltCli(['apply'], { env, cwd: files.dir });
        figures.reruns += 1;
        expect(rerun.code, rerun.err).toBe(0);
        const text = await readStatusText(files.statusPath);
        const status = parseStatus(text ?? '');
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
        // Nothing done twice: no revoke was ever signed by a token NetSuite had already revoked.
        expect(snapshot.counters.authenticationFailures).toBe(0);
        expect(snapshot.counters.requestsByPath['/rest/revoketoken'] ?? 0).toBeLessThanOrEqual(RETIRED + KILLS_PER_SEED * CONCURRENCY_LIMIT);
        // A last run has nothing left to do.
        const settled = await runBuiltCli(['apply'], { env, cwd: files.dir });
        expect(settled.code).toBe(0);
        expect(emulator.state().counters.requestsByPath['/rest/revoketoken']).toBe(snapshot.counters.requestsByPath['/rest/revoketoken']);
      } finally {
        await emulator.close();
        await rm(files.dir, { recursive: true, force: true });
      }
    });
  }

  it('tried enough kill points, most of them in the middle of the work', () => {
    expect(figures.killedMidRun + figures.killedDuringWrite).toBeGreaterThanOrEqual(20);
    expect(figures.killedDuringWrite).toBeGreaterThanOrEqual(3);
  });
});
