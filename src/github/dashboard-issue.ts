import { CHANGE_ACTIONS, stateAfter, type BlockReason, type ChangeAction } from '../domain/plan.js';
import type { ChangeResult, ObservedSubjects, RunReport } from '../domain/report.js';
import { subjectKey } from '../domain/subject.js';
import { deepLinkFor } from '../domain/kinds/registry.js';
import { codeSpan, inertProse } from '../domain/markdown.js';
import { certificateMarkdownBlock } from '../domain/certificate-pem.js';
import type { GitHubApi } from './github-api.js';
import { ISSUES_READ, ISSUES_WRITE } from './github-api.js';
import { fitMarkdown } from './fit-markdown.js';
import { accountLabel, DASHBOARD_LABEL, type Labels } from './labels.js';
import { mentionOf } from './owners.js';
import { safeLink } from './safe-link.js';

/**
 * One issue per account lists the changes only an administrator can make (NetSuite has no API for
 * them), as a task list. A later run ticks an item only when it observes the item's subject in the
 * state the item asked for; an item the plan no longer asks for (the file changed, a guard blocks it,
 * its subject is gone) is struck out with the reason, not ticked. The issue closes when nothing is
 * left open; new work reopens the same issue. The issue is found by label and a hidden marker, never
 * by title, so renaming it is harmless.
 */

export type DashboardAction = 'created' | 'updated' | 'closed' | 'reopened' | 'unchanged' | 'none';

export interface DashboardOutcome {
  readonly url: string | null;
  readonly action: DashboardAction;
}

const BODY_LIMIT = 65_000;
/** An item: open `- [ ] `, ticked `- [x] `, or struck out `- ~~`; its hidden key at the end. */
const ITEM = /^- (\[[ xX]\] |~~)(.*?) ?<!-- change=(\S+) -->$/;
const CLOSED_ITEM = /^- (?:\[[xX]\] |~~)/;
/** What a run writes after an item it ticks, before the time it observed the change. */
const OBSERVED_DONE = ' — observed done ';

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

    // A closed issue starts a fresh list when it reopens; an open one keeps its ticked and struck-out history.
    const previous = existing.state === 'open' ? parseItems(existing.body) : [];
    const pendingKeys = new Set(pending.map(itemKey));
    const planned = new Map(report.results.map((result) => [itemKey(result), result]));
    const when = `${report.verifiedAt}${runUrl === null ? '' : ` ([run](${safeLink(runUrl)}))`}`;
    const kept: string[] = [];
    for (const item of previous) {
      if (pendingKeys.has(item.key)) continue;
      const verdict = item.state !== 'open' || report.narrowed === true ? UNKNOWN : verdictOf(item.key, report.observed, planned.get(item.key));
      switch (verdict.kind) {
        case 'done':
          kept.push(`- [x] ${item.text}${OBSERVED_DONE}${when} <!-- change=${item.key} -->`);
          break;
        case 'withdrawn':
          kept.push(`- ~~${item.text}~~ — no longer asked for: ${verdict.why} — ${when} <!-- change=${item.key} -->`);
          break;
        case 'unknown':
          kept.push(item.line, ...item.block);
          break;
      }
    }
    const lines = [...withinLimit(this.#account, kept, pending.flatMap((result) => this.#itemLines(result)))];
    const body = renderDashboard(this.#account, lines);
    const state = lines.some((line) => line.startsWith('- [ ] ')) ? 'open' : 'closed';
    // Closed with nothing observed done, the work was not done: it is no longer wanted.
    const closedAs = lines.some((line) => /^- \[[xX]\] /.test(line)) ? 'completed' as const : 'not_planned' as const;
    if (existing.state === 'closed' && state === 'closed') return { url: existing.url, action: 'unchanged' };
    if (body === existing.body && state === existing.state) return { url: existing.url, action: 'unchanged' };

    const action: DashboardAction = state === existing.state ? 'updated' : state === 'closed' ? 'closed' : 'reopened';
    await this.#api.call(ISSUES_WRITE, () =>
      this.#api.octokit.rest.issues.update({
        ...this.#api.repository,
        issue_number: existing.number,
        body,
        state,
        ...(action === 'closed' ? { state_reason: closedAs } : action === 'reopened' ? { state_reason: 'reopened' as const } : {}),
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
   * keeps only the first line of an item it ticks or strikes out, so the certificate goes with it.
   */
  #itemLines(result: ChangeResult): string[] {
    return [`- [ ] ${this.#itemText(result)} <!-- change=${itemKey(result)} -->`, ...certificateMarkdownBlock(result.certificatePem)];
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

type ItemState = 'open' | 'done' | 'withdrawn';

interface ParsedItem {
  readonly key: string;
  readonly state: ItemState;
  readonly text: string;
  readonly line: string;
  /** The lines under an item (an onboarding's certificate), kept while it stays open. */
  readonly block: readonly string[];
}

function parseItems(body: string): ParsedItem[] {
  const items: (ParsedItem & { readonly block: string[] })[] = [];
  // The lines under the last item, while they go on.
  let block: string[] | null = null;
  for (const raw of body.split('\n')) {
    const line = raw.trimEnd();
    const match = ITEM.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined && match[3] !== undefined) {
      block = [];
      const [, marker, text, key] = match;
      // Only a run ticks with what it observed; a box ticked by hand is still open work, and is shown so.
      const handTicked = marker !== '~~' && marker !== '[ ] ' && !text.includes(OBSERVED_DONE);
      const state: ItemState = marker === '~~' ? 'withdrawn' : marker === '[ ] ' || handTicked ? 'open' : 'done';
      items.push({ state, text, key, line: handTicked ? `- [ ] ${text} <!-- change=${key} -->` : line, block });
    } else if (block !== null && (line === '' || raw.startsWith('  '))) {
      // Indented lines, and the blank lines between them, belong to the item above; anything else ends it.
      block.push(line);
    } else {
      block = null;
    }
  }
  for (const item of items) while (item.block.at(-1) === '') item.block.pop();
  return items;
}

/**
 * What became of an item no longer pending, from what this run observed: `done` only when NetSuite
 * shows its subject in the state the item asked for; `withdrawn` when the plan no longer asks for it
 * (or a guard now blocks it), with why; `unknown` when nothing tells (its subject could not be
 * observed, or the plan still asks for it), and the item stays as it is.
 */
type Verdict = { readonly kind: 'done' } | { readonly kind: 'withdrawn'; readonly why: string } | { readonly kind: 'unknown' };

const DONE: Verdict = { kind: 'done' };
const UNKNOWN: Verdict = { kind: 'unknown' };

/** `planned`: this run's result for the same subject and action, if the plan has one. */
function verdictOf(key: string, observed: ObservedSubjects, planned: ChangeResult | undefined): Verdict {
  const subject = subjectOfKey(key);
  if (subject === null) return UNKNOWN;
  const { id, action } = subject;
  const token = observed.tokens.get(subjectKey('tba-token', id));
  // A token's internal id is a number; a certificate item's key is its mapping and certificate id.
  if (token === undefined && (id.includes('/') || action === 'rotate' || action === 'retire')) return certificateVerdict(id, action, observed, planned);
  if (token === undefined) return { kind: 'withdrawn', why: 'the token is no longer in NetSuite' };
  if (token.state === stateAfter(action)) return DONE;
  return notDone(planned, `NetSuite shows it ${token.state}`);
}

function certificateVerdict(id: string, action: ChangeAction, observed: ObservedSubjects, planned: ChangeResult | undefined): Verdict {
  const slash = id.lastIndexOf('/');
  if (slash === -1) return UNKNOWN;
  const mapping = id.slice(0, slash);
  const certificateId = id.slice(slash + 1) === '' ? null : id.slice(slash + 1);
  const listed = observed.mappings.get(mapping);
  if (listed === undefined) return { kind: 'withdrawn', why: 'the mapping is no longer declared' };
  // Not listed: nothing is known of NetSuite, but a guard that blocks the change is a fact of the plan.
  if (listed === null) return notDone(planned, null);
  const active = [...listed].filter(([, state]) => state === 'active').map(([listedId]) => listedId);
  switch (action) {
    case 'revoke':
    case 'retire': {
      if (certificateId === null) return active.length === 0 ? DONE : notDone(planned, 'NetSuite still lists an active certificate');
      const state = listed.get(certificateId);
      if (state === 'revoked') return DONE;
      return notDone(planned, state === undefined ? 'NetSuite no longer lists the certificate' : `NetSuite lists it ${state}`);
    }
    case 'rotate':
      // An upload asks for an active certificate: a new one beside the certificate it replaces, if any.
      if (active.some((listedId) => listedId !== certificateId)) return DONE;
      return notDone(planned, certificateId === null ? 'NetSuite lists no active certificate' : 'NetSuite lists no new active certificate');
    case 'inactivate':
    case 'activate':
      return UNKNOWN;
  }
}

/** Not seen done: struck out when the plan no longer asks for it or a guard blocks it; kept while the plan still asks. */
function notDone(planned: ChangeResult | undefined, seen: string | null): Verdict {
  if (planned === undefined) return seen === null ? UNKNOWN : { kind: 'withdrawn', why: seen };
  if (planned.change.blocked === null) return UNKNOWN;
  return { kind: 'withdrawn', why: `${blockedWhy(planned.change.blocked)}${seen === null ? '' : `; ${seen}`}` };
}

function blockedWhy(reason: BlockReason): string {
  switch (reason) {
    case 'protected':
      return 'now protected';
    case 'self':
      return "now blocked, as the operator's own credential";
    case 'capacity':
      return "now blocked, as the integration record is at NetSuite's limit of active certificates";
    case 'over-limit':
      return 'now blocked, as the plan has more changes than maxChangesPerRun';
  }
}

/** The subject id and action an item key names (see `itemKey`); null for a key no run wrote. */
function subjectOfKey(key: string): { readonly id: string; readonly action: ChangeAction } | null {
  const colon = key.lastIndexOf(':');
  const action = CHANGE_ACTIONS.find((known) => known === key.slice(colon + 1));
  if (colon === -1 || action === undefined) return null;
  try {
    return { id: decodeURIComponent(key.slice(0, colon)), action };
  } catch {
    return null;
  }
}

/**
 * The kept lines (ticked and struck-out history, and open items this run could not judge) before the
 * new open items, without the oldest closed ones when all of it would not fit: cutting the list's end
 * instead would hide the work still to do behind work already done.
 */
function withinLimit(account: string, kept: readonly string[], open: readonly string[]): readonly string[] {
  // The note (under 100 characters) is counted in from the start; each line costs its length and a newline.
  let excess = renderDashboard(account, [...kept, ...open], Number.MAX_SAFE_INTEGER).length + 100 - BODY_LIMIT;
  if (excess <= 100) return [...kept, ...open];
  const dropped = new Set<number>();
  kept.forEach((line, index) => {
    if (excess > 0 && CLOSED_ITEM.test(line)) {
      dropped.add(index);
      excess -= line.length + 1;
    }
  });
  const lines = [...kept.filter((_line, index) => !dropped.has(index)), ...open];
  return dropped.size === 0 ? lines : [`_${String(dropped.size)} older ticked or struck-out item${dropped.size === 1 ? ' was' : 's were'} dropped to stay under GitHub's size limit._`, '', ...lines];
}

function renderDashboard(account: string, lines: readonly string[], limit: number = BODY_LIMIT): string {
  const body = [
    dashboardMarker(account),
    `## NetSuite token changes waiting for an administrator: ${codeSpan(account)}`,
    '',
    'NetSuite offers no API for these changes, so an administrator makes them in the NetSuite UI',
    '(Setup > Users/Roles > User Management > Access Tokens, or the link on each line).',
    'netsuite-tokens ticks a box only when a later run observes the change in NetSuite, strikes an item out',
    '(saying why) when the plan no longer asks for it, and closes this issue when none remain open.',
    'Ticking a box by hand changes nothing.',
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
