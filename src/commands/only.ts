import type { Plan } from '../domain/plan.js';
import { onlySelection } from '../domain/plan-only.js';

/**
 * What a person is told (on stderr, so JSON on stdout stays whole) when `--only` narrowed an account's
 * plan: that the rest was left out, or that nothing in it concerns what they named. Null when the run
 * is not narrowed in this account.
 */
export function onlyNote(plan: Plan, only: readonly string[]): string | null {
  if (onlySelection(only, plan.account) === null) return null;
  const named = only.map((value) => value.trim().slice(0, 60)).join(', ');
  if (plan.changes.length === 0 && plan.findings.length === 0) {
    return `--only ${named}: no change or finding in account ${plan.account} concerns it (a SUBJECT is a token's internal id, a certificate mapping's name, or the account id for all of it).`;
  }
  return `--only ${named}: changes and findings about anything else in account ${plan.account} are left out of this run.`;
}
