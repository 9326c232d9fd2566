import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStatus } from '../../src/status/status-file.js';
import { ConfigError } from '../../src/support/errors.js';

/**
 * A value refused under a `oneOf` (rotation: null or a rotation) is one problem, the meaningful one,
 * not one per branch plus "must match exactly one schema in oneOf" (src/schemas/schema-problems.ts).
 * Read through readStatus from a real file, as `plan` and `apply` read it.
 */

const MAPPING = `  - mapping: expense-sync
    clientId: 7e2a4c90b1d35f68
    entity: "309"
    role: "1008"
    application: Expense Sync
    desired: active
    state: active
    protected: false
    current:
      certificateId: BvWR6dC1JZr24t5zpT1vzDV7BIihy
      algorithm: EC
      validFrom: 2026-12-04T15:44:41.000Z
      validUntil: 2027-12-04T15:44:41.000Z
    previous: []
ROTATION
    lastRotation: null
    pending: []
    failed: []
    findings: []
`;

const STATUS = `statusVersion: 2
account: 1234567_SB1
run:
  startedAt: 2026-12-04T15:44:41.579Z
  finishedAt: 2026-12-04T15:44:41.853Z
  url: null
observedAt: 2026-12-04T15:44:41.834Z
summary:
  tokens: 0
  managed: 0
  done: 0
  pending: 0
  failed: 0
  blocked: 0
  confirmed: 0
  findings: 0
tokens: []
missing: []
certificates:
${MAPPING}`;

const ROTATION = `    rotation:
      id: expense-sync 2026-12-04T15:44:41Z
      state: STATE
      certificateId: abc
      replaces: []
      startedAt: 2026-12-04T15:44:41.579Z
      updatedAt: 2026-12-04T15:44:41.579Z
      targets: []`;

describe('a status file value refused under a oneOf', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nst-schema-problems-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function problemsOf(rotation: string): Promise<string[]> {
    const path = join(dir, 'netsuite-tokens.status.yaml');
    await writeFile(path, STATUS.replace('ROTATION', rotation));
    const error = await readStatus(path, 'netsuite-tokens.status.yaml').catch((caught: unknown) => caught);
    if (!(error instanceof ConfigError)) throw new Error('the status file was accepted');
    return error.problems.map((problem) => `${problem.line}:${problem.column} ${problem.pointer} ${problem.message.replace(/^.*by hand\): /, '')}`);
  }

  it('reads as valid with either branch', async () => {
    for (const rotation of ['    rotation: null', ROTATION.replace('STATE', 'uploaded')]) {
      const path = join(dir, 'valid.status.yaml');
      await writeFile(path, STATUS.replace('ROTATION', rotation));
      expect((await readStatus(path))?.certificates?.[0]?.mapping).toBe('expense-sync');
    }
  });

  it('is the one error of the branch the value is of: a bad rotation state', async () => {
    expect(await problemsOf(ROTATION.replace('STATE', 'bogus'))).toEqual([
      '36:14 /certificates/0/rotation/state state must be one of "planned", "uploaded", "verified", "delivered", "retired", "abandoned".',
    ]);
  });

  it('is one error naming every type allowed for a value of none of them', async () => {
    expect(await problemsOf('    rotation: 5')).toEqual([
      '34:15 /certificates/0/rotation rotation must be null or object.',
    ]);
  });
});
