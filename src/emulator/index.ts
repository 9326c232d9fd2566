import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { ConfigError } from '../support/errors.js';
import { AccessTokenRegistry, type AccessTokenSubjectForm } from './access-tokens.js';
import { AccountStore } from './account-store.js';
import { CLIENTS_PATH_PREFIX } from './certificates-api.js';
import { CertificateStore, MAX_ACTIVE_CERTIFICATES_PER_INTEGRATION, certificateState, type CertificateState } from './certificate-store.js';
import { RequestCounters } from './counters.js';
import { FaultInjector, faultOptionsProblem, type FaultOptions } from './faults.js';
import { ConcurrencyGate } from './governance.js';
import { algorithmsForKey, type AssertionAlgorithm } from './jws.js';
import { OAuthVerifier } from './oauth-verifier.js';
import { SuiteQLEngine } from './suiteql-engine.js';
import { LoginRecorder } from './login-recorder.js';
import type { CertificateKeyAlgorithm, EmulatorSeed } from './seed.js';
import { materializeMappings, type SeededMapping } from './seed-certificates.js';
import { semanticProblems } from './seed-validation.js';
import { createEmulatorServer, type EmulatorRuntime, type InFlightRequest, type OriginRole } from './server.js';
import { StateWatch } from './state-watch.js';
import { generateTlsMaterial } from './tls-certificate.js';
import type { EmulatorOrigins, OriginLayout } from './origins.js';
import { certificateSnapshot, tokenSnapshot, type EmulatorSnapshot } from './snapshot.js';
import { CONTROL_PREFIX } from './control-api.js';
import { OAUTH2_TOKEN_PATH } from './token-endpoint.js';

export type { EmulatorSeed } from './seed.js';
export type { EmulatorCertificateSnapshot, EmulatorSnapshot, EmulatorTokenSnapshot } from './snapshot.js';
export type { EmulatorCounters } from './counters.js';
export type { FaultEndpoint, FaultKind, FaultOptions } from './faults.js';
export type { EmulatorOrigins, OriginLayout } from './origins.js';
export type { InFlightRequest } from './server.js';
export { DEFAULT_FAULT_KINDS, FAULT_ENDPOINTS, FAULT_KINDS } from './faults.js';
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
  /**
   * Time from a NetSuite request's arrival to its reply (not the control endpoint's). The emulator does
   * the request's work meanwhile, as NetSuite's servers answer concurrent requests side by side; work
   * that takes longer delays the reply.
   */
  readonly latencyMs?: number;
  /** REST and RESTlet requests in flight at once, across both; NetSuite's smallest account limit (5) by default. */
  readonly concurrencyLimit?: number;
  /**
   * Seeded fault injection: `rate` of the NetSuite requests (or of those to `endpoints`) get one of
   * `kinds` instead of an answer; `reset-after` performs the request and loses the reply.
   */
  readonly faults?: FaultOptions;
  /**
   * For tests: awaited while a NetSuite request holds its concurrency slot, before its answer and its
   * latency start, so a test can keep requests in flight for exactly as long as it needs.
   */
  readonly holdInFlight?: (request: InFlightRequest) => Promise<void>;
  /** How access tokens name their role and entity in `sub` (default `role;entity`, as Oracle documents it). */
  readonly accessTokenSubject?: AccessTokenSubjectForm;
}

/** A seeded M2M mapping as a test or the demo signs in with it. Holds private keys: never print it. */
export interface EmulatorM2MCredentials {
  readonly mapping: string;
  /** The integration's client ID (its consumer key): the `iss` of assertions. */
  readonly clientId: string;
  readonly integrationId: string;
  readonly entityId: string;
  readonly roleId: string;
  /** `<REST origin>/services/rest/auth/oauth2/v1/token`: where to POST, and the `aud` of assertions. */
  readonly tokenUrl: string;
  /** `<RESTlets origin>/services/rest/auth/oauth2/v1/clients/<clientId>/certificates`. */
  readonly certificatesUrl: string;
  /** The seed's certificates of the mapping, in the seed's order, with their state now. */
  readonly certificates: readonly EmulatorM2MCertificate[];
  /** The last of `certificates` that is active and whose key the emulator holds; null when none is. */
  readonly current: EmulatorM2MCertificate | null;
}

export interface EmulatorM2MCertificate {
  /** The `kid` of assertions. */
  readonly certificateId: string;
  readonly keyAlgorithm: CertificateKeyAlgorithm;
  /** The JWS algorithm to sign with: PS256 for RSA, ES256/ES384/ES512 for P-256/P-384/P-521. */
  readonly algorithm: AssertionAlgorithm;
  /** PKCS#8 PEM; null when the seed gave only the certificate. */
  readonly privateKeyPem: string | null;
  readonly certificatePem: string;
  readonly validUntil: string;
  readonly state: CertificateState;
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
  /** Keys and ids of a seeded M2M mapping, by its `name` in the seed; undefined for an unknown name. */
  m2mCredentials(mapping: string): EmulatorM2MCredentials | undefined;
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
  const faultProblem = options.faults === undefined ? null : faultOptionsProblem(options.faults);
  if (faultProblem !== null) throw new RangeError(faultProblem);
  if (!Number.isInteger(port) || port < 0 || port > (layout === 'split' && port !== 0 ? 65_533 : 65_535)) throw new RangeError('port must be a TCP port number (the split layout uses three from it).');

  const seededMappings = await materializeMappings(options.seed, now());
  checkSeededCapacity(seededMappings, now());
  const tls = options.tls === true ? generateTlsMaterial() : null;
  const scheme = tls === null ? 'http' : 'https';
  const store = new AccountStore(await loadSqlEngine(), options.seed);
  const certificates = new CertificateStore(store);
  for (const seeded of seededMappings) for (const certificate of seeded.certificates) certificates.addSeeded(certificate.record);
  const accessTokens = new AccessTokenRegistry(store.account, now, options.accessTokenSubject);
  const counters = new RequestCounters();
  const gate = new ConcurrencyGate(concurrencyLimit);
  const faults = new FaultInjector(options.faults);
  const closing = new AbortController();
  let origins: EmulatorOrigins = { rest: '', restlets: '', system: '' };
  const snapshot = (): EmulatorSnapshot => ({
    account: store.account,
    tokens: store.tokens().map((token) => tokenSnapshot(store, token)),
    certificates: certificates.all().map((certificate) => certificateSnapshot(store, certificate, now())),
    loginAuditRows: store.loginAuditRowCount(),
    counters: {
      requestsByPath: counters.requestsByPath(),
      inFlight: gate.inFlight,
      peakInFlight: gate.peakInFlight,
      overLimit: counters.overLimit,
      faultsInjected: faults.counts(),
      authenticationFailures: counters.authenticationFailures,
      suiteqlWithoutPreferTransient: counters.suiteqlWithoutPreferTransient,
      accessTokensIssued: accessTokens.issuedCount,
      tokenRequestsRefused: counters.tokenRequestsRefused,
    },
  });
  const watch = new StateWatch(snapshot);
  const runtime: EmulatorRuntime = {
    store,
    certificates,
    accessTokens,
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
    m2mCredentials: (name) => {
      const seeded = seededMappings.find((candidate) => candidate.mapping.name === name);
      return seeded === undefined ? undefined : m2mCredentialsOf(seeded, options.seed, certificates, origins, now());
    },
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

/** NetSuite allows at most five active certificates per integration record; a seed cannot start with more. */
function checkSeededCapacity(mappings: readonly SeededMapping[], now: Date): void {
  const active = new Map<string, number>();
  for (const { mapping, certificates } of mappings) {
    for (const { record } of certificates) {
      if (certificateState(record, now) === 'active') active.set(mapping.integration, (active.get(mapping.integration) ?? 0) + 1);
    }
  }
  const over = [...active].filter(([, count]) => count > MAX_ACTIVE_CERTIFICATES_PER_INTEGRATION);
  if (over.length === 0) return;
  throw new ConfigError(
    over.map(([integration, count]) => ({
      file: '(seed given to startEmulator)',
      line: 1,
      column: 1,
      pointer: '/mappings',
      message: `Integration ${integration} has ${count} active certificates across its mappings; NetSuite allows at most ${MAX_ACTIVE_CERTIFICATES_PER_INTEGRATION}. Revoke or remove some.`,
    })),
    { hint: 'Correct the seed; a certificate counts as active until it is revoked or expires.' },
  );
}

function m2mCredentialsOf(seeded: SeededMapping, seed: EmulatorSeed, certificates: CertificateStore, origins: EmulatorOrigins, now: Date): EmulatorM2MCredentials {
  const { mapping } = seeded;
  const clientId = seed.integrations.find((integration) => integration.id === mapping.integration)?.consumerKey ?? '';
  const entries = seeded.certificates.map(({ record, privateKeyPem }): EmulatorM2MCertificate => {
    const current = certificates.byId(record.id) ?? record;
    return {
      certificateId: record.id,
      keyAlgorithm: record.keyAlgorithm,
      algorithm: algorithmsForKey(record.keyAlgorithm)[0] ?? 'ES256',
      privateKeyPem,
      certificatePem: record.pem,
      validUntil: record.validUntil.toISOString(),
      state: certificateState(current, now),
    };
  });
  return {
    mapping: mapping.name,
    clientId,
    integrationId: mapping.integration,
    entityId: mapping.entity,
    roleId: mapping.role,
    tokenUrl: `${origins.rest}${OAUTH2_TOKEN_PATH}`,
    certificatesUrl: `${origins.restlets}${CLIENTS_PATH_PREFIX}${clientId}/certificates`,
    certificates: entries,
    current: entries.findLast((entry) => entry.state === 'active' && entry.privateKeyPem !== null) ?? null,
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
