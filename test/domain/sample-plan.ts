import { planChanges } from '../../src/domain/plan-changes.js';
import type { Plan } from '../../src/domain/plan.js';
import type { ChangeResult, RunReport } from '../../src/domain/report.js';
import { DAY_MS, NOW, daysAgo, desiredState, desiredToken, history, observation, observedToken } from './builders.js';

/** A plan shaped like the example account: one change of each kind, blocked ones, and several findings. */
export function samplePlan(overrides: { readonly names?: Readonly<Record<string, string>> } = {}): Plan {
  const name = (id: string, fallback: string): string => overrides.names?.[id] ?? fallback;
  const tokens = [
    observedToken({ id: '4711', name: name('4711', 'DATABASICS - svc-expense - DataBasics Integration'), application: 'DATABASICS', user: 'svc-expense', role: 'DataBasics Integration', createdAt: daysAgo(200) }),
    observedToken({ id: '4712', name: name('4712', 'Token GitOps - svc-gitops - Token Operator'), application: 'Token GitOps', user: 'svc-gitops', role: 'Token Operator', state: 'inactive' }),
    observedToken({ id: '4713', name: name('4713', 'Celigo integrator.io - svc-celigo - Celigo Full Access'), application: 'Celigo integrator.io', user: 'svc-celigo', role: 'Celigo Full Access' }),
    observedToken({ id: '4714', name: name('4714', 'Salesforce Connector - svc-sfdc - Salesforce Sync'), application: 'Salesforce Connector', user: 'svc-sfdc', role: 'Salesforce Sync' }),
    observedToken({ id: '4715', name: name('4715', 'Shopify Orders - svc-shopify - Shopify Connector'), application: 'Shopify Orders', user: 'svc-shopify', role: 'Shopify Connector' }),
    observedToken({ id: '4701', name: name('4701', 'Boomi - svc-boomi - Boomi Integration'), state: 'revoked' }),
    observedToken({ id: '4720', name: name('4720', 'Legacy Export - jdoe - Administrator'), application: 'Legacy Export', user: 'jdoe', role: 'Administrator', createdAt: daysAgo(800) }),
    observedToken({ id: '4721', name: name('4721', 'Zapier - svc-zap - Zap'), state: 'inactive' }),
  ];
  const desired = desiredState(
    [
      desiredToken({ id: '4711', maxAgeMs: 180 * DAY_MS, owner: '@acme/finance-systems' }),
      desiredToken({ id: '4712', protect: true, isOperator: true, credentials: { status: 'resolved' }, owner: '@acme/platform' }),
      desiredToken({ id: '4713', state: 'revoked', credentials: { status: 'resolved' }, owner: '@acme/integrations' }),
      desiredToken({ id: '4714', state: 'revoked', owner: '@acme/crm' }),
      desiredToken({ id: '4715', state: 'inactive', owner: '@acme/ecommerce' }),
      desiredToken({ name: 'Tableau Reporting - svc-bi - BI Read Only', application: 'Tableau Reporting', owner: '@acme/data' }),
      desiredToken({ id: '4701', state: 'revoked', owner: '@acme/integrations' }),
      desiredToken({ id: '4721', state: 'active', owner: '@acme/automation' }),
    ],
    { unmanaged: 'inactivate', maxAgeMs: 365 * DAY_MS, unusedForMs: 90 * DAY_MS },
  );
  return planChanges(desired, observation(tokens, { [name('4711', 'DATABASICS - svc-expense - DataBasics Integration')]: daysAgo(1) }), history({ protectedIds: ['4720'] }), NOW, { allowOverLimit: false });
}

export const UI_ORIGIN = 'https://1234567-sb1.app.netsuite.com';

/** Names that try every trick: markdown, HTML, mentions, table breaks, terminal escapes, bidi overrides, sheer length. */
export const HOSTILE_NAMES: Readonly<Record<string, string>> = {
  '4711': '"quoted" \'single\' @acme/everyone #12 :tada:',
  '4712': '[click me](http://evil.example) ![img](http://evil.example/x.png)',
  '4713': '<img src=x onerror=alert(1)><script>alert(2)</script>',
  '4714': 'pipes | break | tables ``` and `backticks`',
  '4715': 'line one\nline two\r\n## heading\n- [ ] fake task',
  '4720': 'invoice\u202Efdp.exe \u2066isolate\u2069',
  '4721': `\u001b[2J\u001b[31mterminal takeover ${'x'.repeat(5000)}`,
};

/** A run report over the sample plan: one change in each outcome, admin ones pending on the checklist. */
export function sampleReport(plan: Plan = samplePlan()): RunReport {
  const results: ChangeResult[] = plan.changes.map((change) => {
    const id = change.subject.id ?? '';
    if (change.blocked !== null) return { change, outcome: 'blocked', detail: null, deepLink: null };
    if (id === '4713') return { change, outcome: 'done', detail: null, deepLink: null };
    if (id === '4721') return { change, outcome: 'failed', detail: 'NetSuite still shows this token inactive after the change was reported done.', deepLink: null };
    return { change, outcome: 'pending', detail: 'Waiting for an administrator; a later run verifies it.', deepLink: `${UI_ORIGIN}/app/setup/accesstoken.nl?id=${encodeURIComponent(id)}&e=T` };
  });
  return {
    plan,
    results,
    confirmed: [],
    verifiedAt: '2026-11-20T12:01:00.000Z',
    // What the dashboard judges earlier work by; no rendering reads it.
    observed: { tokens: new Map(), mappings: new Map() },
    run: { startedAt: '2026-11-20T12:00:00.000Z', finishedAt: '2026-11-20T12:01:05.000Z', url: 'https://github.com/acme/netsuite/actions/runs/42' },
  };
}
