import type { UnmanagedPolicy } from '../../desired.js';
import { changeGuard } from '../../plan-guards.js';
import type { Finding, History } from '../../plan.js';
import { subjectKey } from '../../subject.js';
import type { TbaTokenSubject } from '../../subject.js';
import type { ChangeDraft } from '../../change-draft.js';
import { ageAt, resurrected, rotationDue, unused } from './token-findings.js';
import type { TokenOutcome, TokenRules } from './token-outcome.js';
import { subjectOf } from './token.js';
import type { ObservedToken } from './token.js';

/**
 * SPEC §4 for a live token nobody declares, under a policy that makes something of it (not `ignore`):
 * an `unmanaged` finding, the advice about its age and use, and a change under `inactivate`.
 */
export function unmanagedOutcome(token: ObservedToken, policy: Exclude<UnmanagedPolicy, 'ignore'>, rules: TokenRules, lastLogin: string | undefined): TokenOutcome {
  const subject = subjectOf(token);
  const revived = resurrected(token, rules.history, subject);
  const unmanaged = unmanagedFinding(token, subject, policy);
  const age = ageAt(token.createdAt, rules.now);
  const due = rotationDue(token, age, rules.policyMaxAge, rules.wording, subject);
  return {
    draft: policy === 'inactivate' && token.state === 'active' ? unmanagedInactivation(token, subject, rules.history) : null,
    findings: revived === null ? (due === null ? [unmanaged] : [unmanaged, due]) : due === null ? [revived, unmanaged] : [revived, unmanaged, due],
    unused: unused(token, age, rules.policy.unusedForMs, lastLogin, rules.now, rules.wording, subject),
    use: { lastLogin, age, subject },
  };
}

function unmanagedFinding(token: ObservedToken, subject: TbaTokenSubject, policy: Exclude<UnmanagedPolicy, 'ignore'>): Finding {
  return { kind: 'unmanaged', subject, message: unmanagedSentence(token.state, policy), details: UNMANAGED_DETAILS[policy][token.state === 'inactive' ? 'inactive' : 'active'] };
}

/** The `details` of an unmanaged finding, one value per case and shared, as its sentence is. */
const UNMANAGED_DETAILS = {
  report: { active: { state: 'active', policy: 'report' }, inactive: { state: 'inactive', policy: 'report' } },
  inactivate: { active: { state: 'active', policy: 'inactivate' }, inactive: { state: 'inactive', policy: 'inactivate' } },
} as const;

/** A constant per case, not a string written per token: an account can hold tens of thousands of unmanaged tokens. */
function unmanagedSentence(state: ObservedToken['state'], policy: Exclude<UnmanagedPolicy, 'ignore'>): string {
  if (state === 'inactive') return 'This token is in NetSuite but not declared in the file (it is inactive); declare it (netsuite-tokens import writes entries) or have it revoked.';
  return policy === 'report'
    ? 'This token is in NetSuite but not declared in the file; declare it (netsuite-tokens import writes entries) or have it revoked.'
    : 'This token is in NetSuite but not declared in the file, so policy.unmanaged: inactivate has an administrator inactivate it; declare it to keep it active.';
}

/** Policy `inactivate` never revokes: inactive can be undone if the token turns out to be needed. */
function unmanagedInactivation(token: ObservedToken, subject: TbaTokenSubject, history: History): ChangeDraft {
  return {
    subject,
    action: 'inactivate',
    from: token.state,
    to: 'inactive',
    via: 'admin',
    reason: 'unmanaged-policy',
    owner: null,
    entry: null,
    why: 'Not declared in the file and policy.unmanaged is inactivate, so an administrator ticks Inactive on this token in the UI (declare it to keep it active)',
    block: changeGuard(subjectKey('tba-token', token.id), null, history),
  };
}
