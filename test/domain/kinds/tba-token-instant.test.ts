import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantMs, isoOf, utcDateOf } from '../../../src/domain/kinds/tba-token/instant.js';

/** What the fast reading must equal for every input: Date.parse and Date#toISOString. */
function expected(text: string): { ms: number; iso: string; date: string | null } {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? { ms, iso: '', date: null } : { ms, iso: new Date(ms).toISOString(), date: new Date(ms).toISOString().slice(0, 10) };
}

function actual(text: string): { ms: number; iso: string; date: string | null } {
  return { ms: instantMs(text), iso: isoOf(text), date: utcDateOf(text) };
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

describe('reading token instants', () => {
  it('reads the token directory\'s instants as Date.parse does', () => {
    expect(actual('2025-01-31T12:00:00Z')).toEqual({ ms: Date.UTC(2025, 0, 31, 12), iso: '2025-01-31T12:00:00.000Z', date: '2025-01-31' });
    expect(actual('2024-02-29T23:59:59Z')).toEqual(expected('2024-02-29T23:59:59Z'));
  });

  it('agrees with Date.parse on edge cases: impossible days, leap years, hour 24, short years, other forms, garbage', () => {
    for (const text of ['2023-02-29T00:00:00Z', '2100-02-29T00:00:00Z', '2000-02-29T00:00:00Z', '2025-04-31T00:00:00Z', '2025-13-01T00:00:00Z', '2025-00-10T00:00:00Z',
      '2025-01-01T24:00:00Z', '2025-01-01T23:60:00Z', '0099-01-01T00:00:00Z', '0999-12-31T23:59:59Z', '2025-01-31T12:00:00.123Z', '2025-01-31T12:00:00+02:00',
      '2025-01-31', '2025-01-31 12:00:00', '2025-0a-31T12:00:00Z', '', 'not a date', '+002025-01-31T12:00:00Z']) {
      expect(actual(text), text).toEqual(expected(text));
    }
  });

  it('agrees with Date.parse on any instant written in the directory\'s form, valid or not', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }),
      (year, month, day, hour, minute, second) => {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}Z`;
        expect(actual(text)).toEqual(expected(text));
      },
    ), { numRuns: 5000 });
  });
});
