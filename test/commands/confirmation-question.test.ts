import { describe, expect, it } from 'vitest';
import { confirmationQuestion } from '../../src/commands/apply.js';
import type { DesiredMapping } from '../../src/domain/desired.js';
import type { Change, Plan } from '../../src/domain/plan.js';
import { planChanges } from '../../src/domain/plan-changes.js';
import { EMPTY_HISTORY } from '../../src/domain/plan.js';
import { NOW, desiredState, observation } from '../domain/builders.js';

/** The question apply asks before it changes anything says what each change would do, and only that. */

function mapping(key: string, overlapMs: number): DesiredMapping {
  return {
    key, mapping: key, clientId: 'client-1', entity: '1', role: '2', state: 'active', owner: null, protect: false, credentials: { status: 'resolved' },
    bundleCertificateId: null, bundleValidUntil: null, isOperator: false, rotation: { algorithm: 'ec-p256', validityMs: 1, renewBeforeMs: 1, overlapMs }, deliver: [], source: null,
  };
}

function rotation(entry: string): Change {
  return {
    subject: { kind: 'm2m-certificate', id: 'c', name: entry, clientId: 'client-1', entity: '1', role: '2', application: null },
    action: 'rotate', from: 'active', to: 'active', via: 'api', reason: 'expiring', blocked: null, owner: null, message: 'Rotate.', entry,
  };
}

/** An empty account's plan with these changes in it: the question reads only the changes. */
const plan = (changes: readonly Change[]): Plan => ({ ...planChanges(desiredState([]), observation([]), EMPTY_HISTORY, NOW, { allowOverLimit: false }), changes });

describe('the question before apply changes anything', () => {
  const mappings = [mapping('zero', 0), mapping('week', 7 * 86_400_000)];

  it('says a rotation with overlap 0d revokes in the same run, and one with an overlap keeps the old certificate, each only of its own', () => {
    expect(confirmationQuestion(plan([rotation('zero')]), mappings)).toContain("Rotating uploads a new certificate and delivers its key to the mapping's targets, then revokes the certificate it replaces in the same run, which cannot be undone.");
    expect(confirmationQuestion(plan([rotation('week')]), mappings)).toContain("Rotating uploads a new certificate and delivers its key to the mapping's targets; the certificate it replaces stays active for the overlap.");
    const both = confirmationQuestion(plan([rotation('zero'), rotation('week')]), mappings) ?? '';
    expect(both).toContain('(for a mapping with overlap 0d), then revokes the certificate it replaces in the same run');
    expect(both).toContain('With an overlap, the certificate it replaces stays active for the overlap.');
    expect(both).not.toContain('Revoking cannot be undone.');
  });
});
