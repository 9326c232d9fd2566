import { describe, expect, it } from 'vitest';
import { planChanges } from '../../src/domain/plan-changes.js';
import { renderReportJson, renderReportMarkdown, renderReportText } from '../../src/domain/render-report.js';
import { EMPTY_HISTORY } from '../../src/domain/plan.js';
import type { RunReport } from '../../src/domain/report.js';
import { NOW, desiredState, desiredToken, observation, observedToken } from './builders.js';
import { HIDDEN_OR_CONTROL, OWN_SGR, expectInert, expectTablesIntact } from './inert.js';
import { HOSTILE_NAMES, UI_ORIGIN, samplePlan, sampleReport } from './sample-plan.js';

const plain = { color: false, uiOrigin: UI_ORIGIN };

describe('renderReportText', () => {
  const text = renderReportText(sampleReport(), plain);
  const lines = text.split('\n');

  it('says what was verified, from which run, and closes with a summary line', () => {
    expect(lines[0]).toBe('Apply for NetSuite account 1234567_SB1, verified 2026-11-20T12:01:00.000Z');
    expect(lines[1]).toBe('Run started 2026-11-20T12:00:00.000Z, finished 2026-11-20T12:01:05.000Z: https://github.com/acme/netsuite/actions/runs/42');
    expect(lines.at(-2)).toBe('Applied: 1 done and verified, 2 pending, 1 failed, 2 blocked; 5 findings.');
  });

  it('lists failed, then the administrator checklist, then done, pending and blocked', () => {
    const headings = lines.filter((line) => /^[A-Z][^ ].* \(\d+\)/.test(line));
    expect(headings).toEqual([
      'Failed (1)',
      'Administrator checklist (2): in the NetSuite UI, Setup > Users/Roles > User Management > Access Tokens',
      'Done, verified in NetSuite (1)',
      'Pending (2)',
      'Blocked (2)',
      'Findings (5)',
    ]);
    const failed = lines.findIndex((line) => line.startsWith('  4721 '));
    expect(lines[failed]).toMatch(/activate \(inactive → active\) +administrator +@acme\/automation +failed$/);
    expect(lines[failed + 1]).toBe('      NetSuite still shows this token inactive after the change was reported done.');
    expect(text).toMatch(/^ {2}4712 .* blocked: operator’s own token$/m);
  });

  it('gives each pending administrator change a checklist line with action, token, owner and deep link', () => {
    const start = lines.findIndex((line) => line.startsWith('Administrator checklist'));
    expect(lines.slice(start + 1, start + 5)).toEqual([
      '  [ ]  Revoke      4714  Salesforce Connector - svc-sfdc - Salesforce Sy…  owner @acme/crm',
      `      ${UI_ORIGIN}/app/setup/accesstoken.nl?id=4714&e=T`,
      '  [ ]  Inactivate  4715  Shopify Orders - svc-shopify - Shopify Connector  owner @acme/ecommerce',
      `      ${UI_ORIGIN}/app/setup/accesstoken.nl?id=4715&e=T`,
    ]);
  });

  it('builds the deep link when the result has none', () => {
    const report = sampleReport();
    const withoutLinks: RunReport = { ...report, results: report.results.map((result) => ({ ...result, deepLink: null })) };
    expect(renderReportText(withoutLinks, plain)).toContain(`      ${UI_ORIGIN}/app/setup/accesstoken.nl?id=4714&e=T\n`);
  });

  it('reports a refused run as nothing applied', () => {
    const refused = planChanges(desiredState([]), observation([observedToken({ id: '1' })]), EMPTY_HISTORY, NOW, { allowOverLimit: false });
    const rendered = renderReportText({ ...sampleReport(refused), results: [] }, plain);
    expect(rendered).toContain('!! Apply refuses this plan (empty-desired): nothing will be applied.');
    expect(rendered.trimEnd().split('\n').at(-1)).toBe('Nothing applied: apply refuses this plan (empty-desired); 1 finding.');
  });

  it('reports a run with nothing to do like a plan with no changes', () => {
    const clean = planChanges(desiredState([desiredToken({ id: '1' })]), observation([observedToken({ id: '1' })]), EMPTY_HISTORY, NOW, { allowOverLimit: false });
    const rendered = renderReportText(sampleReport(clean), plain);
    expect(rendered.trimEnd().split('\n').at(-1)).toBe('No changes. 1 token matches the desired state.');
    expect(rendered).not.toContain('checklist');
  });

  it('uses colour only when asked and neutralises hostile names', () => {
    expect(text).not.toContain('\u001b');
    const hostile = sampleReport(samplePlan({ names: HOSTILE_NAMES }));
    const coloured = renderReportText(hostile, { color: true, uiOrigin: UI_ORIGIN });
    expect(coloured).toContain('\u001b[31mFailed (1)\u001b[0m');
    expect(coloured.replace(OWN_SGR, '')).toBe(renderReportText(hostile, plain));
    expect(coloured.replace(OWN_SGR, '')).not.toMatch(HIDDEN_OR_CONTROL);
  });
});

describe('renderReportMarkdown', () => {
  const markdown = renderReportMarkdown(sampleReport(), { uiOrigin: UI_ORIGIN });

  it('has a headline, the run link, the summary line and counts', () => {
    expect(markdown.split('\n').slice(0, 5)).toEqual([
      '### NetSuite token apply for `1234567_SB1`',
      '',
      'Verified by observing NetSuite again at 2026-11-20T12:01:00.000Z ([run](https://github.com/acme/netsuite/actions/runs/42)).',
      '',
      '**Applied: 1 done and verified, 2 pending, 1 failed, 2 blocked; 5 findings.**',
    ]);
    expect(markdown).toContain('| Done | Pending | Failed | Blocked | Findings |\n| ---: | ---: | ---: | ---: | ---: |\n| 1 | 2 | 1 | 2 | 5 |');
  });

  it('has the administrator checklist as a task list with deep links, and the failure with its detail', () => {
    expect(markdown).toContain([
      '- [ ] **Revoke** `Salesforce Connector - svc-sfdc - Salesforce Sync` (id `4714`), owner `@acme/crm`: [open in NetSuite](https://1234567-sb1.app.netsuite.com/app/setup/accesstoken.nl?id=4714&e=T)',
      '- [ ] **Inactivate** `Shopify Orders - svc-shopify - Shopify Connector` (id `4715`), owner `@acme/ecommerce`: [open in NetSuite](https://1234567-sb1.app.netsuite.com/app/setup/accesstoken.nl?id=4715&e=T)',
    ].join('\n'));
    expect(markdown).toMatch(/^\| `4721` .* \| failed \| NetSuite still shows this token inactive after the change was reported done\. \|$/m);
    expect(markdown.split('\n').filter((line) => line.startsWith('#### '))).toEqual([
      '#### Failed (1)', '#### Administrator checklist (2)', '#### Done, verified in NetSuite (1)', '#### Pending (2)', '#### Blocked (2)', '#### Findings (5)',
    ]);
    expectTablesIntact(markdown);
  });

  it('cuts a long checklist with a count of the rest', () => {
    const rendered = renderReportMarkdown(sampleReport(), { uiOrigin: UI_ORIGIN, maxRowsPerTable: 1 });
    expect(rendered.split('\n').filter((line) => line.startsWith('- [ ]'))).toHaveLength(1);
    expect(rendered).toContain('_…and 1 more not shown here; the text output and the status file list them all._');
  });

  it('renders hostile names inert', () => {
    const hostile = renderReportMarkdown(sampleReport(samplePlan({ names: HOSTILE_NAMES })), { uiOrigin: UI_ORIGIN });
    expectTablesIntact(hostile);
    expectInert(hostile.replace('(https://github.com/acme/netsuite/actions/runs/42)', ''));
    expect(hostile).toContain('- [ ] **Revoke** ```` pipes \\| break \\| tables ``` and `backticks` ```` (id `4714`)');
  });
});

describe('renderReportJson', () => {
  it('writes each change with its verified outcome and the plan it came from', () => {
    const document = JSON.parse(renderReportJson(sampleReport())) as { results: Record<string, unknown>[]; outcomes: unknown; plan: Record<string, unknown> } & Record<string, unknown>;
    expect(Object.keys(document)).toEqual(['formatVersion', 'account', 'verifiedAt', 'run', 'outcomes', 'results', 'confirmed', 'rotations', 'plan']);
    expect(document.outcomes).toEqual({ done: 1, pending: 2, failed: 1, blocked: 2 });
    expect(document.results.find((result) => (result.subject as { id: string }).id === '4714')).toMatchObject({
      action: 'revoke', via: 'admin', outcome: 'pending', deepLink: `${UI_ORIGIN}/app/setup/accesstoken.nl?id=4714&e=T`,
    });
    expect(Object.keys(document.plan)).toEqual(['formatVersion', 'account', 'observedAt', 'changes', 'findings', 'summary', 'refusal']);
  });
});

describe('administrator work confirmed since the last run', () => {
  const confirmedReport: RunReport = {
    ...sampleReport(),
    confirmed: [
      { subject: { kind: 'tba-token', id: '4714', name: 'Salesforce Connector', application: 'Salesforce', user: 'svc-sfdc', role: 'Sync' }, action: 'revoke' },
      { subject: { kind: 'tba-token', id: '4715', name: HOSTILE_NAMES[0] ?? '@here', application: null, user: null, role: null }, action: 'inactivate' },
    ],
  };

  it('is listed as a ticked checklist and counted in the summary line (text)', () => {
    const text = renderReportText(confirmedReport, { color: false, uiOrigin: UI_ORIGIN });
    expect(text).toContain('Administrator changes verified since the last run (2)');
    expect(text).toMatch(/\[x\] +Revoke +4714 +Salesforce Connector/);
    expect(text).toContain('2 administrator changes from earlier runs verified done.');
  });

  it('is listed as ticked task items with inert names (markdown), and in the JSON form', () => {
    const markdown = renderReportMarkdown(confirmedReport, { uiOrigin: UI_ORIGIN });
    expect(markdown).toContain('#### Administrator changes verified since the last run (2)');
    expect(markdown).toContain('- [x] **Revoke** `Salesforce Connector` (id `4714`)');
    expectInert(markdown);
    const json = JSON.parse(renderReportJson(confirmedReport)) as { confirmed: unknown[] };
    expect(json.confirmed).toEqual([
      { subject: { kind: 'tba-token', id: '4714', name: 'Salesforce Connector', application: 'Salesforce', user: 'svc-sfdc', role: 'Sync' }, action: 'revoke' },
      expect.objectContaining({ action: 'inactivate' }),
    ]);
  });
});
