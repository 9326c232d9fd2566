import { describe, expect, it } from 'vitest';
import { planChanges } from '../../src/domain/plan-changes.js';
import type { Plan } from '../../src/domain/plan.js';
import { renderPlanText } from '../../src/domain/render-text.js';
import { renderPlanMarkdown } from '../../src/domain/render-markdown.js';
import { renderPlanJson } from '../../src/domain/render-json.js';
import { NOW, daysAgo, desiredState, desiredToken, history, observation, observedToken } from './builders.js';

/**
 * Revoked is permanent. A token the last run recorded revoked that NetSuite now shows live means the
 * operator is not looking at the account it recorded: a sandbox refreshed from production, or another
 * account altogether. That is an alarm of its own, not ordinary drift.
 */

const RECORDED = daysAgo(3);

function planFor(declared: 'revoked' | null, now: 'active' | 'inactive' | 'revoked'): Plan {
  const desired = desiredState(declared === null ? [desiredToken({ id: '8' })] : [desiredToken({ id: '7', state: declared }), desiredToken({ id: '8' })]);
  return planChanges(
    desired,
    observation([observedToken({ id: '7', name: 'Old connector', state: now }), observedToken({ id: '8' })]),
    history({ previous: { '7': { state: 'revoked', desired: declared, observedAt: RECORDED } } }),
    NOW,
    { allowOverLimit: false },
  );
}

describe('a token recorded revoked, live again', () => {
  it('is a resurrected finding, first in the plan, and not drift', () => {
    const plan = planFor('revoked', 'active');
    expect(plan.findings.map((finding) => `${finding.kind}:${finding.subject.id ?? ''}`)).toEqual(['resurrected:7']);
    expect(plan.findings[0]?.message).toBe(`The status file recorded this token revoked on ${RECORDED.slice(0, 10)}, but NetSuite shows it active, and a revocation cannot be undone: this is not the account that run saw (a sandbox refreshed from production, or the wrong account); check the account and NETSUITE_* endpoints before applying anything.`);
    expect(plan.findings[0]?.details).toEqual({ state: 'active', revokedRecordedAt: RECORDED });
  });

  it('is found for an inactive token too, and for a token the file does not declare', () => {
    expect(planFor('revoked', 'inactive').findings.map((finding) => finding.kind)).toEqual(['resurrected']);
    const undeclared = planFor(null, 'active');
    expect(undeclared.findings.map((finding) => `${finding.kind}:${finding.subject.id ?? ''}`)).toEqual(['resurrected:7', 'unmanaged:7']);
  });

  it('is not found while the token stays revoked', () => {
    expect(planFor('revoked', 'revoked').findings).toEqual([]);
  });

  it('heads the findings in text and markdown, and is a kind of its own in JSON', () => {
    const plan = planFor('revoked', 'active');
    const text = renderPlanText(plan, { color: false, uiOrigin: 'https://1234567-sb1.app.netsuite.com' });
    expect(text).toContain('Findings (1)\n  Resurrected: recorded revoked, live again (sandbox refresh or wrong account?) (1)\n');
    expect(renderPlanMarkdown(plan, { uiOrigin: 'https://1234567-sb1.app.netsuite.com' })).toContain('##### Resurrected: recorded revoked, live again \\(sandbox refresh or wrong account?\\) (1)');
    const json = JSON.parse(renderPlanJson(plan)) as { findings: { kind: string; details: unknown }[] };
    expect(json.findings[0]).toMatchObject({ kind: 'resurrected', details: { state: 'active', revokedRecordedAt: RECORDED } });
  });
});
