import type { Plan } from '../domain/plan.js';
import { onlySelection } from '../domain/plan-only.js';
import { minuteOf } from '../domain/render-rotations.js';
import type { RunReport } from '../domain/report.js';

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

/**
 * `--rotate MAPPING` that started no rotation in this account, said (on stderr) instead of a silent "no
 * changes": a person who forces a rotation, after a leaked key say, must learn that it did not happen
 * and why. Null when the mapping is not this account's, or its rotation is in the results. A rotation
 * delivered earlier and waiting for its overlap no longer stops `--rotate` (the new one takes it over),
 * so when one is still waiting here the mapping could not be rotated in this run at all.
 */
export function rotateNote(report: RunReport, mapping: string, declared: boolean): string | null {
  if (!declared) return null;
  if (report.results.some((result) => result.change.action === 'rotate' && result.change.subject.kind === 'm2m-certificate' && result.change.subject.name === mapping)) return null;
  const waiting = (report.rotations ?? []).find((rotation) => rotation.mapping === mapping && rotation.state === 'delivered');
  if (waiting !== undefined) {
    const until = minuteOf(waiting.retireAfter);
    return `--rotate ${mapping}: no new rotation was started, so the one delivered earlier still waits for its overlap${until === null ? '' : ` until ${until}`}; the plan's findings about this mapping say why (its certificates may not be observable in this run, or --only left it out).`;
  }
  return `--rotate ${mapping}: no rotation was started; the plan's findings about this mapping say why (its certificates may not be observable, or it is declared revoked).`;
}
