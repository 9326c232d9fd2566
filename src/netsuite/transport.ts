import { setTimeout as delay } from 'node:timers/promises';
import { Secret } from '../secrets/secret.js';
import type { Authorizer } from './authorizer.js';
import { NetSuiteAuthError, NetSuiteCancelledError, NetSuiteError, NetSuiteUnavailableError, summarizeFailure } from './errors.js';
import type { NetSuiteFailure } from './errors.js';
import type { HttpExchange } from './http-exchange.js';
import { Limiter } from './limiter.js';
import type { Precedence } from './limiter.js';
import { redact } from '../secrets/redact.js';
import type { HttpMethod } from './signer.js';
import type { Clock, Environment } from '../ports.js';
import { UsageError } from '../support/errors.js';

export interface NetSuiteRequest {
  readonly method: HttpMethod;
  /** The full URL, query included (the query is signed). */
  readonly url: string;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sent as application/x-www-form-urlencoded instead of a JSON body (the OAuth 2.0 token endpoint). */
  readonly form?: Readonly<Record<string, string>>;
  readonly headers?: Readonly<Record<string, string>>;
  /** Who this request acts as: it authorizes every attempt. */
  readonly authorizer: Authorizer;
  /** What to check when NetSuite refuses these credentials; only the caller knows whose they are. */
  readonly authHint: string;
  /**
   * Not safe to repeat blindly (a certificate upload): after a lost reply or a server error the effect
   * may have happened, so the transport gives up and the caller looks before sending again. Refusals
   * made before any effect (429, the concurrency limit, a 401) are still retried.
   */
  readonly sendOnce?: boolean;
  /** Waiting for a slot, `ahead` requests go before the others (default `normal`). */
  readonly precedence?: Precedence;
  /** Aborted when the caller no longer needs the answer: not sent if it has not been, abandoned if it has. */
  readonly signal?: AbortSignal;
}

export interface NetSuiteResponse {
  readonly status: number;
  readonly text: string;
  /** Method and URL without the query, safe to print. */
  readonly endpoint: string;
}

/** Why a request is tried again. */
export type RetryReason = 'rate-limited' | 'server-error' | 'unauthorized' | 'network' | 'timeout';

/** What --debug shows about requests: never a header, a query string or a body. */
export type TransportEvent =
  | {
      readonly kind: 'retry';
      readonly endpoint: string;
      readonly reason: RetryReason;
      readonly status: number | null;
      readonly errorCode: string | null;
      /** The attempt that failed (1-based). */
      readonly attempt: number;
      readonly waitMs: number;
    }
  | { readonly kind: 'response'; readonly endpoint: string; readonly status: number; readonly attempt: number }
  /** An attempt still unanswered after `waitedMs`: shown as progress, so a silent server is never ten silent minutes. */
  | { readonly kind: 'waiting'; readonly endpoint: string; readonly attempt: number; readonly waitedMs: number; readonly timeoutMs: number };

export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A longer Retry-After is shortened to this. */
  readonly retryAfterCapMs: number;
  readonly requestTimeoutMs: number;
  /** A request that timed out is sent at most this many times in all: a server silent for the whole timeout twice is not about to answer. */
  readonly maxTimeoutAttempts: number;
  /** How often a `waiting` event is sent while an attempt is unanswered; by default a third of the timeout, at most 10 s. */
  readonly waitingNoticeMs?: number;
  /** Total time one request may take across all its attempts and waits. */
  readonly budgetMs: number;
  /** A larger answer is not read (a SuiteQL page of 1,000 rows is well under a megabyte). */
  readonly maxResponseBytes: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  retryAfterCapMs: 60_000,
  // NetSuite itself cuts requests at 15 minutes; a SuiteQL page normally takes seconds.
  requestTimeoutMs: 60_000,
  maxTimeoutAttempts: 2,
  budgetMs: 600_000,
  maxResponseBytes: 32 * 1024 * 1024,
};

export type Sleep = (ms: number, signal: AbortSignal | undefined) => Promise<void>;

export interface TransportOptions {
  /** How a request reaches NetSuite: node:http in the CLI, a fetch function where tests watch the traffic. */
  readonly exchange: HttpExchange;
  readonly clock: Clock;
  /** Requests in flight at most (NETSUITE_CONCURRENCY). */
  readonly concurrency: number;
  readonly policy?: Partial<RetryPolicy>;
  readonly sleep?: Sleep;
  /** Uniform in [0, 1), for jitter. */
  readonly random?: () => number;
  readonly onEvent?: (event: TransportEvent) => void;
  /** Aborted when the run is cancelled. */
  readonly signal?: AbortSignal;
}

type Attempt =
  | { readonly kind: 'response'; readonly status: number; readonly text: string; readonly retryAfter: string | null }
  | { readonly kind: 'no-response'; readonly reason: 'network' | 'timeout' | 'unreachable'; readonly cause: Error };

type Verdict = { readonly kind: 'retry'; readonly reason: RetryReason } | { readonly kind: 'fail' };

/**
 * Every HTTP exchange with NetSuite: signing each attempt afresh, a timeout per attempt, retries with
 * exponential backoff and full jitter (honouring Retry-After) for what NetSuite documents as transient
 * (429, 400 SSS_REQUEST_LIMIT_EXCEEDED, 5xx, dropped connections), one more try after a 401 because
 * NetSuite answers spurious 401s under load, and a limiter so at most `concurrency` requests are in
 * flight. A waiting retry does not hold a slot.
 */
export class NetSuiteTransport {
  readonly #options: TransportOptions;
  readonly #policy: RetryPolicy;
  readonly #limiter: Limiter;
  readonly #sleep: Sleep;
  readonly #random: () => number;

  constructor(options: TransportOptions) {
    this.#options = options;
    this.#policy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
    this.#limiter = new Limiter(options.concurrency);
    this.#sleep = options.sleep ?? ((ms, signal) => delay(ms, undefined, signal === undefined ? {} : { signal }));
    this.#random = options.random ?? Math.random;
  }

  get concurrency(): number {
    return this.#limiter.limit;
  }

  async send(request: NetSuiteRequest): Promise<NetSuiteResponse> {
    const target = new URL(request.url);
    const endpoint = `${request.method} ${target.origin}${target.pathname}`;
    const startedAt = this.#now();
    let unauthorizedSeen = false;
    let timeouts = 0;
    const stop = eitherSignal(this.#options.signal, request.signal);

    const hold = new HoldAfterTimeout(this.#limiter);
    try {
      for (let attempt = 1; ; attempt += 1) {
        this.#throwIfCancelled(endpoint, stop);
        // Authorized before taking a slot: a Bearer authorizer may itself need a request to NetSuite.
        const authorization = await untilStopped(request.authorizer.authorize(request.method, request.url), endpoint, stop);
        // Read per attempt: a Bearer authorizer's token may be minted or replaced between attempts, and
        // what this attempt carried (a bare signature, a bearer token) must not come back in an echo.
        const secrets = [...request.authorizer.secrets, ...secretsIn(authorization)];
        // A retry goes before every request not yet started, `ahead` ones too: when NetSuite stops
        // answering, a page that keeps timing out fails the run after its own attempts, not after every
        // other page's first one.
        const outcome = await this.#limiter.run(async () => {
          const answer = await this.#attempt(request, endpoint, authorization, attempt, secrets, stop);
          // Taken before this slot is freed, so no request waiting for one starts in it.
          if (answer.kind === 'no-response' && answer.reason === 'timeout') hold.take();
          return answer;
        }, attempt > 1 ? 'retry' : request.precedence);
        if (outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300) {
          this.#options.onEvent?.({ kind: 'response', endpoint, status: outcome.status, attempt });
          return { status: outcome.status, text: outcome.text, endpoint };
        }
        const failure = failureOf(outcome, endpoint, secrets);
        const verdict = judge(outcome, unauthorizedSeen, request.sendOnce === true);

        switch (verdict.kind) {
          case 'fail':
            throw finalError(failure, outcome, request.authHint);
          case 'retry': {
            // "Twice in a row": a 401 after another kind of failure is a fresh one.
            unauthorizedSeen = verdict.reason === 'unauthorized';
            if (unauthorizedSeen) request.authorizer.refused?.(authorization);
            if (verdict.reason === 'timeout') timeouts += 1;
            else hold.drop();
            const waitMs = this.#waitBefore(attempt + 1, outcome);
            const elapsed = this.#now() - startedAt;
            if (attempt >= this.#policy.maxAttempts || elapsed + waitMs > this.#policy.budgetMs || timeouts >= this.#policy.maxTimeoutAttempts) {
              throw exhausted(failure, outcome, attempt, elapsed, this.#policy.requestTimeoutMs);
            }
            this.#options.onEvent?.({
              kind: 'retry',
              endpoint,
              reason: verdict.reason,
              status: failure.status,
              errorCode: failure.errorCode,
              attempt,
              waitMs,
            });
            await this.#pause(waitMs, endpoint, stop);
          }
        }
      }
    } finally {
      hold.drop();
    }
  }

  async #attempt(request: NetSuiteRequest, endpoint: string, authorization: string | null, attempt: number, secrets: readonly Secret[], stop: AbortSignal | undefined): Promise<Attempt> {
    this.#throwIfCancelled(endpoint, stop);
    const timeoutMs = this.#policy.requestTimeoutMs;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = stop === undefined ? timeout : AbortSignal.any([stop, timeout]);
    const headers: Record<string, string> = {
      ...request.headers,
      Accept: 'application/json',
      'User-Agent': 'netsuite-token-gitops',
    };
    if (authorization !== null) headers['Authorization'] = authorization;
    let body: string | null = null;
    if (request.form !== undefined) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(request.form).toString();
    } else if (request.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(request.body);
    }
    const stopNotices = this.#noticeWhileWaiting(endpoint, attempt, timeoutMs);
    try {
      const reply = await this.#options.exchange({ url: request.url, method: request.method, headers, body, signal, maxResponseBytes: this.#policy.maxResponseBytes });
      if (reply.text === null) throw oversized(endpoint, this.#policy.maxResponseBytes);
      return { kind: 'response', status: reply.status, text: reply.text, retryAfter: reply.retryAfter };
    } catch (error) {
      if (error instanceof NetSuiteError) throw error;
      if (stop?.aborted === true) throw cancelled(endpoint);
      const reason = timeout.aborted ? 'timeout' : isUnreachable(error) ? 'unreachable' : 'network';
      return { kind: 'no-response', reason, cause: sanitizedCause(error, secrets) };
    } finally {
      stopNotices();
    }
  }

  /** Sends a `waiting` event every so often while an attempt is unanswered (real time: the timeout is real time too). */
  #noticeWhileWaiting(endpoint: string, attempt: number, timeoutMs: number): () => void {
    const onEvent = this.#options.onEvent;
    if (onEvent === undefined) return () => undefined;
    const everyMs = this.#policy.waitingNoticeMs ?? waitingNoticeMs(timeoutMs);
    const startedAt = performance.now();
    const timer = setInterval(() => {
      onEvent({ kind: 'waiting', endpoint, attempt, waitedMs: Math.round(performance.now() - startedAt), timeoutMs });
    }, everyMs);
    // Progress must never keep the process alive on its own.
    timer.unref();
    return () => { clearInterval(timer); };
  }

  /** Full jitter on an exponential ceiling; a Retry-After from NetSuite wins when it asks for longer. */
  #waitBefore(nextAttempt: number, outcome: Attempt): number {
    const ceiling = Math.min(this.#policy.maxDelayMs, this.#policy.baseDelayMs * 2 ** (nextAttempt - 2));
    const jittered = Math.floor(this.#random() * ceiling);
    const retryAfter = outcome.kind === 'response' ? retryAfterMs(outcome.retryAfter, this.#now()) : null;
    return retryAfter === null ? jittered : Math.max(jittered, Math.min(retryAfter, this.#policy.retryAfterCapMs));
  }

  async #pause(ms: number, endpoint: string, stop: AbortSignal | undefined): Promise<void> {
    try {
      await this.#sleep(ms, stop);
    } catch (error) {
      if (stop?.aborted === true) throw cancelled(endpoint);
      throw error;
    }
  }

  #throwIfCancelled(endpoint: string, stop: AbortSignal | undefined): void {
    if (stop?.aborted === true) throw cancelled(endpoint);
  }

  #now(): number {
    return this.#options.clock.now().getTime();
  }
}

/**
 * The others wait for a request's retry from its timeout until it hears from NetSuite again or gives
 * up (Limiter#hold): within one more timeout, that retry shows whether NetSuite answers at all.
 */
class HoldAfterTimeout {
  readonly #limiter: Limiter;
  #release: (() => void) | null = null;

  constructor(limiter: Limiter) {
    this.#limiter = limiter;
  }

  take(): void {
    this.#release ??= this.#limiter.hold();
  }

  drop(): void {
    this.#release?.();
    this.#release = null;
  }
}

function judge(outcome: Attempt, unauthorizedSeen: boolean, sendOnce: boolean): Verdict {
  if (outcome.kind === 'no-response') return outcome.reason === 'unreachable' || sendOnce ? { kind: 'fail' } : { kind: 'retry', reason: outcome.reason };
  const { status } = outcome;
  if (sendOnce && status >= 500) return { kind: 'fail' };
  if (status === 401) return unauthorizedSeen ? { kind: 'fail' } : { kind: 'retry', reason: 'unauthorized' };
  if (status === 429) return { kind: 'retry', reason: 'rate-limited' };
  if (status === 400 && outcome.text.includes('SSS_REQUEST_LIMIT_EXCEEDED')) return { kind: 'retry', reason: 'rate-limited' };
  if (status >= 500) return { kind: 'retry', reason: 'server-error' };
  return { kind: 'fail' };
}

function failureOf(outcome: Attempt, endpoint: string, secrets: readonly Secret[]): NetSuiteFailure {
  if (outcome.kind === 'no-response') {
    return { endpoint, status: null, errorCode: null, detail: redact(outcome.cause.message, secrets) };
  }
  const scrub = (text: string): string => redact(text, secrets);
  const { errorCode, detail } = errorDetailsOf(outcome.text, scrub);
  return {
    endpoint,
    status: outcome.status,
    errorCode: errorCode === null ? null : scrub(errorCode),
    detail: detail === null ? null : scrub(detail),
  };
}

/**
 * Reads NetSuite's two error shapes: REST `o:errorDetails[]` and RESTlet `{error: {code, message}}`.
 * Text that is not JSON is scrubbed before it is cut short: a secret cut in two would no longer match.
 */
function errorDetailsOf(text: string, scrub: (text: string) => string): { errorCode: string | null; detail: string | null } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const trimmed = scrub(text).trim();
    if (trimmed.startsWith('<')) return { errorCode: null, detail: htmlPageDetail(trimmed) };
    return { errorCode: null, detail: trimmed === '' ? null : trimmed.slice(0, 300) };
  }
  if (!isRecord(body)) return { errorCode: null, detail: null };
  const details = body['o:errorDetails'];
  if (Array.isArray(details) && isRecord(details[0])) {
    return { errorCode: stringOrNull(details[0]['o:errorCode']), detail: stringOrNull(details[0]['detail']) };
  }
  const error = body['error'];
  if (isRecord(error)) return { errorCode: stringOrNull(error['code']), detail: stringOrNull(error['message']) };
  // OAuth 2.0 (RFC 6749 §5.2): {"error": "invalid_grant", "error_description": "…"}.
  if (typeof error === 'string') return { errorCode: error, detail: stringOrNull(body['error_description']) };
  return { errorCode: null, detail: stringOrNull(body['title']) };
}

/** An HTML page (a proxy's, a load balancer's, a login page) named by its title, never quoted as markup. */
function htmlPageDetail(html: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.replace(/\s+/g, ' ').trim().slice(0, 120) ?? '';
  return title === '' ? "an HTML page instead of NetSuite's JSON" : `an HTML page titled "${title.replaceAll('"', "'")}" instead of NetSuite's JSON`;
}

/**
 * Nothing listens at that address, the name does not resolve, or fetch refuses the port outright
 * (the Fetch standard's "bad port" list): a wrong URL, not a busy NetSuite, so retrying only delays
 * the answer. (Resets and timeouts are retried: those happen under load.) node:http reports the
 * code on the error itself, fetch on its cause.
 */
function isUnreachable(error: unknown): boolean {
  const outer = error as { code?: unknown; cause?: { code?: unknown; message?: unknown } } | null;
  const code = outer?.code ?? outer?.cause?.code;
  return code === 'ECONNREFUSED' || code === 'ENOTFOUND' || outer?.cause?.message === 'bad port';
}

function finalError(failure: NetSuiteFailure, outcome: Attempt, authHint: string): NetSuiteError {
  if (outcome.kind === 'no-response') {
    return new NetSuiteUnavailableError(`${failure.endpoint} could not be reached (${failure.detail ?? 'network error'}).`, failure, {
      hint: 'Check the account id, the file\'s operator.endpoints or NETSUITE_REST_URL / NETSUITE_RESTLETS_URL if set, and the network path to NetSuite.',
      cause: outcome.cause,
    });
  }
  if (outcome.status === 401) {
    return new NetSuiteAuthError(`NetSuite refused the credentials for ${failure.endpoint} twice in a row (${summarizeFailure(failure)}).`, failure, {
      hint: authHint,
    });
  }
  const message = `NetSuite answered ${failure.endpoint} with ${summarizeFailure(failure)}.`;
  if (outcome.status >= 300 && outcome.status < 400) {
    return new NetSuiteError(message, failure, {
      hint: 'NetSuite redirected the request: the account may live on another domain. Set NETSUITE_REST_URL / NETSUITE_RESTLETS_URL to the URLs shown under Setup > Company > Company Information > Company URLs.',
    });
  }
  // NetSuite names its errors; a bare 404 is an address that is not NetSuite's API (a wrong port, path or domain).
  if (outcome.status === 404 && failure.errorCode === null) {
    return new NetSuiteError(message, failure, {
      hint: 'The address may not be NetSuite\'s: check the account id, the file\'s operator.endpoints or NETSUITE_REST_URL / NETSUITE_RESTLETS_URL if set (the URLs under Setup > Company > Company Information > Company URLs).',
    });
  }
  return new NetSuiteError(message, failure, {
    hint: "Check the account id and that the role has the REST Web Services and SuiteAnalytics Workbook permissions; NetSuite's own words are in the message.",
  });
}

function exhausted(failure: NetSuiteFailure, outcome: Attempt, attempts: number, elapsedMs: number, timeoutMs: number): NetSuiteUnavailableError {
  const tries = `${attempts} attempt${attempts === 1 ? '' : 's'} over ${Math.round(elapsedMs / 1000)}s`;
  const message =
    outcome.kind === 'response'
      ? `NetSuite answered ${failure.endpoint} with ${summarizeFailure(failure)}, still after ${tries}.`
      : outcome.reason === 'timeout'
        ? `${failure.endpoint} gave no answer within ${formatTimeout(timeoutMs)}, in ${tries}.`
        : `${failure.endpoint} could not be reached (${failure.detail ?? 'network error'}), in ${tries}.`;
  return new NetSuiteUnavailableError(message, failure, {
    hint: exhaustedHint(outcome),
    ...(outcome.kind === 'no-response' ? { cause: outcome.cause } : {}),
  });
}

/** What to do depends on how it failed: a server that accepts and never answers is not a busy account. */
function exhaustedHint(outcome: Attempt): string {
  if (outcome.kind === 'no-response' && outcome.reason === 'timeout') {
    return 'The server accepted the connection but sent no answer. If NetSuite is slow today, allow longer with --timeout 5m (or NETSUITE_TIMEOUT=5m); if NETSUITE_REST_URL or NETSUITE_RESTLETS_URL is set, check that it points at NetSuite.';
  }
  if (outcome.kind === 'no-response') {
    return 'The connection kept failing. Check the network path to NetSuite (proxy, VPN, firewall), or NETSUITE_REST_URL / NETSUITE_RESTLETS_URL if set, then try again.';
  }
  return "NetSuite is busy (other integrations share the account's concurrency limit). Try again later, or lower NETSUITE_CONCURRENCY.";
}

/** A third of the timeout, between 50 ms and 10 s: a person sees progress well before the request gives up. */
export function waitingNoticeMs(timeoutMs: number): number {
  return Math.min(10_000, Math.max(50, Math.floor(timeoutMs / 3)));
}

export const MIN_REQUEST_TIMEOUT_MS = 100;
/** NetSuite cuts a request off at 15 minutes itself. */
export const MAX_REQUEST_TIMEOUT_MS = 15 * 60_000;

/** `90s`, `5m`, `500ms`, or a bare number of seconds, as milliseconds; null when it is not one of those in range. */
export function parseRequestTimeout(text: string): number | null {
  const match = /^(\d+)(ms|s|m)?$/.exec(text.trim());
  if (match === null) return null;
  const unit = match[2] ?? 's';
  const ms = Number(match[1]) * (unit === 'ms' ? 1 : unit === 's' ? 1000 : 60_000);
  return ms >= MIN_REQUEST_TIMEOUT_MS && ms <= MAX_REQUEST_TIMEOUT_MS ? ms : null;
}

/** How a duration reads in messages: `60s`, `5m`, `500ms`. */
export function formatTimeout(ms: number): string {
  // A minute reads as 60s, as the help gives the default; minutes from two on.
  if (ms % 60_000 === 0 && ms >= 120_000) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}

function oversized(endpoint: string, maxBytes: number): NetSuiteError {
  return new NetSuiteError(
    `The answer to ${endpoint} is larger than ${Math.round(maxBytes / (1024 * 1024))} MB, far more than NetSuite sends for one page, so it was not read.`,
    { endpoint, status: null, errorCode: null, detail: null },
    { hint: 'Check that NETSUITE_REST_URL / NETSUITE_RESTLETS_URL (if set) point at NetSuite, not at a proxy or another service.' },
  );
}

/** The run's signal and the request's, as one; undefined when there is neither. */
function eitherSignal(run: AbortSignal | undefined, request: AbortSignal | undefined): AbortSignal | undefined {
  if (run === undefined || request === undefined) return run ?? request;
  return AbortSignal.any([run, request]);
}

/**
 * `pending`, or a cancellation as soon as `stop` aborts. An access-token exchange is shared by every
 * request of its mapping, so a request that is stopped stops waiting for it, not the exchange.
 */
function untilStopped<T>(pending: Promise<T>, endpoint: string, stop: AbortSignal | undefined): Promise<T> {
  // send() checks the signal just before: it cannot have been aborted already.
  if (stop === undefined) return pending;
  // A signal of this wait's own: the run's signal is shared by every request, and a listener on it per
  // request would pass Node's limit of ten and print a warning onto the terminal.
  const own = AbortSignal.any([stop]);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => { reject(cancelled(endpoint)); };
    own.addEventListener('abort', onAbort, { once: true });
    pending.then(resolve, reject).finally(() => { own.removeEventListener('abort', onAbort); });
  });
}

function cancelled(endpoint: string): NetSuiteCancelledError {
  return new NetSuiteCancelledError(`The request ${endpoint} was cancelled.`, { endpoint, status: null, errorCode: null, detail: null });
}

/** Retry-After in seconds or as an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function retryAfterMs(value: string | null, nowMs: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

/**
 * A network error as text only: undici's errors can hold the request, so the original object is not
 * kept; its message and code are redacted and copied.
 */
function sanitizedCause(error: unknown, secrets: readonly Secret[]): Error {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    // Node's messages often start with their code already ("connect ECONNREFUSED …"): not said twice.
    parts.push(typeof code === 'string' && !current.message.includes(code) ? `${current.message} (${code})` : current.message);
    current = current.cause;
  }
  return new Error(redact(parts.length === 0 ? String(error) : parts.join(': '), secrets));
}

/**
 * What one Authorization value puts on the wire that a server could echo on its own: the whole value,
 * a Bearer token, an OAuth 1.0a signature (as sent, percent-encoded, and decoded).
 */
function secretsIn(authorization: string | null): Secret[] {
  if (authorization === null) return [];
  const found = [new Secret(authorization)];
  const bearer = /^Bearer\s+(\S+)/i.exec(authorization)?.[1];
  if (bearer !== undefined) found.push(new Secret(bearer));
  const signature = /oauth_signature="([^"]*)"/.exec(authorization)?.[1];
  if (signature !== undefined) {
    found.push(new Secret(signature));
    try {
      found.push(new Secret(decodeURIComponent(signature)));
    } catch {
      // Not percent-encoded after all: the value as sent is already listed.
    }
  }
  return found;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** NETSUITE_TIMEOUT (which `--timeout` sets): the per-request timeout, checked before the first request. */
export function requestTimeoutFromEnv(env: Environment): Pick<RetryPolicy, 'requestTimeoutMs'> | null {
  const raw = env['NETSUITE_TIMEOUT']?.trim() ?? '';
  if (raw === '') return null;
  const ms = parseRequestTimeout(raw);
  if (ms === null) {
    throw new UsageError(`NETSUITE_TIMEOUT (or --timeout) must be a duration from ${formatTimeout(MIN_REQUEST_TIMEOUT_MS)} to ${formatTimeout(MAX_REQUEST_TIMEOUT_MS)}, such as 90s, 5m or 500ms, not "${raw.slice(0, 20)}".`, {
      hint: `Leave it unset for ${formatTimeout(DEFAULT_RETRY_POLICY.requestTimeoutMs)}.`,
    });
  }
  return { requestTimeoutMs: ms };
}
