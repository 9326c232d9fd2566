import type { Change, ChangeAction, Plan } from './plan.js';
import type { Subject } from './subject.js';
import type { TokenState } from './kinds/tba-token/token.js';
import type { CertificateState } from './kinds/m2m-certificate/certificate.js';

/** SPEC §5 — what apply did, judged by observing NetSuite again (a 200 from revoketoken is not proof). */

export type ChangeOutcome = 'done' | 'pending' | 'failed' | 'blocked';

/**
 * Why a certificate rotation stopped (SPEC §12.1), for programs and the status file: `capacity` is
 * NetSuite's limit of five active certificates per integration record; `refused`, any other refusal
 * of the upload; `unverified`, a new certificate whose token does not prove the mapping's role and
 * entity; `delivery`, a target that refused the bundle; `interrupted`; `error`, anything else (the
 * network, a lost reply).
 */
export const ROTATION_FAILURES = ['capacity', 'refused', 'unverified', 'delivery', 'interrupted', 'error'] as const;
export type RotationFailure = (typeof ROTATION_FAILURES)[number];

export interface ChangeResult {
  readonly change: Change;
  readonly outcome: ChangeOutcome;
  /** Why it failed or is pending, in one sentence; null when done. Never contains secret values. */
  readonly detail: string | null;
  /** The token's edit page in the NetSuite UI, for the administrator checklist; null when the token has no id. */
  readonly deepLink: string | null;
  /** A failed rotation's cause; absent for every other result. */
  readonly failure?: RotationFailure;
  /**
   * Onboarding (`rotate`, reason `missing`, SPEC §11): the PEM of the certificate an administrator
   * uploads, shown in the dashboard issue. A certificate is public; only `-----BEGIN CERTIFICATE-----`
   * blocks are ever rendered, so a key passed here by mistake is dropped, not shown.
   */
  readonly certificatePem?: string;
}

export interface RunInfo {
  readonly startedAt: string;
  readonly finishedAt: string;
  /** Link to the CI run when there is one (GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID). */
  readonly url: string | null;
}

/** An administrator change a previous run left pending that NetSuite now shows done. */
export interface ConfirmedChange {
  readonly subject: Subject;
  readonly action: ChangeAction;
}

/**
 * What the verifying observation showed of each subject: work an earlier run left to an administrator
 * is called done only when NetSuite shows its subject in the state it asked for (SPEC §5).
 */
export interface ObservedSubjects {
  /** Every token NetSuite listed, by subject key (`tba-token:4711`); a token not here is not in NetSuite. */
  readonly tokens: ReadonlyMap<string, { readonly state: TokenState }>;
  /**
   * Every declared mapping by name: the state of each certificate of its entity and role, by certificate
   * id; null when its certificates could not be listed. A mapping not here is not declared.
   */
  readonly mappings: ReadonlyMap<string, ReadonlyMap<string, CertificateState> | null>;
}

export interface RunReport {
  /** The plan that was applied. */
  readonly plan: Plan;
  readonly results: readonly ChangeResult[];
  /** Administrator work from earlier runs, confirmed done by this run's observation. */
  readonly confirmed: readonly ConfirmedChange[];
  /** When NetSuite was observed again to verify. */
  readonly verifiedAt: string;
  /** What that observation showed of each subject. */
  readonly observed: ObservedSubjects;
  readonly run: RunInfo;
  /** SPEC §12.4: each certificate rotation this run carried (absent from runs that rotated nothing). */
  readonly rotations?: readonly RotationResult[];
  /**
   * True when `--only` narrowed the run to some subjects: work it does not list may simply not have
   * been looked at (the dashboard leaves such items as they are). Absent for a whole-account run.
   */
  readonly narrowed?: boolean;
}

/**
 * One mapping's rotation as this run left it, for the results pull request's Rotations section. Never
 * key material: certificate ids, the algorithm, instants and target labels.
 */
export interface RotationResult {
  readonly mapping: string;
  /** The certificates the new one replaces. */
  readonly replaces: readonly string[];
  /** The new certificate; null when the rotation failed before one was uploaded. */
  readonly certificateId: string | null;
  readonly algorithm: string | null;
  readonly validUntil: string | null;
  /** Targets that hold the new bundle. */
  readonly delivered: readonly string[];
  /**
   * `delivered`: consumers have the new bundle, the old certificate is retired after the overlap
   * (`retireAfter`); `retired`: the old certificate is revoked too, the rotation is complete; `failed`:
   * stopped short of delivery (`detail` says why), tried again by the next apply.
   */
  readonly state: 'delivered' | 'retired' | 'failed';
  readonly retireAfter: string | null;
  readonly detail: string | null;
  /** Why a `failed` rotation stopped; null otherwise. */
  readonly failure: RotationFailure | null;
  /**
   * The rotation was carried out by an earlier run and is still waiting for its overlap (from the
   * status file): shown so reviewers see it until it is retired, though this run did nothing to it.
   */
  readonly fromEarlierRun?: boolean;
  /** A new mapping's first certificate (SPEC §11 onboarding): delivered, waiting for an administrator to upload it. */
  readonly onboarding?: boolean;
}

export function countOutcomes(results: readonly ChangeResult[]): Record<ChangeOutcome, number> {
  const counts: Record<ChangeOutcome, number> = { done: 0, pending: 0, failed: 0, blocked: 0 };
  for (const result of results) counts[result.outcome] += 1;
  return counts;
}
