/**
 * ISO instants as the token directory writes them (`2025-01-31T12:00:00Z`), read without Date.parse:
 * planning reads two or three per token, and Date.parse was most of a large account's planning time.
 * Anything else (other precision, offsets, out-of-range fields) goes to Date.parse, so results are
 * the same as Date.parse gives for every input.
 */

const DASH = 45;
const COLON = 58;
const LETTER_T = 84;
const LETTER_Z = 90;
const DIGIT_0 = 48;

/** Milliseconds since the epoch, or NaN when the text is not an instant (as Date.parse). */
export function instantMs(text: string): number {
  return canonicalMs(text) ?? Date.parse(text);
}

/** The instant as Date#toISOString writes it (`2025-01-31T12:00:00.000Z`); '' when it is not one. */
export function isoOf(text: string): string {
  if (canonicalMs(text) !== null) return `${text.slice(0, 19)}.000Z`;
  const at = Date.parse(text);
  return Number.isNaN(at) ? '' : new Date(at).toISOString();
}

/** The UTC calendar date (`2025-01-31`), or null when it is not an instant. */
export function utcDateOf(text: string): string | null {
  if (canonicalMs(text) !== null) return text.slice(0, 10);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : new Date(at).toISOString().slice(0, 10);
}

/** The epoch milliseconds of `YYYY-MM-DDTHH:MM:SSZ` with every field in range (years 1000–9999); null for anything else. */
function canonicalMs(text: string): number | null {
  if (text.length !== 20 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH || text.charCodeAt(10) !== LETTER_T
    || text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON || text.charCodeAt(19) !== LETTER_Z) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  // Date.UTC reads years below 100 as 19xx; those, and anything out of range, are left to Date.parse.
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** The number written by `length` ASCII digits from `start`; -1 when one of them is not a digit. */
function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let index = start; index < start + length; index += 1) {
    const digit = text.charCodeAt(index) - DIGIT_0;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
