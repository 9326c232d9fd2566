import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { ConfigError } from '../support/errors.js';
import { AccountStore } from './account-store.js';
import { RequestCounters } from './counters.js';
import { FaultInjector, type FaultKind } from './faults.js';
import { ConcurrencyGate } from './governance.js';
import { OAuthVerifier } from './oauth-verifier.js';
import { SuiteQLEngine } from './suiteql-engine.js';
import { LoginRecorder } from './login-recorder.js';
import type { EmulatorSeed } from './seed.js';
import { semanticProblems } from './seed-validation.js';
import { createEmulatorServer, type EmulatorRuntime, type InFlightRequest, type OriginRole } from './server.js';
import { StateWatch } from './state-watch.js';
import { generateTlsMaterial } from './tls-certificate.js';
import type { EmulatorOrigins, OriginLayout } from './origins.js';
import { tokenSnapshot, type EmulatorSnapshot } from './snapshot.js';
import { CONTROL_PREFIX } from './control-api.js';

export type { EmulatorSeed } from './seed.js';
export type { EmulatorSnapshot, EmulatorTokenSnapshot } from './snapshot.js';
export type { EmulatorCounters } from './counters.js';
export type { FaultKind } from './faults.js';
export type { EmulatorOrigins, OriginLayout } from './origins.js';
export type { InFlightRequest } from './server.js';
export { FAULT_KINDS } from './faults.js';
export { loadSeedFile } from './seed-loader.js';
export { generateSeed } from './seed-generator.js';

export interface EmulatorOptions {
  /** The account's records and credentials (see loadSeedFile and generateSeed). */
  readonly seed: EmulatorSeed;
  /**
   * TCP port; 0 (the default) picks free ones. With split origins REST listens on `port`, RESTlets on
   * `port + 1` and the system domain on `port + 2`. The emulator always binds 127.0.0.1.
   */
  readonly port?: number;
  /** `split`: REST, RESTlets and the system domain on their own origins, as NetSuite has them. `shared` (the default): one origin for all. */
  readonly origins?: OriginLayout;
  /** Serve HTTPS with a certificate made at start (trust `tls.authorityPem`); clients then sign for `https://`. */
  readonly tls?: boolean;
  /** Clock for timestamp checks, revocation dates and login audit rows; the real clock by default. */
  readonly now?: () => Date;
  /** Added to every NetSuite response (not to the control endpoint). */
  readonly latencyMs?: number;
  /** REST and RESTlet requests in flight at once, across both; NetSuite's smallest account limit (5) by default. */
  readonly concurrencyLimit?: number;
  /** Seeded fault injection: `rate` of the NetSuite requests get one of `kinds` instead of an answer. */
  readonly faults?: { readonly rate: number; readonly seed: number; readonly kinds?: readonly FaultKind[] };
  /**
   * For tests: awaited while a NetSuite request holds its concurrency slot, before latency and its
   * answer, so a test can keep requests in flight for exactly as long as it needs.
   */
  readonly holdInFlight?: (request: InFlightRequest) => Promise<void>;
}

export interface RunningEmulator {
  /** Where each of NetSuite's hosts is served; all three are one origin when `origins` is `shared`. */
  readonly origins: EmulatorOrigins;
  /** The system origin (`origins.system`): the about page, the UI pages and the control endpoint. */
  readonly url: string;
  /** `${origins.system}/__emulator`: the control endpoint, which is NOT a NetSuite API. */
  readonly controlUrl: string;
  readonly accountId: string;
  /** With `tls`: the certificate authority a client must trust (public), and its SHA-256 fingerprint. */
  readonly tls: { readonly authorityPem: string; readonly authorityFingerprint: string } | null;
  close(): Promise<void>;
  state(): EmulatorSnapshot;
  /** Resolves once the state satisfies `condition` (re-checked at every request, slot and response change). */
  until(condition: (state: EmulatorSnapshot) => boolean, options?: { readonly timeoutMs?: number; readonly description?: string }): Promise<EmulatorSnapshot>;
}

let sqlEngine: Promise<SqlJsStatic> | undefined;

/** SQLite compiled to WebAssembly, loaded once per process. */
function loadSqlEngine(): Promise<SqlJsStatic> {
  sqlEngine ??= initSqlJs();
  return sqlEngine;
}

/**
 * Starts a local NetSuite: SuiteQL, rest/revoketoken, OAuth 1.0a verification, governance and faults
 * as NetSuite documents them, plus the control endpoint that plays the administrator. It listens on
 * 127.0.0.1 only and prints nothing (the CLI command does).
 */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const problems = semanticProblems(options.seed);
  if (problems.length > 0) {
    throw new ConfigError(
      problems.map((problem) => ({ file: '(seed given to startEmulator)', line: 1, column: 1, pointer: problem.path.map((segment) => `/${String(segment)}`).join(''), message: problem.message })),
      { hint: 'Correct the seed; loadSeedFile reports the same problems with line and column.' },
    );
  }
  const now = options.now ?? ((): Date => new Date());
  const latencyMs = options.latencyMs ?? 0;
  const concurrencyLimit = options.concurrencyLimit ?? 5;
  const layout = options.origins ?? 'shared';
  const port = options.port ?? 0;
  if (!Number.isInteger(concurrencyLimit) || concurrencyLimit < 1) throw new RangeError('concurrencyLimit must be a whole number of at least 1.');
  if (!(latencyMs >= 0)) throw new RangeError('latencyMs must be zero or more.');
  if (options.faults !== undefined && !(options.faults.rate >= 0 && options.faults.rate <= 1)) throw new RangeError('faults.rate must be between 0 and 1.');
  if (!Number.isInteger(port) || port < 0 || port > (layout === 'split' && port !== 0 ? 65_533 : 65_535)) throw new RangeError('port must be a TCP port number (the split layout uses three from it).');

  const tls = options.tls === true ? generateTlsMaterial() : null;
  const scheme = tls === null ? 'http' : 'https';
  const store = new AccountStore(await loadSqlEngine(), options.seed);
  const counters = new RequestCounters();
  const gate = new ConcurrencyGate(concurrencyLimit);
  const faults = new FaultInjector(options.faults);
  const closing = new AbortController();
  let origins: EmulatorOrigins = { rest: '', restlets: '', system: '' };
  const snapshot = (): EmulatorSnapshot => ({
    account: store.account,
    tokens: store.tokens().map((token) => tokenSnapshot(store, token)),
    loginAuditRows: store.loginAuditRowCount(),
    counters: {
      requestsByPath: counters.requestsByPath(),
      inFlight: gate.inFlight,
      peakInFlight: gate.peakInFlight,
      overLimit: counters.overLimit,
      faultsInjected: faults.counts(),
      authenticationFailures: counters.authenticationFailures,
      suiteqlWithoutPreferTransient: counters.suiteqlWithoutPreferTransient,
    },
  });
  const watch = new StateWatch(snapshot);
  const runtime: EmulatorRuntime = {
    store,
    verifier: new OAuthVerifier(store, now),
    suiteql: new SuiteQLEngine(store, now),
    logins: new LoginRecorder(store, now),
    counters,
    now,
    scheme,
    gate,
    faults,
    latencyMs,
    closing: closing.signal,
    snapshot,
    watch,
    origins: () => origins,
    holdInFlight: options.holdInFlight ?? null,
  };
  const roles: readonly OriginRole[] = layout === 'split' ? ['rest', 'restlets', 'system'] : ['shared'];
  const servers: Server[] = [];
  try {
    for (const [index, role] of roles.entries()) {
      const server = createEmulatorServer(runtime, role, tls);
      servers.push(server);
      await listen(server, port === 0 ? 0 : port + index);
    }
  } catch (error) {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    store.close();
    throw error;
  }
  const originOf = (server: Server | undefined): string => `${scheme}://127.0.0.1:${(server?.address() as AddressInfo | null)?.port ?? 0}`;
  origins = layout === 'split' ? { rest: originOf(servers[0]), restlets: originOf(servers[1]), system: originOf(servers[2]) } : { rest: originOf(servers[0]), restlets: originOf(servers[0]), system: originOf(servers[0]) };

  let closed: Promise<void> | undefined;
  return {
    origins,
    url: origins.system,
    controlUrl: `${origins.system}${CONTROL_PREFIX}`,
    accountId: store.account,
    tls: tls === null ? null : { authorityPem: tls.authorityPem, authorityFingerprint: tls.authorityFingerprint },
    state: snapshot,
    until: (condition, untilOptions) => watch.until(condition, untilOptions),
    close: () => {
      closed ??= (async () => {
        closing.abort();
        await Promise.all(
          servers.map(
            (server) =>
              new Promise<void>((resolve) => {
                server.close(() => { resolve(); });
                server.closeAllConnections();
              }),
          ),
        );
        store.close();
      })();
      return closed;
    },
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}
