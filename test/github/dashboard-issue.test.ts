import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeResult } from '../../src/domain/report.js';
import { DashboardIssue, dashboardMarker } from '../../src/github/dashboard-issue.js';
import { GitHubApi } from '../../src/github/github-api.js';
import { readGitHubContext } from '../../src/github/github-context.js';
import { Labels } from '../../src/github/labels.js';
import { startFakeGitHub, type FakeGitHub } from './support/fake-github.js';
import { FORBIDDEN_OUTSIDE_CODE, HOSTILE_NAMES, outsideCodeSpans } from './support/inert.js';
import { report, result, UI_ORIGIN } from './support/reports.js';

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

    // The administrator uploaded it: the next run ticks the item and the certificate goes with the open work.
    await dashboard().sync(report([revoke4714], [], { verifiedAt: '2026-03-02T08:00:00Z' }), RUN);
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

    // 4714 was revoked by an administrator: it is no longer pending.
    expect(await dashboard().sync(report([inactivate4715], [], { verifiedAt: '2026-03-02T08:00:00Z' }), RUN)).toMatchObject({ action: 'updated' });
    const afterOne = github.issues[0]?.body ?? '';
    expect(afterOne).toContain('- [x] **Revoke** `Salesforce Connector`');
    expect(afterOne).toContain('observed done 2026-03-02T08:00:00Z ([run](<https://github.example/acme/config/actions/runs/7>)) <!-- change=4714:revoke -->');
    expect(afterOne).toContain('- [ ] **Tick Inactive** `Shopify Orders`');
    expect(github.issues[0]?.state).toBe('open');

    // Nothing changed since: no write at all.
    const writes = github.writes().length;
    expect(await dashboard().sync(report([inactivate4715], [], { verifiedAt: '2026-03-02T09:00:00Z' }), RUN)).toMatchObject({ action: 'unchanged' });
    expect(github.writes()).toHaveLength(writes);

    // The last one is done: every box ticked, the issue closed as completed.
    expect(await dashboard().sync(report([], [], { verifiedAt: '2026-03-03T08:00:00Z' }), RUN)).toMatchObject({ action: 'closed' });
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
    await dashboard().sync(report(batch(20_000), [], { verifiedAt: '2026-03-02T08:00:00Z' }), RUN);

    const body = github.issues[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(github.issues[0]?.state).toBe('open');
    const open = body.split('\n').filter((line) => line.startsWith('- [ ]'));
    expect(open.length).toBeGreaterThan(100);
    expect(open[0]).toContain('Integration token 20000');
    expect(body).toMatch(/_\d+ older ticked items were dropped to stay under GitHub's size limit._/);
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
