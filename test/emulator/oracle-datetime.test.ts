import { describe, expect, it } from 'vitest';
import { dateOfJulianDay, formatDatetime, julianDayOf, parseDatetime, preferenceDate, strftimeFormatOf } from '../../src/emulator/oracle-datetime.js';

const MOMENT = new Date('2026-03-07T15:04:05.678Z');

describe('Julian day storage', () => {
  it('round-trips to the millisecond and orders like time', () => {
    expect(dateOfJulianDay(julianDayOf(MOMENT)).toISOString()).toBe(MOMENT.toISOString());
    expect(julianDayOf(new Date('1970-01-01T00:00:00Z'))).toBe(2_440_587.5);
    expect(julianDayOf(new Date('2026-01-02T00:00:00Z')) - julianDayOf(new Date('2026-01-01T00:00:00Z'))).toBe(1);
  });
});

describe('TO_CHAR format models', () => {
  it.each([
    ['YYYY-MM-DD"T"HH24:MI:SS', '2026-03-07T15:04:05'],
    ['YYYY-MM-DD HH24:MI:SS', '2026-03-07 15:04:05'],
    ['DD.MM.YY', '07.03.26'],
    ['DD-MON-YYYY', '07-MAR-2026'],
    ['Mon DD, YYYY', 'Mar 07, 2026'],
    ['FMMonth DD, YYYY', 'March 7, 2026'],
    ['Month', 'March    '],
    ['DY DAY', 'SAT SATURDAY '],
    ['HH12:MI AM', '03:04 PM'],
    ['hh:mi a.m.', '03:04 p.m.'],
    ['DDD', '066'],
    ['SS.FF3', '05.678'],
    ['"Quarter" T', 'Quarter T'],
  ])('%s', (format, expected) => {
    expect(formatDatetime(MOMENT, format)).toBe(expected);
  });

  it('refuses unknown elements and unterminated quotes', () => {
    expect(() => formatDatetime(MOMENT, 'YYYY-WW')).toThrow('does not support at "WW"');
    expect(() => formatDatetime(MOMENT, '"open')).toThrow('unterminated quoted text');
  });

  it('knows which formats SQLite strftime can produce', () => {
    expect(strftimeFormatOf('YYYY-MM-DD"T"HH24:MI:SS')).toBe('%Y-%m-%dT%H:%M:%S');
    expect(strftimeFormatOf('"100%" DDD')).toBe('100%% %j');
    expect(strftimeFormatOf('DD-MON-YYYY')).toBeNull();
    expect(strftimeFormatOf('FMDD')).toBeNull();
  });
});

describe('TO_DATE', () => {
  it.each([
    ['2026-01-31', 'YYYY-MM-DD', '2026-01-31T00:00:00.000Z'],
    ['2026-01-31T23:59:58', 'YYYY-MM-DD"T"HH24:MI:SS', '2026-01-31T23:59:58.000Z'],
    ['31-jan-26', 'DD-MON-YY', '2026-01-31T00:00:00.000Z'],
    ['1/5/2026', 'MM/DD/YYYY', '2026-01-05T00:00:00.000Z'],
    ['12:30 AM', 'HH12:MI AM', '1970-01-01T00:30:00.000Z'],
    ['01:30 pm', 'HH:MI PM', '1970-01-01T13:30:00.000Z'],
  ])('%s with %s', (text, format, expected) => {
    expect(parseDatetime(text, format).toISOString()).toBe(expected);
  });

  it.each([
    ['2026-02-30', 'YYYY-MM-DD'],
    ['2026-13-01', 'YYYY-MM-DD'],
    ['2026-01-01x', 'YYYY-MM-DD'],
    ['2026/01/01', 'YYYY-MM-DD'],
    ['13:00 PM', 'HH12:MI PM'],
  ])('refuses %s for %s', (text, format) => {
    expect(() => parseDatetime(text, format)).toThrow('does not match the format');
  });
});

describe('raw datetime columns', () => {
  it("show NetSuite's default date preference, M/D/YYYY", () => {
    expect(preferenceDate(MOMENT)).toBe('3/7/2026');
  });
});
