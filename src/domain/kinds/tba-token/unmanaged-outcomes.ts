import type { DesiredState, UnmanagedPolicy } from '../../desired.js';
import { addLastUses } from '../../observation.js';
import type { LastUse, ObservationListener } from '../../observation.js';
import { changeGuard } from '../../plan-guards.js';
import type { Finding, History } from '../../plan.js';
import { subjectKey } from '../../subject.js';
import type { TbaTokenSubject } from '../../subject.js';
import type { ChangeDraft } from '../../change-draft.js';
import { AdviceWording } from './advice-wording.js';
import type { RotationLimit } from './advice-wording.js';
import { ageAt, resurrected, rotationDue, unused } from './token-findings.js';
import { claimableBy } from './token-matching.js';
import { subjectOf } from './token.js';
import type { ObservedToken } from './token.js';

/** What the unmanaged policy makes of a token no entry claims: its findings, and a change under `inactivate`. */
export interface UnmanagedOutcome {
  /** Every finding but `unused`, in plan order of discovery. */
  readonly findings: readonly Finding[];
  readonly unused: Finding | null;
  readonly draft: ChangeDraft | null;
  /** The token's age at the plan's time, null when its creation date is unknown. */
  readonly age: number | null;
  /** The last use of its name `unused` was judged with. */
  readonly lastLogin: string | undefined;
}

/** What the outcome of an unmanaged token depends on besides the token and its last use. */
export interface UnmanagedRules {
  readonly policy: Exclude<UnmanagedPolicy, 'ignore'>;
  readonly maxAge: RotationLimit | null;
  readonly unusedForMs: number | null;
  readonly history: History;
  readonly now: Date;
  readonly wording: AdviceWording;
}

/** The rules of `desired`'s policy; null under `unmanaged: ignore`, which makes nothing of unmanaged tokens. */
export function unmanagedRules(desired: DesiredState, history: History, now: Date): UnmanagedRules | null {
  const { policy } = desired;
  if (policy.unmanaged === 'ignore') return null;
  return {
    policy: policy.unmanaged,
    maxAge: policy.maxAgeMs === null ? null : { ms: policy.maxAgeMs, source: 'policy' },
    unusedForMs: policy.unusedForMs,
    history,
    now,
    wording: new AdviceWording(),
  };
}

/** SPEC §4 for a live token nobody declares. */
export function unmanagedOutcome(token: ObservedToken, rules: UnmanagedRules, lastLogin: string | undefined): UnmanagedOutcome {
  const subject = subjectOf(token);
  const revived = resurrected(token, rules.history, subject);
  const unmanaged = unmanagedFinding(token, subject, rules.policy);
  const age = ageAt(token.createdAt, rules.now);
  const due = rotationDue(token, age, rules.maxAge, rules.wording, subject);
  return {
    findings: revived === null ? (due === null ? [unmanaged] : [unmanaged, due]) : due === null ? [revived, unmanaged] : [revived, unmanaged, due],
    unused: unused(token, age, rules.unusedForMs, lastLogin, rules.now, rules.wording, subject),
    draft: rules.policy === 'inactivate' && token.state === 'active' ? unmanagedInactivation(token, rules.history) : null,
    age,
    lastLogin,
  };
}

/**
 * Issue 18: planning while the pages arrive. A token whose id and name no entry gives is unmanaged
 * whatever the other pages hold, so its outcome is worked out as its page arrives, while later pages
 * are still on the wire. Only its `unused` finding depends on the other query: it is judged with the
 * last use known then, judged again when a use of its name arrives later, and judged again at the end
 * if the final one still differs (a window read again). A memo, not a second planner: the plan asks
 * for each token of the final observation and gets exactly what it would have worked out itself, and
 * tokens heard but not in the final observation (a page read again) are never asked for.
 */
export class UnmanagedOutcomesAhead implements ObservationListener {
  readonly #rules: UnmanagedRules | null;
  readonly #claimable: (token: ObservedToken) => boolean;
  readonly #outcomes = new Map<ObservedToken, UnmanagedOutcome>();
  /** The latest use per name heard so far. */
  readonly #lastUse = new Map<string, string>();
  /**
   * Tokens worked out before any use of their name was heard, by name. The last-use query gives each
   * name once, so when it comes their `unused` is judged again at once, while pages are still on the
   * wire, rather than after the last page, when nothing else is left to wait for.
   */
  readonly #awaitingUse = new Map<string, ObservedToken[]>();

  constructor(desired: DesiredState, history: History, now: Date) {
    this.#rules = unmanagedRules(desired, history, now);
    this.#claimable = claimableBy(desired.tokens);
  }

  tokens(page: readonly ObservedToken[]): void {
    const rules = this.#rules;
    if (rules === null) return;
    for (const token of page) {
      if (token.state === 'revoked' || this.#claimable(token)) continue;
      const lastLogin = this.#lastUse.get(token.name);
      this.#outcomes.set(token, unmanagedOutcome(token, rules, lastLogin));
      if (lastLogin !== undefined) continue;
      const waiting = this.#awaitingUse.get(token.name);
      if (waiting === undefined) this.#awaitingUse.set(token.name, [token]);
      else waiting.push(token);
    }
  }

  lastUses(page: readonly LastUse[]): void {
    addLastUses(this.#lastUse, page);
    const rules = this.#rules;
    if (rules === null || this.#awaitingUse.size === 0) return;
    for (const use of page) {
      const waiting = this.#awaitingUse.get(use.name);
      if (waiting === undefined) continue;
      this.#awaitingUse.delete(use.name);
      for (const token of waiting) {
        const outcome = this.#outcomes.get(token);
        if (outcome !== undefined) this.#outcomes.set(token, judgedAgain(outcome, token, this.#lastUse.get(use.name), rules));
      }
    }
  }

  /**
   * The outcome worked out when `token` arrived, judged again for `unused` when its final last use
   * differs; undefined when it was not worked out ahead (an entry may claim it, or it was not heard).
   */
  outcomeOf(token: ObservedToken, lastUse: ReadonlyMap<string, string>): UnmanagedOutcome | undefined {
    const rules = this.#rules;
    const outcome = this.#outcomes.get(token);
    if (outcome === undefined || rules === null) return undefined;
    return judgedAgain(outcome, token, lastUse.get(token.name), rules);
  }
}

/** `outcome` with its `unused` finding judged with `lastLogin`, unchanged when that is the use it was judged with. */
function judgedAgain(outcome: UnmanagedOutcome, token: ObservedToken, lastLogin: string | undefined, rules: UnmanagedRules): UnmanagedOutcome {
  if (lastLogin === outcome.lastLogin) return outcome;
  const subject = outcome.findings.find((finding) => finding.kind === 'unmanaged')?.subject as TbaTokenSubject | undefined;
  return { ...outcome, unused: unused(token, outcome.age, rules.unusedForMs, lastLogin, rules.now, rules.wording, subject), lastLogin };
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
function unmanagedInactivation(token: ObservedToken, history: History): ChangeDraft {
  return {
    subject: subjectOf(token),
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
