import { RuntimeFailure } from '../support/errors.js';

/**
 * What went wrong talking to NetSuite. Every field is safe to print: `endpoint` is the method and the
 * URL without its query (the revoketoken query carries credentials), `detail` has been redacted.
 */
export interface NetSuiteFailure {
  /** `POST https://1234567.suitetalk.api.netsuite.com/services/rest/query/v1/suiteql` */
  readonly endpoint: string;
  /** HTTP status, or null when no response arrived (network error, timeout). */
  readonly status: number | null;
  /** `o:errorCode` (REST) or `error.code` (RESTlets), when NetSuite sent one. */
  readonly errorCode: string | null;
  readonly detail: string | null;
}

interface NetSuiteErrorOptions {
  readonly hint?: string;
  readonly cause?: unknown;
}

/** NetSuite answered with an error that retrying will not fix, or with a body the operator cannot read. */
export class NetSuiteError extends RuntimeFailure implements NetSuiteFailure {
  readonly endpoint: string;
  readonly status: number | null;
  readonly errorCode: string | null;
  readonly detail: string | null;

  constructor(message: string, failure: NetSuiteFailure, options: NetSuiteErrorOptions = {}) {
    // The message quotes what the server sent; it reaches terminals, logs and the status file.
    super(printable(message), options);
    this.endpoint = failure.endpoint;
    this.status = failure.status;
    this.errorCode = failure.errorCode;
    this.detail = failure.detail;
  }
}

/**
 * NetSuite refused the signature or the token (401), twice in a row. Not proof that the token is
 * revoked: NetSuite also answers 401 under load, and state is only ever read through SuiteQL.
 */
export class NetSuiteAuthError extends NetSuiteError {}

/** NetSuite could not be reached or kept failing until the attempts or the time budget ran out. */
export class NetSuiteUnavailableError extends NetSuiteError {}

/** The caller cancelled (Ctrl-C, SIGTERM) while a request was pending or waiting to be retried. */
export class NetSuiteCancelledError extends NetSuiteError {}

/** `401 INVALID_LOGIN: Invalid login attempt` — the status, NetSuite's code and its own words, on one line. */
export function summarizeFailure(failure: NetSuiteFailure): string {
  const status = failure.status === null ? 'no response' : String(failure.status);
  const code = failure.errorCode === null ? '' : ` ${oneLine(failure.errorCode)}`;
  const detail = failure.detail === null || failure.detail.trim() === '' ? '' : `: ${oneLine(failure.detail).replace(/\.$/, '')}`;
  return `${status}${code}${detail}`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}

// C0 and C1 controls and the bidi overrides and isolates: a server's text could otherwise move the
// cursor, retitle the terminal or reorder what a reader sees.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text from a server made safe to print: each unprintable character shown as its `\uXXXX` escape. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
