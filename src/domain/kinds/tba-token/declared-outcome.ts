import type { CredentialAvailability, DesiredToken } from '../../desired.js';
import type { ChangeDraft } from '../../change-draft.js';
import { changeGuard } from '../../plan-guards.js';
import type { ChangeAction, ChangeVia, Finding, History } from '../../plan.js';
import { subjectKey } from '../../subject.js';
import type { RotationLimit } from './advice-wording.js';
import { ageAt, drift, resurrected, rotationDue, unused } from './token-findings.js';
import type { TokenOutcome, TokenRules } from './token-outcome.js';
import { subjectOf } from './token.js';
import type { TbaTokenSubject } from '../../subject.js';
import type { ObservedToken, TokenState } from './token.js';

/**
 * SPEC §4 for a token an entry matches: the change to the declared state, if one is wanted and
 * possible, then the findings: terminal (revoked cannot be undone), resurrected, drift, and, unless
 * the entry declares it revoked, its age and use.
 */
export function declaredOutcome(entry: DesiredToken, token: ObservedToken, rules: TokenRules, lastLogin: string | undefined): TokenOutcome {
  const { history, now, wording } = rules;
  const subject = subjectOf(token);
  const findings: Finding[] = [];
  const change = declaredChange(entry, token, subject, history);
  if (change === 'terminal') findings.push(terminalFinding(token, subject, entry.state));
  pushFound(findings, resurrected(token, history, subject), drift(token, entry.state, history, subject));
  const draft = typeof change === 'string' ? null : change;
  // A token on its way to revoked needs no advice about its age or use.
  if (entry.state === 'revoked') return { draft, findings, unused: null, use: null };
  const limit: RotationLimit | null = entry.maxAgeMs === null ? rules.policyMaxAge : { ms: entry.maxAgeMs, source: 'entry' };
  const age = ageAt(token.createdAt, now);
  pushFound(findings, rotationDue(token, age, limit, wording, subject));
  return { draft, findings, unused: unused(token, age, rules.policy.unusedForMs, lastLogin, now, wording, subject), use: { lastLogin, age, subject } };
}

/** What a matched entry asks of its token: nothing, nothing possible (revoked is terminal), or a change. */
function declaredChange(entry: DesiredToken, token: ObservedToken, subject: TbaTokenSubject, history: History): 'unchanged' | 'terminal' | ChangeDraft {
  if (token.state === entry.state) return 'unchanged';
  if (token.state === 'revoked') return 'terminal';
  const action = actionTo(entry.state);
  // An inactive token cannot authenticate, so it cannot sign its own revocation: only an active one can.
  const selfRevocable = action === 'revoke' && token.state === 'active' && entry.credentials.status === 'resolved';
  const via: ChangeVia = selfRevocable ? 'api' : 'admin';
  return {
    subject,
    action,
    from: token.state,
    to: entry.state,
    via,
    reason: 'declared',
    owner: entry.owner,
    entry: entry.key,
    why: declaredWhy(action, token.state, entry.credentials),
    block: changeGuard(subjectKey('tba-token', token.id), entry, history),
  };
}

/** The action that reaches a declared state from a different, non-revoked one. */
function actionTo(declared: TokenState): ChangeAction {
  switch (declared) {
    case 'revoked':
      return 'revoke';
    case 'inactive':
      return 'inactivate';
    case 'active':
      return 'activate';
  }
}

/**
 * Revoking goes through `rest/revoketoken`, signed with the token itself, when its credentials are all
 * set; that holds for an inactive token too, although whether NetSuite accepts an inactive token's own
 * signature is not documented (reference §4.3): a refusal then shows up as a failed, verified change.
 */
function declaredWhy(action: ChangeAction, from: TokenState, credentials: CredentialAvailability): string {
  switch (action) {
    case 'inactivate':
      return 'Declared inactive, and NetSuite has no API for the Inactive flag, so an administrator ticks Inactive on this token in the UI';
    case 'activate':
      return 'Declared active, and NetSuite has no API for the Inactive flag, so an administrator clears Inactive on this token in the UI';
    case 'retire':
      return 'A TBA token is never retired by a rotation plan';
    case 'rotate':
      // No API mints a TBA token for another user: rotation is the interactive `rotate` command's (SPEC §13).
      return 'A TBA token is rotated by a person through NetSuite\'s authorization flow, never by the plan';
    case 'revoke':
      if (from === 'inactive') {
        return 'Declared revoked, and an inactive token cannot sign its own revocation, so an administrator revokes this token in the NetSuite UI';
      }
      switch (credentials.status) {
        case 'resolved':
          return 'Declared revoked with its credentials set, so the operator revokes this token through rest/revoketoken, signed with the token itself';
        case 'none':
          return 'Declared revoked without credentials, so an administrator revokes this token in the NetSuite UI';
        case 'unresolved': {
          const names = credentials.missing.join(', ');
          const verb = credentials.missing.length === 1 ? 'is' : 'are';
          return `Declared revoked, but ${names} ${verb} not set, so an administrator revokes this token in the NetSuite UI (or set ${credentials.missing.length === 1 ? 'it' : 'them'} and run again)`;
        }
      }
  }
}

function terminalFinding(token: ObservedToken, subject: TbaTokenSubject, declared: TokenState): Finding {
  return {
    kind: 'terminal',
    subject,
    message: `This token is revoked, which cannot be undone, but the file declares it ${declared}; create a new token, declare it, and mark this entry revoked.`,
    details: { state: token.state, declared },
  };
}

function pushFound(findings: Finding[], ...found: readonly (Finding | null)[]): void {
  for (const finding of found) if (finding !== null) findings.push(finding);
}
