import type { SqlValue, Statement } from 'sql.js';
import type { AccountStore } from './account-store.js';
import { translateSuiteQL } from './suiteql-dialect.js';
import type { QueryTyping } from './suiteql-date-typing.js';
import { searchErrorOfEngine, searchErrorOfTranslation } from './suiteql-errors.js';
import { suiteqlValue } from './suiteql-functions.js';

/** One page of a SuiteQL result: each item's keys are lower case and every value a string. */
export interface SuiteQLPage {
  readonly items: readonly Readonly<Record<string, string>>[];
  readonly totalResults: number;
}

/** A refusal's reason is in NetSuite's words (`Search error occurred: ...`), never SQLite's. */
export type SuiteQLOutcome = { readonly ok: true; readonly page: SuiteQLPage } | { readonly ok: false; readonly reason: string };

/** Queries remembered at once; a paging client repeats one query, so a few suffice. */
const REMEMBERED_QUERIES = 16;
/**
 * Result values (rows × columns) kept across all remembered queries. A result that fits is computed
 * once and paged from memory (an aggregate over 100,000 login rows would otherwise be recomputed for
 * every page); a larger one is fetched page by page with LIMIT/OFFSET.
 */
// Sized for the reconciler's token query over 100,000 tokens (14 columns) plus a last-use aggregate:
// below that, every page of the largest account would re-run the query (9 ms a page instead of 3).
const REMEMBERED_VALUES = 2_000_000;

interface Remembered {
  readonly version: number;
  readonly total: number;
  readonly columns: readonly string[] | null;
  readonly rows: readonly (readonly SqlValue[])[] | null;
}

/**
 * Runs SuiteQL on the account's SQLite database: translate the dialect, count the full result, then
 * answer one page. What is remembered about a query (its count, and its rows when they fit) is used
 * only while the account is unchanged since (the store's version), so no page ever sees stale data.
 */
export class SuiteQLEngine {
  private readonly remembered = new Map<string, Remembered>();

  constructor(
    private readonly store: AccountStore,
    private readonly now: () => Date,
  ) {}

  run(query: string, limit: number, offset: number): SuiteQLOutcome {
    const translation = translateSuiteQL(query, { now: this.now() });
    if (!translation.ok) return { ok: false, reason: searchErrorOfTranslation(translation.reason, translation.kind) };
    try {
      const known = this.recall(translation.sql) ?? this.evaluate(translation.sql);
      if (known.rows !== null && known.columns !== null) {
        const columns = known.columns;
        const datetimes = datetimeColumns(translation.typing, columns);
        return { ok: true, page: { items: known.rows.slice(offset, offset + limit).map((row) => itemOf(columns, datetimes, row)), totalResults: known.total } };
      }
      return { ok: true, page: { items: this.fetchPage(translation, limit, offset), totalResults: known.total } };
    } catch (error) {
      return { ok: false, reason: searchErrorOfEngine(error instanceof Error ? error.message : String(error)) };
    }
  }

  private recall(sql: string): Remembered | null {
    const entry = this.remembered.get(sql);
    return entry !== undefined && entry.version === this.store.version ? entry : null;
  }

  /** Counts the result; when it fits the budget, keeps every row so later pages are slices. */
  private evaluate(sql: string): Remembered {
    const version = this.store.version;
    const total = Number(this.withStatement(`SELECT COUNT(*) FROM (${sql})`, (statement) => (statement.step() ? statement.get()[0] : 0)) ?? 0);
    const entry = this.withStatement(sql, (statement): Remembered => {
      const columns = statement.getColumnNames().map(itemKey);
      if (total * Math.max(1, columns.length) > REMEMBERED_VALUES) return { version, total, columns: null, rows: null };
      const rows: SqlValue[][] = [];
      while (statement.step()) rows.push(statement.get());
      return { version, total, columns, rows };
    });
    this.remember(sql, entry);
    return entry;
  }

  private remember(sql: string, entry: Remembered): void {
    this.remembered.delete(sql);
    const size = (candidate: Remembered): number => (candidate.rows?.length ?? 0) * (candidate.columns?.length ?? 0);
    let held = [...this.remembered.values()].reduce((sum, candidate) => sum + size(candidate), 0);
    for (const [key, candidate] of this.remembered) {
      if (this.remembered.size < REMEMBERED_QUERIES && held + size(entry) <= REMEMBERED_VALUES) break;
      this.remembered.delete(key);
      held -= size(candidate);
    }
    this.remembered.set(sql, entry);
  }

  private fetchPage(translation: { readonly sql: string; readonly typing: QueryTyping; readonly limited: boolean }, limit: number, offset: number): Record<string, string>[] {
    // A query with its own row limit (FETCH FIRST, ROWNUM) is paged from the outside.
    const paged = translation.limited ? `SELECT * FROM (${translation.sql}) LIMIT ? OFFSET ?` : `${translation.sql} LIMIT ? OFFSET ?`;
    return this.withStatement(paged, (statement) => {
      statement.bind([limit, offset]);
      const columns = statement.getColumnNames().map(itemKey);
      const datetimes = datetimeColumns(translation.typing, columns);
      const items: Record<string, string>[] = [];
      while (statement.step()) items.push(itemOf(columns, datetimes, statement.get()));
      return items;
    });
  }

  private withStatement<T>(sql: string, use: (statement: Statement) => T): T {
    const statement = this.store.database.prepare(sql);
    try {
      return use(statement);
    } finally {
      statement.free();
    }
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

function itemOf(columns: readonly string[], datetimes: readonly boolean[], row: readonly SqlValue[]): Record<string, string> {
  const item: Record<string, string> = {};
  columns.forEach((column, index) => {
    const value = suiteqlValue(row[index], datetimes[index] === true);
    if (value !== null) item[column] = value;
  });
  return item;
}

/**
 * Which output columns hold datetimes: from the select list's typing, item by item; the columns a
 * `*` expands to are known by name (a table's datetime columns, or a subquery's datetime aliases).
 */
function datetimeColumns(typing: QueryTyping, columns: readonly string[]): boolean[] {
  const kinds = typing.outputColumns;
  const byName = (column: string): boolean => typing.datetimeNames.has(column);
  const stars = kinds.filter((kind) => kind === 'star').length;
  if (stars === 0 && kinds.length === columns.length) return kinds.map((kind) => kind === 'datetime');
  const starWidth = columns.length - (kinds.length - 1);
  if (stars === 1 && starWidth >= 0) {
    const flags: boolean[] = [];
    for (const kind of kinds) {
      if (kind === 'star') for (let index = 0; index < starWidth; index += 1) flags.push(byName(columns[flags.length] ?? ''));
      else flags.push(kind === 'datetime');
    }
    return flags;
  }
  return columns.map(byName);
}
