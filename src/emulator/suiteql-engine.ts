import type { Database, SqlValue, Statement } from 'sql.js';
import { translateSuiteQL } from './suiteql-dialect.js';
import { suiteqlValue } from './suiteql-functions.js';

/** One page of a SuiteQL result: each item's keys are lower case and every value a string. */
export interface SuiteQLPage {
  readonly items: readonly Readonly<Record<string, string>>[];
  readonly totalResults: number;
}

export type SuiteQLOutcome = { readonly ok: true; readonly page: SuiteQLPage } | { readonly ok: false; readonly reason: string };

/**
 * Runs SuiteQL on the account's SQLite database: translate the dialect, count the full result, then
 * fetch one page with LIMIT/OFFSET. Nothing is cached, so every page sees the account as it is now.
 */
export function runSuiteQL(database: Database, query: string, limit: number, offset: number): SuiteQLOutcome {
  const translation = translateSuiteQL(query);
  if (!translation.ok) return { ok: false, reason: translation.reason };
  let counting: Statement | null = null;
  let paging: Statement | null = null;
  try {
    counting = database.prepare(`SELECT COUNT(*) FROM (${translation.sql})`);
    counting.step();
    const totalResults = Number(counting.get()[0] ?? 0);
    paging = database.prepare(`${translation.sql} LIMIT ? OFFSET ?`);
    paging.bind([limit, offset]);
    const columns = paging.getColumnNames().map(itemKey);
    const items: Record<string, string>[] = [];
    while (paging.step()) items.push(itemOf(columns, paging.get()));
    return { ok: true, page: { items, totalResults } };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    counting?.free();
    paging?.free();
  }
}

/**
 * NetSuite returns keys in lower case; an unnamed expression gets `exprN` (its 1-based position)
 * rather than the text of the expression.
 */
function itemKey(column: string, index: number): string {
  const key = column.toLowerCase();
  return /^[a-z_][a-z0-9_$]*$/.test(key) ? key : `expr${index + 1}`;
}

function itemOf(columns: readonly string[], row: readonly SqlValue[]): Record<string, string> {
  const item: Record<string, string> = {};
  columns.forEach((column, index) => {
    const value = suiteqlValue(column, row[index]);
    if (value !== null) item[column] = value;
  });
  return item;
}
