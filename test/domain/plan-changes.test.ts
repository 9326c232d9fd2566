import { describe, expect, it } from 'vitest';
import { planChanges } from '../../src/domain/plan-changes.js';
import type { CredentialAvailability, DesiredState } from '../../src/domain/desired.js';
import type { ChangeAction, ChangeVia, History, Plan } from '../../src/domain/plan.js';
import { EMPTY_HISTORY } from '../../src/domain/plan.js';
import type { ObservedToken, TokenState } from '../../src/domain/kinds/tba-token/token.js';
import type { Observation } from '../../src/domain/observation.js';
import { DAY_MS, NOW, daysAgo, desiredState, desiredToken, history, observation, observedToken } from './builders.js';

function plan(desired: DesiredState, observed: Observation, past: History = EMPTY_HISTORY, allowOverLimit = false): Plan {
  return planChanges(desired, observed, past, NOW, { allowOverLimit });
}

function kinds(result: Plan): string[] {
  return result.findings.map((finding) => `${finding.kind}:${finding.subject.id ?? finding.subject.name ?? '?'}`);
}

describe('planChanges: state transitions', () => {
  const table: readonly {
    observed: TokenState;
    declared: TokenState;
    action: ChangeAction | null;
    finding: 'terminal' | null;
  }[] = [
    { observed: 'active', declared: 'active', action: null, finding: null },
    { observed: 'active', declared: 'inactive', action: 'inactivate', finding: null },
    { observed: 'active', declared: 'revoked', action: 'revoke', finding: null },
    { observed: 'inactive', declared: 'active', action: 'activate', finding: null },
    { observed: 'inactive', declared: 'inactive', action: null, finding: null },
    { observed: 'inactive', declared: 'revoked', action: 'revoke', finding: null },
    { observed: 'revoked', declared: 'active', action: null, finding: 'terminal' },
    { observed: 'revoked', declared: 'inactive', action: null, finding: 'terminal' },
    { observed: 'revoked', declared: 'revoked', action: null, finding: null },
  ];

  it.each(table)('$observed declared $declared → $action $finding', ({ observed, declared, action, finding }) => {
    const result = plan(desiredState([desiredToken({ id: '7', state: declared })]), observation([observedToken({ id: '7', state: observed })]));
    if (action === null) {
      expect(result.changes).toEqual([]);
    } else {
      expect(result.changes).toHaveLength(1);
      expect(result.changes[0]).toMatchObject({ action, from: observed, to: declared, via: 'admin', reason: 'declared', blocked: null, entry: '/tokens/0', owner: '@acme/team' });
    }
    expect(kinds(result)).toEqual(finding === null ? [] : [`${finding}:7`]);
    expect(result.summary).toMatchObject({ tokens: 1, managed: 1, unchanged: observed === declared ? 1 : 0, changes: action === null ? 0 : 1 });
  });

  it('says a revoked token cannot come back and what to do instead', () => {
    const result = plan(desiredState([desiredToken({ id: '7', state: 'active' })]), observation([observedToken({ id: '7', state: 'revoked' })]));
    expect(result.findings[0]?.message).toMatch(/cannot be undone.*declares it active; create a new token, declare it/);
  });

  const vias: readonly { credentials: CredentialAvailability; via: ChangeVia; says: RegExp }[] = [
    { credentials: { status: 'resolved' }, via: 'api', says: /rest\/revoketoken, signed with the token itself\.$/ },
    { credentials: { status: 'none' }, via: 'admin', says: /without credentials, so an administrator revokes this token in the NetSuite UI\.$/ },
    { credentials: { status: 'unresolved', missing: ['CELIGO_TOKEN_ID', 'CELIGO_TOKEN_SECRET'] }, via: 'admin', says: /CELIGO_TOKEN_ID, CELIGO_TOKEN_SECRET are not set.*set them and run again/ },
    { credentials: { status: 'unresolved', missing: ['CELIGO_TOKEN_ID'] }, via: 'admin', says: /CELIGO_TOKEN_ID is not set.*set it and run again/ },
  ];

  it.each(vias)('revokes an active token via $via when credentials are $credentials.status', ({ credentials, via, says }) => {
    const result = plan(desiredState([desiredToken({ id: '7', state: 'revoked', credentials })]), observation([observedToken({ id: '7', state: 'active' })]));
    expect(result.changes[0]).toMatchObject({ action: 'revoke', from: 'active', to: 'revoked', via });
    expect(result.changes[0]?.message).toMatch(says);
    expect(result.summary).toMatchObject({ api: via === 'api' ? 1 : 0, admin: via === 'admin' ? 1 : 0 });
  });

  it.each(vias)('revokes an inactive token via admin even when credentials are $credentials.status (it cannot sign)', ({ credentials }) => {
    const result = plan(desiredState([desiredToken({ id: '7', state: 'revoked', credentials })]), observation([observedToken({ id: '7', state: 'inactive' })]));
    expect(result.changes[0]).toMatchObject({ action: 'revoke', from: 'inactive', to: 'revoked', via: 'admin' });
    expect(result.changes[0]?.message).toMatch(/an inactive token cannot sign its own revocation, so an administrator revokes this token/);
    expect(result.summary).toMatchObject({ api: 0, admin: 1 });
  });

  it('never uses the API for inactivate or activate, even with credentials', () => {
    const result = plan(
      desiredState([
        desiredToken({ id: '1', state: 'inactive', credentials: { status: 'resolved' } }),
        desiredToken({ id: '2', state: 'active', credentials: { status: 'resolved' } }),
      ]),
      observation([observedToken({ id: '1' }), observedToken({ id: '2', state: 'inactive' })]),
    );
    expect(result.changes.map((change) => `${change.action}/${change.via}`)).toEqual(['inactivate/admin', 'activate/admin']);
    expect(result.changes[0]?.message).toMatch(/NetSuite has no API for the Inactive flag/);
  });
});

describe('planChanges: identity', () => {
  it('matches by id and ignores a stale name once the id is pinned', () => {
    const result = plan(desiredState([desiredToken({ id: '7', name: 'Old name', state: 'inactive' })]), observation([observedToken({ id: '7', name: 'Renamed in the UI' })]));
    expect(result.changes[0]?.subject).toEqual({ kind: 'tba-token', id: '7', name: 'Renamed in the UI', application: 'App', user: 'svc-user', role: 'Integration Role' });
  });

  it('matches by exact, case-sensitive name, narrowed by application, user and role', () => {
    const tokens = [
      observedToken({ id: '1', name: 'Sync', application: 'Celigo' }),
      observedToken({ id: '2', name: 'Sync', application: 'Boomi', user: 'svc-a' }),
      observedToken({ id: '3', name: 'Sync', application: 'Boomi', user: 'svc-b', role: 'Reader' }),
      observedToken({ id: '4', name: 'sync', application: 'Celigo' }),
    ];
    const cases: readonly [Parameters<typeof desiredToken>[0], string | null][] = [
      [{ name: 'Sync', application: 'Celigo' }, '1'],
      [{ name: 'Sync', application: 'Boomi', user: 'svc-a' }, '2'],
      [{ name: 'Sync', role: 'Reader' }, '3'],
      [{ name: 'sync' }, '4'],
      [{ name: 'SYNC' }, null],
      [{ name: 'Sync', application: 'celigo' }, null],
    ];
    for (const [selector, expected] of cases) {
      const result = plan(desiredState([desiredToken({ ...selector, state: 'inactive' })], { unmanaged: 'ignore' }), observation(tokens));
      expect(result.changes.map((change) => change.subject.id)).toEqual(expected === null ? [] : [expected]);
      expect(kinds(result)).toEqual(expected === null ? [`missing:${selector.name ?? ''}`] : []);
    }
  });

  it('does not match a narrowing field NetSuite left empty', () => {
    const result = plan(desiredState([desiredToken({ name: 'Sync', role: 'Reader' })], { unmanaged: 'ignore' }), observation([observedToken({ id: '1', name: 'Sync', role: null })]));
    expect(kinds(result)).toEqual(['missing:Sync']);
  });

  it('reports a missing id and a missing name with the declared identity, and leaves them alone', () => {
    const result = plan(
      desiredState([desiredToken({ id: '404', name: 'Gone', state: 'revoked' }), desiredToken({ name: 'Never created', application: 'Tableau' })]),
      observation([]),
    );
    expect(result.changes).toEqual([]);
    expect(result.findings).toEqual([
      { kind: 'missing', subject: { kind: 'tba-token', id: '404', name: 'Gone', application: null, user: null, role: null }, message: expect.stringMatching(/^No token with this id exists in NetSuite: it was deleted with its user, or never created;/) as unknown },
      { kind: 'missing', subject: { kind: 'tba-token', id: null, name: 'Never created', application: 'Tableau', user: null, role: null }, message: expect.stringMatching(/^No token in NetSuite has this name and application:/) as unknown },
    ]);
    expect(result.summary).toMatchObject({ managed: 0, unchanged: 0 });
  });

  it('leaves an ambiguous entry alone, lists the candidates, and does not call them unmanaged', () => {
    const result = plan(
      desiredState([desiredToken({ name: 'Shared', state: 'revoked' })], { unmanaged: 'inactivate' }),
      observation([observedToken({ id: '20', name: 'Shared' }), observedToken({ id: '3', name: 'Shared' }), observedToken({ id: '4', name: 'Other' })]),
    );
    expect(result.findings.filter((finding) => finding.kind === 'ambiguous')).toEqual([
      { kind: 'ambiguous', subject: { kind: 'tba-token', id: null, name: 'Shared', application: null, user: null, role: null }, message: expect.stringMatching(/^2 tokens in NetSuite have this name, so this entry is left alone; pin the intended one with its id\.$/) as unknown, candidates: ['3', '20'] },
    ]);
    expect(result.changes.map((change) => `${change.action}:${change.subject.id ?? ''}`)).toEqual(['inactivate:4']);
    expect(kinds(result)).toEqual(['unmanaged:4', 'ambiguous:Shared']);
  });

  it('gives the later of two entries that resolve to one token an ambiguous finding, and keeps the earlier', () => {
    const result = plan(
      desiredState([desiredToken({ id: '7', state: 'inactive', line: 12 }), desiredToken({ name: 'Token 7', state: 'revoked', line: 20 })]),
      observation([observedToken({ id: '7' })]),
    );
    expect(result.changes.map((change) => `${change.action}:${change.entry ?? '-'}`)).toEqual(['inactivate:/tokens/0']);
    expect(result.findings).toEqual([
      { kind: 'ambiguous', subject: { kind: 'tba-token', id: null, name: 'Token 7', application: null, user: null, role: null }, candidates: ['7'], message: expect.stringMatching(/same token as entry 1 \(line 12\), so it is left alone/) as unknown },
    ]);
    expect(result.summary).toMatchObject({ managed: 1 });
  });
});

describe('planChanges: guards', () => {
  const revokeAll = (entries: readonly Parameters<typeof desiredToken>[0][]): DesiredState =>
    desiredState(entries.map((fields) => desiredToken({ state: 'revoked', credentials: { status: 'resolved' }, ...fields })));

  it('keeps a protected change in the plan, blocked, with the reason', () => {
    const result = plan(revokeAll([{ id: '7', protect: true }]), observation([observedToken({ id: '7' })]));
    expect(result.changes[0]).toMatchObject({ action: 'revoke', via: 'api', blocked: 'protected' });
    expect(result.changes[0]?.message).toMatch(/, but this token is protected \(protect: true\), so the plan leaves it as it is\.$/);
    expect(result.summary).toMatchObject({ changes: 0, api: 0, admin: 0, blocked: 1 });
  });

  it('remembers protection after the entry dropped protect: true', () => {
    const result = plan(revokeAll([{ id: '7' }]), observation([observedToken({ id: '7' })]), history({ protectedIds: ['7'] }));
    expect(result.changes[0]).toMatchObject({ blocked: 'protected' });
    expect(result.changes[0]?.message).toMatch(/status file remembers it/);
  });

  it('remembers protection for an unmanaged token under policy inactivate', () => {
    const result = plan(desiredState([desiredToken({ id: '1' })], { unmanaged: 'inactivate' }), observation([observedToken({ id: '1' }), observedToken({ id: '9' })]), history({ protectedIds: ['9'] }));
    expect(result.changes).toMatchObject([{ subject: { id: '9' }, action: 'inactivate', reason: 'unmanaged-policy', blocked: 'protected', entry: null, owner: null }]);
  });

  it('never changes the operator’s own token, and says so before protection', () => {
    const result = plan(revokeAll([{ id: '7', isOperator: true, protect: true }]), observation([observedToken({ id: '7' })]));
    expect(result.changes[0]).toMatchObject({ blocked: 'self' });
    expect(result.changes[0]?.message).toMatch(/the token the operator signs in with, and the operator never changes its own token\.$/);
  });

  const tokens = (count: number): ObservedToken[] => Array.from({ length: count }, (_, index) => observedToken({ id: String(index + 1) }));
  const entries = (count: number): Parameters<typeof desiredToken>[0][] => Array.from({ length: count }, (_, index) => ({ id: String(index + 1) }));

  it('allows exactly maxChangesPerRun changes', () => {
    const result = planChanges({ ...revokeAll(entries(3)), policy: { ...revokeAll([]).policy, maxChangesPerRun: 3 } }, observation(tokens(3)), EMPTY_HISTORY, NOW, { allowOverLimit: false });
    expect(result.refusal).toBeNull();
    expect(result.summary).toMatchObject({ changes: 3, blocked: 0 });
  });

  it('blocks every change over maxChangesPerRun and refuses the run, counting only unblocked changes', () => {
    const desired = revokeAll([...entries(4), { id: '5', protect: true }]);
    const limited: DesiredState = { ...desired, policy: { ...desired.policy, maxChangesPerRun: 3 } };
    const result = plan(limited, observation(tokens(5)));
    expect(result.changes.map((change) => change.blocked)).toEqual(['over-limit', 'over-limit', 'over-limit', 'over-limit', 'protected']);
    expect(result.refusal).toEqual({ guard: 'over-limit', changes: 4, limit: 3, message: 'This plan has 4 changes to apply (besides 1 blocked change, which is never applied), more than maxChangesPerRun (3); review it, then apply with --allow-over-limit or raise the limit.' });
    expect(result.changes[0]?.message).toMatch(/more changes than maxChangesPerRun \(3\), so none is applied without --allow-over-limit\.$/);
    expect(result.summary).toMatchObject({ changes: 0, api: 0, blocked: 5 });
  });

  it('lets --allow-over-limit through, without a refusal', () => {
    const desired = revokeAll(entries(4));
    const result = plan({ ...desired, policy: { ...desired.policy, maxChangesPerRun: 3 } }, observation(tokens(4)), EMPTY_HISTORY, true);
    expect(result.refusal).toBeNull();
    expect(result.summary).toMatchObject({ changes: 4, api: 4, blocked: 0 });
  });

  it('refuses an empty desired state against live tokens, whatever the policy', () => {
    for (const unmanaged of ['ignore', 'report', 'inactivate'] as const) {
      const result = plan(desiredState([], { unmanaged }), observation([observedToken({ id: '1' }), observedToken({ id: '2', state: 'inactive' }), observedToken({ id: '3', state: 'revoked' })]));
      expect(result.refusal).toEqual({ guard: 'empty-desired', liveTokens: 2, message: expect.stringContaining('adopt the account with `netsuite-tokens import` first') as unknown });
    }
  });

  it('accepts an empty desired state when the account has only revoked tokens, or none', () => {
    expect(plan(desiredState([]), observation([observedToken({ id: '3', state: 'revoked' })])).refusal).toBeNull();
    expect(plan(desiredState([]), observation([])).refusal).toBeNull();
  });

  it('refuses a nearly empty desired state that would inactivate most of the account', () => {
    const account = observation(tokens(100));
    const nearlyEmpty = plan(desiredState(entries(9).map((fields) => desiredToken(fields)), { unmanaged: 'inactivate', maxChangesPerRun: 1000 }), account, EMPTY_HISTORY, true);
    expect(nearlyEmpty.refusal).toMatchObject({ guard: 'empty-desired', liveTokens: 100, message: expect.stringMatching(/matches only 9 of the account's 100 live tokens/) as unknown });
    const tenPercent = plan(desiredState(entries(10).map((fields) => desiredToken(fields)), { unmanaged: 'inactivate', maxChangesPerRun: 1000 }), account);
    expect(tenPercent.refusal).toBeNull();
    const reportOnly = plan(desiredState([desiredToken({ id: '1' })], { unmanaged: 'report' }), account);
    expect(reportOnly.refusal).toBeNull();
    const smallAccount = plan(desiredState([desiredToken({ id: '404' })], { unmanaged: 'inactivate' }), observation(tokens(9)));
    expect(smallAccount.refusal).toBeNull();
  });

  it('prefers the empty-desired refusal when both guards trip, and still blocks over the limit', () => {
    const result = plan(desiredState([desiredToken({ id: '404' })], { unmanaged: 'inactivate', maxChangesPerRun: 5 }), observation(tokens(20)));
    expect(result.refusal?.guard).toBe('empty-desired');
    expect(result.changes.every((change) => change.blocked === 'over-limit')).toBe(true);
  });
});

describe('planChanges: unmanaged tokens', () => {
  const account = observation([
    observedToken({ id: '1' }),
    observedToken({ id: '2' }),
    observedToken({ id: '3', state: 'inactive' }),
    observedToken({ id: '4', state: 'revoked' }),
  ]);
  const declared = [desiredToken({ id: '1' })];

  it('ignore: nothing', () => {
    const result = plan(desiredState(declared, { unmanaged: 'ignore' }), account);
    expect(result.findings).toEqual([]);
    expect(result.changes).toEqual([]);
  });

  it('report: a finding per live undeclared token, revoked ones are history', () => {
    const result = plan(desiredState(declared, { unmanaged: 'report' }), account);
    expect(kinds(result)).toEqual(['unmanaged:2', 'unmanaged:3']);
    expect(result.findings[1]?.message).toMatch(/not declared in the file \(it is inactive\); declare it/);
    expect(result.changes).toEqual([]);
    expect(result.summary).toMatchObject({ tokens: 4, managed: 1, unchanged: 1 });
  });

  it('inactivate: a finding and an administrator inactivation for active ones, never a revoke', () => {
    const result = plan(desiredState(declared, { unmanaged: 'inactivate' }), account);
    expect(kinds(result)).toEqual(['unmanaged:2', 'unmanaged:3']);
    expect(result.changes).toEqual([
      {
        subject: { kind: 'tba-token', id: '2', name: 'Token 2', application: 'App', user: 'svc-user', role: 'Integration Role' },
        action: 'inactivate', from: 'active', to: 'inactive', via: 'admin', reason: 'unmanaged-policy', blocked: null, owner: null, entry: null,
        message: 'Not declared in the file and policy.unmanaged is inactivate, so an administrator ticks Inactive on this token in the UI (declare it to keep it active).',
      },
    ]);
    expect(result.findings[0]?.message).toMatch(/policy.unmanaged: inactivate has an administrator inactivate it/);
  });
});

describe('planChanges: findings', () => {
  it('rotation-due from the entry’s maxAge, or the policy’s, from the creation date', () => {
    const result = plan(
      desiredState([
        desiredToken({ id: '1', maxAgeMs: 180 * DAY_MS }),
        desiredToken({ id: '2' }),
        desiredToken({ id: '3' }),
        desiredToken({ id: '4', state: 'revoked' }),
        desiredToken({ id: '5', state: 'revoked' }),
        desiredToken({ id: '6' }),
      ], { maxAgeMs: 365 * DAY_MS }),
      observation([
        observedToken({ id: '1', createdAt: daysAgo(200) }),
        observedToken({ id: '2', createdAt: daysAgo(400) }),
        observedToken({ id: '3', createdAt: daysAgo(365) }),
        observedToken({ id: '4', createdAt: daysAgo(900), state: 'revoked' }),
        observedToken({ id: '5', createdAt: daysAgo(900), state: 'inactive' }),
        observedToken({ id: '6', createdAt: null }),
      ]),
    );
    expect(kinds(result)).toEqual(['rotation-due:1', 'rotation-due:2']);
    expect(result.findings[0]?.message).toBe('This token is 200 days old, past the rotation limit of 180d (its entry’s maxAge); create a new token, move the integration to it, then revoke this one.');
    expect(result.findings[1]?.message).toMatch(/400 days old, past the rotation limit of 365d \(policy.maxAge\)/);
  });

  it('rotation-due and unused also cover reported unmanaged tokens', () => {
    const result = plan(desiredState([desiredToken({ id: '1' })], { maxAgeMs: DAY_MS, unusedForMs: DAY_MS }), observation([observedToken({ id: '1', createdAt: NOW.toISOString() }), observedToken({ id: '2', createdAt: daysAgo(5) })]));
    expect(kinds(result)).toEqual(['unmanaged:2', 'rotation-due:2', 'unused:2']);
  });

  it('unused: no successful login for unusedFor, or never used and older than that', () => {
    const result = plan(
      desiredState(['1', '2', '3', '4', '5'].map((id) => desiredToken({ id })), { unusedForMs: 90 * DAY_MS }),
      observation(
        [
          observedToken({ id: '1', name: 'Idle', createdAt: daysAgo(500) }),
          observedToken({ id: '2', name: 'Busy', createdAt: daysAgo(500) }),
          observedToken({ id: '3', name: 'Never used, old', createdAt: daysAgo(120) }),
          observedToken({ id: '4', name: 'Never used, new', createdAt: daysAgo(30) }),
          observedToken({ id: '5', name: 'Never used, unknown age', createdAt: null }),
        ],
        { Idle: daysAgo(100), Busy: daysAgo(2) },
      ),
    );
    expect(kinds(result)).toEqual(['unused:1', 'unused:3']);
    expect(result.findings[0]?.message).toMatch(/^This token’s last successful login was 100 days ago \(\d{4}-\d{2}-\d{2}\), longer than policy.unusedFor \(90d\);/);
    expect(result.findings[1]?.message).toMatch(/^This token has no successful login on record and was created 120 days ago, longer than policy.unusedFor \(90d\);/);
  });

  it('unused is not reported for revoked tokens or tokens on their way to revoked', () => {
    const result = plan(
      desiredState([desiredToken({ id: '1', state: 'revoked' }), desiredToken({ id: '2', state: 'revoked' })], { unusedForMs: DAY_MS }),
      observation([observedToken({ id: '1', state: 'revoked' }), observedToken({ id: '2' })]),
    );
    expect(result.findings).toEqual([]);
  });

  const previous = (state: TokenState, desired: TokenState | null) => ({ '7': { state, desired, observedAt: '2026-11-01T08:00:00Z' } });

  it('drift: someone re-activated a token that was inactive as declared', () => {
    const result = plan(desiredState([desiredToken({ id: '7', state: 'inactive' })]), observation([observedToken({ id: '7', state: 'active' })]), history({ previous: previous('inactive', 'inactive') }));
    expect(kinds(result)).toEqual(['drift:7']);
    expect(result.findings[0]?.message).toBe('This token moved from inactive to active since the previous run on 2026-11-01, when it was in its desired state; NetSuite does not record who changed it.');
    expect(result.changes).toMatchObject([{ action: 'inactivate', from: 'active' }]);
  });

  it('drift: a token revoked behind the file’s back is both drift and terminal', () => {
    const result = plan(desiredState([desiredToken({ id: '7' })]), observation([observedToken({ id: '7', state: 'revoked' })]), history({ previous: previous('active', 'active') }));
    expect(kinds(result)).toEqual(['terminal:7', 'drift:7']);
  });

  it('no drift without a previous run, when the previous run was not in its desired state, or when the token reached today’s declared state', () => {
    const declaredInactive = desiredState([desiredToken({ id: '7', state: 'inactive' })]);
    const nowInactive = observation([observedToken({ id: '7', state: 'inactive' })]);
    expect(plan(declaredInactive, observation([observedToken({ id: '7' })])).findings).toEqual([]);
    // The administrator worked through last run's checklist: previous active, desired inactive.
    expect(plan(declaredInactive, nowInactive, history({ previous: previous('active', 'inactive') })).findings).toEqual([]);
    // The file changed to inactive and the administrator was quicker than the operator.
    expect(plan(declaredInactive, nowInactive, history({ previous: previous('active', 'active') })).findings).toEqual([]);
    // The previous run saw it unmanaged.
    expect(plan(desiredState([desiredToken({ id: '7', state: 'active' })]), nowInactive, history({ previous: previous('active', null) })).findings).toEqual([]);
  });
});

describe('planChanges: summary, messages and order', () => {
  const hostile = 'EVIL<img src=x> @everyone [x](http://x) \u202E';
  const account = observation(
    [
      observedToken({ id: '10', name: hostile, createdAt: daysAgo(900) }),
      observedToken({ id: '9', name: hostile, state: 'inactive' }),
      observedToken({ id: '100', name: hostile, state: 'revoked' }),
      observedToken({ id: '2', name: hostile, application: hostile, user: hostile, role: hostile }),
      observedToken({ id: '30', name: 'dup' }),
      observedToken({ id: '31', name: 'dup' }),
    ],
    { [hostile]: daysAgo(400) },
  );
  const desired = desiredState(
    [
      desiredToken({ id: '10', state: 'revoked', credentials: { status: 'resolved' } }),
      desiredToken({ id: '9', state: 'active', protect: true }),
      desiredToken({ id: '100', state: 'inactive' }),
      desiredToken({ id: '404', name: 'Missing' }),
      desiredToken({ name: 'dup' }),
      desiredToken({ id: '2', state: 'inactive' }),
    ],
    { maxAgeMs: 365 * DAY_MS, unusedForMs: 90 * DAY_MS, unmanaged: 'inactivate' },
  );

  it('counts what it observed, manages, leaves and changes', () => {
    const result = plan(desired, account, history({ previous: { '100': { state: 'inactive', desired: 'inactive', observedAt: '2026-10-01T00:00:00Z' } } }));
    expect(result.summary).toEqual({ tokens: 6, managed: 4, unchanged: 0, changes: 2, api: 1, admin: 1, blocked: 1, byKind: { 'tba-token': { observed: 6, managed: 4, unchanged: 0, changes: 2, api: 1, admin: 1, blocked: 1 }, 'm2m-certificate': { observed: 0, managed: 0, unchanged: 0, changes: 0, api: 0, admin: 0, blocked: 0 } } });
    expect(result).toMatchObject({ formatVersion: 2, account: '1234567_SB1', observedAt: NOW.toISOString(), refusal: null });
  });

  it('never puts a NetSuite string in a message', () => {
    const result = plan(desired, account, history({ previous: { '100': { state: 'inactive', desired: 'inactive', observedAt: '2026-10-01T00:00:00Z' } } }));
    const messages = [...result.changes, ...result.findings].map((item) => item.message);
    expect(messages.length).toBeGreaterThan(6);
    for (const message of messages) {
      expect(message).not.toMatch(/EVIL|dup|@everyone|\u202E/);
      expect(message).toMatch(/^[A-Z0-9].*\.$/);
    }
  });

  it('orders changes by numeric id then action, findings by id then kind, whatever the input order', () => {
    const result = plan(desired, account);
    const shuffled = plan(desired, { ...account, tokens: [...account.tokens].reverse() });
    expect(shuffled).toEqual(result);
    expect(result.changes.map((change) => change.subject.id)).toEqual(['2', '9', '10']);
    expect(kinds(result)).toEqual(['unused:2', 'unused:9', 'terminal:100', 'missing:404', 'ambiguous:dup']);
  });

  it('narrows the same way when many tokens share a name (index) as when a few do (scan)', () => {
    const crowd = Array.from({ length: 40 }, (_, index) => observedToken({ id: String(index), name: 'Shared', role: index % 2 === 0 ? `Role ${index}` : null, user: index < 20 ? 'svc-a' : 'svc-b' }));
    for (const size of [40, 6]) {
      const tokens = crowd.slice(0, size);
      const result = plan(
        desiredState([desiredToken({ name: 'Shared', role: 'Role 4', state: 'inactive' }), desiredToken({ name: 'Shared', user: 'svc-a', role: 'Role 5' }), desiredToken({ name: 'Shared', application: 'App', user: 'svc-a' })], { unmanaged: 'ignore' }),
        observation(tokens),
      );
      expect(result.changes.map((change) => change.subject.id)).toEqual(['4']);
      expect(kinds(result)).toEqual(['missing:Shared', 'ambiguous:Shared']);
      expect(result.findings[1]?.candidates).toHaveLength(Math.min(size, 20));
    }
  });

  it('tells apart thousands of tokens that share one name by their narrowing fields', () => {
    const size = 20_000;
    const many = observation(Array.from({ length: size }, (_, index) => observedToken({ id: String(index), name: 'same name', user: `u${index}` })));
    const entries = Array.from({ length: size }, (_, index) => desiredToken({ name: 'same name', application: 'App', user: `u${index}`, state: 'inactive' }));
    const result = plan(desiredState(entries, { unmanaged: 'ignore', maxChangesPerRun: size }), many);
    expect(result.findings).toEqual([]);
    expect(result.changes).toHaveLength(size);
    expect(result.changes.every((change) => change.entry === `/tokens/${change.subject.id ?? ''}`)).toBe(true);
  });
});
