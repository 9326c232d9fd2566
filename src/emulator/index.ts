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
import { createEmulatorServer } from './server.js';
import { tokenSnapshot, type EmulatorSnapshot } from './snapshot.js';
import { CONTROL_PREFIX } from './control-api.js';

export type { EmulatorSeed } from './seed.js';
export type { EmulatorSnapshot, EmulatorTokenSnapshot } from './snapshot.js';
export type { EmulatorCounters } from './counters.js';
export type { FaultKind } from './faults.js';
export { FAULT_KINDS } from './faults.js';
export { loadSeedFile } from './seed-loader.js';
export { generateSeed } from './seed-generator.js';

export interface EmulatorOptions {
  /** The account's records and credentials (see loadSeedFile and generateSeed). */
  readonly seed: EmulatorSeed;
  /** TCP port; 0 (the default) picks a free one. The emulator always binds 127.0.0.1. */
  readonly port?: number;
  /** Clock for timestamp checks, revocation dates and login audit rows; the real clock by default. */
  readonly now?: () => Date;
  /** Added to every NetSuite response (not to the control endpoint). */
  readonly latencyMs?: number;
  /** REST and RESTlet requests in flight at once, across both; NetSuite's smallest account limit (5) by default. */
  readonly concurrencyLimit?: number;
  /** Seeded fault injection: `rate` of the NetSuite requests get one of `kinds` instead of an answer. */
  readonly faults?: { readonly rate: number; readonly seed: number; readonly kinds?: readonly FaultKind[] };
}

export interface RunningEmulator {
  /** Origin such as http://127.0.0.1:43121; REST, RESTlets, UI pages and control are all served here. */
  readonly url: string;
  /** `${url}/__emulator`: the control endpoint, which is NOT a NetSuite API. */
  readonly controlUrl: string;
  readonly accountId: string;
  close(): Promise<void>;
  state(): EmulatorSnapshot;
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
  if (!Number.isInteger(concurrencyLimit) || concurrencyLimit < 1) throw new RangeError('concurrencyLimit must be a whole number of at least 1.');
  if (!(latencyMs >= 0)) throw new RangeError('latencyMs must be zero or more.');
  if (options.faults !== undefined && !(options.faults.rate >= 0 && options.faults.rate <= 1)) throw new RangeError('faults.rate must be between 0 and 1.');

  const store = new AccountStore(await loadSqlEngine(), options.seed);
  const counters = new RequestCounters();
  const gate = new ConcurrencyGate(concurrencyLimit);
  const faults = new FaultInjector(options.faults);
  const closing = new AbortController();
  let url = '';
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
  const server = createEmulatorServer({
    store,
    verifier: new OAuthVerifier(store, now),
    suiteql: new SuiteQLEngine(store, now),
    logins: new LoginRecorder(store, now),
    counters,
    now,
    gate,
    faults,
    latencyMs,
    closing: closing.signal,
    snapshot,
    url: () => url,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => {
      store.close();
      reject(error);
    });
    server.listen(options.port ?? 0, '127.0.0.1', () => { resolve(); });
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let closed: Promise<void> | undefined;
  return {
    url,
    controlUrl: `${url}${CONTROL_PREFIX}`,
    accountId: store.account,
    state: snapshot,
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        closing.abort();
        server.close(() => {
          store.close();
          resolve();
        });
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
