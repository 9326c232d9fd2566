import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSeedFile, startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import type { StatusFile, StatusMapping } from '../../src/domain/status.js';
import { packageRoot } from '../../src/support/package-root.js';
import { netsuiteUrls } from '../support/account.js';
import { runCli } from '../support/runs.js';
import { demoBundle, demoCertificatesConfig } from '../support/m2m-demo.js';

/**
 * SPEC §11, §12.1 and §12.4 end to end against the emulator, on one clock the test moves:
 * - `apply --rotate MAPPING` while the rotation delivered earlier waits for its overlap takes it over —
 *   a new key delivered now, the delivered certificate and the one still waiting both replaced and
 *   retired after the overlap from the new delivery;
 * - changing `overlap:` in the file moves the recorded `retireAfter` of certificates already waiting
 *   (shorter: sooner; longer: later), while a status file written before `supersededAt` was recorded
 *   keeps its instants; and a run where nothing changed leaves the status file byte-identical.
 */

let emulator: RunningEmulator | null = null;
afterEach(async () => {
  await emulator?.close();
  emulator = null;
});

const DAY_MS = 86_400_000;
const STATUS = 'netsuite-tokens.status.yaml';
const TARGET = join('secrets', 'expense-sync.json');

function rotatingConfig(running: RunningEmulator, overlap: string): string {
  return `${demoCertificatesConfig(running, 'active')}    rotation: { validity: 365d, overlap: ${overlap} }
    deliver:
      - file: { path: secrets/expense-sync.json }
`;
}

interface World {
  readonly running: RunningEmulator;
  readonly dir: string;
  readonly clock: { at: number; readonly now: () => Date };
  /** The environment as a consumer that reads the delivered bundle back would set it. */
  env(): Promise<Record<string, string>>;
  /** The seeded certificate, the one the first rotation replaces. */
  readonly seeded: string;
}

async function setUp(overlap: string): Promise<World> {
  const seed = await loadSeedFile(join(packageRoot(), 'examples', 'demo-seed.yaml'));
  const clock = { at: Date.now(), now: (): Date => new Date(clock.at) };
  const running = await startEmulator({ seed, origins: 'split', now: clock.now });
  emulator = running;
  const dir = await mkdtemp(join(tmpdir(), 'nst-takeover-'));
  await writeFile(join(dir, 'netsuite-tokens.yaml'), rotatingConfig(running, overlap));
  const base = { ...netsuiteUrls(running.origins), NETSUITE_CREDENTIALS: demoBundle(running, 'token-gitops'), EXPENSE_SYNC_M2M: demoBundle(running, 'expense-sync') };
  const env = async (): Promise<Record<string, string>> => {
    const delivered = await readFile(join(dir, TARGET), 'utf8').catch(() => null);
    return delivered === null ? base : { ...base, EXPENSE_SYNC_M2M: delivered };
  };
  return { running, dir, clock, env, seeded: running.m2mCredentials('expense-sync')?.current?.certificateId ?? '' };
}

async function apply(world: World, extra: readonly string[] = []): Promise<{ code: number | null; out: string; err: string }> {
  return runCli(['apply', '--yes', ...extra], { env: await world.env(), cwd: world.dir, now: world.clock.now });
}

/** `apply --rotate expense-sync`, which must succeed quietly and deliver a certificate other than `previous`. */
async function takeOver(world: World, previous: string): Promise<{ forced: Awaited<ReturnType<typeof apply>>; second: string }> {
  const forced = await apply(world, ['--rotate', 'expense-sync']);
  expect(forced.err).toBe('');
  expect(forced.code, forced.out).toBe(0);
  const second = await deliveredId(world);
  expect(second).not.toBe(previous);
  return { forced, second };
}

const rowOf = async (world: World): Promise<StatusMapping | undefined> => (parse(await readFile(join(world.dir, STATUS), 'utf8')) as StatusFile).certificates?.find((row) => row.mapping === 'expense-sync');
const deliveredId = async (world: World): Promise<string> => (JSON.parse(await readFile(join(world.dir, TARGET), 'utf8')) as { certificateId: string }).certificateId;

function activeIds(world: World): string[] {
  const credentials = world.running.m2mCredentials('expense-sync');
  return world.running.state().certificates
    .filter((certificate) => certificate.clientId === credentials?.clientId && certificate.entityId === credentials.entityId && certificate.roleId === credentials.roleId && certificate.state === 'active')
    .map((certificate) => certificate.certificateId)
    .sort();
}

describe('apply --rotate while a delivered rotation waits for its overlap', () => {
  it('delivers a new key now and retires the delivered certificate and the waiting one after the overlap from the new delivery', async () => {
    const world = await setUp('7d');
    const start = world.clock.at;
    expect((await apply(world)).code).toBe(0);
    const first = await deliveredId(world);
    expect((await rowOf(world))?.rotation?.state).toBe('delivered');

    // A day later the key of the first rotation leaks: a fresh one now, not in six days.
    world.clock.at = start + DAY_MS;
    const { forced, second } = await takeOver(world, first);
    expect(forced.out).toContain(`--rotate took over the rotation delivered ${new Date(start).toISOString().slice(0, 10)} (certificate ${first}), which was waiting for its overlap: its certificate and the one still waiting for its overlap are replaced by the new certificate and retired after the overlap (1w) from this delivery.`);
    expect(forced.out).toContain('a later apply revokes the 2 certificates it replaces.');
    const overlapEnds = new Date(start + 8 * DAY_MS).toISOString();
    let row = await rowOf(world);
    expect(row?.rotation).toMatchObject({ state: 'delivered', certificateId: second, replaces: [first, world.seeded] });
    expect(row?.previous).toEqual([
      { certificateId: world.seeded, retireAfter: overlapEnds, supersededAt: new Date(start + DAY_MS).toISOString() },
      { certificateId: first, retireAfter: overlapEnds, supersededAt: new Date(start + DAY_MS).toISOString() },
    ]);
    expect(activeIds(world)).toEqual([world.seeded, first, second].sort());

    // Past the first rotation's own overlap, but not the new one's: nothing is retired.
    world.clock.at = start + 7.5 * DAY_MS;
    const early = await runCli(['plan', '--detailed-exitcode'], { env: await world.env(), cwd: world.dir, now: world.clock.now });
    expect(early.code, early.out).toBe(0);

    world.clock.at = start + 8.5 * DAY_MS;
    const later = await apply(world);
    expect(later.code, later.out).toBe(0);
    expect(activeIds(world)).toEqual([second]);
    row = await rowOf(world);
    expect(row?.rotation).toBeNull();
    expect(row?.previous).toEqual([]);
    expect(row?.lastRotation?.certificateId).toBe(second);
  });

  it('with overlap 0d retires every replaced certificate in the same run', async () => {
    const world = await setUp('7d');
    const start = world.clock.at;
    expect((await apply(world)).code).toBe(0);
    const first = await deliveredId(world);
    // The administrator answers a leaked key by declaring overlap 0d for the run that rotates.
    await writeFile(join(world.dir, 'netsuite-tokens.yaml'), rotatingConfig(world.running, '0d'));
    world.clock.at = start + DAY_MS;
    const { second } = await takeOver(world, first);
    expect(activeIds(world)).toEqual([second]);
    const row = await rowOf(world);
    expect(row?.rotation).toBeNull();
    expect(row?.previous).toEqual([]);
  });
});

describe('changing overlap: while certificates wait (SPEC §12.4)', () => {
  it('a shorter overlap retires sooner, a longer one later, and an unchanged run leaves the status file byte-identical', async () => {
    const world = await setUp('7d');
    const start = world.clock.at;
    expect((await apply(world)).code).toBe(0);
    expect(activeIds(world)).toHaveLength(2);

    // Lengthened to 14d on day 8: the seeded certificate, due on day 7 as recorded, now waits until day 14.
    await writeFile(join(world.dir, 'netsuite-tokens.yaml'), rotatingConfig(world.running, '14d'));
    world.clock.at = start + 8 * DAY_MS;
    const longer = await apply(world);
    expect(longer.code, longer.out).toBe(0);
    expect(activeIds(world)).toContain(world.seeded);
    expect((await rowOf(world))?.previous).toEqual([{ certificateId: world.seeded, retireAfter: new Date(start + 14 * DAY_MS).toISOString(), supersededAt: new Date(start).toISOString() }]);

    // Nothing changed since: the file stays byte for byte as it was.
    const before = await readFile(join(world.dir, STATUS), 'utf8');
    world.clock.at = start + 9 * DAY_MS;
    expect((await apply(world)).code).toBe(0);
    expect(await readFile(join(world.dir, STATUS), 'utf8')).toBe(before);

    // Shortened to 2d: due since day 2, retired now.
    await writeFile(join(world.dir, 'netsuite-tokens.yaml'), rotatingConfig(world.running, '2d'));
    const plan = await runCli(['plan', '--format', 'json'], { env: await world.env(), cwd: world.dir, now: world.clock.now });
    expect((JSON.parse(plan.out) as { changes: { action: string; subject: { id: string } }[] }).changes.map((change) => [change.action, change.subject.id])).toEqual([['retire', world.seeded]]);
    const shorter = await apply(world);
    expect(shorter.code, shorter.out).toBe(0);
    expect(activeIds(world)).not.toContain(world.seeded);
    expect((await rowOf(world))?.previous).toEqual([]);
  });

  it('refuses a supersededAt that is not an instant it writes with exit 3 at its position, never a crash', async () => {
    const world = await setUp('7d');
    expect((await apply(world)).code).toBe(0);
    const path = join(world.dir, STATUS);
    const edited = (await readFile(path, 'utf8')).replace(/(\n +)supersededAt: .*/, '$1supersededAt: +275760-09-13T00:00:00.000Z');
    expect(edited).toContain('supersededAt: +275760');
    await writeFile(path, edited);
    const line = edited.split('\n').findIndex((text) => text.includes('supersededAt: +275760')) + 1;
    const run = await apply(world);
    expect(run.code).toBe(3);
    expect(run.err).toMatch(new RegExp(`netsuite-tokens\\.status\\.yaml:${line}:\\d+: `));
    expect(run.err).not.toMatch(/RangeError|This is a bug|\n +at /);
  });

  it('a status file written before supersededAt was recorded keeps its instants and its bytes until the next rotation records it', async () => {
    const world = await setUp('7d');
    const start = world.clock.at;
    expect((await apply(world)).code).toBe(0);
    // As the operator wrote it before this change: no supersededAt.
    const path = join(world.dir, STATUS);
    const legacy = (await readFile(path, 'utf8')).replace(/\n +supersededAt: .*/g, '');
    expect(legacy).not.toContain('supersededAt');
    expect(legacy).toContain(`retireAfter: ${new Date(start + 7 * DAY_MS).toISOString()}`);
    await writeFile(path, legacy);

    // A shorter overlap cannot move what it does not know the start of: the seeded certificate stays until day 7.
    await writeFile(join(world.dir, 'netsuite-tokens.yaml'), rotatingConfig(world.running, '1d'));
    world.clock.at = start + 2 * DAY_MS;
    const run = await apply(world);
    expect(run.code, run.out).toBe(0);
    expect(activeIds(world)).toContain(world.seeded);
    expect((await rowOf(world))?.previous).toEqual([{ certificateId: world.seeded, retireAfter: new Date(start + 7 * DAY_MS).toISOString() }]);
    // And a run where nothing changed leaves it byte for byte as it was.
    const settled = await readFile(path, 'utf8');
    world.clock.at = start + 3 * DAY_MS;
    expect((await apply(world)).code).toBe(0);
    expect(await readFile(path, 'utf8')).toBe(settled);

    world.clock.at = start + 7.5 * DAY_MS;
    expect((await apply(world)).code).toBe(0);
    expect(activeIds(world)).not.toContain(world.seeded);

    // The next rotation records when its predecessor was superseded, so the overlap is followed from then on.
    const replaced = await deliveredId(world);
    world.clock.at = start + 8 * DAY_MS;
    const forced = await apply(world, ['--rotate', 'expense-sync']);
    expect(forced.code, forced.out).toBe(0);
    expect((await rowOf(world))?.previous).toEqual([{ certificateId: replaced, retireAfter: new Date(start + 9 * DAY_MS).toISOString(), supersededAt: new Date(start + 8 * DAY_MS).toISOString() }]);
  });
});
