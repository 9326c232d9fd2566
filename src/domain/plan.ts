import type { MappingRecord } from './kinds/m2m-certificate/rotation-journal.js';
import type { Subject, SubjectKind } from './subject.js';
import type { TokenState } from './kinds/tba-token/token.js';
import type { CertificateState } from './kinds/m2m-certificate/certificate.js';

/** The states a change moves a subject between: a token's, a certificate's, or `none` (a mapping with no certificate yet). */
export type SubjectState = TokenState | CertificateState | 'none';

/**
 * SPEC §4 and §10 — the plan vocabulary. Every closed vocabulary is declared once, as a tuple in the
 * order a person reads it (plans are sorted by it), with its type derived from it; switches over them
 * are exhaustive.
 */

/** Actions, the irreversible one first. `rotate` replaces a mapping's certificate with a new one. */
/** `retire`: revoke a certificate a rotation superseded, once its overlap has passed (SPEC §11). */
export const CHANGE_ACTIONS = ['revoke', 'inactivate', 'activate', 'rotate', 'retire'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

/** `api`: the operator does it (only `revoke`, only with the token's own credentials). `admin`: a person does it in the UI. */
export const CHANGE_VIAS = ['api', 'admin'] as const;
export type ChangeVia = (typeof CHANGE_VIAS)[number];

/** `expiring`, `forced` (apply --rotate) and `missing` are why a certificate is rotated. */
/** `unfinished`: a rotation a previous run did not finish starts again; `superseded`: a rotation replaced the certificate. */
export const CHANGE_REASONS = ['declared', 'unmanaged-policy', 'expiring', 'forced', 'missing', 'unfinished', 'superseded'] as const;
export type ChangeReason = (typeof CHANGE_REASONS)[number];

/** `capacity`: the integration record already holds NetSuite's maximum of five active certificates. */
export const BLOCK_REASONS = ['protected', 'over-limit', 'self', 'capacity'] as const;
export type BlockReason = (typeof BLOCK_REASONS)[number];

/**
 * Finding kinds, the ones that need a decision first. `resurrected` is an alarm: a token the status file
 * recorded revoked shows up live again, which revocation (permanent) cannot explain — a sandbox refreshed
 * from production, or the operator pointed at another account.
 */
export const FINDING_KINDS = [
  'resurrected', 'missing', 'ambiguous', 'terminal', 'drift', 'abandoned', 'unobservable', 'stale-credentials', 'unknown-certificate', 'capacity', 'expired', 'expiring',
  'unmanaged', 'rotation-due', 'unused',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const REFUSAL_GUARDS = ['over-limit', 'empty-desired'] as const;

export interface Change {
  readonly subject: Subject;
  readonly action: ChangeAction;
  readonly from: SubjectState;
  readonly to: SubjectState;
  readonly via: ChangeVia;
  readonly reason: ChangeReason;
  readonly blocked: BlockReason | null;
  /** From the desired entry's `owner`, for checklists and reviewers. */
  readonly owner: string | null;
  /** One sentence saying why. */
  readonly message: string;
  /**
   * The desired entry that asked for this change (`/tokens/3`), by which the executor finds that
   * entry's credentials; null for unmanaged subjects and for plans read back from a file. Not part of the JSON form.
   */
  readonly entry: string | null;
}

/**
 * SPEC §15: the facts behind a finding's message, as fields a program can read (`--format json`).
 * Durations are written as in the file (`180d`); instants as ISO-8601. A kind without an entry here
 * carries no details.
 */
export interface FindingDetailsByKind {
  readonly 'rotation-due': {
    readonly ageDays: number;
    readonly createdAt: string;
    /** The maxAge that applies, and where it is set. */
    readonly limit: string;
    readonly limitSource: 'entry' | 'policy';
  };
  readonly unused: {
    /** The last successful login, or null when there is none on record. */
    readonly lastUsedAt: string | null;
    /** Whole days since that login; null when there is none. */
    readonly idleDays: number | null;
    /** Whole days since the token was created; null when that is unknown. */
    readonly ageDays: number | null;
    /** policy.unusedFor. */
    readonly limit: string;
  };
  readonly drift: {
    readonly previousState: TokenState;
    readonly state: TokenState;
    /** When the previous run saw the token in its desired state. */
    readonly previousObservedAt: string;
  };
  readonly terminal: { readonly state: TokenState; readonly declared: TokenState };
  readonly unmanaged: { readonly state: TokenState; readonly policy: 'report' | 'inactivate' };
  readonly resurrected: {
    readonly state: TokenState;
    /** When the run that recorded it revoked observed the account. */
    readonly revokedRecordedAt: string;
  };
  readonly expiring: {
    readonly validUntil: string;
    /** Whole days left before it expires. */
    readonly daysLeft: number;
  };
  readonly expired: {
    /** When the certificate expired; null when NetSuite gives no date. */
    readonly validUntil: string | null;
  };
  readonly capacity: {
    readonly activeCertificates: number;
    /** NetSuite's maximum of active certificates per integration record. */
    readonly maximum: number;
  };
  readonly 'stale-credentials': {
    /** The certificate's state in NetSuite: null when NetSuite does not list it. */
    readonly certificateState: 'active' | 'expired' | 'revoked' | null;
    /** The certificate a rotation delivered since, when the bundle is merely behind. */
    readonly deliveredCertificateId: string | null;
  };
}

export type FindingDetails<K extends FindingKind = FindingKind> = K extends keyof FindingDetailsByKind ? FindingDetailsByKind[K] : never;

interface FindingOf<K extends FindingKind> {
  readonly kind: K;
  readonly subject: Subject;
  /** One sentence saying what was found and what to do. */
  readonly message: string;
  /** For `ambiguous`: the ids of the subjects the entry could mean. */
  readonly candidates?: readonly string[];
  /** The structured facts behind the message, for the kinds that have them. */
  readonly details?: FindingDetails<K>;
}

/** A finding, its `details` typed by its kind. */
export type Finding = { readonly [K in FindingKind]: FindingOf<K> }[FindingKind];

/** A safety guard that makes `apply` refuse the whole run (exit 4). */
export type Refusal =
  | { readonly guard: 'over-limit'; readonly changes: number; readonly limit: number; readonly message: string }
  | { readonly guard: 'empty-desired'; readonly liveTokens: number; readonly message: string };

/** What one kind contributes to a plan's summary. */
export interface KindSummary {
  /** Subjects of this kind observed in the account. */
  readonly observed: number;
  /** Observed subjects matched by a desired entry. */
  readonly managed: number;
  /** Managed subjects already in their desired state. */
  readonly unchanged: number;
  /** Changes that are not blocked. */
  readonly changes: number;
  readonly api: number;
  readonly admin: number;
  readonly blocked: number;
}

export interface PlanSummary {
  /** Tokens observed in the account. */
  readonly tokens: number;
  /** Observed subjects matched by a desired entry. */
  readonly managed: number;
  /** Managed subjects already in their desired state. */
  readonly unchanged: number;
  /** Changes that are not blocked. */
  readonly changes: number;
  readonly api: number;
  readonly admin: number;
  readonly blocked: number;
  /** The same figures for each kind. */
  readonly byKind: Readonly<Record<SubjectKind, KindSummary>>;
}

export const PLAN_FORMAT_VERSION = 2;

export interface Plan {
  readonly formatVersion: typeof PLAN_FORMAT_VERSION;
  readonly account: string;
  readonly observedAt: string;
  readonly changes: readonly Change[];
  readonly findings: readonly Finding[];
  readonly summary: PlanSummary;
  /** Set when a guard refuses this plan; apply then exits 4 and changes nothing. */
  readonly refusal: Refusal | null;
}

/** What the previous run recorded (from the status file), keyed by subjectKey, for drift and remembered protection. */
export interface History {
  /** Subjects that were ever declared `protect: true`: they stay protected after the entry is removed. */
  readonly protectedKeys: ReadonlySet<string>;
  /** State each subject was observed in at the end of the previous run, and whether that was its desired state. */
  readonly previous: ReadonlyMap<string, { readonly state: TokenState; readonly desired: TokenState | null; readonly observedAt: string }>;
  /** Administrator changes the previous run left pending: this run confirms those NetSuite now shows done. */
  readonly pending: ReadonlyMap<string, readonly ChangeAction[]>;
  /** Per mapping name, the certificates the status file knows (current and superseded) and whether all were revoked. */
  readonly certificates: ReadonlyMap<string, { readonly known: ReadonlySet<string>; readonly allRevoked: boolean; readonly record: MappingRecord }>;
}

export const EMPTY_HISTORY: History = { protectedKeys: new Set(), previous: new Map(), pending: new Map(), certificates: new Map() };

/** The state a change leads to. */
export function stateAfter(action: ChangeAction): SubjectState {
  switch (action) {
    case 'revoke':
    case 'retire':
      return 'revoked';
    case 'inactivate':
      return 'inactive';
    case 'activate':
    case 'rotate':
      return 'active';
  }
}

export interface PlanOptions {
  /** `--allow-over-limit`: the maxChangesPerRun guard does not block changes. */
  readonly allowOverLimit: boolean;
  /** `--only SUBJECT`: keep the changes and findings of these subjects only (plan-only.ts); empty or absent: all. */
  readonly only?: readonly string[];
  /** `apply --rotate MAPPING`: rotate these mappings now, whatever their expiry (reason `forced`). */
  readonly rotate?: readonly string[];
}
