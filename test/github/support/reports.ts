import type { Change, ChangeAction, ChangeVia, Finding, Plan } from '../../../src/domain/plan.js';
import type { ChangeOutcome, ChangeResult, ObservedSubjects, RunReport } from '../../../src/domain/report.js';
import { deepLinkFor } from '../../../src/domain/kinds/registry.js';
import type { TokenState } from '../../../src/domain/kinds/tba-token/token.js';
import type { CertificateState } from '../../../src/domain/kinds/m2m-certificate/certificate.js';
import { subjectKey, type TbaTokenSubject } from '../../../src/domain/subject.js';

export const UI_ORIGIN = 'https://1234567-sb1.app.netsuite.com';

export interface ResultSpec {
  readonly id: string;
  readonly name?: string;
  readonly action?: ChangeAction;
  readonly via?: ChangeVia;
  readonly outcome: ChangeOutcome;
  readonly owner?: string | null;
  readonly application?: string | null;
}

const TARGET: Record<ChangeAction, TokenState> = { revoke: 'revoked', inactivate: 'inactive', activate: 'active', rotate: 'active', retire: 'revoked' };

export function token(id: string, name: string, application: string | null = 'Integration'): TbaTokenSubject {
  return { kind: 'tba-token', id, name, application, user: 'svc-user', role: 'Integration Role' };
}

export function result(spec: ResultSpec): ChangeResult {
  const action = spec.action ?? 'revoke';
  const change: Change = {
    subject: token(spec.id, spec.name ?? `Token ${spec.id}`, spec.application ?? 'Integration'),
    action,
    from: action === 'activate' ? 'inactive' : 'active',
    to: TARGET[action],
    via: spec.via ?? 'admin',
    reason: 'declared',
    blocked: spec.outcome === 'blocked' ? 'protected' : null,
    owner: spec.owner === undefined ? '@acme/finance' : spec.owner,
    message: `Declared ${TARGET[action]} in the configuration.`,
    entry: '/tokens/0',
  };
  const detail = spec.outcome === 'pending' ? 'Waiting for an administrator: NetSuite still shows it active.' : spec.outcome === 'done' ? null : 'It is protected.';
  return { change, outcome: spec.outcome, detail, deepLink: deepLinkFor(UI_ORIGIN, change.subject) };
}

export interface SeenSpec {
  /** Token states by id; with no `tokens`, each token of the results is seen as its result leaves it. */
  readonly tokens?: Readonly<Record<string, TokenState>>;
  /** Each declared mapping's certificates (id → state), or null when they could not be listed. */
  readonly mappings?: Readonly<Record<string, Readonly<Record<string, CertificateState>> | null>>;
}

/** What a run observed: the given tokens and mappings, or each result's token as its outcome leaves it. */
export function observed(results: readonly ChangeResult[], seen: SeenSpec = {}): ObservedSubjects {
  const tokens = seen.tokens ?? Object.fromEntries(results.flatMap((item) => item.change.subject.kind === 'tba-token' && item.change.subject.id !== null
    ? [[item.change.subject.id, (item.outcome === 'done' ? item.change.to : item.change.from) as TokenState]]
    : []));
  return {
    tokens: new Map(Object.entries(tokens).map(([id, state]) => [subjectKey('tba-token', id), { state }])),
    mappings: new Map(Object.entries(seen.mappings ?? {}).map(([mapping, certificates]) => [mapping, certificates === null ? null : new Map(Object.entries(certificates))])),
  };
}

export function report(results: readonly ChangeResult[], findings: readonly Finding[] = [], options: { verifiedAt?: string; runUrl?: string | null; seen?: SeenSpec; narrowed?: boolean } = {}): RunReport {
  const changes = results.map((item) => item.change);
  const ready = changes.filter((change) => change.blocked === null);
  const counts = {
    managed: 40,
    unchanged: 40 - changes.length,
    changes: ready.length,
    api: ready.filter((change) => change.via === 'api').length,
    admin: ready.filter((change) => change.via === 'admin').length,
    blocked: changes.length - ready.length,
  };
  const plan: Plan = {
    formatVersion: 2,
    account: '1234567_SB1',
    observedAt: '2026-03-01T10:00:00Z',
    changes,
    findings,
    summary: { tokens: 50, ...counts, byKind: { 'tba-token': { observed: 50, ...counts }, 'm2m-certificate': { observed: 0, managed: 0, unchanged: 0, changes: 0, api: 0, admin: 0, blocked: 0 } } },
    refusal: null,
  };
  return {
    plan,
    results,
    confirmed: [],
    verifiedAt: options.verifiedAt ?? '2026-03-01T10:00:05Z',
    observed: observed(results, options.seen),
    run: { startedAt: '2026-03-01T09:59:58Z', finishedAt: '2026-03-01T10:00:06Z', url: options.runUrl === undefined ? 'https://github.example/acme/config/actions/runs/42' : options.runUrl },
    ...(options.narrowed === true ? { narrowed: true } : {}),
  };
}

export function finding(id: string, name: string, kind: Finding['kind'] = 'unmanaged'): Finding {
  return { kind, subject: token(id, name), message: 'In NetSuite but not declared in the configuration.' };
}
