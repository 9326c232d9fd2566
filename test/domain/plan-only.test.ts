import { describe, expect, it } from 'vitest';
import { planChanges } from '../../src/domain/plan-changes.js';
import { EMPTY_HISTORY } from '../../src/domain/plan.js';
import { planSummaryLine } from '../../src/domain/plan-wording.js';
import { NOW, desiredState, desiredToken, observation, observedToken } from './builders.js';

/** `--only SUBJECT` is a value planning takes: the plan keeps what concerns the subjects named. */

const desired = desiredState(
  [desiredToken({ id: '1', state: 'revoked', credentials: { status: 'resolved' } }), desiredToken({ id: '2', state: 'inactive' }), desiredToken({ id: '3', state: 'inactive' }), desiredToken({ id: '9' })],
  { unmanaged: 'report', maxChangesPerRun: 2 },
);
const observed = observation([observedToken({ id: '1' }), observedToken({ id: '2' }), observedToken({ id: '3' }), observedToken({ id: '4' })]);

function ids(only: readonly string[] | undefined): { changes: string[]; findings: string[]; refused: boolean } {
  const plan = planChanges(desired, observed, EMPTY_HISTORY, NOW, { allowOverLimit: false, ...(only === undefined ? {} : { only }) });
  return {
    changes: plan.changes.map((change) => `${change.action}:${change.subject.id ?? ''}`),
    findings: plan.findings.map((finding) => `${finding.kind}:${finding.subject.id ?? '-'}`),
    refused: plan.refusal !== null,
  };
}

describe('planning with --only', () => {
  it('keeps everything without --only, or when a value names the account (in any spelling of it)', () => {
    const all = ids(undefined);
    expect(all).toEqual({ changes: ['revoke:1', 'inactivate:2', 'inactivate:3'], findings: ['unmanaged:4', 'missing:9'], refused: true });
    expect(ids([])).toEqual(all);
    expect(ids(['1234567_SB1'])).toEqual(all);
    expect(ids(['1234567-sb1', '2'])).toEqual(all);
  });

  it('keeps the changes and findings of the tokens named, and counts only those against the limit', () => {
    expect(ids(['2'])).toEqual({ changes: ['inactivate:2'], findings: [], refused: false });
    expect(ids(['1', '4'])).toEqual({ changes: ['revoke:1'], findings: ['unmanaged:4'], refused: false });
    expect(ids(['1', '2', '3'])).toMatchObject({ changes: ['revoke:1', 'inactivate:2', 'inactivate:3'], refused: true });
  });

  it('keeps nothing for a value that names nothing', () => {
    expect(ids(['4711'])).toEqual({ changes: [], findings: [], refused: false });
  });
});

describe('the summary of a run narrowed with --only', () => {
  it('counts the subjects named: managed is unchanged plus changes among them', () => {
    const settled = desiredState([desiredToken({ id: '1' }), desiredToken({ id: '2' }), desiredToken({ id: '3', state: 'inactive' })]);
    const seen = observation([observedToken({ id: '1' }), observedToken({ id: '2' }), observedToken({ id: '3' })]);
    const plan = (only: readonly string[]) => planChanges(settled, seen, EMPTY_HISTORY, NOW, { allowOverLimit: false, only });
    expect(plan([]).summary).toMatchObject({ tokens: 3, managed: 3, unchanged: 2, changes: 1 });
    expect(plan(['1']).summary).toMatchObject({ tokens: 3, managed: 1, unchanged: 1, changes: 0 });
    expect(planSummaryLine(plan(['1']))).toBe('No changes. 1 token matches the desired state.');
    expect(plan(['3']).summary).toMatchObject({ managed: 1, unchanged: 0, changes: 1 });
  });
});
