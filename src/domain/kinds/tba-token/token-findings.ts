import type { Finding } from '../../plan.js';
import type { History } from '../../plan.js';
import { subjectOf } from './token.js';
import { subjectKey } from '../../subject.js';
import type { TbaTokenSubject } from '../../subject.js';
import type { ObservedToken, TokenState } from './token.js';
import { wholeDays } from '../../duration.js';
import type { AdviceWording, RotationLimit } from './advice-wording.js';
import { instantMs, isoOf, utcDateOf } from './instant.js';

/**
 * Findings about one observed token that need no change: its age, its use, and whether someone moved
 * it since the last run. Messages never quote NetSuite strings; renderers show the token beside them.
 * A token's findings may share one `subject` (findings are values nobody changes): an account's tens of
 * thousands of unmanaged tokens then cost one subject each rather than one per finding (issue 18).
 */

/**
 * `rotation-due` when the token is older than its limit; `age` is from its creation date
 * (ageAt(token.createdAt, now), worked out once per token), null when that date is unknown.
 */
export function rotationDue(token: ObservedToken, age: number | null, limit: RotationLimit | null, wording: AdviceWording, subject: TbaTokenSubject = subjectOf(token)): Finding | null {
  if (limit === null || token.state === 'revoked') return null;
  if (age === null || age <= limit.ms) return null;
  const ageDays = wholeDays(age);
  return {
    kind: 'rotation-due',
    subject,
    message: wording.rotationDue(ageDays, limit),
    details: { ageDays, createdAt: instantOf(token.createdAt), limit: wording.duration(limit.ms), limitSource: limit.source },
  };
}

/**
 * `unused` when no successful login is recorded for longer than `unusedForMs`, including a token never
 * used that is older than that. A never-used token younger than the limit, or of unknown age, is not
 * flagged: it may simply not have been deployed yet. `lastLogin` is the last use of the token's name:
 * LoginAudit names tokens, not ids, so tokens that share a name share a last use.
 */
export function unused(
  token: ObservedToken,
  age: number | null,
  unusedForMs: number | null,
  lastLogin: string | undefined,
  now: Date,
  wording: AdviceWording,
  subject: TbaTokenSubject = subjectOf(token),
): Finding | null {
  if (unusedForMs === null || token.state === 'revoked') return null;
  if (lastLogin !== undefined) {
    const idle = ageAt(lastLogin, now);
    if (idle === null || idle <= unusedForMs) return null;
    const idleDays = wholeDays(idle);
    return {
      kind: 'unused',
      subject,
      message: wording.unusedSince(idleDays, dateOf(lastLogin), unusedForMs),
      details: { lastUsedAt: instantOf(lastLogin), idleDays, ageDays: age === null ? null : wholeDays(age), limit: wording.duration(unusedForMs) },
    };
  }
  if (age === null || age <= unusedForMs) return null;
  const ageDays = wholeDays(age);
  return {
    kind: 'unused',
    subject,
    message: wording.neverUsed(ageDays, unusedForMs),
    details: { lastUsedAt: null, idleDays: null, ageDays, limit: wording.duration(unusedForMs) },
  };
}

/**
 * `drift` when the previous run saw the token in its desired state and it is now in another state
 * that is not what the file declares today (reaching today's declared state is the plan working, not
 * drift). NetSuite's token list records no editor, so the message cannot say who moved it.
 */
export function drift(token: ObservedToken, declared: TokenState, history: History, subject: TbaTokenSubject = subjectOf(token)): Finding | null {
  const previous = history.previous.get(subjectKey('tba-token', token.id));
  if (previous === undefined || previous.desired === null || previous.state !== previous.desired) return null;
  if (token.state === previous.state || token.state === declared) return null;
  // Out of revoked is no drift: nothing can undo a revocation (see resurrected).
  if (previous.state === 'revoked') return null;
  return {
    kind: 'drift',
    subject,
    message: `This token moved from ${previous.state} to ${token.state} since the previous run on ${dateOf(previous.observedAt)}, when it was in its desired state; NetSuite does not record who changed it.`,
    details: { previousState: previous.state, state: token.state, previousObservedAt: instantOf(previous.observedAt) },
  };
}

/**
 * `resurrected` when the previous run recorded the token revoked and NetSuite now shows it live.
 * Revoked is permanent, so this is not the account that run saw: a sandbox refreshed from production
 * (the refresh copies production's tokens over the sandbox's), or credentials and URLs that reach
 * another account. Whatever the file declares, a person should look before anything is applied.
 */
export function resurrected(token: ObservedToken, history: History, subject: TbaTokenSubject = subjectOf(token)): Finding | null {
  if (history.previous.size === 0) return null;
  const previous = history.previous.get(subjectKey('tba-token', token.id));
  if (previous?.state !== 'revoked' || token.state === 'revoked') return null;
  return {
    kind: 'resurrected',
    subject,
    message: `The status file recorded this token revoked on ${dateOf(previous.observedAt)}, but NetSuite shows it ${token.state}, and a revocation cannot be undone: this is not the account that run saw (a sandbox refreshed from production, or the wrong account); check the account and NETSUITE_* endpoints before applying anything.`,
    details: { state: token.state, revokedRecordedAt: instantOf(previous.observedAt) },
  };
}

/** Milliseconds from an ISO instant to now; null when there is no instant or it does not parse. */
export function ageAt(instant: string | null, now: Date): number | null {
  if (instant === null) return null;
  const at = instantMs(instant);
  return Number.isNaN(at) ? null : now.getTime() - at;
}

/**
 * An instant as ISO-8601, rebuilt from the parsed value so no recorded text leaks through. Callers
 * pass instants that parsed already (an age or idle time was worked out from them); '' otherwise.
 */
function instantOf(instant: string | null): string {
  return instant === null ? '' : isoOf(instant);
}

/** The UTC calendar date of an instant, for messages; rebuilt from the parsed value so no recorded text leaks through. */
function dateOf(instant: string): string {
  return utcDateOf(instant) ?? 'an unrecorded date';
}
