import type { UnmanagedPolicy } from './desired.js';
import type { BlockReason, History, Refusal } from './plan.js';
import { plural } from './plan-wording.js';

/**
 * SPEC §4 safety guards. Per change: the operator's own token (`self`) and protected tokens stay in
 * the plan, blocked, with the reason. Per run: the blast-radius limit, and a desired state too empty
 * to be what anyone meant.
 */

/** Why a change is blocked, and the clause its message ends with. */
export interface Block {
  readonly reason: BlockReason;
  readonly clause: string;
}

/**
 * `self` wins over `protected`: the operator must never lock itself out, whatever else the file says.
 * Protection comes from the entry or, after the entry was removed, from the status file's memory.
 */
export function changeGuard(key: string, entry: { readonly isOperator: boolean; readonly protect: boolean } | null, history: History): Block | null {
  const subject = key.startsWith('m2m-certificate:') ? 'mapping' : 'token';
  if (entry?.isOperator === true) {
    return { reason: 'self', clause: `but this is the ${subject} the operator signs in with, and the operator never changes its own ${subject}` };
  }
  if (entry?.protect === true) {
    return { reason: 'protected', clause: `but this ${subject} is protected (protect: true), so the plan leaves it as it is` };
  }
  if (history.protectedKeys.has(key)) {
    return {
      reason: 'protected',
      clause: `but this ${subject} was declared protect: true before and the status file remembers it, so the plan leaves it as it is`,
    };
  }
  return null;
}

export function overLimitBlock(limit: number): Block {
  return {
    reason: 'over-limit',
    clause: `but the plan has more changes than maxChangesPerRun (${limit}), so none is applied without --allow-over-limit`,
  };
}

/**
 * `changes` counts what would be applied; `alreadyBlocked` the changes listed beside them that are
 * blocked for another reason (protected, self), so the sentence adds up to the headings' counts.
 */
export function overLimitRefusal(changes: number, alreadyBlocked: number, limit: number): Refusal {
  const listed = alreadyBlocked === 0 ? '' : ` (besides ${plural(alreadyBlocked, 'blocked change')}, which ${alreadyBlocked === 1 ? 'is' : 'are'} never applied)`;
  return {
    guard: 'over-limit',
    changes,
    limit,
    message: `This plan has ${plural(changes, 'change')} to apply${listed}, more than maxChangesPerRun (${limit}); review it, then apply with --allow-over-limit or raise the limit.`,
  };
}

/**
 * Below this share of live tokens matched, with `unmanaged: inactivate`, the file is "nearly empty":
 * applying it would have an administrator inactivate almost the whole account, which is far more
 * likely a wrong or truncated file than an intention. Only judged from NEARLY_EMPTY_MIN_LIVE live
 * tokens up, where a share means something. `--allow-over-limit` does not lift it: adopt first.
 */
export const NEARLY_EMPTY_SHARE = 0.1;
export const NEARLY_EMPTY_MIN_LIVE = 10;

/**
 * An empty desired state against an account with live (non-revoked) tokens is refused whatever the
 * policy: nothing in it can be what a reviewer approved. The way in is `netsuite-tokens import`.
 */
export function emptyDesiredRefusal(
  counts: { readonly declared: number; readonly live: number; readonly managedLive: number },
  unmanaged: UnmanagedPolicy,
): Refusal | null {
  const { declared, live: liveTokens, managedLive } = counts;
  if (liveTokens === 0) return null;
  if (declared === 0) {
    return {
      guard: 'empty-desired',
      liveTokens,
      message: `The desired-state file declares no tokens but the account has ${plural(liveTokens, 'live token')}; adopt the account with \`netsuite-tokens import\` first, then edit the file it writes.`,
    };
  }
  const nearlyEmpty = unmanaged === 'inactivate'
    && liveTokens >= NEARLY_EMPTY_MIN_LIVE
    && managedLive < liveTokens * NEARLY_EMPTY_SHARE;
  if (!nearlyEmpty) return null;
  return {
    guard: 'empty-desired',
    liveTokens,
    message: `The desired-state file matches only ${managedLive} of the account's ${liveTokens} live tokens while policy.unmanaged is inactivate, which would inactivate nearly all of them; adopt the account with \`netsuite-tokens import\` first.`,
  };
}
