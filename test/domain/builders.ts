import { subjectKey } from '../../src/domain/subject.js';
import type { CredentialAvailability, DesiredState, DesiredToken, Policy } from '../../src/domain/desired.js';
import { DEFAULT_POLICY } from '../../src/domain/desired.js';
import type { History } from '../../src/domain/plan.js';
import type { ObservedToken, TokenState } from '../../src/domain/kinds/tba-token/token.js';
import type { Observation } from '../../src/domain/observation.js';
import type { StatusFile, StatusMapping, StatusToken } from '../../src/domain/status.js';

/** Small builders for planning tests: every field has a dull default, a test names only what matters. */

export const NOW = new Date('2026-11-20T12:00:00Z');
export const DAY_MS = 86_400_000;

/** An ISO instant `days` before NOW. */
export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * DAY_MS).toISOString();
}

export function observedToken(fields: Partial<ObservedToken> & { readonly id: string }): ObservedToken {
  return {
    kind: 'tba-token',
    name: `Token ${fields.id}`,
    application: 'App',
    user: 'svc-user',
    role: 'Integration Role',
    applicationId: '1',
    userId: '2',
    roleId: '3',
    createdBy: 'admin@example.com',
    createdAt: daysAgo(10),
    revokedAt: fields.state === 'revoked' ? daysAgo(1) : null,
    state: 'active',
    ...fields,
  };
}

export interface DesiredFields {
  readonly id?: string | null;
  readonly name?: string | null;
  readonly application?: string | null;
  readonly user?: string | null;
  readonly role?: string | null;
  readonly state?: TokenState;
  readonly owner?: string | null;
  readonly protect?: boolean;
  readonly maxAgeMs?: number | null;
  readonly credentials?: CredentialAvailability;
  readonly isOperator?: boolean;
  readonly line?: number;
}

export function desiredToken(fields: DesiredFields): DesiredToken {
  return {
    key: '/tokens/0',
    selector: {
      id: fields.id ?? null,
      name: fields.name ?? null,
      application: fields.application ?? null,
      user: fields.user ?? null,
      role: fields.role ?? null,
    },
    state: fields.state ?? 'active',
    owner: fields.owner ?? '@acme/team',
    protect: fields.protect ?? false,
    maxAgeMs: fields.maxAgeMs ?? null,
    credentials: fields.credentials ?? { status: 'none' },
    isOperator: fields.isOperator ?? false,
    source: fields.line === undefined ? null : { file: 'netsuite-tokens.yaml', line: fields.line, column: 5, pointer: `/tokens/0` },
  };
}

export function desiredState(tokens: readonly DesiredToken[], policy: Partial<Policy> = {}): DesiredState {
  // Each entry's key is its place in the list, as the loader gives it.
  return { account: '1234567_SB1', policy: { ...DEFAULT_POLICY, ...policy }, tokens: tokens.map((token, index) => ({ ...token, key: `/tokens/${index}` })), certificates: [] };
}

export function observation(tokens: readonly ObservedToken[], lastUse: Readonly<Record<string, string>> = {}): Observation {
  return { account: '1234567_SB1', observedAt: NOW.toISOString(), tokens, lastUse: new Map(Object.entries(lastUse)), certificates: [] };
}

export function history(fields: {
  /** Token ids. */
  readonly protectedIds?: readonly string[];
  readonly previous?: Readonly<Record<string, { state: TokenState; desired: TokenState | null; observedAt: string }>>;
} = {}): History {
  return {
    protectedKeys: new Set((fields.protectedIds ?? []).map((id) => subjectKey('tba-token', id))),
    previous: new Map(Object.entries(fields.previous ?? {}).map(([id, value]) => [subjectKey('tba-token', id), value])),
    pending: new Map(),
    certificates: new Map(),
  };
}

/** Status file rows and files with every field given, for the status file's own functions. */
export const statusToken = (id: string, state: StatusToken['state'], name = `Token ${id}`): StatusToken => ({
  id, name, application: null, user: null, role: null, state, desired: null, owner: null, protected: false, createdAt: null, revokedAt: null, lastUsedAt: null, ageDays: null, pending: [], failed: [], findings: [],
});
export const statusMapping = (name: string, certificateId: string | null, state: StatusMapping['state'] = 'active'): StatusMapping => ({
  mapping: name, clientId: 'c', entity: '1', role: '2', application: null, desired: 'active', state, protected: false,
  current: certificateId === null ? null : { certificateId, algorithm: 'EC', validFrom: null, validUntil: null }, previous: [], rotation: null, lastRotation: null, pending: [], failed: [], findings: [],
});
export const statusFile = (tokens: readonly StatusToken[], certificates: readonly StatusMapping[] = []): StatusFile => ({
  statusVersion: 2, account: '1', run: { startedAt: 'x', finishedAt: 'x', url: null }, observedAt: 'x',
  summary: { tokens: 0, managed: 0, done: 0, pending: 0, failed: 0, blocked: 0, confirmed: 0, findings: 0 }, tokens, missing: [], certificates,
});

