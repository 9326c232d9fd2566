import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorSeed, type RunningEmulator } from '../../src/emulator/index.js';
import { CRASH_TEST_KILL_VARIABLE } from '../../src/support/atomic-write.js';
import { requireBuiltCli, spawnCli } from '../support/built-cli.js';
import { runCli } from '../support/runs.js';
import { STATUS_NAME, consumerEnv, emulatorCertificates, readStatusFile, rotationSeed, rotationWorld, type RotationWorld } from '../support/rotation-fleet.js';

/**
 * SPEC §12.1 resume rules, in sequences the step-by-step crash tests do not reach: the run is killed
 * once (the built CLI, SIGKILLed at a status-file write) and the next run meets something else as
 * well — the integration record at NetSuite's five active certificates, the mapping's rotation taken
 * out of the file, the mapping declared revoked. Whatever the next run meets, "a certificate that no
 * target holds is revoked at once".
 */

let world: RotationWorld | null = null;
let emulator: RunningEmulator | null = null;

beforeAll(() => {
  requireBuiltCli();
});

afterEach(async () => {
  await emulator?.close();
  if (world !== null) await rm(world.dir, { recursive: true, force: true });
  emulator = null;
  world = null;
});

/** sync-1 with `extra` more active certificates (valid long) before the one its bundle holds. */
function seedWithExtraCertificates(extra: number): EmulatorSeed {
  const seed = rotationSeed(1);
  return {
    ...seed,
    mappings: (seed.mappings ?? []).map((mapping) => mapping.name !== 'sync-1' ? mapping : {
      ...mapping,
      certificates: [...Array.from({ length: extra }, () => ({ generate: 'ec-p256' as const, expiresIn: '300d', validity: '365d' })), ...mapping.certificates],
    }),
  };
}

/** One `apply --yes` of the built CLI, SIGKILLed at the nth status-file write, at `stage`. */
async function applyKilledAtStatusWrite(running: RotationWorld, nth: number, stage: 'created' | 'renamed'): Promise<void> {
  const killed = await spawnCli(['apply', '--yes'], { env: { ...await consumerEnv(running), [CRASH_TEST_KILL_VARIABLE]: `${stage}:${STATUS_NAME}#${String(nth)}` }, cwd: running.dir }).done;
  expect(killed.signal, `${killed.out}\n${killed.err}`).toBe('SIGKILL');
}

const active = (running: RotationWorld): string[] => emulatorCertificates(running.emulator, 'sync-1').filter((item) => item.active).map((item) => item.certificateId);

describe('resuming a rotation killed between its upload and its journal', () => {
  it('revokes the orphan at once even when it filled the integration record to five active certificates', async () => {
    emulator = await startEmulator({ seed: seedWithExtraCertificates(3), origins: 'split' });
    world = await rotationWorld(emulator, 1, { overlap: '0d', targets: 1 });
    const before = active(world);
    expect(before).toHaveLength(4);

    // Uploaded, journal still `planned`: the new certificate is the fifth active one, and no target holds it.
    await applyKilledAtStatusWrite(world, 2, 'created');
    const orphan = active(world).find((id) => !before.includes(id));
    expect(orphan).toBeDefined();
    expect(active(world)).toHaveLength(5);
    expect((await readStatusFile(world))?.certificates?.find((row) => row.mapping === 'sync-1')?.rotation?.state).toBe('planned');

    const rerun = await runCli(['apply', '--yes'], { env: await consumerEnv(world), cwd: world.dir });
    expect(rerun.err).toBe('');
    expect(emulatorCertificates(emulator, 'sync-1').find((item) => item.certificateId === orphan)?.active, `the orphan is revoked\n${rerun.out}`).toBe(false);
    // With the orphan gone there is room again: the rotation starts over with a new key and completes.
    expect(rerun.code, rerun.out).toBe(0);
    const delivered = JSON.parse(await readFile(join(world.dir, 'secrets/sync-1.json'), 'utf8')) as { certificateId: string };
    expect(active(world)).toContain(delivered.certificateId);
    expect(active(world)).toHaveLength(4);
  });
});

describe('resuming when the file changed under a rotation killed between its upload and its journal', () => {
  it('revokes the orphan when the mapping no longer declares rotation:, and forgets the rotation', async () => {
    emulator = await startEmulator({ seed: rotationSeed(1), origins: 'split' });
    world = await rotationWorld(emulator, 1, { overlap: '7d', targets: 1 });
    const seeded = active(world);
    await applyKilledAtStatusWrite(world, 2, 'created');
    const orphan = active(world).find((id) => !seeded.includes(id)) ?? '';
    expect(orphan).not.toBe('');

    const config = join(world.dir, 'netsuite-tokens.yaml');
    const text = await readFile(config, 'utf8');
    await writeFile(config, text.replace(/ {4}rotation: .*\n {4}deliver:\n(?: {6}- .*\n)+/, ''));
    expect(await readFile(config, 'utf8')).not.toContain('rotation:');

    const rerun = await runCli(['apply', '--yes'], { env: await consumerEnv(world), cwd: world.dir });
    expect(rerun.err).toBe('');
    expect(rerun.code, rerun.out).toBe(0);
    expect(active(world), rerun.out).toEqual(seeded);
    expect((await readStatusFile(world))?.certificates?.find((row) => row.mapping === 'sync-1')?.rotation ?? null).toBeNull();
  });

  it('revokes everything when the mapping is declared revoked, and leaves no rotation in progress', async () => {
    emulator = await startEmulator({ seed: rotationSeed(1), origins: 'split' });
    world = await rotationWorld(emulator, 1, { overlap: '7d', targets: 1 });
    await applyKilledAtStatusWrite(world, 2, 'created');
    expect(active(world)).toHaveLength(2);

    const config = join(world.dir, 'netsuite-tokens.yaml');
    const text = await readFile(config, 'utf8');
    await writeFile(config, text.replace(/(mapping: sync-1\n(?: {4}.*\n)*? {4}state: )active/, '$1revoked'));

    const rerun = await runCli(['apply', '--yes'], { env: await consumerEnv(world), cwd: world.dir });
    expect(rerun.err).toBe('');
    expect(rerun.code, rerun.out).toBe(0);
    expect(active(world), rerun.out).toEqual([]);
    const row = (await readStatusFile(world))?.certificates?.find((entry) => entry.mapping === 'sync-1');
    expect(row?.state).toBe('revoked');
    expect(row?.rotation ?? null).toBeNull();
    expect(row?.previous).toEqual([]);
  });
});

describe('a certificate a target may hold, superseded by a rotation that has not delivered yet', () => {
  it('is not retired once its overlap has passed since the resume: the overlap counts from its successor\'s delivery', async () => {
    const offset = { ms: 0 };
    const now = (): Date => new Date(Date.now() + offset.ms);
    emulator = await startEmulator({ seed: rotationSeed(1), origins: 'split', now });
    world = await rotationWorld(emulator, 1, { overlap: '7d', targets: 1 });
    // The mapping's own credentials stay the seeded bundle (a workflow that does not read the target back).
    const env = { ...await consumerEnv(world), SYNC_1_M2M: world.seededBundles.get('sync-1') ?? '' };
    const target = join(world.dir, 'secrets/sync-1.json');
    const heldBy = async (): Promise<string> => (JSON.parse(await readFile(target, 'utf8')) as { certificateId: string }).certificateId;

    // Killed once the target holds the first new certificate, journal still `verified`.
    const first = await spawnCli(['apply', '--yes'], { env: { ...env, [CRASH_TEST_KILL_VARIABLE]: 'renamed:sync-1.json#1' }, cwd: world.dir }).done;
    expect(first.signal).toBe('SIGKILL');
    const held = await heldBy();
    // Resumed, and killed again inside the next write of the target: it still holds the first one.
    const second = await spawnCli(['apply', '--yes'], { env: { ...env, [CRASH_TEST_KILL_VARIABLE]: 'written:sync-1.json#1' }, cwd: world.dir }).done;
    expect(second.signal).toBe('SIGKILL');
    expect(await heldBy()).toBe(held);
    expect(active(world)).toContain(held);

    // Eight days on, nothing has delivered a successor to that target: the certificate it holds must stay.
    offset.ms = 8 * 86_400_000;
    const plan = await runCli(['plan', '--format', 'json'], { env, cwd: world.dir, now });
    expect(plan.err).toBe('');
    const changes = (JSON.parse(plan.out) as { changes: { action: string; subject: { id: string | null } }[] }).changes;
    expect(changes.filter((change) => change.action === 'retire').map((change) => change.subject.id)).not.toContain(held);
    expect(changes.map((change) => change.action)).toContain('rotate');

    // The run that delivers a successor keeps it for the whole overlap from then, and retires it after.
    const resumed = await runCli(['apply', '--yes'], { env, cwd: world.dir, now });
    expect(resumed.code, resumed.out).toBe(0);
    expect(await heldBy()).not.toBe(held);
    expect(active(world)).toContain(held);
    offset.ms += 6 * 86_400_000;
    await runCli(['apply', '--yes'], { env, cwd: world.dir, now });
    expect(active(world)).toContain(held);
    offset.ms += 2 * 86_400_000;
    const after = await runCli(['apply', '--yes'], { env, cwd: world.dir, now });
    expect(after.code, after.out).toBe(0);
    expect(active(world)).not.toContain(held);
  });
});
