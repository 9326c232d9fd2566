import { describe, expect, it } from 'vitest';
import { recordedChanges, recordedChangesMarkdown } from '../../src/domain/status-difference.js';
import type { StatusFile, StatusMapping, StatusToken } from '../../src/domain/status.js';

const token = (id: string, state: StatusToken['state'], name = `Token ${id}`): StatusToken => ({
  id, name, application: null, user: null, role: null, state, desired: null, owner: null, protected: false, createdAt: null, revokedAt: null, lastUsedAt: null, ageDays: null, pending: [], failed: [], findings: [],
});
const mapping = (name: string, certificateId: string | null, state: StatusMapping['state'] = 'active'): StatusMapping => ({
  mapping: name, clientId: 'c', entity: '1', role: '2', application: null, desired: 'active', state, protected: false,
  current: certificateId === null ? null : { certificateId, algorithm: 'EC', validFrom: null, validUntil: null }, previous: [], rotation: null, lastRotation: null, pending: [], failed: [], findings: [],
});
const file = (tokens: readonly StatusToken[], certificates: readonly StatusMapping[] = []): StatusFile => ({
  statusVersion: 2, account: '1', run: { startedAt: 'x', finishedAt: 'x', url: null }, observedAt: 'x',
  summary: { tokens: 0, managed: 0, done: 0, pending: 0, failed: 0, blocked: 0, confirmed: 0, findings: 0 }, tokens, missing: [], certificates,
});

describe('what merging a status file records', () => {
  it('is each token whose state moved, appeared or went, and each mapping whose current certificate or state moved', () => {
    const base = file([token('1', 'active'), token('2', 'active'), token('3', 'inactive')], [mapping('a', 'cert-old'), mapping('b', 'cert-b'), mapping('c', 'cert-c')]);
    const now = file([token('1', 'revoked'), token('3', 'inactive'), token('4', 'active')], [mapping('a', 'cert-new'), mapping('b', 'cert-b'), mapping('c', 'cert-c', 'unobservable')]);
    expect(recordedChanges(base, now)).toEqual([
      { kind: 'tba-token', id: '1', name: 'Token 1', from: 'active', to: 'revoked' },
      { kind: 'tba-token', id: '4', name: 'Token 4', from: null, to: 'active' },
      { kind: 'tba-token', id: '2', name: 'Token 2', from: 'active', to: null },
      { kind: 'm2m-certificate', mapping: 'a', from: 'cert-old', to: 'cert-new', what: 'certificate' },
      { kind: 'm2m-certificate', mapping: 'c', from: 'active', to: 'unobservable', what: 'state' },
    ]);
    expect(recordedChanges(base, base)).toEqual([]);
  });

  it('renders every name NetSuite or the file gave as inert code', () => {
    const lines = recordedChangesMarkdown(recordedChanges(file([token('1', 'active', '@team <b>x</b> | y')]), file([token('1', 'revoked', '@team <b>x</b> | y')])), 'main');
    expect(lines[0]).toBe('#### Recorded by merging (1)');
    expect(lines.at(-1)).toBe('| token `1` `@team <b>x</b> \\| y` | active | revoked |');
    expect(recordedChangesMarkdown([], 'main')).toEqual([]);
  });
});
