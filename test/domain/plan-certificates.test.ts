import { describe, expect, it } from 'vitest';
import type { DesiredMapping } from '../../src/domain/desired.js';
import type { MappingObservation, ObservedCertificate } from '../../src/domain/kinds/m2m-certificate/certificate.js';
import { planChanges } from '../../src/domain/plan-changes.js';
import type { History, Plan } from '../../src/domain/plan.js';
import { EMPTY_HISTORY } from '../../src/domain/plan.js';
import { renderPlanMarkdown } from '../../src/domain/render-markdown.js';
import { renderPlanText } from '../../src/domain/render-text.js';
import { planSummaryLine } from '../../src/domain/plan-wording.js';
import { certificateKey } from '../../src/domain/subject.js';
import { EMPTY_MAPPING_RECORD, type MappingRecord, type RotationJournal } from '../../src/domain/kinds/m2m-certificate/rotation-journal.js';
import { settleRecord } from '../../src/domain/status.js';
import { DAY_MS, NOW, desiredState, observation } from './builders.js';

/** SPEC §11: certificate mappings planned beside tokens, by their own rules. */

const inDays = (days: number): string => new Date(NOW.getTime() + days * DAY_MS).toISOString();

function mapping(fields: Partial<DesiredMapping> = {}): DesiredMapping {
  return {
    key: '/certificates/0',
    mapping: 'expense-sync',
    clientId: 'client-expense-0001',
    entity: '1651',
    role: '1073',
    state: 'active',
    owner: '@acme/finance',
    protect: false,
    credentials: { status: 'resolved' },
    bundleCertificateId: 'cert-current',
    bundleValidUntil: inDays(200),
    isOperator: false,
    rotation: null,
    deliver: [],
    source: null,
    ...fields,
  };
}

function certificate(fields: Partial<ObservedCertificate> & { readonly certificateId: string }): ObservedCertificate {
  return { algorithm: 'EC', validFrom: inDays(-100), validUntil: inDays(200), created: inDays(-100), revoked: false, application: 'Expense Tool', entity: '1651', role: '1073', ...fields };
}

function plan(entries: readonly DesiredMapping[], seen: Readonly<Record<string, MappingObservation>>, history: History = EMPTY_HISTORY): Plan {
  const base = desiredState([]);
  const observed = observation([]);
  return planChanges(
    { ...base, certificates: entries },
    { ...observed, certificates: entries.map((entry) => ({ mapping: entry.mapping, clientId: entry.clientId, observation: seen[entry.mapping] ?? { status: 'unobservable', missing: [] } })) },
    history,
    NOW,
    { allowOverLimit: false },
  );
}

const observed = (...certificates: ObservedCertificate[]): MappingObservation => ({ status: 'observed', certificates });
const kinds = (result: Plan): string[] => result.findings.map((finding) => `${finding.kind}:${finding.subject.id ?? finding.subject.name}`);

describe('planning certificate mappings', () => {
  it('leaves a healthy mapping alone and counts it', () => {
    const result = plan([mapping()], { 'expense-sync': observed(certificate({ certificateId: 'cert-current' })) });
    expect(result.changes).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.summary.byKind['m2m-certificate']).toEqual({ observed: 1, managed: 1, unchanged: 1, changes: 0, api: 0, admin: 0, blocked: 0 });
  });

  it('revokes every active certificate of a mapping declared revoked, through the API with its own token', () => {
    const result = plan([mapping({ state: 'revoked' })], {
      'expense-sync': observed(certificate({ certificateId: 'cert-current' }), certificate({ certificateId: 'cert-old', revoked: true }), certificate({ certificateId: 'cert-spare' })),
    });
    expect(result.changes.map((change) => [change.subject.id, change.action, change.via, change.from, change.to, change.entry])).toEqual([
      ['cert-current', 'revoke', 'api', 'active', 'revoked', '/certificates/0'],
      ['cert-spare', 'revoke', 'api', 'active', 'revoked', '/certificates/0'],
    ]);
  });

  it('hands revoking to an administrator, with the UI path, when the mapping cannot be observed', () => {
    const result = plan([mapping({ state: 'revoked', credentials: { status: 'unresolved', missing: ['EXPENSE_SYNC_M2M'] } })], { 'expense-sync': { status: 'unobservable', missing: ['EXPENSE_SYNC_M2M'] } });
    expect(result.changes).toMatchObject([{ action: 'revoke', via: 'admin', subject: { kind: 'm2m-certificate', id: null, name: 'expense-sync' } }]);
    expect(result.changes[0]?.message).toContain('Setup > Integration > Manage Authentication > OAuth 2.0 Client Credentials (M2M) Setup');
    expect(result.findings).toMatchObject([{ kind: 'unobservable', message: "This mapping's credentials are not set (EXPENSE_SYNC_M2M), and only its own token may list its certificates; set it to have it observed." }]);
  });

  it('does not sign in for a mapping declared revoked whose certificates the status file recorded all revoked', () => {
    const history: History = { ...EMPTY_HISTORY, certificates: new Map([['expense-sync', { known: new Set(['cert-current']), allRevoked: true, record: EMPTY_MAPPING_RECORD }]]) };
    const result = plan([mapping({ state: 'revoked' })], { 'expense-sync': { status: 'retired' } }, history);
    expect(result.changes).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it('reports expiry within 90 days when no rotation is declared', () => {
    const result = plan([mapping()], { 'expense-sync': observed(certificate({ certificateId: 'cert-current', validUntil: inDays(30) })) });
    expect(kinds(result)).toEqual(['expiring:cert-current']);
    expect(result.findings[0]?.message).toMatch(/^This certificate expires in 30 days \(2026-12-20\) and the mapping declares no rotation;/);
    expect(result.findings[0]?.details).toEqual({ validUntil: new Date(inDays(30)).toISOString(), daysLeft: 30 });
  });

  it('plans a rotation within renewBefore, as administrator work until the operator rotates itself', () => {
    const rotation = { algorithm: 'ec-p256', validityMs: 365 * DAY_MS, renewBeforeMs: 60 * DAY_MS, overlapMs: 7 * DAY_MS } as const;
    const result = plan([mapping({ rotation })], { 'expense-sync': observed(certificate({ certificateId: 'cert-current', validUntil: inDays(30) })) });
    expect(result.changes).toMatchObject([{ action: 'rotate', reason: 'expiring', via: 'admin', from: 'active', to: 'active', blocked: null, subject: { id: 'cert-current' } }]);
    expect(result.findings).toEqual([]);
  });

  it('finds a declared-active mapping with no active certificate missing, and its expired one', () => {
    const result = plan([mapping()], { 'expense-sync': observed(certificate({ certificateId: 'cert-current', validUntil: inDays(-3) })) });
    expect(kinds(result)).toEqual(expect.arrayContaining(['missing:expense-sync', 'expired:cert-current']));
    expect(result.findings.find((finding) => finding.kind === 'expired')?.details).toEqual({ validUntil: new Date(inDays(-3)).toISOString() });
    expect(result.changes).toMatchObject([{ action: 'rotate', reason: 'missing', from: 'none', via: 'admin' }]);
    // An administrator's upload is no revocation: the closing line does not call the API's part "to revoke".
    expect(planSummaryLine(result)).toBe('Plan: 0 via API, 1 for an administrator, 0 blocked; 2 findings.');
  });

  it('flags an active certificate nobody recorded, and a bundle whose certificate is revoked', () => {
    const result = plan([mapping()], {
      'expense-sync': observed(certificate({ certificateId: 'cert-current', revoked: true }), certificate({ certificateId: 'cert-stranger' })),
    });
    expect(kinds(result)).toEqual(expect.arrayContaining(['unknown-certificate:cert-stranger', 'stale-credentials:cert-current']));
    expect(result.findings.find((finding) => finding.kind === 'stale-credentials')?.details).toEqual({ certificateState: 'revoked', deliveredCertificateId: null });
    expect(result.changes).toEqual([]);
  });

  it('knows certificates the status file recorded', () => {
    const history: History = { ...EMPTY_HISTORY, certificates: new Map([['expense-sync', { known: new Set(['cert-previous']), allRevoked: false, record: EMPTY_MAPPING_RECORD }]]) };
    const result = plan([mapping()], { 'expense-sync': observed(certificate({ certificateId: 'cert-current' }), certificate({ certificateId: 'cert-previous' })) }, history);
    expect(result.findings).toEqual([]);
  });

  it('counts capacity over every certificate of the integration record and blocks a rotation that would exceed it', () => {
    const others = ['a', 'b', 'c', 'd'].map((id) => certificate({ certificateId: `cert-${id}`, entity: '99' }));
    const rotation = { algorithm: 'ec-p256', validityMs: 365 * DAY_MS, renewBeforeMs: 60 * DAY_MS, overlapMs: 7 * DAY_MS } as const;
    const result = plan([mapping({ rotation })], { 'expense-sync': observed(certificate({ certificateId: 'cert-current', validUntil: inDays(10) }), ...others) });
    expect(result.changes).toMatchObject([{ action: 'rotate', blocked: 'capacity' }]);
    expect(kinds(result)).toContain('capacity:expense-sync');
    expect(result.findings.find((finding) => finding.kind === 'capacity')?.details).toEqual({ activeCertificates: 5, maximum: 5 });
  });

  it('never revokes the operator’s own mapping, and honours protect, remembered or not', () => {
    const own = plan([mapping({ state: 'revoked', isOperator: true })], { 'expense-sync': observed(certificate({ certificateId: 'cert-current' })) });
    expect(own.changes).toMatchObject([{ blocked: 'self' }]);
    const remembered: History = { ...EMPTY_HISTORY, protectedKeys: new Set([certificateKey('expense-sync', null)]) };
    const protectedPlan = plan([mapping({ state: 'revoked' })], { 'expense-sync': observed(certificate({ certificateId: 'cert-current' })) }, remembered);
    expect(protectedPlan.changes).toMatchObject([{ blocked: 'protected' }]);
  });

  it('reports a refusal from the certificates API as unobservable, with NetSuite’s words', () => {
    const result = plan([mapping()], { 'expense-sync': { status: 'refused', reason: 'NetSuite answered 403 INSUFFICIENT_PERMISSION.' } });
    expect(result.findings).toMatchObject([{ kind: 'unobservable', message: "NetSuite refused to list this mapping's certificates: NetSuite answered 403 INSUFFICIENT_PERMISSION." }]);
    // A bundle whose own certificate has expired says why NetSuite refuses it, with no listing needed.
    const expired = plan([mapping({ bundleValidUntil: inDays(-12) })], { 'expense-sync': { status: 'refused', reason: 'invalid_grant' } });
    expect(expired.findings.map((finding) => [finding.kind, finding.subject.id, finding.details])).toEqual([
      ['expired', 'cert-current', { validUntil: inDays(-12) }],
      ['unobservable', null, undefined],
    ]);
    expect(expired.findings[0]?.message).toMatch(/^The certificate in this mapping's credentials bundle expired 12 days ago \(2026-11-08\), which is why NetSuite refuses its sign-in;/);
  });

  it('renders certificates with their own headings, the mapping and the entity and role', () => {
    const result = plan([mapping({ state: 'revoked' })], { 'expense-sync': observed(certificate({ certificateId: 'NPMnRyPg-WDWhPiAbisjKiH0fqnBpjOZ367wDTe0pqA' })) });
    const text = renderPlanText(result, { color: false, uiOrigin: 'https://ui.example' });
    expect(text).toContain('CERTIFICATE');
    expect(text).toContain('NPMnRyPg-WDW…');
    expect(text).toContain('entity 1651');
    const markdown = renderPlanMarkdown(result, { uiOrigin: 'https://ui.example' });
    expect(markdown).toContain('| Certificate | Mapping | Application | Entity | Role |');
    expect(markdown).toContain('`expense-sync`');
  });
});

describe('planning certificate rotations (SPEC §11, §12.1)', () => {
  const rotation = { algorithm: 'ec-p256', validityMs: 365 * DAY_MS, renewBeforeMs: 90 * DAY_MS, overlapMs: 7 * DAY_MS } as const;
  const rotating = (fields: Partial<DesiredMapping> = {}): DesiredMapping => mapping({ rotation, deliver: [{ kind: 'file', path: 'secrets/expense.json', source: null }], ...fields });
  const withRecord = (record: Partial<MappingRecord>, known: readonly string[] = ['cert-current']): History => ({
    ...EMPTY_HISTORY,
    certificates: new Map([['expense-sync', { known: new Set(known), allRevoked: false, record: { ...EMPTY_MAPPING_RECORD, ...record } }]]),
  });
  const journal = (fields: Partial<RotationJournal> = {}): RotationJournal => ({
    id: 'expense-sync@x', state: 'planned', certificateId: 'cert-new', replaces: ['cert-current'], startedAt: inDays(-1), updatedAt: inDays(-0.5), targets: [], ...fields,
  });
  const planWith = (entry: DesiredMapping, certificates: readonly ObservedCertificate[], history: History = EMPTY_HISTORY, rotate: readonly string[] = []): Plan => {
    const base = desiredState([]);
    return planChanges({ ...base, certificates: [entry] }, { ...observation([]), certificates: [{ mapping: entry.mapping, clientId: entry.clientId, observation: { status: 'observed', certificates } }] }, history, NOW, { allowOverLimit: false, rotate });
  };

  it('rotates through the API a certificate that expires within renewBefore, saying step by step what it will do', () => {
    const result = planWith(rotating(), [certificate({ certificateId: 'cert-current', validUntil: inDays(45) })]);
    expect(result.changes.map((change) => [change.action, change.reason, change.via, change.subject.id])).toEqual([['rotate', 'expiring', 'api', 'cert-current']]);
    expect(result.changes[0]?.message).toMatch(/generate a new key \(EC P-256\) and a certificate valid 365 ?d/);
    expect(result.changes[0]?.message).toContain('deliver the new bundle to file:secrets/expense.json');
    expect(result.changes[0]?.message).toContain('after the overlap (1w)');
    // A mapping with a change is not also counted unchanged: unchanged + changes = managed, as for tokens.
    expect(result.summary.byKind['m2m-certificate']).toMatchObject({ managed: 1, unchanged: 0, changes: 1 });
    expect(planWith(rotating(), [certificate({ certificateId: 'cert-current', validUntil: inDays(200) })]).summary.byKind['m2m-certificate']).toMatchObject({ managed: 1, unchanged: 1, changes: 0 });
  });

  it('leaves a certificate alone until renewBefore, unless --rotate names the mapping', () => {
    const healthy = [certificate({ certificateId: 'cert-current', validUntil: inDays(200) })];
    expect(planWith(rotating(), healthy).changes).toEqual([]);
    expect(planWith(rotating(), healthy, EMPTY_HISTORY, ['expense-sync']).changes.map((change) => [change.action, change.reason])).toEqual([['rotate', 'forced']]);
  });

  it('hands rotation to an administrator when the credentials do not resolve, and blocks it at five active certificates', () => {
    const due = certificate({ certificateId: 'cert-current', validUntil: inDays(45) });
    expect(planWith(rotating({ credentials: { status: 'unresolved', missing: ['X'] } }), [due]).changes[0]?.via).toBe('admin');
    const full = [due, ...['a', 'b', 'c', 'd'].map((id) => certificate({ certificateId: `other-${id}`, entity: '9', role: '9' }))];
    expect(planWith(rotating(), full).changes.map((change) => change.blocked)).toEqual(['capacity']);
  });

  it('starts an unfinished rotation again, saying what happens to its certificate', () => {
    const current = certificate({ certificateId: 'cert-current', validUntil: inDays(200) });
    const orphan = planWith(rotating(), [current], withRecord({ rotation: journal() }));
    expect(orphan.changes.map((change) => [change.action, change.reason])).toEqual([['rotate', 'unfinished']]);
    expect(orphan.changes[0]?.message).toContain("revoke the unfinished rotation's certificate (no target holds it)");
    const held = planWith(rotating(), [current], withRecord({ rotation: journal({ state: 'verified', targets: [{ target: 'file:secrets/expense.json', state: 'writing', at: inDays(-1) }] }) }));
    expect(held.changes[0]?.message).toContain("keep the unfinished rotation's certificate until the overlap ends");
    expect(orphan.findings.map((finding) => finding.kind)).not.toContain('abandoned');
  });

  it('reports a rotation without progress for 24 hours as abandoned', () => {
    const result = planWith(rotating(), [certificate({ certificateId: 'cert-current' })], withRecord({ rotation: journal({ updatedAt: inDays(-2) }) }));
    expect(result.findings.map((finding) => finding.kind)).toContain('abandoned');
    expect(result.changes.map((change) => change.reason)).toEqual(['unfinished']);
    expect(result.findings.find((finding) => finding.kind === 'abandoned')?.message).toContain('and a new rotation starts');
    // Without rotation: in the file any more, nothing starts again, and the finding does not promise it.
    const dropped = planWith(mapping(), [certificate({ certificateId: 'cert-current' })], withRecord({ rotation: journal({ updatedAt: inDays(-2) }) }));
    expect(dropped.findings.find((finding) => finding.kind === 'abandoned')?.message).toContain('no new rotation starts since the mapping no longer declares rotation:');
  });

  it('waits for the overlap, then retires the superseded certificate through the API', () => {
    const certificates = [certificate({ certificateId: 'cert-current', validUntil: inDays(45) }), certificate({ certificateId: 'cert-new', validUntil: inDays(365) })];
    const delivered = journal({ state: 'delivered', targets: [{ target: 'file:secrets/expense.json', state: 'written', at: inDays(-1) }] });
    const waiting = planWith(rotating({ bundleCertificateId: 'cert-new' }), certificates, withRecord({ rotation: delivered, previous: [{ certificateId: 'cert-current', retireAfter: inDays(6) }] }, ['cert-current', 'cert-new']));
    expect(waiting.changes).toEqual([]);
    const due = planWith(rotating({ bundleCertificateId: 'cert-new' }), certificates, withRecord({ rotation: delivered, previous: [{ certificateId: 'cert-current', retireAfter: inDays(-1) }] }, ['cert-current', 'cert-new']));
    expect(due.changes.map((change) => [change.action, change.reason, change.via, change.subject.id])).toEqual([['retire', 'superseded', 'api', 'cert-current']]);
  });

  it('finds a credentials bundle that still holds the certificate a rotation replaced', () => {
    const certificates = [certificate({ certificateId: 'cert-current' }), certificate({ certificateId: 'cert-new', validUntil: inDays(365) })];
    const delivered = journal({ state: 'delivered' });
    const result = planWith(rotating(), certificates, withRecord({ rotation: delivered, previous: [{ certificateId: 'cert-current', retireAfter: inDays(6) }] }, ['cert-current', 'cert-new']));
    expect(kinds(result)).toContain('stale-credentials:cert-current');
    expect(result.findings.find((finding) => finding.kind === 'stale-credentials')?.details).toEqual({ certificateState: 'active', deliveredCertificateId: 'cert-new' });
  });

  it('says why NetSuite refuses a bundle that is not the one the last rotation delivered, instead of guessing', () => {
    const history = withRecord({ lastRotation: { certificateId: 'cert-new', completedAt: inDays(-1) } }, ['cert-new']);
    const refused = (entry: DesiredMapping): Plan => planChanges(
      { ...desiredState([]), certificates: [entry] },
      { ...observation([]), certificates: [{ mapping: entry.mapping, clientId: entry.clientId, observation: { status: 'refused', reason: 'invalid_grant: the certificate was revoked; map a new certificate.' } }] },
      history, NOW, { allowOverLimit: false },
    );
    const stale = refused(rotating({ bundleCertificateId: 'cert-current' }));
    expect(kinds(stale)).toEqual(['stale-credentials:cert-current', 'unobservable:expense-sync']);
    expect(stale.findings[1]?.message).not.toContain('map a new certificate');
    expect(stale.findings[0]?.message).toBe("NetSuite refuses this mapping's credentials bundle, which holds certificate cert-current, not cert-new that the last rotation delivered (file:secrets/expense.json); point the credentials variable at the delivered bundle.");
    expect(stale.findings[0]?.details).toEqual({ certificateState: null, deliveredCertificateId: 'cert-new' });
    // The delivered bundle refused is another story: NetSuite's words stand.
    const current = refused(rotating({ bundleCertificateId: 'cert-new' }));
    expect(kinds(current)).toEqual(['unobservable:expense-sync']);
    expect(current.findings[0]?.message).toContain('map a new certificate');
  });

  it('keeps a due retirement blocked while the mapping\'s credentials still hold the superseded certificate', () => {
    const certificates = [certificate({ certificateId: 'cert-current', validUntil: inDays(45) }), certificate({ certificateId: 'cert-new', validUntil: inDays(365) })];
    const delivered = journal({ state: 'delivered', targets: [{ target: 'file:secrets/expense.json', state: 'written', at: inDays(-8) }] });
    const stale = planWith(rotating({ bundleCertificateId: 'cert-current' }), certificates, withRecord({ rotation: delivered, previous: [{ certificateId: 'cert-current', retireAfter: inDays(-1) }] }, ['cert-current', 'cert-new']));
    expect(stale.changes.map((change) => [change.action, change.via, change.subject.id, change.blocked])).toEqual([['retire', 'api', 'cert-current', 'self']]);
    expect(stale.changes[0]?.message).toContain('set the credentials variable to the delivered bundle first');
    // Not the operator's own token: the sign-in it would end is the mapping's, through its credentials.
    expect(renderPlanText(stale, { color: false, uiOrigin: 'https://ui.example' })).toContain('blocked: operator’s own sign-in');
    expect(kinds(stale)).toContain('stale-credentials:cert-current');
  });
});

describe('--rotate on a mapping whose delivered rotation waits for its overlap (take-over)', () => {
  const rotation = { algorithm: 'ec-p256', validityMs: 365 * DAY_MS, renewBeforeMs: 90 * DAY_MS, overlapMs: 7 * DAY_MS } as const;
  const rotating = mapping({ rotation, deliver: [{ kind: 'file', path: 'secrets/expense.json', source: null }], bundleCertificateId: 'cert-b' });
  const delivered: RotationJournal = { id: 'expense-sync@y', state: 'delivered', certificateId: 'cert-b', replaces: ['cert-a'], startedAt: inDays(-1), updatedAt: inDays(-1), targets: [{ target: 'file:secrets/expense.json', state: 'written', at: inDays(-1) }] };
  const history: History = {
    ...EMPTY_HISTORY,
    certificates: new Map([['expense-sync', { known: new Set(['cert-a', 'cert-b']), allRevoked: false, record: { ...EMPTY_MAPPING_RECORD, rotation: delivered, previous: [{ certificateId: 'cert-a', retireAfter: inDays(6), supersededAt: inDays(-1) }] } }]]),
  };
  const seen = [certificate({ certificateId: 'cert-a', validUntil: inDays(45) }), certificate({ certificateId: 'cert-b', validUntil: inDays(364) })];
  const planFor = (entry: DesiredMapping, rotate: readonly string[]): Plan => planChanges(
    { ...desiredState([]), certificates: [entry] },
    { ...observation([]), certificates: [{ mapping: entry.mapping, clientId: entry.clientId, observation: { status: 'observed', certificates: seen } }] },
    history, NOW, { allowOverLimit: false, rotate },
  );

  it('starts a new rotation that closes the delivered one, saying what happens to the certificates still waiting', () => {
    const result = planFor(rotating, ['expense-sync']);
    expect(result.changes.map((change) => [change.action, change.reason, change.via, change.subject.id, change.blocked])).toEqual([['rotate', 'forced', 'api', 'cert-b', null]]);
    expect(result.changes[0]?.message).toMatch(/^Rotation was asked for \(--rotate\) while the rotation delivered 2026-11-19 waits for its overlap, so the operator will close that rotation \(its certificate cert-b and the one still waiting stay active and are replaced too\), then generate a new key/);
    expect(result.changes[0]?.message).toContain('revoke every certificate it replaces after the overlap (1w) from this delivery');
    // Never on schedule: without --rotate only the overlap runs out.
    expect(planFor(rotating, []).changes).toEqual([]);
  });

  it('words the take-over for a delivered rotation with nothing else waiting', () => {
    const alone: History = { ...history, certificates: new Map([['expense-sync', { known: new Set(['cert-b']), allRevoked: false, record: { ...EMPTY_MAPPING_RECORD, rotation: delivered, previous: [] } }]]) };
    const result = planChanges(
      { ...desiredState([]), certificates: [rotating] },
      { ...observation([]), certificates: [{ mapping: rotating.mapping, clientId: rotating.clientId, observation: { status: 'observed', certificates: [certificate({ certificateId: 'cert-b', validUntil: inDays(364) })] } }] },
      alone, NOW, { allowOverLimit: false, rotate: ['expense-sync'] },
    );
    expect(result.changes[0]?.message).toContain('close that rotation (its certificate cert-b stays active and is replaced too), then generate a new key');
  });

  it('is blocked for a protected mapping like any change', () => {
    expect(planFor({ ...rotating, protect: true }, ['expense-sync']).changes.map((change) => change.blocked)).toEqual(['protected']);
  });
});

describe('superseded certificates follow the overlap the file declares (SPEC §12.4)', () => {
  const rotating = (overlapMs: number): DesiredMapping => mapping({ rotation: { algorithm: 'ec-p256', validityMs: 365 * DAY_MS, renewBeforeMs: 90 * DAY_MS, overlapMs }, deliver: [{ kind: 'file', path: 'secrets/expense.json', source: null }], bundleCertificateId: 'cert-new' });
  const seen = [certificate({ certificateId: 'cert-old', validUntil: inDays(45) }), certificate({ certificateId: 'cert-new', validUntil: inDays(364) })];
  const delivered: RotationJournal = { id: 'expense-sync@z', state: 'delivered', certificateId: 'cert-new', replaces: ['cert-old'], startedAt: inDays(-3), updatedAt: inDays(-3), targets: [] };
  const planFor = (entry: DesiredMapping, previous: MappingRecord['previous']): Plan => planChanges(
    { ...desiredState([]), certificates: [entry] },
    { ...observation([]), certificates: [{ mapping: entry.mapping, clientId: entry.clientId, observation: { status: 'observed', certificates: seen } }] },
    { ...EMPTY_HISTORY, certificates: new Map([['expense-sync', { known: new Set(['cert-old', 'cert-new']), allRevoked: false, record: { ...EMPTY_MAPPING_RECORD, rotation: delivered, previous } }]]) },
    NOW, { allowOverLimit: false },
  );
  const retired = (result: Plan): (string | null)[] => result.changes.filter((change) => change.action === 'retire').map((change) => change.subject.id);
  // Superseded three days ago with a 7d overlap: four days to go as recorded.
  const recorded = [{ certificateId: 'cert-old', retireAfter: inDays(4), supersededAt: inDays(-3) }];

  it('retires at once when the overlap was shortened below the time already passed, not before when it was lengthened, and as recorded without supersededAt', () => {
    expect(retired(planFor(rotating(7 * DAY_MS), recorded))).toEqual([]);
    expect(retired(planFor(rotating(2 * DAY_MS), recorded))).toEqual(['cert-old']);
    expect(retired(planFor(rotating(0), recorded))).toEqual(['cert-old']);
    // Recorded as due already (a 1d overlap) but the file now says 7d: four more days.
    expect(retired(planFor(rotating(7 * DAY_MS), [{ certificateId: 'cert-old', retireAfter: inDays(-2), supersededAt: inDays(-3) }]))).toEqual([]);
    // A status file written before supersededAt was recorded keeps its instants, whatever the overlap.
    expect(retired(planFor(rotating(0), [{ certificateId: 'cert-old', retireAfter: inDays(4) }]))).toEqual([]);
    expect(retired(planFor(rotating(30 * DAY_MS), [{ certificateId: 'cert-old', retireAfter: inDays(-1) }]))).toEqual(['cert-old']);
  });
});

describe('settling a mapping record after a run (SPEC §12.4)', () => {
  const delivered: RotationJournal = { id: 'm@x', state: 'delivered', certificateId: 'cert-new', replaces: ['cert-old'], startedAt: inDays(-8), updatedAt: inDays(-8), targets: [] };
  it('completes a delivered rotation once the certificates it replaced are revoked', () => {
    const settled = settleRecord({ rotation: delivered, previous: [{ certificateId: 'cert-old', retireAfter: inDays(-1) }], lastRotation: null }, [certificate({ certificateId: 'cert-old', revoked: true }), certificate({ certificateId: 'cert-new' })], NOW);
    expect(settled).toEqual({ rotation: null, previous: [], lastRotation: { certificateId: 'cert-new', completedAt: NOW.toISOString() } });
  });
  it('keeps the record while a replaced certificate is active, or when the mapping was not observed', () => {
    const record = { rotation: delivered, previous: [{ certificateId: 'cert-old', retireAfter: inDays(3) }], lastRotation: null };
    expect(settleRecord(record, [certificate({ certificateId: 'cert-old' }), certificate({ certificateId: 'cert-new' })], NOW)).toEqual(record);
    expect(settleRecord(record, null, NOW)).toEqual(record);
  });
});
