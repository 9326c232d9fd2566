import type { FaultKind } from './faults.js';

/** What the emulator counts, so tests and benchmarks can check how a client behaved. */
export interface EmulatorCounters {
  /** Requests by path (without the query), NetSuite and control alike. */
  readonly requestsByPath: Readonly<Record<string, number>>;
  /** REST and RESTlet requests being answered right now, and the most there ever were at once. */
  readonly inFlight: number;
  readonly peakInFlight: number;
  /** Requests refused for being over the concurrency limit. */
  readonly overLimit: number;
  readonly faultsInjected: Readonly<Record<FaultKind, number>>;
  /** Requests refused with 401 by signature or token checks (injected spurious 401s not included). */
  readonly authenticationFailures: number;
  /** SuiteQL requests sent without `Prefer: transient` (NetSuite accepts them; clients should send it). */
  readonly suiteqlWithoutPreferTransient: number;
  /** OAuth 2.0 access tokens the token endpoint issued, and token requests it refused (400). */
  readonly accessTokensIssued: number;
  readonly tokenRequestsRefused: number;
}

export class RequestCounters {
  private readonly byPath = new Map<string, number>();
  overLimit = 0;
  authenticationFailures = 0;
  suiteqlWithoutPreferTransient = 0;
  tokenRequestsRefused = 0;

  countPath(path: string): void {
    this.byPath.set(path, (this.byPath.get(path) ?? 0) + 1);
  }

  requestsByPath(): Record<string, number> {
    return Object.fromEntries([...this.byPath].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}
