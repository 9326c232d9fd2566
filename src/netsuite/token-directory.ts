import { tokenStateFromFlags } from '../domain/kinds/tba-token/token.js';
import type { ObservedToken } from '../domain/kinds/tba-token/token.js';
import { addLastUses } from '../domain/observation.js';
import type { LastUse, ObservationListener, TokenObservation } from '../domain/observation.js';
import type { Clock, ProgressSink, TokenDirectory } from '../ports.js';
import type { Authorizer } from './authorizer.js';
import { NetSuiteError } from './errors.js';
import type { NetSuiteEndpoints } from './endpoints.js';
import { SUITEQL_PATH, column, quoteSuiteQlString, readAllRows } from './suiteql.js';
import type { KeysetQuery, SuiteQlItem, SuiteQlReaderOptions } from './suiteql.js';
import type { NetSuiteTransport } from './transport.js';

/**
 * `TO_CHAR` keeps dates independent of the user's date-format preference. The time zone of the
 * result is assumed to be UTC [INF, reference §1.2]; `instantFromSuiteQl` is the one place to correct.
 */
const DATE_FORMAT = `'YYYY-MM-DD"T"HH24:MI:SS'`;

/**
 * Every access token, raw ids and display names (`BUILTIN.DF` only in SELECT: it is unreliable in
 * WHERE), ordered by id so pages are stable and the id can continue the read past 100,000 rows.
 */
export function tokensQuery(afterId: string | null): string {
  if (afterId !== null && !/^\d+$/.test(afterId)) throw new RangeError('An access token id is a whole number.');
  return [
    'SELECT t.id, t.tba_token_name, t.tba_app_name, BUILTIN.DF(t.tba_app_name) AS app_name,',
    't.entity_name, BUILTIN.DF(t.entity_name) AS user_name, t.role_name, BUILTIN.DF(t.role_name) AS role_label,',
    't.createdby, BUILTIN.DF(t.createdby) AS created_by_name,',
    `TO_CHAR(t.dcreated, ${DATE_FORMAT}) AS dcreated, TO_CHAR(t.drevoked, ${DATE_FORMAT}) AS drevoked,`,
    't.binactive, t.brevoked',
    'FROM oauthtoken t',
    ...(afterId === null ? [] : [`WHERE t.id > ${afterId}`]),
    'ORDER BY t.id',
  ].join(' ');
}

/**
 * The latest successful login per token name, aggregated by NetSuite (LoginAudit has no token id;
 * it joins by name). Failed logins are not use.
 */
export function lastUseQuery(afterName: string | null): string {
  return [
    `SELECT la.oauthaccesstokenname AS token_name, TO_CHAR(MAX(la.date), ${DATE_FORMAT}) AS last_success`,
    'FROM loginaudit la',
    "WHERE la.status = 'Success' AND la.oauthaccesstokenname IS NOT NULL",
    ...(afterName === null ? [] : [`AND la.oauthaccesstokenname > ${quoteSuiteQlString(afterName)}`]),
    'GROUP BY la.oauthaccesstokenname',
    'ORDER BY la.oauthaccesstokenname',
  ].join(' ');
}

const TOKENS: KeysetQuery = { description: 'access tokens', sql: tokensQuery, key: 'id', compare: compareWholeNumbers };
const LAST_USE: KeysetQuery = { description: 'last-use rows', sql: lastUseQuery, key: 'token_name', compare: compareCodePoints };

export interface SuiteQlTokenDirectoryOptions {
  /** The account as the desired-state file names it. */
  readonly account: string;
  readonly endpoints: NetSuiteEndpoints;
  readonly transport: NetSuiteTransport;
  /** Signs in as the operator. */
  readonly authorizer: Authorizer;
  readonly clock: Clock;
  /** Smaller than NetSuite's limits only to exercise paging in tests. */
  readonly pageSize?: number;
  readonly maxRowsPerQuery?: number;
}

const AUTH_HINT =
  "Check the operator's sign-in for this account (the NETSUITE_* variables, NETSUITE_CREDENTIALS, or the file's operator.credentials) and the account id's realm casing, that its token or certificate is active and its role has REST Web Services, Log in using Access Tokens (or OAuth 2.0 Access Tokens), View Login Audit Trail and SuiteAnalytics Workbook, and that this machine's clock is within 5 minutes of NetSuite's; the Login Audit Trail shows the exact reason.";

/** Observes the account through SuiteQL: one query over oauthtoken, one aggregated query over loginaudit. */
export class SuiteQlTokenDirectory implements TokenDirectory {
  readonly #options: SuiteQlTokenDirectoryOptions;

  constructor(options: SuiteQlTokenDirectoryOptions) {
    this.#options = options;
  }

  async observe(progress?: ProgressSink, listener?: ObservationListener, signal?: AbortSignal): Promise<TokenObservation> {
    const observedAt = this.#options.clock.now().toISOString();
    const reader: SuiteQlReaderOptions = {
      transport: this.#options.transport,
      restOrigin: this.#options.endpoints.rest,
      authorizer: this.#options.authorizer,
      authHint: AUTH_HINT,
      ...(this.#options.pageSize === undefined ? {} : { pageSize: this.#options.pageSize }),
      ...(this.#options.maxRowsPerQuery === undefined ? {} : { maxRowsPerQuery: this.#options.maxRowsPerQuery }),
      ...(signal === undefined ? {} : { signal }),
    };
    const endpoint = `POST ${this.#options.endpoints.rest}${SUITEQL_PATH}`;
    // Rows become tokens and last uses page by page as they arrive, while the other pages are on the wire.
    const [tokens, lastUses] = await Promise.all([
      readAllRows(reader, TOKENS, (row) => tokenFromRow(row, endpoint), progress, listener && ((page) => { listener.tokens(page); })),
      // Last uses go ahead of the tokens' later pages, so a token page that arrives can be judged whole.
      readAllRows({ ...reader, precedence: 'ahead' }, LAST_USE, (row) => lastUseFromRow(row, endpoint), progress, listener && ((page) => { listener.lastUses(page.filter(isLastUse)); })),
    ]);
    return { account: this.#options.account, observedAt, tokens, lastUse: latestUses(lastUses) };
  }
}

/** Maps one oauthtoken row (see tokensQuery) into the domain; malformed rows fail loudly. */
export function tokenFromRow(row: SuiteQlItem, endpoint: string): ObservedToken {
  const id = column(row, 'id');
  if (id === null || !/^\d+$/.test(id)) throw malformed(endpoint, 'an access token row without a numeric id');
  return {
    kind: 'tba-token',
    id,
    name: column(row, 'tba_token_name') ?? '',
    application: column(row, 'app_name'),
    user: column(row, 'user_name'),
    role: column(row, 'role_label'),
    applicationId: column(row, 'tba_app_name'),
    userId: column(row, 'entity_name'),
    roleId: column(row, 'role_name'),
    createdBy: column(row, 'created_by_name') ?? column(row, 'createdby'),
    createdAt: instantFromSuiteQl(column(row, 'dcreated'), endpoint),
    revokedAt: instantFromSuiteQl(column(row, 'drevoked'), endpoint),
    state: tokenStateFromFlags({ inactive: flag(row, 'binactive', endpoint), revoked: flag(row, 'brevoked', endpoint) }),
  };
}

/** One aggregated loginaudit row: a token name and its latest successful login; null when either is missing. */
export function lastUseFromRow(row: SuiteQlItem, endpoint: string): LastUse | null {
  const name = column(row, 'token_name');
  const at = instantFromSuiteQl(column(row, 'last_success'), endpoint);
  return name === null || at === null ? null : { name, at };
}

function isLastUse(use: LastUse | null): use is LastUse {
  return use !== null;
}

/** Token name → ISO instant of its latest successful login. */
export function latestUses(uses: readonly (LastUse | null)[]): Map<string, string> {
  return addLastUses(new Map(), uses);
}

/** `2025-01-31T12:00:00` (TO_CHAR above; a space for the T is read too) → `2025-01-31T12:00:00Z`. */
function instantFromSuiteQl(value: string | null, endpoint: string): string | null {
  if (value === null || value === '') return null;
  if (!isSuiteQlDate(value)) throw malformed(endpoint, `a date in an unexpected format ("${value.slice(0, 40)}")`);
  // Checked by character, not by a regular expression: two dates per token, 20,000 tokens a page set (issue 18).
  return value.charCodeAt(10) === LETTER_T ? `${value}Z` : `${value.slice(0, 10)}T${value.slice(11)}Z`;
}

const LETTER_T = 84;
const SPACE = 32;
const DASH = 45;
const COLON = 58;

/** `YYYY-MM-DD?HH:MM:SS` with ASCII digits, `?` a T or a space. */
function isSuiteQlDate(value: string): boolean {
  if (value.length !== 19 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH || value.charCodeAt(13) !== COLON || value.charCodeAt(16) !== COLON) return false;
  const separator = value.charCodeAt(10);
  if (separator !== LETTER_T && separator !== SPACE) return false;
  for (let index = 0; index < 19; index += 1) {
    if (index === 4 || index === 7 || index === 10 || index === 13 || index === 16) continue;
    const code = value.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** SuiteQL checkboxes are 'T'/'F'; a missing value reads as unchecked. */
function flag(row: SuiteQlItem, name: string, endpoint: string): boolean {
  const value = column(row, name);
  if (value === null || value === 'F') return false;
  if (value === 'T') return true;
  throw malformed(endpoint, `"${value.slice(0, 10)}" in ${name}, where T or F was expected`);
}

function malformed(endpoint: string, what: string): NetSuiteError {
  return new NetSuiteError(
    `NetSuite's answer to ${endpoint} held ${what}.`,
    { endpoint, status: null, errorCode: null, detail: null },
    { hint: 'Check that NETSUITE_REST_URL (if set) points at the SuiteTalk REST host of the account; report it if it does.' },
  );
}

/** Whole numbers as strings, compared by value (ids outgrow no integer type this way). */
export function compareWholeNumbers(a: string, b: string): number {
  return a.length === b.length ? (a < b ? -1 : a > b ? 1 : 0) : a.length - b.length;
}

/** Unicode code point order, which is the byte order of UTF-8 (Oracle's binary collation). */
export function compareCodePoints(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const difference = (left[index]?.codePointAt(0) ?? 0) - (right[index]?.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}
