import type { Database } from 'sql.js';
import { DEFAULT_DATE_FORMAT, EMULATOR_FUNCTIONS } from './suiteql-dialect.js';
import { DatetimeFormatError, dateOfJulianDay, formatDatetime, julianDayOf, parseDatetime, preferenceDate } from './oracle-datetime.js';
import { FUNCTION_ERROR_MARK } from './suiteql-errors.js';

/**
 * Registers the SQL functions the dialect translation falls back to when a call cannot run natively
 * in SQLite (a TO_CHAR format with month names, a TO_DATE of a column). Errors thrown here reach
 * SQLite as function errors, marked so they come back to the client as a 400 naming the reason.
 */
export function registerSuiteQLFunctions(database: Database): void {
  database.create_function(EMULATOR_FUNCTIONS.toChar, (value: unknown, format: unknown) =>
    marked(() => {
      if (value === null || value === undefined) return null;
      if (typeof value !== 'number') return value;
      if (format === null || format === undefined) return String(value);
      if (typeof format !== 'string') throw new DatetimeFormatError('TO_CHAR needs a text format');
      return formatDatetime(dateOfJulianDay(value), format);
    }),
  );
  database.create_function(EMULATOR_FUNCTIONS.toDate, (text: unknown, format: unknown) =>
    marked(() => {
      if (text === null || text === undefined) return null;
      if (format !== null && format !== undefined && typeof format !== 'string') throw new DatetimeFormatError('TO_DATE needs a text format');
      return julianDayOf(parseDatetime(sqlText(text), typeof format === 'string' ? format : DEFAULT_DATE_FORMAT));
    }),
  );
}

function marked<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof DatetimeFormatError) throw new Error(`${FUNCTION_ERROR_MARK}${error.message}`, { cause: error });
    throw error;
  }
}

/**
 * How a value appears in a SuiteQL item: always a string; null means the key is omitted. A datetime
 * (as the query's typing says, whatever the column is called) shows in the user's date preference.
 */
export function suiteqlValue(value: unknown, isDatetime: boolean): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return isDatetime ? preferenceDate(dateOfJulianDay(value)) : String(value);
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return sqlText(value);
}

/** SQLite hands functions numbers, strings, blobs or null; anything else is stringified defensively. */
function sqlText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
