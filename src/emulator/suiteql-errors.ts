/**
 * NetSuite's words for a SuiteQL query it cannot run. The emulator runs SuiteQL on SQLite, whose
 * own messages (`no such table: x`, `near "AND": syntax error`) would tell a reader they are not
 * talking to NetSuite, so they are reworded here; the status, `o:errorCode` and `o:errorQueryParam`
 * are set by the caller. The detail NetSuite puts before these texts is in netsuite-api.ts.
 *
 * Sources, in ../shared/reference/netsuite-api.md's terms:
 * - [3P] `Search error occurred: Record 'message' was not found.` for a table that does not exist or
 *   the role cannot see (connector code and its tests, quoting live answers).
 * - [3P] `Unknown identifier 'balance'` for a column SuiteQL does not know (SuitePortal, "SuiteQL
 *   Gotchas"); [INF] that it follows `Search error occurred:` like the record message.
 * - [3P] `Invalid or unsupported search` for a query NetSuite cannot parse; [INF] that it is also what
 *   an unsupported function, an ambiguous column or a misused aggregate gives.
 */
export const SEARCH_ERROR_PREFIX = 'Search error occurred:';

const INVALID_SEARCH = `${SEARCH_ERROR_PREFIX} Invalid or unsupported search.`;

/**
 * Errors the emulator's own SQL functions raise (a TO_DATE value that does not fit its format) start
 * with this, so they can be told apart from SQLite's and passed on as NetSuite-worded detail.
 */
export const FUNCTION_ERROR_MARK = 'SuiteQL: ';

/** An SQLite error message (from preparing or stepping a translated query) in NetSuite's words. */
export function searchErrorOfEngine(message: string): string {
  const table = /^no such table: (?:[A-Za-z_][\w$]*\.)?(.+)$/.exec(message)?.[1];
  if (table !== undefined) return `${SEARCH_ERROR_PREFIX} Record '${table}' was not found.`;
  const column = /^no such column: (.+)$/.exec(message)?.[1];
  if (column !== undefined) return `${SEARCH_ERROR_PREFIX} Unknown identifier '${column}'.`;
  const mark = message.indexOf(FUNCTION_ERROR_MARK);
  if (mark !== -1) return `${SEARCH_ERROR_PREFIX} ${sentence(message.slice(mark + FUNCTION_ERROR_MARK.length))}`;
  return INVALID_SEARCH;
}

/**
 * A query the dialect translation refused. `invalid`: NetSuite would refuse it too; the emulator's
 * reason follows NetSuite's generic text in parentheses. `unsupported`: a construct the emulator does
 * not implement, which NetSuite may well accept; the text says so, so nobody blames the query.
 */
export function searchErrorOfTranslation(reason: string, kind: 'invalid' | 'unsupported'): string {
  switch (kind) {
    case 'invalid':
      return `${SEARCH_ERROR_PREFIX} Invalid or unsupported search (${reason}).`;
    case 'unsupported':
      return `${SEARCH_ERROR_PREFIX} ${sentence(reason)} This is a limit of the emulator; NetSuite may accept the query.`;
  }
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capitalized = trimmed.slice(0, 1).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}

/** Thrown while translating: the query is `invalid` SuiteQL, or uses something the emulator does not implement. */
export class TranslationProblem extends Error {
  constructor(
    message: string,
    readonly kind: 'invalid' | 'unsupported' = 'invalid',
  ) {
    super(message);
  }
}
