import { firstOfEach, groupBy } from './group-by.js';
import { appendLines } from './lines.js';
import { CHANGE_ACTIONS, FINDING_KINDS } from './plan.js';
import { actionTitle, blockedLabel, findingTitle, plural, planSummaryLine, refusalHeadline, subjectHeaders, viaLabel } from './plan-wording.js';
import type { Change, ChangeAction, Finding, Plan, Refusal } from './plan.js';
import { alignRows, paint, terminalText, wrapText } from './text-layout.js';
import type { Cell, Tone } from './text-layout.js';
import type { Subject } from './subject.js';
import { deepLinkFor } from './kinds/registry.js';

/** SPEC §4 plan for a terminal: grouped by action, aligned, coloured only when asked, Terraform-like summary line. */

export interface TextRenderOptions {
  /** ANSI colour; true only when writing to a TTY (and neither NO_COLOR nor --no-color). */
  readonly color: boolean;
  /** The NetSuite UI origin for deep links, e.g. `https://1234567-sb1.app.netsuite.com`. */
  readonly uiOrigin: string;
  /** The terminal's width: tables give up width and prose wraps to fit it. Absent or null: nothing is fitted. */
  readonly width?: number | null;
}

/** Lines of prose, wrapped to the width and painted line by line (so colour never spans a line break). */
export function proseLines(text: string, tone: Tone | undefined, options: Pick<TextRenderOptions, 'color' | 'width'>, indent = ''): string[] {
  return wrapText(text, options.width ?? null, indent).map((line) => indent + paint(line.slice(indent.length), tone, options.color));
}

export function renderPlanText(plan: Plan, options: TextRenderOptions): string {
  const { color } = options;
  const lines = proseLines(`Plan for NetSuite account ${terminalText(plan.account)}, observed ${terminalText(plan.observedAt)}`, 'bold', options);
  if (plan.refusal !== null) lines.push('', ...refusalLines(plan.refusal, options));
  const groups = groupBy(plan.changes, (change) => change.action);
  for (const action of CHANGE_ACTIONS) {
    const group = groups.get(action);
    if (group === undefined) continue;
    lines.push('', paint(`${actionTitle(action)} (${group.length})`, actionTone(action), color));
    appendLines(lines, changeTable(group, {
      change: (change) => change,
      stateHeader: 'FROM',
      state: (change) => change.from,
      status: blockedCell,
      details: (change) => changeDetails(change, options),
    }, options));
  }
  if (plan.findings.length > 0) {
    lines.push('');
    appendLines(lines, findingLines(plan.findings, options));
  }
  lines.push('', ...proseLines(planSummaryLine(plan), 'bold', options));
  return `${lines.join('\n')}\n`;
}

export function refusalLines(refusal: Refusal, options: Pick<TextRenderOptions, 'color' | 'width'>): string[] {
  return [...proseLines(`!! ${refusalHeadline(refusal)}: nothing will be applied.`, 'red', options), ...proseLines(terminalText(refusal.message, 1000), 'red', options, '   ')];
}


function actionTone(action: ChangeAction): Tone {
  switch (action) {
    case 'revoke':
      return 'red';
    case 'inactivate':
      return 'yellow';
    case 'activate':
      return 'green';
    case 'rotate':
      return 'cyan';
    case 'retire':
      return 'red';
  }
}

/** The why, and for a change an administrator makes, the page to make it on. */
function changeDetails(change: Change, options: TextRenderOptions): Cell[] {
  const details: Cell[] = [{ text: terminalText(change.message, 1000), tone: 'dim' }];
  const link = change.via === 'admin' && change.blocked === null ? deepLinkFor(options.uiOrigin, change.subject) : null;
  if (link !== null) details.push({ text: link });
  return details;
}

/** The columns that name a subject: for a token its id, name, application, user and role. */
export function subjectCells(subject: Subject): Cell[] {
  switch (subject.kind) {
    case 'tba-token':
      return [
        { text: terminalText(subject.id, 24), tone: 'bold' },
        { text: terminalText(subject.name), shrink: true },
        // NetSuite names a token "APPLICATION - USER - ROLE" unless someone renames it: on a narrow
        // terminal these columns go first, role first (then the owner, in a table of changes).
        { text: terminalText(subject.application, 32), shrink: true, optional: 2 },
        { text: terminalText(subject.user, 32), shrink: true, optional: 3 },
        { text: terminalText(subject.role, 32), shrink: true, optional: 4 },
      ];
    // A certificate: its id, the mapping's name, the integration, and the entity and role ids it signs in as.
    case 'm2m-certificate':
      return [
        { text: terminalText(subject.id === null ? null : shortId(subject.id), 24), tone: 'bold' },
        { text: terminalText(subject.name), shrink: true },
        { text: terminalText(subject.application ?? shortId(subject.clientId), 32), shrink: true, optional: 2 },
        { text: terminalText(`entity ${subject.entity}`, 32), shrink: true, optional: 3 },
        { text: terminalText(`role ${subject.role}`, 32), shrink: true, optional: 4 },
      ];
  }
}

/** Certificate and client ids are 43 to 64 characters; their start tells them apart in a table. */
export function shortId(id: string): string {
  return id.length > 16 ? `${id.slice(0, 12)}…` : id;
}


/** How one table of changes (or of results of changes) is laid out: the state column, the status column and the lines under each row. */
export interface ChangeColumns<T> {
  readonly change: (item: T) => Change;
  readonly stateHeader: string;
  readonly state: (item: T) => string;
  readonly status: (item: T) => Cell;
  /** Lines under the row: prose is wrapped to the width, a link (one word) is left whole. */
  readonly details: (item: T) => readonly Cell[];
}

/** One aligned table of changes, with detail lines (why, deep link) under each row. */
export function changeTable<T>(items: readonly T[], columns: ChangeColumns<T>, options: Pick<TextRenderOptions, 'color' | 'width'>): string[] {
  const header: Cell[] = [...subjectHeaders(items.map((item) => columns.change(item).subject)), columns.stateHeader, 'VIA', 'OWNER', 'STATUS'].map((text) => ({ text: text.toUpperCase(), tone: 'dim' }));
  const rows: Cell[][] = items.map((item) => {
    const change = columns.change(item);
    return [...subjectCells(change.subject), { text: columns.state(item) }, { text: viaLabel(change.via) }, { text: terminalText(change.owner, 40), shrink: true, optional: 1 }, columns.status(item)];
  });
  const aligned = alignRows([header, ...rows], options.color, '  ', options.width ?? null);
  const lines = [aligned[0] ?? ''];
  items.forEach((item, index) => {
    lines.push(aligned[index + 1] ?? '');
    for (const detail of columns.details(item)) lines.push(...proseLines(detail.text, detail.tone, options, '      '));
  });
  return lines;
}

export function blockedCell(change: Change): Cell {
  return change.blocked === null ? { text: 'ready', tone: 'green' } : { text: blockedLabel(change.blocked, change.subject.kind), tone: 'magenta' };
}

/** Findings grouped by kind, the ones that need a decision first. */
/**
 * Findings are advice, not work: a terminal shows the first of each kind and counts the rest, which
 * the JSON output and the status file list in full. (Changes are always listed: they are the work.)
 */
const FINDINGS_SHOWN_PER_KIND = 50;

export function findingLines(findings: readonly Finding[], options: Pick<TextRenderOptions, 'color' | 'width'>): string[] {
  const { color } = options;
  const lines = [paint(`Findings (${findings.length})`, 'cyan', color)];
  const byKind = firstOfEach(findings, (finding) => finding.kind, FINDINGS_SHOWN_PER_KIND);
  for (const kind of FINDING_KINDS) {
    const found = byKind.get(kind);
    if (found === undefined) continue;
    lines.push(paint(`  ${findingTitle(kind)} (${found.count})`, 'cyan', color));
    const group = found.first;
    const header: Cell[] = subjectHeaders(group.map((finding) => finding.subject)).map((text) => ({ text: text.toUpperCase(), tone: 'dim' }));
    const aligned = alignRows([header, ...group.map((finding) => subjectCells(finding.subject))], color, '    ', options.width ?? null);
    lines.push(aligned[0] ?? '');
    group.forEach((finding, index) => {
      lines.push(aligned[index + 1] ?? '');
      lines.push(...proseLines(terminalText(finding.message, 1000), 'dim', options, '        '));
      if (finding.candidates !== undefined) {
        lines.push(...proseLines(`${plural(finding.candidates.length, 'candidate')}: ${finding.candidates.map((id) => terminalText(id, 24)).join(', ')}`, undefined, options, '        '));
      }
    });
    if (found.count > group.length) lines.push(`    …and ${found.count - group.length} more; --format json and the status file list them all.`);
  }
  return lines;
}
