import { groupBy } from './group-by.js';
import { appendLines } from './lines.js';
import { codeSpan, escapeMarkdown, inertProse } from './markdown.js';
import { actionTitle, blockedLabel, outcomeTitle, plural, reportSummaryLine } from './plan-wording.js';
import type { Change } from './plan.js';
import { changesTable, findingsMarkdown, markdownLink, maxRows, refusalCallout } from './render-markdown.js';
import type { MarkdownRenderOptions } from './render-markdown.js';
import { planJsonObject, subjectJson } from './render-json.js';
import { rotationJson, rotationsMarkdown, rotationsText } from './render-rotations.js';
import { changeTable, findingLines, proseLines, refusalLines, subjectCells } from './render-text.js';
import type { TextRenderOptions } from './render-text.js';
import { countOutcomes } from './report.js';
import { CREDENTIAL_KINDS, deepLinkFor } from './kinds/registry.js';
import { CERTIFICATE_HEADING, certificateMarkdownBlock, publicCertificateLines } from './certificate-pem.js';
import type { SubjectKind } from './subject.js';
import type { ChangeOutcome, ChangeResult, ConfirmedChange, RunReport } from './report.js';
import { alignRows, paint, terminalText } from './text-layout.js';
import type { Cell, Tone } from './text-layout.js';

/**
 * SPEC §5 what an apply did, judged by observing NetSuite again: failed (with why), the administrator
 * checklist (one line per pending UI change, with its deep link), done, pending, blocked, findings,
 * and a summary line. Same safety rules as the plan renderers.
 */

/** Failed first: it needs someone now; blocked last: nothing will happen to it. */
const OUTCOME_ORDER: readonly ChangeOutcome[] = ['failed', 'done', 'pending', 'blocked'];

function outcomeTone(outcome: ChangeOutcome): Tone {
  switch (outcome) {
    case 'done':
      return 'green';
    case 'pending':
      return 'yellow';
    case 'failed':
      return 'red';
    case 'blocked':
      return 'magenta';
  }
}

/** Pending changes only an administrator can make: the checklist. */
function checklistItems(results: readonly ChangeResult[]): ChangeResult[] {
  return results.filter((result) => result.outcome === 'pending' && result.change.via === 'admin');
}

function linkFor(result: ChangeResult, uiOrigin: string): string | null {
  if (result.deepLink !== null) return result.deepLink;
  return deepLinkFor(uiOrigin, result.change.subject);
}

/** A failed change's page in the UI, where an administrator can see it or do it by hand; none where the verifier gave none (a token gone). */
function failedLink(result: ChangeResult): Cell[] {
  return result.outcome !== 'failed' || result.deepLink === null ? [] : [{ text: result.deepLink }];
}

function transition(change: Change): string {
  return `${change.action} (${change.from} → ${change.to})`;
}

/** Why a result is where it is: the verifier's detail when there is one, else the plan's reason. */
function explanation(result: ChangeResult): string {
  return result.detail ?? result.change.message;
}

function statusText(result: ChangeResult): string {
  if (result.outcome === 'blocked' && result.change.blocked !== null) return blockedLabel(result.change.blocked, result.change.subject.kind);
  return result.outcome;
}

export function renderReportText(report: RunReport, options: TextRenderOptions): string {
  const { color } = options;
  const { plan } = report;
  const lines = proseLines(`Apply for NetSuite account ${terminalText(plan.account)}, verified ${terminalText(report.verifiedAt)}`, 'bold', options);
  lines.push(...proseLines(`Run started ${terminalText(report.run.startedAt)}, finished ${terminalText(report.run.finishedAt)}${report.run.url === null ? '' : `: ${terminalText(report.run.url, 500)}`}`, undefined, options));
  if (plan.refusal !== null) lines.push('', ...refusalLines(plan.refusal, options));
  const groups = groupBy(report.results, (result) => result.outcome);
  for (const outcome of OUTCOME_ORDER) {
    const group = groups.get(outcome);
    if (group !== undefined) {
      lines.push('', paint(`${outcomeTitle(outcome)} (${group.length})`, outcomeTone(outcome), color));
      appendLines(lines, changeTable(group, {
        change: (result) => result.change,
        stateHeader: 'ACTION',
        state: (result) => transition(result.change),
        status: (result): Cell => ({ text: statusText(result), tone: outcomeTone(result.outcome) }),
        details: (result): Cell[] => (result.outcome === 'done' ? [] : [{ text: terminalText(explanation(result), 1000), tone: 'dim' }, ...failedLink(result)]),
      }, options));
    }
    // The checklist follows the failures: after them, it is what a person has to do.
    if (outcome === 'failed') appendLines(lines, checklistText(report.results, options));
  }
  appendLines(lines, rotationsText(report.rotations, options));
  appendLines(lines, confirmedText(report.confirmed, options));
  if (plan.findings.length > 0) {
    lines.push('');
    appendLines(lines, findingLines(plan.findings, options));
  }
  lines.push('', ...proseLines(reportSummaryLine(report), 'bold', options));
  return `${lines.join('\n')}\n`;
}

/** Administrator work from earlier runs that NetSuite now shows done: the checklist, closed. */
function confirmedText(confirmed: readonly ConfirmedChange[], options: TextRenderOptions): string[] {
  const { color } = options;
  if (confirmed.length === 0) return [];
  const rows: Cell[][] = confirmed.map((item) => {
    const [id, name] = subjectCells(item.subject);
    return [{ text: '[x]' }, { text: actionTitle(item.action), tone: 'bold' }, id ?? { text: '—' }, name ?? { text: '—' }];
  });
  return ['', ...proseLines(`Administrator changes verified since the last run (${confirmed.length})`, 'green', options), ...alignRows(rows, color, '  ', options.width ?? null)];
}

function checklistText(results: readonly ChangeResult[], options: TextRenderOptions): string[] {
  const items = checklistItems(results);
  if (items.length === 0) return [];
  const rows: Cell[][] = items.map((result) => {
    const { subject } = result.change;
    // A token is found by its id and name; a certificate mapping by its entity and role too.
    const [id, name, , entity, role] = subjectCells(subject);
    const where = subject.kind === 'm2m-certificate' ? [entity ?? { text: '' }, role ?? { text: '' }] : [];
    return [{ text: '[ ]' }, { text: actionTitle(result.change.action), tone: 'bold' }, id ?? { text: '—' }, name ?? { text: '—' }, ...where, { text: `owner ${terminalText(result.change.owner, 40)}`, shrink: true }];
  });
  const aligned = alignRows(rows, options.color, '  ', options.width ?? null);
  const lines = ['', ...proseLines(`Administrator checklist (${items.length}): in the NetSuite UI, ${uiPathsOf(items)}`, 'yellow', options)];
  items.forEach((result, index) => {
    lines.push(aligned[index] ?? '');
    const link = linkFor(result, options.uiOrigin);
    if (link !== null) lines.push(`      ${link}`);
    const certificate = publicCertificateLines(result.certificatePem);
    if (certificate !== null) lines.push(`      ${CERTIFICATE_HEADING}`, ...certificate.map((line) => `      ${line}`));
  });
  return lines;
}

/** Where the checklist's items are done: each kind's page in the UI, named by kind when there are several. */
function uiPathsOf(items: readonly ChangeResult[]): string {
  const kinds = [...new Set(items.map((result) => result.change.subject.kind))].sort();
  if (kinds.length === 1 && kinds[0] !== undefined) return CREDENTIAL_KINDS[kinds[0]].uiPath;
  return kinds.map((kind) => `${CREDENTIAL_KINDS[kind].uiPath} (${KIND_NOUNS[kind]})`).join('; ');
}

const KIND_NOUNS: { readonly [K in SubjectKind]: string } = { 'tba-token': 'tokens', 'm2m-certificate': 'certificate mappings' };

export function renderReportMarkdown(report: RunReport, options: MarkdownRenderOptions): string {
  const { plan } = report;
  const counts = countOutcomes(report.results);
  const run = report.run.url === null ? '' : ` (${markdownLink('run', report.run.url)})`;
  const lines = [
    `### NetSuite token apply for ${codeSpan(plan.account)}`,
    '',
    `Verified by observing NetSuite again at ${escapeMarkdown(report.verifiedAt)}${run}.`,
    '',
  ];
  if (plan.refusal !== null) lines.push(...refusalCallout(plan.refusal), '');
  lines.push(
    `**${escapeMarkdown(reportSummaryLine(report))}**`,
    '',
    '| Done | Pending | Failed | Blocked | Findings |',
    '| ---: | ---: | ---: | ---: | ---: |',
    `| ${counts.done} | ${counts.pending} | ${counts.failed} | ${counts.blocked} | ${plan.findings.length} |`,
  );
  const groups = groupBy(report.results, (result) => result.outcome);
  for (const outcome of OUTCOME_ORDER) {
    const group = groups.get(outcome);
    if (group !== undefined) {
      lines.push('', `#### ${escapeMarkdown(outcomeTitle(outcome))} (${group.length})`, '');
      appendLines(lines, changesTable(group, {
        change: (result) => result.change,
        stateHeader: 'Action',
        state: (result) => transition(result.change),
        status: (result) => escapeMarkdown(statusText(result)),
        whyHeader: outcome === 'done' ? 'Why' : 'Detail',
        why: (result) => inertProse(explanation(result)),
      }, options));
    }
    if (outcome === 'failed') appendLines(lines, checklistMarkdown(report.results, options));
  }
  appendLines(lines, rotationsMarkdown(report.rotations, options));
  appendLines(lines, confirmedMarkdown(report.confirmed, options));
  appendLines(lines, findingsMarkdown(plan.findings, options));
  return `${lines.join('\n')}\n`;
}

function confirmedMarkdown(confirmed: readonly ConfirmedChange[], options: MarkdownRenderOptions): string[] {
  if (confirmed.length === 0) return [];
  const shown = confirmed.slice(0, maxRows(options));
  const lines = ['', `#### Administrator changes verified since the last run (${confirmed.length})`, ''];
  for (const item of shown) lines.push(`- [x] **${actionTitle(item.action)}** ${codeSpan(item.subject.name)} (id ${codeSpan(item.subject.id)})`);
  if (confirmed.length > shown.length) lines.push('', `_…and ${confirmed.length - shown.length} more; the status file lists every token._`);
  return lines;
}

/** A task list a person works through; each item names the action, the token, its owner and the page to do it on. */
function checklistMarkdown(results: readonly ChangeResult[], options: MarkdownRenderOptions): string[] {
  const items = checklistItems(results);
  if (items.length === 0) return [];
  const shown = items.slice(0, maxRows(options));
  const lines = ['', `#### Administrator checklist (${items.length})`, '', `In the NetSuite UI (${escapeMarkdown(uiPathsOf(items))}), ${plural(items.length, 'change')} only an administrator can make:`, ''];
  for (const result of shown) {
    const { change } = result;
    const { subject } = change;
    const link = linkFor(result, options.uiOrigin);
    const open = link === null ? '' : `: ${markdownLink('open in NetSuite', link)}`;
    const where = subject.kind === 'm2m-certificate' ? `, entity ${codeSpan(subject.entity)}, role ${codeSpan(subject.role)}` : '';
    lines.push(`- [ ] **${actionTitle(change.action)}** ${codeSpan(subject.name)} (id ${codeSpan(subject.id)})${where}, owner ${codeSpan(change.owner)}${open}`);
    lines.push(...certificateMarkdownBlock(result.certificatePem));
  }
  if (items.length > shown.length) lines.push('', `_…and ${items.length - shown.length} more not shown here; the text output and the status file list them all._`);
  return lines;
}

/** The run report as JSON: each change with its verified outcome, and the plan it came from (its JSON form). */
export function renderReportJson(report: RunReport): string {
  const counts = countOutcomes(report.results);
  const document = {
    formatVersion: 2,
    account: report.plan.account,
    verifiedAt: report.verifiedAt,
    run: { startedAt: report.run.startedAt, finishedAt: report.run.finishedAt, url: report.run.url },
    outcomes: { done: counts.done, pending: counts.pending, failed: counts.failed, blocked: counts.blocked },
    results: report.results.map((result) => ({
      subject: subjectJson(result.change.subject),
      action: result.change.action,
      from: result.change.from,
      to: result.change.to,
      via: result.change.via,
      reason: result.change.reason,
      blocked: result.change.blocked,
      owner: result.change.owner,
      message: result.change.message,
      outcome: result.outcome,
      detail: result.detail,
      failure: result.failure ?? null,
      deepLink: result.deepLink,
    })),
    confirmed: report.confirmed.map((item) => ({ subject: subjectJson(item.subject), action: item.action })),
    rotations: (report.rotations ?? []).map(rotationJson),
    plan: planJsonObject(report.plan),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
