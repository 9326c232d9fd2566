import { describe, expect, it } from 'vitest';
import type { RotationResult } from '../../src/domain/report.js';
import { rotateNote } from '../../src/commands/only.js';
import { sampleReport } from '../domain/sample-plan.js';

/**
 * What `apply --rotate MAPPING` says on stderr when it started no rotation. A rotation delivered earlier
 * and waiting for its overlap no longer stops --rotate (it is taken over), so when one still waits the
 * run could not rotate the mapping at all, and the note says where to look instead of "wait".
 */

const waiting: RotationResult = {
  mapping: 'expense-sync',
  replaces: ['cert-a'],
  certificateId: 'cert-b',
  algorithm: 'ES256',
  validUntil: '2027-11-20T12:00:00.000Z',
  delivered: ['file:secrets/expense-sync.json'],
  state: 'delivered',
  retireAfter: '2026-11-27T12:00:42.000Z',
  detail: null,
  failure: null,
  fromEarlierRun: true,
};

describe('rotateNote', () => {
  it('says a waiting rotation is still waiting because this run could not rotate, not that the person must wait', () => {
    const report = { ...sampleReport(), rotations: [waiting] };
    expect(rotateNote(report, 'expense-sync', true)).toBe("--rotate expense-sync: no new rotation was started, so the one delivered earlier still waits for its overlap until 2026-11-27 12:00 UTC; the plan's findings about this mapping say why (its certificates may not be observable in this run, or --only left it out).");
    expect(rotateNote(report, 'expense-sync', false)).toBeNull();
  });
});
