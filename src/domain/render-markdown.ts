import { appendLines } from './lines.js';
import { codeSpan, escapeMarkdown, inertProse } from './markdown.js';
import { CHANGE_ACTIONS, FINDING_KINDS } from './plan.js';
import { actionTitle, blockedLabel, changeCounts, findingTitle, planSummaryLine, refusalHeadline, subjectHeaders, viaLabel } from './plan-wording.js';
import type { Change, Finding, Plan, Refusal } from './plan.js';
import { groupBy } from './group-by.js';
import type { Subject } from './subject.js';
import { deepLinkFor } from './kinds/registry.js';

/**
 * SPEC §4/§6 plan as GitHub markdown, for pull-request comments and job summaries. Nothing from
 * NetSuite is trusted as markdown: every NetSuite string goes through codeSpan (no mention, link,
 * image, HTML or broken table can come out of it); the operator's own sentences through escapeMarkdown.
 */

export interface MarkdownRenderOptions {
  /** The NetSuite UI origin for deep links, e.g. `https://1234567-sb1.app.netsuite.com`. */
  readonly uiOrigin: string;
  /** Rows shown per table before the rest is summarised in one line (a comment must stay readable and under GitHub's size limit). */
  readonly maxRowsPerTable?: number;
}

const DEFAULT_MAX_ROWS = 100;

export function renderPlanMarkdown(plan: Plan, options: MarkdownRenderOptions): string {
  const lines = [`### NetSuite token plan for ${codeSpan(plan.account)}`, '', `Observed ${escapeMarkdown(plan.observedAt)}.`, ''];
  if (plan.refusal !== null) lines.push(...refusalCallout(plan.refusal), '');
  const counts = changeCounts(plan);
  lines.push(`**${escapeMarkdown(planSummaryLine(plan))}**`, '');
  lines.push(
    '| Tokens observed | Managed | Unchanged | Changes | Via API | For an administrator | Blocked | Findings |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${plan.summary.tokens} | ${plan.summary.managed} | ${plan.summary.unchanged} | ${counts.api + counts.admin} | ${counts.api} | ${counts.admin} | ${counts.blocked} | ${plan.findings.length} |`,
  );
  const groups = groupBy(plan.changes, (change) => change.action);
  for (const action of CHANGE_ACTIONS) {
    const group = groups.get(action);
    if (group === undefined) continue;
    lines.push('', `#### ${actionTitle(action)} (${group.length})`, '');
    appendLines(lines, changesTable(group, {
      change: (change) => change,
      stateHeader: 'From',
      state: (change) => change.from,
      status: blockedStatus,
      whyHeader: 'Why',
      why: (change) => planWhy(change, options.uiOrigin),
    }, options));
  }
  appendLines(lines, findingsMarkdown(plan.findings, options));
  return `${lines.join('\n')}\n`;
}

export function refusalCallout(refusal: Refusal): string[] {
  return ['> [!CAUTION]', `> **${escapeMarkdown(refusalHeadline(refusal))}**: nothing will be applied. ${escapeMarkdown(refusal.message)}`];
}

function planWhy(change: Change, uiOrigin: string): string {
  const why = inertProse(change.message);
  const link = change.via === 'admin' && change.blocked === null ? deepLinkFor(uiOrigin, change.subject) : null;
  return link === null ? why : `${why} ${markdownLink('Open in NetSuite', link)}`;
}

/**
 * A link whose destination cannot end early or turn into something else: characters that close or
 * reopen a destination or a link text are percent-encoded (the id in a deep link is data).
 */
export function markdownLink(label: string, url: string): string {
  const destination = url.replace(/[\s()<>[\]\\`"'|]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeMarkdown(label)}](${destination})`;
}

/** The columns that name a subject: for a token its id, name, application, user and role. */
export function subjectCells(subject: Subject): string[] {
  switch (subject.kind) {
    case 'tba-token':
      return [codeSpan(subject.id), codeSpan(subject.name), codeSpan(subject.application), codeSpan(subject.user), codeSpan(subject.role)];
    case 'm2m-certificate':
      return [codeSpan(subject.id), codeSpan(subject.name), codeSpan(subject.application ?? subject.clientId), codeSpan(subject.entity), codeSpan(subject.role)];
  }
}


/** A GFM table; over `max` rows, the rest is counted in one line below it. */
/** A table of at most `max` rows; `total` says how many there are in all, when only the first were formatted. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[], max: number, total: number = rows.length): string[] {
  const shown = rows.slice(0, max);
  const lines = [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...shown.map((cells) => `| ${cells.join(' | ')} |`)];
  if (total > shown.length) lines.push('', `_…and ${total - shown.length} more not shown here; the JSON output and the status file list them all._`);
  return lines;
}

/** How one markdown table of changes (or of their results) is laid out; all cells come back already safe. */
export interface MarkdownChangeColumns<T> {
  readonly change: (item: T) => Change;
  readonly stateHeader: string;
  readonly state: (item: T) => string;
  readonly status: (item: T) => string;
  readonly whyHeader: string;
  readonly why: (item: T) => string;
}

export function changesTable<T>(items: readonly T[], columns: MarkdownChangeColumns<T>, options: MarkdownRenderOptions): string[] {
  const rows = items.map((item) => {
    const change = columns.change(item);
    return [...subjectCells(change.subject), escapeMarkdown(columns.state(item)), escapeMarkdown(viaLabel(change.via)), codeSpan(change.owner), columns.status(item), columns.why(item)];
  });
  return markdownTable([...subjectHeaders(items.map((item) => columns.change(item).subject)), columns.stateHeader, 'Via', 'Owner', 'Status', columns.whyHeader], rows, maxRows(options));
}

export function maxRows(options: MarkdownRenderOptions): number {
  return options.maxRowsPerTable ?? DEFAULT_MAX_ROWS;
}

function blockedStatus(change: Change): string {
  return change.blocked === null ? 'ready' : `**${escapeMarkdown(blockedLabel(change.blocked, change.subject.kind))}**`;
}

/** Findings under one heading, a table per kind; nothing when there are none. */
export function findingsMarkdown(findings: readonly Finding[], options: MarkdownRenderOptions): string[] {
  if (findings.length === 0) return [];
  const lines = ['', `#### Findings (${findings.length})`];
  const byKind = groupBy(findings, (finding) => finding.kind);
  for (const kind of FINDING_KINDS) {
    const group = byKind.get(kind);
    if (group === undefined) continue;
    lines.push('', `##### ${escapeMarkdown(findingTitle(kind))} (${group.length})`, '');
    // Only the rows shown are formatted: a large account has a finding for most of its tokens.
    const max = maxRows(options);
    const rows = group.slice(0, max).map((finding) => {
      const candidates = finding.candidates === undefined ? '' : ` Candidates: ${finding.candidates.map((id) => codeSpan(id)).join(', ')}.`;
      return [...subjectCells(finding.subject), `${inertProse(finding.message)}${candidates}`];
    });
    appendLines(lines, markdownTable([...subjectHeaders(group.map((finding) => finding.subject)), 'Finding'], rows, max, group.length));
  }
  return lines;
}
