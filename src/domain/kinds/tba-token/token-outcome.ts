import type { DesiredState, Policy } from '../../desired.js';
import type { ChangeDraft } from '../../change-draft.js';
import type { Finding, History } from '../../plan.js';
import type { TbaTokenSubject } from '../../subject.js';
import { AdviceWording } from './advice-wording.js';
import type { RotationLimit } from './advice-wording.js';
import { unused } from './token-findings.js';
import type { ObservedToken } from './token.js';

/**
 * What a plan makes of one observed token, declared or not: its change, if any, and its findings in
 * plan order, `unused` kept apart because it alone depends on the other query (the last uses).
 */
export interface TokenOutcome {
  readonly draft: ChangeDraft | null;
  /** Every finding but `unused`, in plan order; `unused` comes after them. */
  readonly findings: readonly Finding[];
  readonly unused: Finding | null;
  /** What `unused` was judged with; null when the token's use is not judged (its entry declares it revoked). */
  readonly use: UseJudged | null;
}

export interface UseJudged {
  /** The last use of the token's name. */
  readonly lastLogin: string | undefined;
  /** The token's age at the plan's time, null when its creation date is unknown. */
  readonly age: number | null;
  readonly subject: TbaTokenSubject;
}

/** What every token's outcome depends on besides the token, its entry and its last use. */
export interface TokenRules {
  readonly policy: Policy;
  /** policy.maxAge as a rotation limit. */
  readonly policyMaxAge: RotationLimit | null;
  readonly history: History;
  readonly now: Date;
  readonly wording: AdviceWording;
}

export function tokenRules(desired: DesiredState, history: History, now: Date): TokenRules {
  const { policy } = desired;
  return { policy, policyMaxAge: policy.maxAgeMs === null ? null : { ms: policy.maxAgeMs, source: 'policy' }, history, now, wording: new AdviceWording() };
}

/** `outcome` with `unused` judged with `lastLogin`; the same outcome when that is the use it was judged with. */
export function withUseJudged(outcome: TokenOutcome, token: ObservedToken, lastLogin: string | undefined, rules: TokenRules): TokenOutcome {
  const { use } = outcome;
  if (use === null || use.lastLogin === lastLogin) return outcome;
  return {
    ...outcome,
    unused: unused(token, use.age, rules.policy.unusedForMs, lastLogin, rules.now, rules.wording, use.subject),
    use: { ...use, lastLogin },
  };
}

/** Adds the outcome's change and findings to the plan's, in plan order. */
export function addOutcome(outcome: TokenOutcome, drafts: ChangeDraft[], findings: { add(finding: Finding): void }): void {
  if (outcome.draft !== null) drafts.push(outcome.draft);
  for (const finding of outcome.findings) findings.add(finding);
  if (outcome.unused !== null) findings.add(outcome.unused);
}
