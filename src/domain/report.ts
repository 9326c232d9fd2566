import type { Change, ChangeAction, Plan } from './plan.js';
import type { Subject } from './subject.js';

/** SPEC §5 — what apply did, judged by observing NetSuite again (a 200 from revoketoken is not proof). */

export type ChangeOutcome = 'done' | 'pending' | 'failed' | 'blocked';

export interface ChangeResult {
  readonly change: Change;
  readonly outcome: ChangeOutcome;
  /** Why it failed or is pending, in one sentence; null when done. Never contains secret values. */
  readonly detail: string | null;
  /** The token's edit page in the NetSuite UI, for the administrator checklist; null when the token has no id. */
  readonly deepLink: string | null;
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

export interface RunReport {
  /** The plan that was applied. */
  readonly plan: Plan;
  readonly results: readonly ChangeResult[];
  /** Administrator work from earlier runs, confirmed done by this run's observation. */
  readonly confirmed: readonly ConfirmedChange[];
  /** When NetSuite was observed again to verify. */
  readonly verifiedAt: string;
  readonly run: RunInfo;
}

export function countOutcomes(results: readonly ChangeResult[]): Record<ChangeOutcome, number> {
  const counts: Record<ChangeOutcome, number> = { done: 0, pending: 0, failed: 0, blocked: 0 };
  for (const result of results) counts[result.outcome] += 1;
  return counts;
}
