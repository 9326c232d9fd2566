import { describe, expect, it } from 'vitest';
import { recordedChanges, recordedChangesMarkdown } from '../../src/domain/status-difference.js';
import { sameRecord } from '../../src/domain/status.js';
import { statusFile as file, statusMapping as mapping, statusToken as token } from './builders.js';

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

  it('is each superseded certificate retired, and each mapping the file no longer declares', () => {
    const waiting = { ...mapping('a', 'cert-new'), previous: [{ certificateId: 'cert-old', retireAfter: '2026-12-01T00:00:00.000Z' }] };
    const base = file([], [waiting, mapping('gone', 'cert-g')]);
    const now = file([], [mapping('a', 'cert-new')]);
    expect(recordedChanges(base, now)).toEqual([
      { kind: 'm2m-certificate', mapping: 'a', from: 'cert-old', to: null, what: 'retired' },
      { kind: 'm2m-certificate', mapping: 'gone', from: 'active', to: null, what: 'removed' },
    ]);
    expect(recordedChangesMarkdown(recordedChanges(base, now), 'main').slice(-2)).toEqual([
      '| mapping `a`, certificate `cert-old` | waiting for its overlap | retired |',
      '| mapping `gone` | active | no longer declared |',
    ]);
  });

  it('renders every name NetSuite or the file gave as inert code', () => {
    const lines = recordedChangesMarkdown(recordedChanges(file([token('1', 'active', '@team <b>x</b> | y')]), file([token('1', 'revoked', '@team <b>x</b> | y')])), 'main');
    expect(lines[0]).toBe('#### Recorded by merging (1)');
    expect(lines.at(-1)).toBe('| token `1` `@team <b>x</b> \\| y` | active | revoked |');
    expect(recordedChangesMarkdown([], 'main')).toEqual([]);
  });
});

describe('whether a run changes the record', () => {
  it('is not so for a token used again on a later day, and is for its first use', () => {
    const used = (lastUsedAt: string | null) => file([{ ...token('1', 'active'), lastUsedAt }]);
    expect(sameRecord(used('2026-12-01'), used('2026-12-04'))).toBe(true);
    expect(sameRecord(used(null), used('2026-12-04'))).toBe(false);
    expect(sameRecord(used('2026-12-01'), file([{ ...token('1', 'inactive'), lastUsedAt: '2026-12-01' }]))).toBe(false);
  });
});
