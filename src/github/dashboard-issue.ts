import type { ChangeAction } from '../domain/plan.js';
import type { ChangeResult, RunReport } from '../domain/report.js';
import { deepLinkFor } from '../domain/kinds/registry.js';
import { codeSpan, inertProse } from '../domain/markdown.js';
import type { GitHubApi } from './github-api.js';
import { ISSUES_READ, ISSUES_WRITE } from './github-api.js';
import { fitMarkdown } from './fit-markdown.js';
import { accountLabel, DASHBOARD_LABEL, type Labels } from './labels.js';
import { mentionOf } from './owners.js';
import { safeLink } from './safe-link.js';

/**
 * One issue per account lists the changes only an administrator can make (NetSuite has no API for
 * them), as a task list. A later run ticks what it observes done and closes the issue when nothing is
 * left; new work reopens the same issue. The issue is found by label and a hidden marker, never by
 * title, so renaming it is harmless.
 */

export type DashboardAction = 'created' | 'updated' | 'closed' | 'reopened' | 'unchanged' | 'none';

export interface DashboardOutcome {
  readonly url: string | null;
  readonly action: DashboardAction;
}

const BODY_LIMIT = 65_000;
const ITEM = /^- \[([ xX])\] (.*?) ?<!-- change=(\S+) -->$/;

export function dashboardMarker(account: string): string {
  return `<!-- netsuite-tokens:dashboard account=${encodeURIComponent(account)} -->`;
}

interface ExistingIssue {
  readonly number: number;
  readonly url: string;
  readonly body: string;
  readonly state: 'open' | 'closed';
}

export class DashboardIssue {
  readonly #api: GitHubApi;
  readonly #labels: Labels;
  readonly #account: string;
  readonly #uiOrigin: string;

  constructor(api: GitHubApi, labels: Labels, account: string, uiOrigin: string) {
    this.#api = api;
    this.#labels = labels;
    this.#account = account;
    this.#uiOrigin = uiOrigin;
  }

  /**
   * A narrowed run (`report.narrowed`, `--only`) looked at only some subjects, so an item it does not
   * list as pending may simply not have been looked at: it stays as it is, and keeps the issue open.
   */
  async sync(report: RunReport, runUrl: string | null): Promise<DashboardOutcome> {
    const pending = report.results.filter(isAdministratorWork);
    const existing = await this.#find();
    if (existing === null) {
      if (pending.length === 0) return { url: null, action: 'none' };
      const body = renderDashboard(this.#account, pending.flatMap((result) => this.#itemLines(result)));
      return { url: await this.#createOnce(body), action: 'created' };
    }

    // A closed issue starts a fresh list when it reopens; an open one keeps its ticked history.
    const previous = existing.state === 'open' ? parseItems(existing.body) : [];
    const pendingKeys = new Set(pending.map(itemKey));
    const observed = `${report.verifiedAt}${runUrl === null ? '' : ` ([run](${safeLink(runUrl)}))`}`;
    const kept: string[] = [];
    for (const item of previous) {
      if (pendingKeys.has(item.key)) continue;
      kept.push(item.checked || report.narrowed === true ? item.line : `- [x] ${item.text} — observed done ${observed} <!-- change=${item.key} -->`);
    }
    const lines = [...withinLimit(this.#account, kept, pending.flatMap((result) => this.#itemLines(result)))];
    const body = renderDashboard(this.#account, lines);
    const state = lines.some((line) => line.startsWith('- [ ] ')) ? 'open' : 'closed';
    if (existing.state === 'closed' && state === 'closed') return { url: existing.url, action: 'unchanged' };
    if (body === existing.body && state === existing.state) return { url: existing.url, action: 'unchanged' };

    const action: DashboardAction = state === existing.state ? 'updated' : state === 'closed' ? 'closed' : 'reopened';
    await this.#api.call(ISSUES_WRITE, () =>
      this.#api.octokit.rest.issues.update({
        ...this.#api.repository,
        issue_number: existing.number,
        body,
        state,
        ...(action === 'closed' ? { state_reason: 'completed' as const } : action === 'reopened' ? { state_reason: 'reopened' as const } : {}),
      }),
    );
    return { url: existing.url, action };
  }

  async #find(): Promise<ExistingIssue | null> {
    return (await this.#findAll())[0] ?? null;
  }

  /**
   * Creates the dashboard issue, then looks again: two runs that both found none may both have
   * created one. The oldest open issue wins and every run closes the others it sees. The run that
   * looks last sees both, so exactly one stays open (the oldest is never closed by anyone).
   */
  async #createOnce(body: string): Promise<string> {
    const created = await this.#create(body);
    const open = (await this.#findAll()).filter((issue) => issue.state === 'open');
    const winner = open[0];
    if (winner === undefined) return created;
    for (const duplicate of open.slice(1)) {
      await this.#api.call(ISSUES_WRITE, () =>
        this.#api.octokit.rest.issues.update({
          ...this.#api.repository,
          issue_number: duplicate.number,
          body: `Duplicate of #${winner.number}: two runs created a dashboard at once; that issue holds the list.`,
          state: 'closed',
          state_reason: 'not_planned',
        }),
      );
    }
    return winner.url;
  }

  /** Every dashboard issue of this account, open ones first, oldest first. */
  async #findAll(): Promise<ExistingIssue[]> {
    const marker = dashboardMarker(this.#account);
    const issues = await this.#api.call(ISSUES_READ, () =>
      this.#api.octokit.paginate(this.#api.octokit.rest.issues.listForRepo, { ...this.#api.repository, labels: DASHBOARD_LABEL.name, state: 'all', per_page: 100 }),
    );
    const candidates = issues
      .filter((issue) => issue.pull_request === undefined && (issue.body ?? '').includes(marker))
      .map((issue): ExistingIssue => ({ number: issue.number, url: issue.html_url, body: issue.body ?? '', state: issue.state === 'open' ? 'open' : 'closed' }))
      .sort((a, b) => (a.state === b.state ? a.number - b.number : a.state === 'open' ? -1 : 1));
    return candidates;
  }

  async #create(body: string): Promise<string> {
    const labels = [DASHBOARD_LABEL, accountLabel(this.#account)];
    await this.#labels.ensure(labels);
    const { data } = await this.#api.call(ISSUES_WRITE, () =>
      this.#api.octokit.rest.issues.create({
        ...this.#api.repository,
        title: `NetSuite tokens: administrator changes for ${this.#account}`,
        body,
        labels: labels.map((label) => label.name),
      }),
    );
    return data.html_url;
  }

  /**
   * One open item of the task list: its line (the hidden key at its end, by which a later run finds
   * it), and for an onboarding upload the certificate to upload in a code block under it. A later run
   * keeps only the first line of a ticked item, so the certificate goes once the upload is seen.
   */
  #itemLines(result: ChangeResult): string[] {
    return [`- [ ] ${this.#itemText(result)} <!-- change=${itemKey(result)} -->`, ...certificateBlock(result)];
  }

  /** One line of the task list. NetSuite strings are code spans; the owner comes from the config. */
  #itemText(result: ChangeResult): string {
    const { subject, owner } = result.change;
    const link = result.deepLink ?? deepLinkFor(this.#uiOrigin, subject);
    const names = subject.kind === 'tba-token'
      ? [subject.application, subject.user, subject.role]
      : [subject.application ?? subject.clientId, `entity ${subject.entity}`, `role ${subject.role}`];
    const where = names.filter((part): part is string => part !== null && part !== '').map((part) => codeSpan(part)).join(' · ');
    // A token by its id; a certificate by its id, or the mapping as a whole (a new certificate, every one revoked).
    const identity = subject.kind === 'tba-token' ? `id ${codeSpan(subject.id)}` : subject.id === null ? null : `certificate ${codeSpan(subject.id)}`;
    const context = [identity, where === '' ? null : where].filter((part): part is string => part !== null).join('; ');
    const parts = [
      `**${actionLabel(result.change.action)}** ${codeSpan(subject.name)}${context === '' ? '' : ` (${context})`}`,
      link === null ? null : `[open in NetSuite](${safeLink(link)})`,
      owner === null ? null : `owner ${mentionOf(owner) ?? codeSpan(owner)}`,
      // A certificate's administrator work is more than a click on a page: the plan's sentence says what to do.
      subject.kind === 'm2m-certificate' ? inertProse(result.change.message) : null,
    ];
    return parts.filter((part): part is string => part !== null).join(' — ');
  }
}

/**
 * A PEM certificate, and nothing else: base64 lines between one BEGIN/END CERTIFICATE pair. Anything
 * else (a private key passed by mistake, a fence that could close the block early) is not shown.
 */
const CERTIFICATE_PEM = /^-----BEGIN CERTIFICATE-----\n(?:[A-Za-z0-9+/=]{1,76}\n)+-----END CERTIFICATE-----$/;

/** The onboarding certificate as a fenced block inside its task item (indented, so the list goes on). */
function certificateBlock(result: ChangeResult): string[] {
  const pem = result.certificatePem?.replace(/\r\n/g, '\n').trim();
  if (pem === undefined || !CERTIFICATE_PEM.test(pem)) return [];
  return ['', '  Certificate to upload (public; paste it in the certificate field):', '', '  ```', ...pem.split('\n').map((line) => `  ${line}`), '  ```'];
}

function isAdministratorWork(result: ChangeResult): boolean {
  // A token needs its id to be found again; a certificate mapping's work is found by its name.
  return result.outcome === 'pending' && result.change.via === 'admin' && (result.change.subject.kind === 'm2m-certificate' || result.change.subject.id !== null);
}

/** Stable across runs and inert inside an HTML comment (no `-->` can survive percent-encoding). */
function itemKey(result: ChangeResult): string {
  // The marker a checkbox is found by in an existing issue: a token's id and the action (kept as first
  // written); a certificate's mapping name and id.
  const { subject } = result.change;
  const id = subject.kind === 'tba-token' ? subject.id ?? '' : `${subject.name}/${subject.id ?? ''}`;
  return `${encodeURIComponent(id)}:${result.change.action}`;
}

/** What the administrator does in the token's edit page. */
function actionLabel(action: ChangeAction): string {
  switch (action) {
    case 'revoke':
      return 'Revoke';
    case 'inactivate':
      return 'Tick Inactive';
    case 'activate':
      return 'Clear Inactive';
    case 'rotate':
      return 'Upload a new certificate';
    case 'retire':
      return 'Revoke the superseded certificate';
  }
}

interface ParsedItem {
  readonly key: string;
  readonly checked: boolean;
  readonly text: string;
  readonly line: string;
}

function parseItems(body: string): ParsedItem[] {
  const items: ParsedItem[] = [];
  for (const line of body.split('\n')) {
    const match = ITEM.exec(line.trimEnd());
    if (match?.[1] === undefined || match[2] === undefined || match[3] === undefined) continue;
    items.push({ checked: match[1] !== ' ', text: match[2], key: match[3], line: line.trimEnd() });
  }
  return items;
}

/**
 * The kept lines (ticked history, and open items a narrowed run did not look at) before the new open
 * items, without the oldest ticked ones when all of it would not fit: cutting the list's end instead
 * would hide the work still to do behind work already done.
 */
function withinLimit(account: string, kept: readonly string[], open: readonly string[]): readonly string[] {
  // The note (under 100 characters) is counted in from the start; each line costs its length and a newline.
  let excess = renderDashboard(account, [...kept, ...open], Number.MAX_SAFE_INTEGER).length + 100 - BODY_LIMIT;
  if (excess <= 100) return [...kept, ...open];
  const dropped = new Set<number>();
  kept.forEach((line, index) => {
    if (excess > 0 && /^- \[[xX]\] /.test(line)) {
      dropped.add(index);
      excess -= line.length + 1;
    }
  });
  const lines = [...kept.filter((_line, index) => !dropped.has(index)), ...open];
  return dropped.size === 0 ? lines : [`_${String(dropped.size)} older ticked item${dropped.size === 1 ? ' was' : 's were'} dropped to stay under GitHub's size limit._`, '', ...lines];
}

function renderDashboard(account: string, lines: readonly string[], limit: number = BODY_LIMIT): string {
  const body = [
    dashboardMarker(account),
    `## NetSuite token changes waiting for an administrator: ${codeSpan(account)}`,
    '',
    'NetSuite offers no API for these changes, so an administrator makes them in the NetSuite UI',
    '(Setup > Users/Roles > User Management > Access Tokens, or the link on each line).',
    'netsuite-tokens ticks a box when a later run observes the change in NetSuite and closes this issue',
    'when none remain. Ticking a box by hand changes nothing.',
    '',
    ...lines,
    '',
  ].join('\n');
  return fitMarkdown(body, {
    limit,
    omittedRows: (count) => `_…and ${count} more._`,
    cutNote: '_The list was cut to fit GitHub\'s size limit; the status file lists every pending change._',
  });
}
