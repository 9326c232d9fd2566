import type { Plan } from '../domain/plan.js';
import type { RunReport } from '../domain/report.js';
import { countOutcomes } from '../domain/report.js';

/**
 * The Action's outputs (action.yml): `changes` (changes that are not blocked), `pending` (changes an
 * administrator still has to make), `blocked` (changes a guard holds back), `pr-url` (the results pull
 * request, empty when none).
 */
export type ActionOutputs = Readonly<Record<'changes' | 'pending' | 'blocked' | 'pr-url', string>>;

/** After `plan`: nothing is done yet, so `pending` counts the changes that will need an administrator. */
export function planOutputs(plan: Plan): ActionOutputs {
  const ready = plan.changes.filter((change) => change.blocked === null);
  return {
    changes: String(ready.length),
    pending: String(ready.filter((change) => change.via === 'admin').length),
    blocked: String(plan.changes.length - ready.length),
    'pr-url': '',
  };
}

/** After `apply`: `pending` is what NetSuite still does not show done. */
export function reportOutputs(report: RunReport, pullRequestUrl: string | null): ActionOutputs {
  const counts = countOutcomes(report.results);
  return {
    changes: String(report.plan.changes.filter((change) => change.blocked === null).length),
    pending: String(counts.pending),
    blocked: String(counts.blocked),
    'pr-url': pullRequestUrl ?? '',
  };
}
