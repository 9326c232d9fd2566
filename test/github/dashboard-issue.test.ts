import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeResult } from '../../src/domain/report.js';
import { DashboardIssue, dashboardMarker } from '../../src/github/dashboard-issue.js';
import { GitHubApi } from '../../src/github/github-api.js';
import { readGitHubContext } from '../../src/github/github-context.js';
import { Labels } from '../../src/github/labels.js';
import { startFakeGitHub, type FakeGitHub } from './support/fake-github.js';
import { FORBIDDEN_OUTSIDE_CODE, HOSTILE_NAMES, outsideCodeSpans } from './support/inert.js';
import { finding, report, result, UI_ORIGIN } from './support/reports.js';

const TOKEN = 'ghs_dashboard_test_token_0123456789';
const MARKER = '<!-- netsuite-tokens:dashboard account=1234567_SB1 -->';
const RUN = 'https://github.example/acme/config/actions/runs/7';

let github: FakeGitHub;

beforeEach(async () => {
  github = await startFakeGitHub({ token: TOKEN, owner: 'acme', repo: 'config', branchTip: () => null });
});

afterEach(async () => {
  expect(github.violations).toEqual([]);
  await github.close();
});

function dashboard(): DashboardIssue {
  const api = new GitHubApi(readGitHubContext({ GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: 'acme/config', GITHUB_API_URL: github.url }), globalThis.fetch.bind(globalThis), () => undefined);
  return new DashboardIssue(api, new Labels(api), '1234567_SB1', UI_ORIGIN);
}

const ONBOARDING_MESSAGE = 'Declared active with no active certificate, so an administrator uploads the certificate below for entity 1651 and role 1073 in Setup > Integration > Manage Authentication > OAuth 2.0 Client Credentials (M2M) Setup';

/** A pending administrator `rotate` of a certificate mapping (onboarding: no certificate yet, so no id). */
function certificateResult(options: { name?: string; message: string; certificatePem?: string }): ChangeResult {
  const base = result({ id: '0', outcome: 'pending', action: 'rotate', owner: '@acme/finance' });
  return {
    ...base,
    deepLink: null,
    change: { ...base.change, reason: 'missing', from: 'none', message: options.message, subject: { kind: 'm2m-certificate', id: null, name: options.name ?? 'expense-sync', clientId: 'client-0f3c51', entity: '1651', role: '1073', application: 'Expense Tool' } },
    ...(options.certificatePem === undefined ? {} : { certificatePem: options.certificatePem }),
  };
}

const revoke4714 = result({ id: '4714', name: 'Salesforce Connector', outcome: 'pending', owner: '@acme/crm' });
const inactivate4715 = result({ id: '4715', name: 'Shopify Orders', outcome: 'pending', action: 'inactivate', owner: '@bob' });

describe('DashboardIssue', () => {
  it('creates one labelled issue with a task list of administrator changes, deep links and owners', async () => {
    const outcome = await dashboard().sync(report([revoke4714, inactivate4715, result({ id: '4711', outcome: 'done', via: 'api' })]), RUN);

    expect(outcome).toEqual({ url: 'https://github.example/acme/config/issues/1', action: 'created' });
    expect(github.issues).toHaveLength(1);
    const issue = github.issues[0];
    expect(issue?.labels).toEqual(['netsuite-tokens:dashboard', 'netsuite-tokens:1234567_SB1']);
    expect(issue?.title).toBe('NetSuite tokens: administrator changes for 1234567_SB1');
    expect(issue?.body.startsWith(MARKER)).toBe(true);
    expect(issue?.body.split('\n').filter((line) => line.startsWith('- ['))).toEqual([
      '- [ ] **Revoke** `Salesforce Connector` (id `4714`; `Integration` · `svc-user` · `Integration Role`) — [open in NetSuite](<https://1234567-sb1.app.netsuite.com/app/setup/accesstoken.nl?id=4714&e=T>) — owner @acme/crm <!-- change=4714:revoke -->',
      '- [ ] **Tick Inactive** `Shopify Orders` (id `4715`; `Integration` · `svc-user` · `Integration Role`) — [open in NetSuite](<https://1234567-sb1.app.netsuite.com/app/setup/accesstoken.nl?id=4715&e=T>) — owner @bob <!-- change=4715:inactivate -->',
    ]);
  });

  it('lists a certificate mapping’s administrator work by mapping, integration, entity and role, with no link NetSuite does not document', async () => {
    const base = result({ id: '0', outcome: 'pending', action: 'rotate', owner: '@acme/finance' });
    const rotation = { ...base, deepLink: null, change: { ...base.change, subject: { kind: 'm2m-certificate' as const, id: null, name: 'expense-sync', clientId: 'client-0f3c51', entity: '1651', role: '1073', application: 'Expense Tool' } } };
    await dashboard().sync(report([rotation]), RUN);
    expect(github.issues[0]?.body.split('\n').filter((line) => line.startsWith('- ['))).toEqual([
      '- [ ] **Upload a new certificate** `expense-sync` (`Expense Tool` · `entity 1651` · `role 1073`) — owner @acme/finance — Declared active in the configuration. <!-- change=expense-sync%2F:rotate -->',
    ]);
  });

  it('shows an onboarding upload with its mapping, entity, role, what to do, and the certificate to upload; ticks it once done', async () => {
    const pem = await readFile(new URL('./fixtures/onboarding-certificate.pem', import.meta.url), 'utf8');
    const onboarding = certificateResult({ message: ONBOARDING_MESSAGE, certificatePem: pem });
    await dashboard().sync(report([onboarding, revoke4714]), RUN);

    const body = github.issues[0]?.body ?? '';
    const lines = body.split('\n');
    const item = lines.findIndex((line) => line.startsWith('- [ ] **Upload a new certificate**'));
    expect(lines[item]).toBe('- [ ] **Upload a new certificate** `expense-sync` (`Expense Tool` · `entity 1651` · `role 1073`) — owner @acme/finance — Declared active with no active certificate, so an administrator uploads the certificate below for entity 1651 and role 1073 in Setup \\> Integration \\> Manage Authentication \\> OAuth 2.0 Client Credentials \\(M2M\\) Setup <!-- change=expense-sync%2F:rotate -->');
    const pemLines = pem.trim().split('\n');
    expect(lines.slice(item + 1, item + 6 + pemLines.length)).toEqual([
      '',
      '  Certificate to upload (public; paste it in the certificate field):',
      '',
      '  ```',
      ...pemLines.map((line) => `  ${line}`),
      '  ```',
    ]);
    // The next item follows the block, in the same list.
    expect(lines[item + 6 + pemLines.length]).toMatch(/^- \[ \] \*\*Revoke\*\* `Salesforce Connector`/);

    // The administrator uploaded it: the next run lists it active, ticks the item, and the certificate goes with the open work.
    await dashboard().sync(report([revoke4714], [], { verifiedAt: '2026-03-02T08:00:00Z', seen: { tokens: { '4714': 'active' }, mappings: { 'expense-sync': { CERT1: 'active' } } } }), RUN);
    const after = github.issues[0]?.body ?? '';
    expect(after).toMatch(/^- \[x\] \*\*Upload a new certificate\*\* `expense-sync` .* — observed done 2026-03-02T08:00:00Z .*<!-- change=expense-sync%2F:rotate -->$/m);
    expect(after).not.toContain('BEGIN CERTIFICATE');
    expect(after).toContain('- [ ] **Revoke** `Salesforce Connector`');
  });

  it('shows nothing but a certificate: a private key (or anything that could close the block) given as the PEM is left out', async () => {
    const key = ['-----BEGIN PRIVATE KEY-----', 'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgCANARYLINE0123456', '-----END PRIVATE KEY-----'].join('\n');
    const fence = ['-----BEGIN CERTIFICATE-----', 'MIIB```', '@acme/admins', '-----END CERTIFICATE-----'].join('\n');
    await dashboard().sync(report([certificateResult({ message: ONBOARDING_MESSAGE, certificatePem: key }), certificateResult({ name: 'payroll', message: ONBOARDING_MESSAGE, certificatePem: fence })]), RUN);
    const body = github.issues[0]?.body ?? '';
    expect(body).not.toContain('CANARYLINE');
    expect(body).not.toContain('BEGIN');
    expect(body).not.toContain('```');
    expect(body.split('\n').filter((line) => line.startsWith('- [ ] **Upload a new certificate**'))).toHaveLength(2);
  });

  it('keeps a hostile mapping name inert in a certificate item', async () => {
    const hostile = HOSTILE_NAMES.map((name, index) => certificateResult({ name: `${name}-${String(index)}`, message: ONBOARDING_MESSAGE }));
    await dashboard().sync(report(hostile), RUN);
    const body = github.issues[0]?.body ?? '';
    const prose = outsideCodeSpans(body);
    for (const forbidden of FORBIDDEN_OUTSIDE_CODE) expect(prose).not.toContain(forbidden);
    expect(body.match(/<!-- change=\S+ -->$/gm)).toHaveLength(HOSTILE_NAMES.length);
  });

  it('does nothing when there is no administrator work and no issue yet', async () => {
    expect(await dashboard().sync(report([result({ id: '4711', outcome: 'done', via: 'api' })]), RUN)).toEqual({ url: null, action: 'none' });
    expect(github.writes()).toEqual([]);
  });

  it('ticks what is observed done, closes when none remain, and reopens the same issue for new work', async () => {
    await dashboard().sync(report([revoke4714, inactivate4715]), RUN);

    // 4714 was revoked by an administrator: NetSuite shows it revoked, and it is no longer pending.
    expect(await dashboard().sync(report([inactivate4715], [], { verifiedAt: '2026-03-02T08:00:00Z', seen: { tokens: { '4714': 'revoked', '4715': 'active' } } }), RUN)).toMatchObject({ action: 'updated' });
    const afterOne = github.issues[0]?.body ?? '';
    expect(afterOne).toContain('- [x] **Revoke** `Salesforce Connector`');
    expect(afterOne).toContain('observed done 2026-03-02T08:00:00Z ([run](<https://github.example/acme/config/actions/runs/7>)) <!-- change=4714:revoke -->');
    expect(afterOne).toContain('- [ ] **Tick Inactive** `Shopify Orders`');
    expect(github.issues[0]?.state).toBe('open');

    // Nothing changed since: no write at all.
    const writes = github.writes().length;
    expect(await dashboard().sync(report([inactivate4715], [], { verifiedAt: '2026-03-02T09:00:00Z', seen: { tokens: { '4714': 'revoked', '4715': 'active' } } }), RUN)).toMatchObject({ action: 'unchanged' });
    expect(github.writes()).toHaveLength(writes);

    // The last one is done: every box ticked, the issue closed as completed.
    expect(await dashboard().sync(report([], [], { verifiedAt: '2026-03-03T08:00:00Z', seen: { tokens: { '4714': 'revoked', '4715': 'inactive' } } }), RUN)).toMatchObject({ action: 'closed' });
    expect(github.issues[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(github.issues[0]?.body.split('\n').filter((line) => line.startsWith('- ['))).toHaveLength(2);
    expect(github.issues[0]?.body).not.toContain('- [ ]');

    // Still nothing to do: the closed issue is left alone.
    const closedWrites = github.writes().length;
    expect(await dashboard().sync(report([]), RUN)).toMatchObject({ action: 'unchanged' });
    expect(github.writes()).toHaveLength(closedWrites);

    // New work reopens the same issue with a fresh list; no second issue.
    const revoke4716 = result({ id: '4716', name: 'Tableau Reporting', outcome: 'pending', owner: '@acme/data' });
    expect(await dashboard().sync(report([revoke4716]), RUN)).toEqual({ url: 'https://github.example/acme/config/issues/1', action: 'reopened' });
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]).toMatchObject({ state: 'open', stateReason: 'reopened' });
    expect(github.issues[0]?.body.split('\n').filter((line) => line.startsWith('- ['))).toEqual([expect.stringMatching(/^- \[ \] \*\*Revoke\*\* `Tableau Reporting`/)]);
  });

  it('keeps the open work in view when the list outgrows the size limit: ticked history goes first', async () => {
    const batch = (from: number): ChangeResult[] => Array.from({ length: 300 }, (_unused, index) =>
      result({ id: String(from + index), name: `Integration token ${from + index} ${'x'.repeat(120)}`, outcome: 'pending', owner: '@acme/crm' }));
    await dashboard().sync(report(batch(10_000)), RUN);

    // The first 300 were done by an administrator; 300 others are now waiting.
    const revoked = Object.fromEntries(Array.from({ length: 300 }, (_unused, index) => [String(10_000 + index), 'revoked' as const]));
    await dashboard().sync(report(batch(20_000), [], { verifiedAt: '2026-03-02T08:00:00Z', seen: { tokens: { ...revoked, ...Object.fromEntries(batch(20_000).map((item) => [item.change.subject.id ?? '', 'active' as const])) } } }), RUN);

    const body = github.issues[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(github.issues[0]?.state).toBe('open');
    const open = body.split('\n').filter((line) => line.startsWith('- [ ]'));
    expect(open.length).toBeGreaterThan(100);
    expect(open[0]).toContain('Integration token 20000');
    expect(body).toMatch(/_\d+ older ticked or struck-out items were dropped to stay under GitHub's size limit._/);
  });

  it('finds its issue by label and marker, not by title', async () => {
    github.addIssue({ title: 'NetSuite tokens: administrator changes for 1234567_SB1', body: 'A person filed this with the same title.', state: 'open', stateReason: null, labels: ['netsuite-tokens:dashboard'] });
    github.addIssue({ title: 'Unlabelled copy', body: `${MARKER}\nquoted`, state: 'open', stateReason: null, labels: [] });
    github.addIssue({ title: 'Another account', body: dashboardMarker('7654321'), state: 'open', stateReason: null, labels: ['netsuite-tokens:dashboard'] });
    github.addPull({ title: 'A pull request quoting the marker', body: MARKER, state: 'open', merged: false, head: 'x', base: 'main', labels: ['netsuite-tokens:dashboard'], reviewers: [], teams: [] });
    const ours = github.addIssue({ title: 'Renamed by a person', body: `${MARKER}\n`, state: 'open', stateReason: null, labels: ['netsuite-tokens:dashboard'] });

    const outcome = await dashboard().sync(report([revoke4714]), RUN);

    expect(outcome).toEqual({ url: `https://github.example/acme/config/issues/${ours.number}`, action: 'updated' });
    expect(github.issues).toHaveLength(4);
    expect(ours.body).toContain('`Salesforce Connector`');
    expect(ours.title).toBe('Renamed by a person');
    const listed = github.requests.find((request) => request.operationId === 'issues/list-for-repo');
    expect(listed?.query).toMatchObject({ labels: 'netsuite-tokens:dashboard', state: 'all' });
  });

  it('keeps NetSuite strings inert and mentions only owners from the configuration', async () => {
    const hostile = HOSTILE_NAMES.map((name, index) => result({ id: `${String(7000 + index)}-->${name}`, name, outcome: 'pending', application: name, owner: index === 0 ? 'Finance team <b>x</b>' : '@acme/crm' }));

    await dashboard().sync(report(hostile), RUN);

    const body = github.issues[0]?.body ?? '';
    const prose = outsideCodeSpans(body);
    for (const forbidden of FORBIDDEN_OUTSIDE_CODE) expect(prose).not.toContain(forbidden);
    expect(prose).not.toContain('<b>');
    expect(prose.match(/@[\w/-]+/g)?.every((mention) => mention === '@acme/crm')).toBe(true);
    // Each item's hidden key survives: an id cannot close the HTML comment early.
    expect(body.match(/<!-- change=\S+ -->$/gm)).toHaveLength(HOSTILE_NAMES.length);
  });
});

const LATER = '2026-03-02T08:00:00Z';
const SEEN_LATER = `${LATER} ([run](<${RUN}>))`;

/** The task list's item lines: open, ticked and struck out. */
function itemLines(): string[] {
  return (github.issues[0]?.body ?? '').split('\n').filter((line) => /^- (?:\[[ xX]\] |~~)/.test(line));
}

function lineOf(key: string): string | undefined {
  return itemLines().find((line) => line.endsWith(`<!-- change=${key} -->`));
}

function blocked(item: ChangeResult, reason: 'protected' | 'self' | 'capacity'): ChangeResult {
  return { ...item, outcome: 'blocked', detail: item.change.message, change: { ...item.change, blocked: reason } };
}

/** A pending administrator revoke of one certificate of a mapping. */
function certificateRevoke(certificateId: string): ChangeResult {
  const base = result({ id: '0', outcome: 'pending', action: 'revoke', owner: '@acme/finance' });
  return {
    ...base,
    deepLink: null,
    change: { ...base.change, from: 'active', to: 'revoked', message: 'Declared revoked, so an administrator revokes this certificate', subject: { kind: 'm2m-certificate', id: certificateId, name: 'expense-sync', clientId: 'client-0f3c51', entity: '1651', role: '1073', application: 'Expense Tool' } },
  };
}

describe('DashboardIssue: an item no longer pending is ticked only when NetSuite shows it done', () => {
  it('ticks an item whose token NetSuite now shows in the state it asked for, and closes the issue as completed', async () => {
    await dashboard().sync(report([inactivate4715]), RUN);

    expect(await dashboard().sync(report([], [], { verifiedAt: LATER, seen: { tokens: { '4715': 'inactive' } } }), RUN)).toMatchObject({ action: 'closed' });

    expect(itemLines()).toEqual([
      `- [x] **Tick Inactive** \`Shopify Orders\` (id \`4715\`; \`Integration\` · \`svc-user\` · \`Integration Role\`) — [open in NetSuite](<https://1234567-sb1.app.netsuite.com/app/setup/accesstoken.nl?id=4715&e=T>) — owner @bob — observed done ${SEEN_LATER} <!-- change=4715:inactivate -->`,
    ]);
    expect(github.issues[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
  });

  it('strikes out an item the configuration no longer asks for, with what NetSuite shows, and closes the issue as not planned', async () => {
    await dashboard().sync(report([inactivate4715]), RUN);

    // The entry was edited back to active: the plan no longer asks, and NetSuite still shows the token active.
    expect(await dashboard().sync(report([], [], { verifiedAt: LATER, seen: { tokens: { '4715': 'active' } } }), RUN)).toMatchObject({ action: 'closed' });

    expect(itemLines()).toEqual([
      `- ~~**Tick Inactive** \`Shopify Orders\` (id \`4715\`; \`Integration\` · \`svc-user\` · \`Integration Role\`) — [open in NetSuite](<https://1234567-sb1.app.netsuite.com/app/setup/accesstoken.nl?id=4715&e=T>) — owner @bob~~ — no longer asked for: NetSuite shows it active — ${SEEN_LATER} <!-- change=4715:inactivate -->`,
    ]);
    expect(github.issues[0]?.body).not.toContain('observed done');
    expect(github.issues[0]).toMatchObject({ state: 'closed', stateReason: 'not_planned' });
  });

  it('strikes out an item a guard now blocks (protect: true, the operator\'s own token), saying which', async () => {
    const stillPending = result({ id: '4716', name: 'Tableau Reporting', outcome: 'pending', owner: '@acme/data' });
    await dashboard().sync(report([inactivate4715, revoke4714, stillPending]), RUN);

    const seen = { tokens: { '4714': 'active', '4715': 'active', '4716': 'active' } } as const;
    expect(await dashboard().sync(report([blocked(inactivate4715, 'protected'), blocked(revoke4714, 'self'), stillPending], [], { verifiedAt: LATER, seen }), RUN)).toMatchObject({ action: 'updated' });

    expect(lineOf('4715:inactivate')).toMatch(/^- ~~\*\*Tick Inactive\*\* `Shopify Orders` .* — owner @bob~~ — no longer asked for: now protected; NetSuite shows it active — /);
    expect(lineOf('4714:revoke')).toContain("~~ — no longer asked for: now blocked, as the operator's own credential; NetSuite shows it active — ");
    // Work still to do keeps the issue open.
    expect(lineOf('4716:revoke')).toMatch(/^- \[ \] \*\*Revoke\*\* `Tableau Reporting`/);
    expect(github.issues[0]?.state).toBe('open');
  });

  it('strikes out, never ticks, the item of a token NetSuite no longer lists (deleted with its user)', async () => {
    await dashboard().sync(report([revoke4714]), RUN);

    await dashboard().sync(report([], [], { verifiedAt: LATER, seen: { tokens: {} } }), RUN);

    expect(lineOf('4714:revoke')).toMatch(/^- ~~\*\*Revoke\*\* `Salesforce Connector` .*~~ — no longer asked for: the token is no longer in NetSuite — 2026-03-02T08:00:00Z /);
    expect(github.issues[0]).toMatchObject({ state: 'closed', stateReason: 'not_planned' });
  });

  it('strikes out an unmanaged token\'s item once the policy only reports unmanaged tokens', async () => {
    const base = result({ id: '4720', name: 'Forgotten token', outcome: 'pending', action: 'inactivate', owner: null });
    const unmanaged: ChangeResult = { ...base, change: { ...base.change, reason: 'unmanaged-policy', entry: null } };
    await dashboard().sync(report([unmanaged]), RUN);

    // policy.unmanaged went from inactivate to report: a finding now, no change.
    await dashboard().sync(report([], [finding('4720', 'Forgotten token')], { verifiedAt: LATER, seen: { tokens: { '4720': 'active' } } }), RUN);

    expect(lineOf('4720:inactivate')).toMatch(/^- ~~\*\*Tick Inactive\*\* `Forgotten token` .*~~ — no longer asked for: NetSuite shows it active — /);
    expect(github.issues[0]?.state).toBe('closed');
  });

  it('keeps an item open while the plan still asks for its change, even when it is no longer the administrator\'s (now sent by the operator, and failed)', async () => {
    await dashboard().sync(report([revoke4714]), RUN);
    const before = itemLines();

    const failed = result({ id: '4714', name: 'Salesforce Connector', outcome: 'failed', via: 'api', owner: '@acme/crm' });
    expect(await dashboard().sync(report([failed], [], { verifiedAt: LATER, seen: { tokens: { '4714': 'active' } } }), RUN)).toMatchObject({ action: 'unchanged' });

    expect(itemLines()).toEqual(before);
    expect(github.issues[0]?.state).toBe('open');
  });

  it('judges an item ticked by hand as an open one: the tick alone changes nothing', async () => {
    await dashboard().sync(report([inactivate4715, revoke4714]), RUN);
    const issue = github.issues[0];
    if (issue === undefined) throw new Error('no dashboard issue');
    issue.body = issue.body.replaceAll('- [ ] ', '- [x] ');

    // A narrowed run looked at nothing: the boxes are open again, and so is the issue.
    await dashboard().sync(report([], [], { verifiedAt: LATER, narrowed: true }), RUN);
    expect(itemLines().every((line) => line.startsWith('- [ ] '))).toBe(true);
    expect(github.issues[0]?.state).toBe('open');

    issue.body = issue.body.replaceAll('- [ ] ', '- [x] ');
    // The entry was edited back to active, and NetSuite still shows the token active; the other was done.
    expect(await dashboard().sync(report([], [], { verifiedAt: LATER, seen: { tokens: { '4715': 'active', '4714': 'revoked' } } }), RUN)).toMatchObject({ action: 'closed' });
    expect(lineOf('4715:inactivate')).toMatch(/^- ~~.*~~ — no longer asked for: NetSuite shows it active — /);
    expect(lineOf('4714:revoke')).toMatch(/^- \[x\] .* — observed done /);
  });

  it('leaves every item of a narrowed run as it was, whatever it observed', async () => {
    await dashboard().sync(report([revoke4714, inactivate4715]), RUN);
    const before = itemLines();

    await dashboard().sync(report([], [], { verifiedAt: LATER, narrowed: true, seen: { tokens: { '4714': 'revoked' } } }), RUN);

    expect(itemLines()).toEqual(before);
    expect(github.issues[0]?.state).toBe('open');
  });

  it('keeps struck-out items on later runs, and lists an item open again when it is asked for again', async () => {
    await dashboard().sync(report([inactivate4715, revoke4714]), RUN);
    await dashboard().sync(report([revoke4714], [], { verifiedAt: LATER, seen: { tokens: { '4714': 'active', '4715': 'active' } } }), RUN);
    const struck = lineOf('4715:inactivate');
    expect(struck).toMatch(/^- ~~/);

    // A later run that sees the same: nothing to write. The struck-out line is history, not judged again.
    const writes = github.writes().length;
    expect(await dashboard().sync(report([revoke4714], [], { verifiedAt: '2026-03-03T08:00:00Z', seen: { tokens: { '4714': 'active', '4715': 'inactive' } } }), RUN)).toMatchObject({ action: 'unchanged' });
    expect(github.writes()).toHaveLength(writes);
    expect(lineOf('4715:inactivate')).toBe(struck);

    // Asked for again: one open item, no struck-out copy.
    await dashboard().sync(report([revoke4714, inactivate4715], [], { verifiedAt: '2026-03-04T08:00:00Z' }), RUN);
    expect(itemLines().filter((line) => line.endsWith('<!-- change=4715:inactivate -->'))).toEqual([expect.stringMatching(/^- \[ \] \*\*Tick Inactive\*\* `Shopify Orders`/)]);
  });

  it('keeps struck-out lines inert when NetSuite names are hostile', async () => {
    const hostile = HOSTILE_NAMES.map((name, index) => result({ id: String(7000 + index), name, outcome: 'pending', application: name, owner: '@acme/crm' }));
    await dashboard().sync(report(hostile), RUN);

    await dashboard().sync(report([], [], { verifiedAt: LATER, seen: { tokens: Object.fromEntries(hostile.map((item) => [item.change.subject.id ?? '', 'active' as const])) } }), RUN);

    const body = github.issues[0]?.body ?? '';
    expect(body.match(/^- ~~.*~~ — no longer asked for: NetSuite shows it active — .* <!-- change=\S+ -->$/gm)).toHaveLength(HOSTILE_NAMES.length);
    const prose = outsideCodeSpans(body);
    for (const forbidden of FORBIDDEN_OUTSIDE_CODE) expect(prose).not.toContain(forbidden);
  });
});

describe('DashboardIssue: certificate work is judged by the mapping\'s own certificates', () => {
  it('ticks an onboarding upload once the mapping lists an active certificate; strikes it out once a guard blocks it or the mapping is no longer declared', async () => {
    const uploaded = certificateResult({ name: 'expense-sync', message: ONBOARDING_MESSAGE });
    const protectedNow = certificateResult({ name: 'payroll', message: ONBOARDING_MESSAGE });
    const removed = certificateResult({ name: 'old-feed', message: ONBOARDING_MESSAGE });
    await dashboard().sync(report([uploaded, protectedNow, removed]), RUN);

    // payroll still cannot be listed (no credentials yet), but the plan says its upload is blocked.
    await dashboard().sync(report([blocked(protectedNow, 'protected')], [], { verifiedAt: LATER, seen: { mappings: { 'expense-sync': { 'CERT-NEW': 'active' }, payroll: null } } }), RUN);

    expect(lineOf('expense-sync%2F:rotate')).toMatch(new RegExp(`^- \\[x\\] \\*\\*Upload a new certificate\\*\\* \`expense-sync\` .* — observed done ${LATER} `));
    expect(lineOf('payroll%2F:rotate')).toMatch(/^- ~~\*\*Upload a new certificate\*\* `payroll` .*~~ — no longer asked for: now protected — /);
    expect(lineOf('old-feed%2F:rotate')).toMatch(/^- ~~\*\*Upload a new certificate\*\* `old-feed` .*~~ — no longer asked for: the mapping is no longer declared — /);
    expect(github.issues[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
  });

  it('keeps an onboarding upload, with its certificate, as it was while the mapping cannot be listed', async () => {
    const pem = await readFile(new URL('./fixtures/onboarding-certificate.pem', import.meta.url), 'utf8');
    await dashboard().sync(report([certificateResult({ message: ONBOARDING_MESSAGE, certificatePem: pem })]), RUN);
    const before = github.issues[0]?.body ?? '';

    // The listing was refused and the plan has nothing for the mapping: nothing is known of the upload.
    expect(await dashboard().sync(report([], [], { verifiedAt: LATER, seen: { mappings: { 'expense-sync': null } } }), RUN)).toMatchObject({ action: 'unchanged' });

    expect(github.issues[0]?.body).toBe(before);
    expect(github.issues[0]?.body).toContain('-----BEGIN CERTIFICATE-----');
    expect(github.issues[0]?.state).toBe('open');
  });

  it('judges a certificate revoke by that certificate: ticked when listed revoked, struck out when listed active, expired or not at all', async () => {
    await dashboard().sync(report(['C-1', 'C-2', 'C-3', 'C-4'].map(certificateRevoke)), RUN);

    await dashboard().sync(report([], [], { verifiedAt: LATER, seen: { mappings: { 'expense-sync': { 'C-1': 'revoked', 'C-2': 'active', 'C-3': 'expired' } } } }), RUN);

    expect(lineOf('expense-sync%2FC-1:revoke')).toMatch(/^- \[x\] \*\*Revoke\*\* `expense-sync` \(certificate `C-1`; .* — observed done /);
    expect(lineOf('expense-sync%2FC-2:revoke')).toMatch(/^- ~~\*\*Revoke\*\* `expense-sync` \(certificate `C-2`; .*~~ — no longer asked for: NetSuite lists it active — /);
    expect(lineOf('expense-sync%2FC-3:revoke')).toMatch(/~~ — no longer asked for: NetSuite lists it expired — /);
    expect(lineOf('expense-sync%2FC-4:revoke')).toMatch(/~~ — no longer asked for: NetSuite no longer lists the certificate — /);
    expect(github.issues[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
  });
});
