import type { TokenRef, TokenState } from './token.js';

/** SPEC §4 — the plan vocabulary. Every union here is closed; switches over them are exhaustive. */

export type ChangeAction = 'revoke' | 'inactivate' | 'activate';

/** `api`: the operator does it (only `revoke`, only with the token's own credentials). `admin`: a person does it in the UI. */
export type ChangeVia = 'api' | 'admin';

export type ChangeReason = 'declared' | 'unmanaged-policy';

export type BlockReason = 'protected' | 'over-limit' | 'self';

export interface Change {
  readonly token: TokenRef;
  readonly action: ChangeAction;
  readonly from: TokenState;
  readonly to: TokenState;
  readonly via: ChangeVia;
  readonly reason: ChangeReason;
  readonly blocked: BlockReason | null;
  /** From the desired entry's `owner`, for checklists and reviewers. */
  readonly owner: string | null;
  /** One sentence saying why. */
  readonly message: string;
  /** Index of the desired entry that asked for this change (null for unmanaged tokens). Not part of the JSON form. */
  readonly entry: number | null;
}

export type FindingKind = 'missing' | 'unmanaged' | 'rotation-due' | 'unused' | 'ambiguous' | 'terminal' | 'drift';

export interface Finding {
  readonly kind: FindingKind;
  readonly token: TokenRef;
  /** One sentence saying what was found and what to do. */
  readonly message: string;
  /** For `ambiguous`: the ids of the tokens the entry could mean. */
  readonly candidates?: readonly string[];
}

/** A safety guard that makes `apply` refuse the whole run (exit 4). */
export type Refusal =
  | { readonly guard: 'over-limit'; readonly changes: number; readonly limit: number; readonly message: string }
  | { readonly guard: 'empty-desired'; readonly liveTokens: number; readonly message: string };

export interface PlanSummary {
  /** Tokens observed in the account. */
  readonly tokens: number;
  /** Observed tokens matched by a desired entry. */
  readonly managed: number;
  /** Managed tokens already in their desired state. */
  readonly unchanged: number;
  /** Changes that are not blocked. */
  readonly changes: number;
  readonly api: number;
  readonly admin: number;
  readonly blocked: number;
}

export interface Plan {
  readonly formatVersion: 1;
  readonly account: string;
  readonly observedAt: string;
  readonly changes: readonly Change[];
  readonly findings: readonly Finding[];
  readonly summary: PlanSummary;
  /** Set when a guard refuses this plan; apply then exits 4 and changes nothing. */
  readonly refusal: Refusal | null;
}

/** What the previous run recorded (from the status file), for drift and remembered protection. */
export interface History {
  /** Ids of tokens that were ever declared `protect: true`: they stay protected after the entry is removed. */
  readonly protectedIds: ReadonlySet<string>;
  /** State each token was observed in at the end of the previous run, and whether that was its desired state. */
  readonly previous: ReadonlyMap<string, { readonly state: TokenState; readonly desired: TokenState | null; readonly observedAt: string }>;
  /** Administrator changes the previous run left pending, by token id: this run confirms those NetSuite now shows done. */
  readonly pending: ReadonlyMap<string, readonly ChangeAction[]>;
}

export const EMPTY_HISTORY: History = { protectedIds: new Set(), previous: new Map(), pending: new Map() };

/** The state a change leads to. */
export function stateAfter(action: ChangeAction): TokenState {
  switch (action) {
    case 'revoke':
      return 'revoked';
    case 'inactivate':
      return 'inactive';
    case 'activate':
      return 'active';
  }
}

export interface PlanOptions {
  /** `--allow-over-limit`: the maxChangesPerRun guard does not block changes. */
  readonly allowOverLimit: boolean;
}
