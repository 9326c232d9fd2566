/**
 * Datetimes the way the emulator's SQL engine holds them, and Oracle's TO_CHAR / TO_DATE format
 * models that SuiteQL accepts.
 *
 * Datetimes are stored as Julian day numbers (REAL): they order and aggregate (MAX, MIN) correctly,
 * and Oracle's date arithmetic (`SYSDATE - 90` is ninety days ago) works unchanged. The emulated
 * user's time zone is UTC.
 */

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_JULIAN_DAY = 2_440_587.5;

export function julianDayOf(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_JULIAN_DAY;
}

export function dateOfJulianDay(julianDay: number): Date {
  return new Date(Math.round((julianDay - UNIX_EPOCH_JULIAN_DAY) * MS_PER_DAY));
}

/**
 * A format model or a value that does not fit it; the message becomes the 400's reason. `unsupported`
 * marks a format element the emulator does not implement (Oracle may know it).
 */
export class DatetimeFormatError extends Error {
  constructor(
    message: string,
    readonly kind: 'invalid' | 'unsupported' = 'invalid',
  ) {
    super(message);
  }
}

/**
 * NetSuite's default date preference (`M/D/YYYY`), used for datetime columns selected without
 * TO_CHAR: like NetSuite, the time of day is lost, which is why queries should use TO_CHAR.
 */
export function preferenceDate(date: Date): string {
  return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()}`;
}

/** How the user's date preference is named to a person. */
export const USER_DATE_FORMAT_LABEL = 'M/D/YYYY';

/**
 * The forms a date string may take where Oracle converts it by the session's date format: the date
 * alone, or with a time of day. [INF] NetSuite's session format follows the user's date and time
 * preferences (M/D/YYYY and h:mm am here); like Oracle, leading zeros are optional.
 */
const USER_DATE_FORMATS = ['MM/DD/YYYY', 'MM/DD/YYYY HH12:MI AM', 'MM/DD/YYYY HH12:MI:SS AM', 'MM/DD/YYYY HH24:MI', 'MM/DD/YYYY HH24:MI:SS'];

/** A date string in the user's date format, or null when it is not one. */
export function parseUserDate(text: string): Date | null {
  for (const format of USER_DATE_FORMATS) {
    try {
      return parseDatetime(text.trim(), format);
    } catch (error) {
      if (!(error instanceof DatetimeFormatError)) throw error;
    }
  }
  return null;
}

type Element =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'fill-mode' }
  | { readonly kind: 'field'; readonly field: Field; readonly casing: Casing };

type Field =
  | 'YYYY' | 'YY' | 'MM' | 'MONTH' | 'MON' | 'DD' | 'DDD' | 'DAY' | 'DY'
  | 'HH24' | 'HH12' | 'MI' | 'SS' | 'FF' | 'FF1' | 'FF2' | 'FF3' | 'FF4' | 'FF5' | 'FF6' | 'MERIDIAN' | 'MERIDIAN_DOTS';

type Casing = 'upper' | 'capitalized' | 'lower';

/** Element spellings, longest first so `HH24` wins over `HH` and `MONTH` over `MON`. */
const SPELLINGS: readonly (readonly [string, Field])[] = [
  ['YYYY', 'YYYY'], ['RRRR', 'YYYY'], ['MONTH', 'MONTH'], ['HH24', 'HH24'], ['HH12', 'HH12'], ['A.M.', 'MERIDIAN_DOTS'],
  ['P.M.', 'MERIDIAN_DOTS'], ['FF1', 'FF1'], ['FF2', 'FF2'], ['FF3', 'FF3'], ['FF4', 'FF4'], ['FF5', 'FF5'], ['FF6', 'FF6'],
  ['DDD', 'DDD'], ['DAY', 'DAY'], ['MON', 'MON'], ['YY', 'YY'], ['RR', 'YY'], ['MM', 'MM'], ['DD', 'DD'], ['DY', 'DY'],
  ['HH', 'HH12'], ['MI', 'MI'], ['SS', 'SS'], ['FF', 'FF'], ['AM', 'MERIDIAN'], ['PM', 'MERIDIAN'],
];

const PUNCTUATION = new Set(['-', '/', ',', '.', ';', ':', ' ', 'T']);

const MONTHS = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'];
const DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

const compiled = new Map<string, readonly Element[]>();

function compile(format: string): readonly Element[] {
  const cached = compiled.get(format);
  if (cached !== undefined) return cached;
  const elements: Element[] = [];
  let index = 0;
  while (index < format.length) {
    const rest = format.slice(index);
    if (rest.startsWith('"')) {
      const end = format.indexOf('"', index + 1);
      if (end === -1) throw new DatetimeFormatError(`the format "${format}" has an unterminated quoted text`);
      elements.push({ kind: 'literal', text: format.slice(index + 1, end) });
      index = end + 1;
      continue;
    }
    if (rest.toUpperCase().startsWith('FM')) {
      elements.push({ kind: 'fill-mode' });
      index += 2;
      continue;
    }
    const spelling = SPELLINGS.find(([text]) => rest.toUpperCase().startsWith(text));
    if (spelling !== undefined) {
      const written = rest.slice(0, spelling[0].length);
      elements.push({ kind: 'field', field: spelling[1], casing: casingOf(written) });
      index += spelling[0].length;
      continue;
    }
    const character = rest[0] ?? '';
    // Oracle rejects a bare T; it is accepted here because ISO-8601 formats are common and harmless.
    if (PUNCTUATION.has(character)) {
      elements.push({ kind: 'literal', text: character });
      index += 1;
      continue;
    }
    throw new DatetimeFormatError(`the format "${format}" has an element the emulator does not support at "${rest.slice(0, 8)}"`, 'unsupported');
  }
  compiled.set(format, elements);
  return elements;
}

function casingOf(written: string): Casing {
  if (written === written.toUpperCase()) return 'upper';
  const first = written.slice(0, 1);
  return first === first.toUpperCase() ? 'capitalized' : 'lower';
}

function applyCasing(text: string, casing: Casing): string {
  switch (casing) {
    case 'upper':
      return text.toUpperCase();
    case 'lower':
      return text.toLowerCase();
    case 'capitalized':
      return text.slice(0, 1).toUpperCase() + text.slice(1).toLowerCase();
  }
}

/** Oracle `TO_CHAR(datetime, format)` in UTC. */
export function formatDatetime(date: Date, format: string): string {
  let fill = true;
  let text = '';
  const number = (value: number, width: number): string => (fill ? String(value).padStart(width, '0') : String(value));
  for (const element of compile(format)) {
    switch (element.kind) {
      case 'literal':
        text += element.text;
        break;
      case 'fill-mode':
        fill = !fill;
        break;
      case 'field':
        text += formatField(date, element.field, element.casing, number, fill);
        break;
    }
  }
  return text;
}

function formatField(date: Date, field: Field, casing: Casing, number: (value: number, width: number) => string, fill: boolean): string {
  const hours = date.getUTCHours();
  const pad = (name: string, width: number): string => (fill ? name.padEnd(width, ' ') : name);
  switch (field) {
    case 'YYYY':
      return number(date.getUTCFullYear(), 4);
    case 'YY':
      return String(date.getUTCFullYear() % 100).padStart(2, '0');
    case 'MM':
      return number(date.getUTCMonth() + 1, 2);
    case 'MONTH':
      return applyCasing(pad(MONTHS[date.getUTCMonth()] ?? '', 9), casing);
    case 'MON':
      return applyCasing((MONTHS[date.getUTCMonth()] ?? '').slice(0, 3), casing);
    case 'DD':
      return number(date.getUTCDate(), 2);
    case 'DDD':
      return number(dayOfYear(date), 3);
    case 'DAY':
      return applyCasing(pad(DAYS[date.getUTCDay()] ?? '', 9), casing);
    case 'DY':
      return applyCasing((DAYS[date.getUTCDay()] ?? '').slice(0, 3), casing);
    case 'HH24':
      return number(hours, 2);
    case 'HH12':
      return number(hours % 12 === 0 ? 12 : hours % 12, 2);
    case 'MI':
      return number(date.getUTCMinutes(), 2);
    case 'SS':
      return number(date.getUTCSeconds(), 2);
    case 'FF':
    case 'FF1':
    case 'FF2':
    case 'FF3':
    case 'FF4':
    case 'FF5':
    case 'FF6': {
      const digits = field === 'FF' ? 6 : Number(field.slice(2));
      return `${String(date.getUTCMilliseconds()).padStart(3, '0')}000`.slice(0, digits);
    }
    case 'MERIDIAN':
      return applyCasing(hours < 12 ? 'AM' : 'PM', casing);
    case 'MERIDIAN_DOTS':
      return applyCasing(hours < 12 ? 'A.M.' : 'P.M.', casing);
  }
}

function dayOfYear(date: Date): number {
  return Math.floor((Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) - Date.UTC(date.getUTCFullYear(), 0, 1)) / MS_PER_DAY) + 1;
}

/** Oracle `TO_DATE(text, format)` in UTC; fields the format omits default to January 1st, 00:00:00. */
export function parseDatetime(text: string, format: string): Date {
  const parts = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0, pm: null as boolean | null, twelveHour: false };
  let rest = text;
  const fail = (): never => {
    throw new DatetimeFormatError(`"${text}" does not match the format "${format}"`);
  };
  const take = (pattern: RegExp): string => {
    const match = pattern.exec(rest);
    if (match === null) return fail();
    rest = rest.slice(match[0].length);
    return match[0];
  };
  for (const element of compile(format)) {
    switch (element.kind) {
      case 'fill-mode':
        break;
      case 'literal':
        if (!rest.startsWith(element.text)) fail();
        rest = rest.slice(element.text.length);
        break;
      case 'field':
        readField(element.field, parts, take);
        break;
    }
  }
  if (rest !== '') fail();
  let hour = parts.hour;
  if (parts.twelveHour) {
    if (hour < 1 || hour > 12) fail();
    hour = (hour % 12) + (parts.pm === true ? 12 : 0);
  }
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day, hour, parts.minute, parts.second, parts.millisecond));
  if (date.getUTCFullYear() !== parts.year || date.getUTCMonth() !== parts.month - 1 || date.getUTCDate() !== parts.day || date.getUTCHours() !== hour || date.getUTCMinutes() !== parts.minute || date.getUTCSeconds() !== parts.second) {
    fail();
  }
  return date;
}

interface ParsedParts {
  year: number; month: number; day: number; hour: number; minute: number; second: number; millisecond: number;
  pm: boolean | null; twelveHour: boolean;
}

function readField(field: Field, parts: ParsedParts, take: (pattern: RegExp) => string): void {
  switch (field) {
    case 'YYYY':
      parts.year = Number(take(/^\d{4}/));
      return;
    case 'YY': {
      const year = Number(take(/^\d{2}/));
      parts.year = year < 50 ? 2000 + year : 1900 + year;
      return;
    }
    case 'MM':
      parts.month = Number(take(/^\d{1,2}/));
      return;
    case 'MONTH':
    case 'MON': {
      const name = take(/^[A-Za-z]+/).toUpperCase();
      const month = MONTHS.findIndex((candidate) => candidate === name || candidate.slice(0, 3) === name);
      parts.month = month === -1 ? 0 : month + 1;
      return;
    }
    case 'DD':
      parts.day = Number(take(/^\d{1,2}/));
      return;
    case 'DDD':
    case 'DAY':
    case 'DY':
      // Accepted for symmetry with TO_CHAR; the day of the week or year adds nothing to a date.
      take(field === 'DDD' ? /^\d{1,3}/ : /^[A-Za-z]+/);
      return;
    case 'HH24':
      parts.hour = Number(take(/^\d{1,2}/));
      return;
    case 'HH12':
      parts.hour = Number(take(/^\d{1,2}/));
      parts.twelveHour = true;
      return;
    case 'MI':
      parts.minute = Number(take(/^\d{1,2}/));
      return;
    case 'SS':
      parts.second = Number(take(/^\d{1,2}/));
      return;
    case 'FF':
    case 'FF1':
    case 'FF2':
    case 'FF3':
    case 'FF4':
    case 'FF5':
    case 'FF6':
      parts.millisecond = Math.floor(Number(`0.${take(/^\d{1,9}/)}`) * 1000);
      return;
    case 'MERIDIAN':
    case 'MERIDIAN_DOTS':
      parts.pm = take(/^(AM|PM|A\.M\.|P\.M\.)/i).toUpperCase().startsWith('P');
      return;
  }
}

/** strftime spellings of the format elements SQLite can produce natively. */
const STRFTIME: Partial<Record<Field, string>> = { YYYY: '%Y', MM: '%m', DD: '%d', DDD: '%j', HH24: '%H', MI: '%M', SS: '%S' };

/**
 * The SQLite strftime format equivalent to an Oracle format model, or null when the model needs
 * something strftime cannot do (month names, 12-hour clock, fill mode...). Lets the common ISO-style
 * TO_CHAR run inside SQLite instead of calling back into JavaScript for every row.
 */
export function strftimeFormatOf(format: string): string | null {
  let strftime = '';
  for (const element of compile(format)) {
    switch (element.kind) {
      case 'literal':
        strftime += element.text.replace(/%/g, '%%');
        break;
      case 'fill-mode':
        return null;
      case 'field': {
        const spelling = STRFTIME[element.field];
        if (spelling === undefined) return null;
        strftime += spelling;
        break;
      }
    }
  }
  return strftime;
}
