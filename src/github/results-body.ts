import type { RunReport } from '../domain/report.js';
import { countOutcomes } from '../domain/report.js';
import { codeSpan } from '../domain/markdown.js';
import { plural } from '../domain/plan-wording.js';
import { renderReportMarkdown } from '../domain/render-report.js';
import { recordedChangesMarkdown, type RecordedChange } from '../domain/status-difference.js';
import { fitMarkdown } from './fit-markdown.js';
import { safeLink } from './safe-link.js';

/**
 * Title and body of the results pull request. The report itself is rendered by the domain (which
 * makes every NetSuite string inert); here it is framed with the run link and the status file, and
 * kept under GitHub's body limit by cutting long tables, never the summary.
 */

/** GitHub refuses bodies over 65,536 characters; the margin leaves room for GitHub's own counting. */
export const BODY_LIMIT = 65_000;

export interface ResultsFrame {
  readonly account: string;
  readonly uiOrigin: string;
  readonly runUrl: string | null;
  /** The status file's path in the repository. */
  readonly statusPath: string;
  readonly branch: string;
  /** The default branch the pull request merges into. */
  readonly base: string;
  /** What merging records against the default branch's status file; null when there is none to compare with. */
  readonly recorded: readonly RecordedChange[] | null;
}

export function resultsMarker(account: string): string {
  return `<!-- netsuite-tokens:results account=${encodeURIComponent(account)} -->`;
}

/**
 * `NetSuite tokens 1234567_SB1: 2 done, 1 change to record, 3 pending, 1 blocked, 4 findings`. Against
 * a status file on the default branch, what merging records is counted beside this run's own: the pull
 * request carries what earlier runs of its branch did too.
 */
export function resultsTitle(report: RunReport, recorded: readonly RecordedChange[] | null = null): string {
  const counts = countOutcomes(report.results);
  const parts = [
    counts.done > 0 ? `${counts.done} done` : null,
    recorded !== null && recorded.length > 0 ? `${plural(recorded.length, 'change')} to record` : null,
    counts.pending > 0 ? `${counts.pending} pending` : null,
    counts.failed > 0 ? `${counts.failed} failed` : null,
    counts.blocked > 0 ? `${counts.blocked} blocked` : null,
    report.plan.findings.length > 0 ? `${report.plan.findings.length} finding${report.plan.findings.length === 1 ? '' : 's'}` : null,
  ].filter((part): part is string => part !== null);
  const title = `NetSuite tokens ${report.plan.account.replace(/[\r\n]/g, ' ')}: ${parts.length === 0 ? 'status updated, no changes' : parts.join(', ')}`;
  return title.length <= 250 ? title : `${title.slice(0, 249)}…`;
}

export function resultsBody(report: RunReport, frame: ResultsFrame): string {
  const run = frame.runUrl ?? report.run.url;
  const status = codeSpan(frame.statusPath);
  const body = [
    resultsMarker(frame.account),
    ...(frame.recorded === null || frame.recorded.length === 0 ? [] : [...recordedChangesMarkdown(frame.recorded, frame.base), '']),
    renderReportMarkdown(report, { uiOrigin: frame.uiOrigin, maxRowsPerTable: Number.MAX_SAFE_INTEGER }).trimEnd(),
    '',
    '---',
    '',
    [
      // The report names its own run; the frame adds the link only when the report has none.
      report.run.url !== null ? null : run === null ? `Run started ${report.run.startedAt}, outside GitHub Actions.` : `From [this run](${safeLink(run)}), started ${report.run.startedAt}.`,
      `The status file ${status} has every token, what was done and what is pending; merging this pull request records it on the default branch.`,
      `netsuite-tokens rewrites ${codeSpan(frame.branch)} on every run: commits by anyone else on it stop the next run instead of being overwritten.`,
    ].filter((sentence): sentence is string => sentence !== null).join(' '),
    '',
  ].join('\n');
  return fitMarkdown(body, {
    limit: BODY_LIMIT,
    omittedRows: (count) => `_…and ${count} more not shown to keep this under GitHub's size limit; the status file ${status} lists them all._`,
    cutNote: `_The rest was cut to keep this under GitHub's size limit; the status file ${status} has everything._`,
  });
}
