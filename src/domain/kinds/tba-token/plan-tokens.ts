import type { CredentialAvailability, DesiredToken } from '../../desired.js';
import { changeGuard } from '../../plan-guards.js';
import { compareIds } from '../../plan-order.js';
import type { ChangeAction, ChangeVia, Finding, History } from '../../plan.js';
import type { TbaTokenSubject } from '../../subject.js';
import { subjectKey } from '../../subject.js';
import type { ChangeDraft, KindPlan, PlanContext } from '../credential-kind.js';
import { AdviceWording } from './advice-wording.js';
import type { RotationLimit } from './advice-wording.js';
import { ageAt, drift, resurrected, rotationDue, unused } from './token-findings.js';
import { matchDesiredTokens } from './token-matching.js';
import { unmanagedOutcome, unmanagedRules } from './unmanaged-outcomes.js';
import type { EntryMatch } from './token-matching.js';
import { subjectOf } from './token.js';
import type { ObservedToken, TokenState } from './token.js';

/** What a plan says of one observed token: its change, if any, and its findings in plan order. */
interface TokenOutcome {
  readonly draft: ChangeDraft | null;
  readonly findings: readonly Finding[];
}

/**
 * SPEC §4 for TBA tokens: what each entry asks of the token it matches, what the unmanaged policy asks
 * of the rest, and the findings about each. Linear in tokens and entries (hash lookups only). Changes
 * and findings come out token by token in the order NetSuite listed the tokens (by id), then those of
 * entries that match no token: plan order whenever NetSuite's order holds, which spares the sort.
 */
export function planTokens({ desired, observed, history, now, ahead }: PlanContext): KindPlan {
  const { policy } = desired;
  const matching = matchDesiredTokens(desired.tokens, observed.tokens);
  const declared = new Map<ObservedToken, TokenOutcome>();
  const unmatched: Finding[] = [];
  let managed = 0;
  let managedLive = 0;
  let unchanged = 0;
  let live = 0;
  for (const token of observed.tokens) if (token.state !== 'revoked') live += 1;
  const wording = new AdviceWording();

  desired.tokens.forEach((entry, index) => {
    const match = matching.matches[index] as EntryMatch;
    if (match.kind !== 'matched') {
      unmatched.push(unmatchedFinding(entry, match, desired.tokens));
      return;
    }
    const { token } = match;
    managed += 1;
    if (token.state !== 'revoked') managedLive += 1;
    const findings: Finding[] = [];
    const outcome = declaredOutcome(entry, token, history);
    if (outcome === 'unchanged') unchanged += 1;
    else if (outcome === 'terminal') findings.push(terminalFinding(token, entry.state));

    pushFound(findings, resurrected(token, history), drift(token, entry.state, history));
    // A token on its way to revoked needs no advice about its age or use.
    if (entry.state !== 'revoked') {
      const limitMs = entry.maxAgeMs ?? policy.maxAgeMs;
      const limit: RotationLimit | null = limitMs === null ? null : { ms: limitMs, source: entry.maxAgeMs === null ? 'policy' : 'entry' };
      const age = ageAt(token.createdAt, now);
      pushFound(findings, rotationDue(token, age, limit, wording), unused(token, age, policy.unusedForMs, observed.lastUse.get(token.name), now, wording));
    }
    declared.set(token, { draft: typeof outcome === 'string' ? null : outcome, findings });
  });

  const drafts: ChangeDraft[] = [];
  const findings: Finding[] = [];
  const rules = unmanagedRules(desired, history, now);
  for (const token of observed.tokens) {
    const own = declared.get(token);
    if (own !== undefined) {
      if (own.draft !== null) drafts.push(own.draft);
      for (const finding of own.findings) findings.push(finding);
      continue;
    }
    // Revoked tokens nobody declares are history, not findings.
    if (rules === null || matching.claimed.has(token.id) || token.state === 'revoked') continue;
    const outcome = ahead?.outcomeOf(token, observed.lastUse) ?? unmanagedOutcome(token, rules, observed.lastUse.get(token.name));
    if (outcome.draft !== null) drafts.push(outcome.draft);
    for (const finding of outcome.findings) findings.push(finding);
    if (outcome.unused !== null) findings.push(outcome.unused);
  }
  for (const finding of unmatched) findings.push(finding);

  return { drafts, findings, observed: observed.tokens.length, managed, unchanged, declared: desired.tokens.length, live, managedLive };
}

/** What a matched entry asks of its token: nothing, nothing possible (revoked is terminal), or a change. */
function declaredOutcome(entry: DesiredToken, token: ObservedToken, history: History): 'unchanged' | 'terminal' | ChangeDraft {
  if (token.state === entry.state) return 'unchanged';
  if (token.state === 'revoked') return 'terminal';
  const action = actionTo(entry.state);
  // An inactive token cannot authenticate, so it cannot sign its own revocation: only an active one can.
  const selfRevocable = action === 'revoke' && token.state === 'active' && entry.credentials.status === 'resolved';
  const via: ChangeVia = selfRevocable ? 'api' : 'admin';
  return {
    subject: subjectOf(token),
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

function terminalFinding(token: ObservedToken, declared: TokenState): Finding {
  return {
    kind: 'terminal',
    subject: subjectOf(token),
    message: `This token is revoked, which cannot be undone, but the file declares it ${declared}; create a new token, declare it, and mark this entry revoked.`,
    details: { state: token.state, declared },
  };
}

/** The finding for an entry that does not resolve to exactly one token of its own. */
function unmatchedFinding(entry: DesiredToken, match: Exclude<EntryMatch, { kind: 'matched' }>, entries: readonly DesiredToken[]): Finding {
  const declared = selectorRef(entry);
  switch (match.kind) {
    case 'missing':
      return {
        kind: 'missing',
        subject: declared,
        message: entry.selector.id !== null
          ? 'No token with this id exists in NetSuite: it was deleted with its user, or never created; fix the id or remove the entry.'
          : entry.selector.name !== null
            ? `No token in NetSuite has this name${narrowedBy(entry)}: it was deleted with its user, renamed, or never created; fix the entry or pin the token's id.`
            : 'This entry declares neither an id nor a name, so it matches no token; give it the token\'s id.',
      };
    case 'ambiguous':
      return {
        kind: 'ambiguous',
        subject: declared,
        message: `${match.candidates.length} tokens in NetSuite have this name${narrowedBy(entry)}, so this entry is left alone; pin the intended one with its id.`,
        candidates: match.candidates.map((token) => token.id).sort(compareIds),
      };
    case 'conflict':
      return {
        kind: 'ambiguous',
        subject: declared,
        message: `This entry resolves to the same token as ${describeEntry(match.earlierEntry, entries)}, so it is left alone; one token is managed by one entry: remove one of them or pin different ids.`,
        candidates: [match.token.id],
      };
  }
}

function narrowedBy(entry: DesiredToken): string {
  const fields = (['application', 'user', 'role'] as const).filter((field) => entry.selector[field] !== null);
  return fields.length === 0 ? '' : ` and ${fields.join(', ')}`;
}

function describeEntry(index: number, entries: readonly DesiredToken[]): string {
  const line = entries[index]?.source?.line;
  return line === undefined ? `entry ${index + 1}` : `entry ${index + 1} (line ${line})`;
}

function selectorRef(entry: DesiredToken): TbaTokenSubject {
  const { id, name, application, user, role } = entry.selector;
  return { kind: 'tba-token', id, name, application, user, role };
}

function pushFound(findings: Finding[], ...found: readonly (Finding | null)[]): void {
  for (const finding of found) if (finding !== null) findings.push(finding);
}
