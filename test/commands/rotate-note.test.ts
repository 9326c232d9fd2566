import { describe, expect, it } from 'vitest';
import type { ChangeResult, RotationResult } from '../../src/domain/report.js';
import type { Change, Finding } from '../../src/domain/plan.js';
import { rotateOutcome } from '../../src/commands/only.js';
import { sampleReport } from '../domain/sample-plan.js';

/**
 * What `apply --rotate MAPPING` says, and the exit code it adds, when it did not rotate the mapping: a
 * forced rotation that did not happen is not a success. A rotation delivered earlier and waiting for
 * its overlap no longer stops --rotate (it is taken over), so when one still waits the run could not
 * rotate the mapping at all, and the message says why instead of "wait".
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

const unobservable: Finding = {
  kind: 'unobservable',
  subject: { kind: 'm2m-certificate', id: null, name: 'expense-sync', application: null, entity: '309', role: '1008' },
  message: "NetSuite refused to list this mapping's certificates: the role lacks the permission Manage own OAuth 2.0 Client Credentials certificates",
} as Finding;

describe('rotateOutcome', () => {
  it('is a failure (1) when no rotation was started, naming the reason the plan found', () => {
    const report = sampleReport();
    const withFinding = { ...report, plan: { ...report.plan, findings: [...report.plan.findings, unobservable] } };
    expect(rotateOutcome(withFinding, 'expense-sync', true)).toEqual({
      code: 1,
      message: "--rotate expense-sync: no rotation was started. NetSuite refused to list this mapping's certificates: the role lacks the permission Manage own OAuth 2.0 Client Credentials certificates.",
    });
    expect(rotateOutcome(report, 'expense-sync', false)).toBeNull();
  });

  it('says a waiting rotation is still waiting because this run could not rotate, not that the person must wait', () => {
    const report = { ...sampleReport(), rotations: [waiting] };
    expect(rotateOutcome(report, 'expense-sync', true)).toEqual({
      code: 1,
      message: "--rotate expense-sync: no new rotation was started, so the one delivered earlier still waits for its overlap until 2026-11-27 12:00 UTC. The plan has no rotation for it; run plan to see this mapping's state.",
    });
  });

  it('is a guard\'s refusal (4) when the rotation was planned but blocked, and nothing when it ran', () => {
    const report = sampleReport();
    const change = {
      subject: { kind: 'm2m-certificate', id: 'cert-a', name: 'expense-sync', application: null, entity: '309', role: '1008' },
      action: 'rotate', from: 'active', to: 'active', via: 'api', reason: 'forced', blocked: 'capacity', owner: null,
      message: 'The integration record already holds 5 active certificates, NetSuite\'s maximum',
      entry: '/certificates/0',
    } as unknown as Change;
    const blocked: ChangeResult = { change, outcome: 'blocked', detail: change.message, deepLink: null };
    expect(rotateOutcome({ ...report, results: [blocked] }, 'expense-sync', true)).toEqual({
      code: 4,
      message: "--rotate expense-sync: a guard held the rotation back, so it was not started. The integration record already holds 5 active certificates, NetSuite's maximum.",
    });
    expect(rotateOutcome({ ...report, results: [{ ...blocked, outcome: 'done', detail: null }] }, 'expense-sync', true)).toBeNull();
    expect(rotateOutcome({ ...report, results: [{ ...blocked, outcome: 'failed', detail: 'NetSuite refused the new certificate.' }] }, 'expense-sync', true)).toBeNull();
  });
});
