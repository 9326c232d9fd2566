import { setImmediate } from 'node:timers/promises';
import type { ProgressSink } from '../ports.js';
import type { Authorizer } from './authorizer.js';
import { NetSuiteError } from './errors.js';
import type { NetSuiteTransport } from './transport.js';
import type { Precedence } from './limiter.js';

/** One SuiteQL result item as NetSuite sends it: lower-case keys, string values, NULL columns left out. */
export type SuiteQlItem = Readonly<Record<string, unknown>>;

/** NetSuite's page size ceiling, and the most rows one query can page through. */
export const SUITEQL_PAGE_SIZE = 1000;
export const SUITEQL_MAX_ROWS = 100_000;

export const SUITEQL_PATH = '/services/rest/query/v1/suiteql';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A SuiteQL string literal. Quotes are doubled; control characters and lone surrogates are refused
 * rather than passed, because nothing legitimate needs them and they are how injection hides.
 */
export function quoteSuiteQlString(value: string): string {
  if (CONTROL_CHARACTER.test(value) || LONE_SURROGATE.test(value)) {
    throw new NetSuiteError(
      'A value for a SuiteQL query contains a control character or broken Unicode, so it was not sent.',
      { endpoint: `POST ${SUITEQL_PATH}`, status: null, errorCode: null, detail: null },
      { hint: 'Rename the token in NetSuite so its name holds printable characters only.' },
    );
  }
  return `'${value.replaceAll("'", "''")}'`;
}

/** The value of a column: NetSuite's string, or null when the key is missing or null. */
export function column(item: SuiteQlItem, name: string): string | null {
  const value = item[name];
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * A query that pages by keyset as well as by offset: `sql(null)` reads from the start, `sql(key)` reads
 * the rows after `key`, always ordered by `key`. Beyond NetSuite's 100,000-row cap the reader starts
 * a fresh offset sequence after the last key it saw, so nothing is silently cut off.
 */
export interface KeysetQuery {
  /** What the rows are, for progress and messages: "access tokens". */
  readonly description: string;
  readonly sql: (after: string | null) => string;
  /** The (lower-case) column the query is ordered by. */
  readonly key: string;
  /** NetSuite's order of two keys; continuing past the cap is refused if the rows disagree with it. */
  readonly compare: (a: string, b: string) => number;
}

export interface SuiteQlReaderOptions {
  readonly transport: NetSuiteTransport;
  /** The SuiteTalk REST origin. */
  readonly restOrigin: string;
  readonly authorizer: Authorizer;
  /** What to check when NetSuite refuses the credentials. */
  readonly authHint: string;
  /** Defaults to NetSuite's 1000; smaller only to exercise paging in tests. */
  readonly pageSize?: number;
  /** Defaults to NetSuite's 100,000; smaller only to exercise continuation in tests. */
  readonly maxRowsPerQuery?: number;
  /** The pages' place among requests waiting for a slot (default `normal`). */
  readonly precedence?: Precedence;
  /** Aborted when the rows are no longer needed: pages not yet asked for are not. */
  readonly signal?: AbortSignal;
}

interface SuiteQlPage {
  readonly items: readonly SuiteQlItem[];
  readonly totalResults: number;
}

/** A page once its rows are converted: the rows, how many NetSuite sent, and (when the window continues) its keys in order. */
interface ConvertedPage<T> {
  readonly rows: readonly T[];
  readonly count: number;
  readonly totalResults: number;
  /** The first and last key, null for an empty page; 'unordered' when its rows are not in the query's key order. */
  readonly keys: KeyRange | null;
}

type KeyRange = { readonly first: string; readonly last: string } | 'unordered';

/**
 * Rows handed on to planning at a time. A page of 1000 tokens is several milliseconds of planning, and
 * with four pages answered together that held the next round's requests back (issue 18).
 */
const ROWS_PER_SLICE = 250;

/** How often a window is read again when the data changed under it before giving up. */
const WINDOW_READS = 2;

/**
 * From this many requests in flight, each window asks for its second page together with its first:
 * the token and last-use reads run side by side, so below four their first pages fill the slots. When
 * the total shows there is no second, that answer is one request more, within SPEC §9's two to spare.
 */
const EARLY_SECOND_PAGE_AT = 4;

/**
 * Reads every row of a query: the first page answered tells the total, the remaining pages of the window are
 * requested together (the transport's limiter decides how many run at once), offsets are multiples
 * of the page size. ⌈N/pageSize⌉ requests for N rows. Each page is converted by `convert` as it
 * arrives, while later pages are still on the wire, and handed to `onPage` a slice at a time, so little
 * is left to do after the last one. A window NetSuite changed under is read again: its rows reach `onPage` twice.
 */
export async function readAllRows<T>(
  options: SuiteQlReaderOptions,
  query: KeysetQuery,
  convert: (row: SuiteQlItem) => T,
  progress?: ProgressSink,
  onPage?: (rows: readonly T[]) => void,
): Promise<T[]> {
  const pageSize = options.pageSize ?? SUITEQL_PAGE_SIZE;
  const maxRows = options.maxRowsPerQuery ?? SUITEQL_MAX_ROWS;
  if (pageSize < 1 || pageSize > SUITEQL_PAGE_SIZE || maxRows % pageSize !== 0) {
    throw new RangeError(`SuiteQL paging needs 1 ≤ pageSize ≤ ${SUITEQL_PAGE_SIZE} and a row cap that is a multiple of it.`);
  }
  let rows: T[] = [];
  let grandTotal: number | null = null;
  let after: string | null = null;

  for (;;) {
    const window = await readWindow(options, query, convert, after, pageSize, maxRows, (page, windowDone, windowTotal) => {
      grandTotal ??= windowTotal;
      progress?.update(rows.length + windowDone, Math.max(grandTotal, rows.length + windowDone), query.description);
      onPage?.(page);
    });
    // concat, not push(...): a spread of 100,000 arguments can overflow the stack.
    rows = rows.concat(...window.pages.map((page) => page.rows));
    if (window.total <= maxRows) return rows;
    after = lastKeyChecked(window.pages, query, endpointOf(options));
  }
}

/** One offset sequence (at most maxRows rows), read again if NetSuite's total moved while paging. */
async function readWindow<T>(
  options: SuiteQlReaderOptions,
  query: KeysetQuery,
  convert: (row: SuiteQlItem) => T,
  after: string | null,
  pageSize: number,
  maxRows: number,
  onPage: (rows: readonly T[], done: number, total: number) => void,
): Promise<{ pages: ConvertedPage<T>[]; total: number }> {
  const sql = query.sql(after);
  let problem = '';
  for (let read = 1; read <= WINDOW_READS; read += 1) {
    // With slots to spare, the second page is asked for with the first instead of a round later.
    const early = options.transport.concurrency >= EARLY_SECOND_PAGE_AT && maxRows > pageSize ? fetchPage(options, sql, pageSize, pageSize) : null;
    // Awaited below; until then a failure of it must not count as unhandled.
    early?.catch(() => undefined);
    const firstPage = fetchPage(options, sql, 0, pageSize);
    firstPage.catch(() => undefined);
    // Every page carries the total: whichever of the first two is answered first tells how many more
    // to ask for (the second failing leaves it to the first, which then decides, as without it).
    const total = (await (early === null ? firstPage : Promise.race([firstPage, early.catch(() => firstPage)]))).totalResults;
    // Keys are only needed to continue past the row cap.
    const continues = total > maxRows;
    const reachable = Math.min(total, maxRows);
    const pageCount = Math.max(1, Math.ceil(reachable / pageSize));
    // The other pages are asked for, and on the wire, before the first is converted, so that work does not delay them.
    const fetches = Array.from({ length: pageCount - 1 }, (_, index) => (index === 0 && early !== null ? early : fetchPage(options, sql, (index + 1) * pageSize, pageSize)));
    // Each is awaited below; one failing while another is converted must not count as unhandled.
    for (const fetched of fetches) fetched.catch(() => undefined);
    if (fetches.length > 0) await setImmediate();
    let done = 0;
    const take = async (fetched: SuiteQlPage): Promise<ConvertedPage<T>> => {
      // Converted at once, so the page's parsed JSON is garbage before anything else runs; the rows
      // are then handed on a slice at a time.
      const page = { rows: fetched.items.map(convert), count: fetched.items.length, totalResults: fetched.totalResults, keys: continues ? keyRange(fetched.items, query) : null };
      await handOnInSlices(page.rows, (slice) => {
        done += slice.length;
        onPage(slice, done, total);
      });
      return page;
    };
    const first = await take(await firstPage);
    const rest = await Promise.all(fetches.map(async (fetched) => take(await fetched)));
    const pages = [first, ...rest];
    problem = inconsistency(pages, total, reachable, pageSize);
    // A second page asked for early that turned out not to exist must be empty and agree on the total;
    // one that could not be read tells nothing, and the first page held every row.
    if (problem === '' && early !== null && pageCount === 1) problem = surplus(await early.catch(() => null), total);
    if (problem === '') return { pages, total };
  }
  throw new NetSuiteError(
    `The ${query.description} changed in NetSuite while they were being read (${problem}).`,
    { endpoint: endpointOf(options), status: null, errorCode: null, detail: problem },
    { hint: 'Run again; if it keeps happening, something is creating or deleting records continuously.' },
  );
}

/**
 * Hands `rows` to `onSlice` ROWS_PER_SLICE at a time. Between slices the event loop notices answers
 * that arrived and sends the requests they free. An empty page is one empty slice, so progress still
 * hears of it.
 */
async function handOnInSlices<T>(rows: readonly T[], onSlice: (slice: readonly T[]) => void): Promise<void> {
  let start = 0;
  do {
    if (start > 0) await setImmediate();
    onSlice(rows.slice(start, start + ROWS_PER_SLICE));
    start += ROWS_PER_SLICE;
  } while (start < rows.length);
}

/** The first and last key of a page's rows, checking on the way that they are in the query's key order. */
function keyRange(items: readonly SuiteQlItem[], query: KeysetQuery): KeyRange | null {
  let first: string | null = null;
  let previous: string | null = null;
  for (const row of items) {
    const key = column(row, query.key);
    if (key === null || (previous !== null && query.compare(previous, key) >= 0)) return 'unordered';
    first ??= key;
    previous = key;
  }
  return first === null || previous === null ? null : { first, last: previous };
}

/** '' when every page agrees on the total and holds the rows its offset should; otherwise why not. */
function inconsistency(pages: readonly ConvertedPage<unknown>[], total: number, reachable: number, pageSize: number): string {
  for (const [index, page] of pages.entries()) {
    if (page.totalResults !== total) return `the total went from ${total} to ${page.totalResults}`;
    const expected = Math.min(pageSize, reachable - index * pageSize);
    if (page.count !== Math.max(0, expected)) {
      return `the page at offset ${index * pageSize} held ${page.count} rows instead of ${expected}`;
    }
  }
  return '';
}

/** '' when a page asked for beyond the last one is empty and agrees on the total; otherwise why not. */
function surplus(page: SuiteQlPage | null, total: number): string {
  if (page === null) return '';
  if (page.totalResults !== total) return `the total went from ${total} to ${page.totalResults}`;
  return page.items.length === 0 ? '' : `the page past the last one held ${page.items.length} rows`;
}

/** The last key of a full window, after checking the rows really are in the query's key order, within and across pages. */
function lastKeyChecked(pages: readonly ConvertedPage<unknown>[], query: KeysetQuery, endpoint: string): string {
  let previous: string | null = null;
  let rows = 0;
  let ordered = true;
  for (const page of pages) {
    rows += page.count;
    if (page.keys === null) continue;
    if (page.keys === 'unordered' || (previous !== null && query.compare(previous, page.keys.first) >= 0)) ordered = false;
    else previous = page.keys.last;
  }
  if (!ordered) {
    throw new NetSuiteError(
      `Reading more than ${rows} ${query.description} needs rows ordered by ${query.key}, and NetSuite's order did not match, so the read stopped rather than skip rows.`,
      { endpoint, status: null, errorCode: null, detail: null },
      { hint: 'Report this with the account\'s NetSuite release; the operator cannot observe this account completely.' },
    );
  }
  if (previous === null) throw new RangeError('A full window cannot be empty.');
  return previous;
}

async function fetchPage(options: SuiteQlReaderOptions, sql: string, offset: number, limit: number): Promise<SuiteQlPage> {
  const response = await options.transport.send({
    method: 'POST',
    url: `${options.restOrigin}${SUITEQL_PATH}?limit=${limit}&offset=${offset}`,
    headers: { Prefer: 'transient' },
    body: { q: sql },
    authorizer: options.authorizer,
    authHint: options.authHint,
    ...(options.precedence === undefined ? {} : { precedence: options.precedence }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  // Parsing and converting a page is the heavy part: the request waiting for the slot this one freed
  // goes on the wire first, so it does not wait for that work.
  await setImmediate();
  return parsePage(response.text, response.endpoint, offset);
}

function parsePage(text: string, endpoint: string, offset: number): SuiteQlPage {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  const items = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['items'] : undefined;
  const total = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['totalResults'] : undefined;
  if (!Array.isArray(items) || typeof total !== 'number' || !items.every((item) => typeof item === 'object' && item !== null)) {
    throw new NetSuiteError(
      `NetSuite answered ${endpoint} (offset ${offset}) with something that is not a SuiteQL result page.`,
      { endpoint, status: null, errorCode: null, detail: null },
      { hint: 'Check that NETSUITE_REST_URL (if set) points at the SuiteTalk REST host of the account.' },
    );
  }
  return { items: items as SuiteQlItem[], totalResults: total };
}

function endpointOf(options: SuiteQlReaderOptions): string {
  return `POST ${options.restOrigin}${SUITEQL_PATH}`;
}
