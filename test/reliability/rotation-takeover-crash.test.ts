import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/index.js';
import { CRASH_TEST_KILL_VARIABLE } from '../../src/support/atomic-write.js';
import type { RotationState } from '../../src/domain/kinds/m2m-certificate/rotation-journal.js';
import { requireBuiltCli, spawnCli } from '../support/built-cli.js';
import { runCli } from '../support/runs.js';
import {
  STATUS_NAME, consumerEnv, converged, emulatorCertificates, expectConverged, expectNoKeyOutsideTargets, readStatusFile, rotationSeed, rotationWorld, targetPaths, type RotationWorld,
} from '../support/rotation-fleet.js';

/**
 * SPEC §12.1 for `apply --rotate` taking over a delivered rotation that waits for its overlap: the
 * built CLI is SIGKILLed at each step of the take-over (after each status-file write but the target's
 * `written`, at the target's own write, and between a write and its sync), then `apply`
 * runs again without --rotate, as the schedule would. Every time: the certificate the first rotation
 * delivered and the one it replaced stay active until the overlap has passed (a target may hold them),
 * no active certificate is unknown to both the status file and the targets, one rotation at most is in
 * progress, and after the overlap the mapping converges on one certificate that every target holds.
 *
 * The take-over run (one target, overlap 7d, a status file already there) writes the status file:
 *   #1 planned (the delivered rotation closed) · #2 uploaded · #3 verified · #4 target writing ·
 *   #5 target written · #6 delivered · #7 the run's record
 */

const DAY_MS = 86_400_000;
const TARGET = targetPaths('sync-1', 1)[0] ?? '';

interface Scenario {
  readonly name: string;
  /** `<stage>:<file>#<n>` for CRASH_TEST_KILL_VARIABLE. */
  readonly kill: string;
  /** sync-1's journal at the kill, and how many certificates the killed run uploaded. */
  readonly atTheKill: { readonly journal: RotationState; readonly uploaded: number };
}

const SCENARIOS: readonly Scenario[] = [
  { name: 'the take-over journaled, nothing uploaded', kill: `renamed:${STATUS_NAME}#1`, atTheKill: { journal: 'planned', uploaded: 0 } },
  { name: 'between the upload and its journal', kill: `created:${STATUS_NAME}#2`, atTheKill: { journal: 'planned', uploaded: 1 } },
  { name: 'verified journaled, nothing written to the target', kill: `renamed:${STATUS_NAME}#3`, atTheKill: { journal: 'verified', uploaded: 1 } },
  { name: 'the target journaled writing, not yet written', kill: `renamed:${STATUS_NAME}#4`, atTheKill: { journal: 'verified', uploaded: 1 } },
  { name: 'the target holds the new bundle, journal says writing', kill: `renamed:${TARGET.split('/').pop() ?? ''}#1`, atTheKill: { journal: 'verified', uploaded: 1 } },
  { name: 'delivered, not journaled', kill: `created:${STATUS_NAME}#6`, atTheKill: { journal: 'verified', uploaded: 1 } },
  { name: 'delivered journaled, the run’s record not written', kill: `synced:${STATUS_NAME}#7`, atTheKill: { journal: 'delivered', uploaded: 1 } },
];

beforeAll(() => {
  requireBuiltCli();
});

describe.concurrent('apply --rotate taking over a delivered rotation, SIGKILLed at each step, then run again on schedule', () => {
  for (const scenario of SCENARIOS) {
    it(`killed when ${scenario.name}: keeps what a target may hold until the overlap, then converges`, async () => {
      const offset = { ms: 0 };
      const now = (): Date => new Date(Date.now() + offset.ms);
      const emulator = await startEmulator({ seed: rotationSeed(1), origins: 'split', now });
      const world = await rotationWorld(emulator, 1, { overlap: '7d', targets: 1 });
      const seeded = emulatorCertificates(emulator, 'sync-1')[0]?.certificateId ?? '';
      try {
        // The first rotation, delivered and waiting for its overlap.
        const first = await runCli(['apply', '--yes'], { env: await consumerEnv(world), cwd: world.dir, now });
        expect(first.code, first.out).toBe(0);
        const delivered = await heldBy(world);
        expect((await readStatusFile(world))?.certificates?.find((row) => row.mapping === 'sync-1')?.rotation?.state).toBe('delivered');
        const before = emulatorCertificates(emulator, 'sync-1').length;

        const killed = await spawnCli(['apply', '--yes', '--rotate', 'sync-1'], { env: { ...await consumerEnv(world), [CRASH_TEST_KILL_VARIABLE]: scenario.kill }, cwd: world.dir }).done;
        expect(killed.signal, `not killed at ${scenario.name}: exit ${String(killed.code)}\n${killed.out}\n${killed.err}`).toBe('SIGKILL');
        const row = (await readStatusFile(world))?.certificates?.find((entry) => entry.mapping === 'sync-1');
        expect({ journal: row?.rotation?.state, uploaded: emulatorCertificates(emulator, 'sync-1').length - before }).toEqual(scenario.atTheKill);
        expect(row?.rotation?.replaces).toEqual([delivered, seeded]);

        // The scheduled run, the same day: it finishes the take-over and revokes nothing a target may hold.
        const resumed = await runCli(['apply', '--yes'], { env: await consumerEnv(world), cwd: world.dir, now });
        expect(resumed.code, `${resumed.out}\n${resumed.err}`).toBe(0);
        const active = activeIds(world);
        expect(active, 'the first rotation’s certificate and the one it replaced stay until the overlap').toEqual(expect.arrayContaining([delivered, seeded]));
        expect(await heldBy(world)).not.toBe(delivered);
        const after = (await readStatusFile(world))?.certificates?.find((entry) => entry.mapping === 'sync-1');
        expect(after?.rotation?.state).toBe('delivered');
        expect(after?.rotation?.replaces).toEqual(expect.arrayContaining([delivered, seeded]));
        expect(await orphans(world)).toEqual([]);
        await expectNoKeyOutsideTargets(world, scenario.name);

        // Six days on, still inside the new overlap: nothing retired.
        offset.ms = 6 * DAY_MS;
        const early = await runCli(['apply', '--yes'], { env: await consumerEnv(world), cwd: world.dir, now });
        expect(early.code, early.out).toBe(0);
        expect(activeIds(world)).toEqual(active);

        offset.ms = 8 * DAY_MS;
        let runs = 0;
        while (!(await converged(world))) {
          runs += 1;
          expect(runs, 'converges within three runs').toBeLessThanOrEqual(3);
          const rerun = await runCli(['apply', '--yes'], { env: await consumerEnv(world), cwd: world.dir, now });
          expect(rerun.code, `${rerun.out}\n${rerun.err}`).toBe(0);
          expect(await orphans(world)).toEqual([]);
        }
        await expectConverged(world, `after the kill when ${scenario.name}`, now());
        expect(activeIds(world)).not.toContain(delivered);
      } finally {
        await emulator.close();
        await rm(world.dir, { recursive: true, force: true });
      }
    });
  }
});

function activeIds(world: RotationWorld): string[] {
  return emulatorCertificates(world.emulator, 'sync-1').filter((item) => item.active).map((item) => item.certificateId).sort();
}

async function heldBy(world: RotationWorld): Promise<string> {
  return (JSON.parse(await readFile(join(world.dir, TARGET), 'utf8')) as { certificateId: string }).certificateId;
}

/** Active certificates that neither the status file nor the target knows. */
async function orphans(world: RotationWorld): Promise<string[]> {
  const row = (await readStatusFile(world))?.certificates?.find((entry) => entry.mapping === 'sync-1');
  const known = new Set([row?.current?.certificateId, row?.rotation?.certificateId, row?.lastRotation?.certificateId, ...(row?.rotation?.replaces ?? []), ...(row?.previous ?? []).map((item) => item.certificateId), await heldBy(world)]);
  return emulatorCertificates(world.emulator, 'sync-1').filter((item) => item.active && !known.has(item.certificateId)).map((item) => item.certificateId);
}
