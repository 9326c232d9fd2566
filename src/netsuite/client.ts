import { UsageError } from '../support/errors.js';
import type { CertificateDirectory, ChangeExecutor, Clock, Environment, TokenDirectory } from '../ports.js';
import { NetSuiteCertificateDirectory } from './certificate-directory.js';
import { operatorSignIn } from '../secrets/operator-credentials.js';
import { tbaAuthorizer } from './authorizer.js';
import { TbaAuthorizationFlow } from './authorization-flow.js';
import { NetSuiteChangeExecutor } from './change-executor.js';
import { resolveEndpoints } from './endpoints.js';
import type { EndpointOverrides, NetSuiteEndpoints } from './endpoints.js';
import type { Credentials } from '../secrets/credentials.js';
import type { Authorizer } from './authorizer.js';
import { AccessTokenCache, accessTokenSubject, m2mAuthorizer } from './m2m-authorizer.js';
import { createSigner } from './signer.js';
import type { NonceSource } from './signer.js';
import { SuiteQlTokenDirectory } from './token-directory.js';
import { NetSuiteTransport, requestTimeoutFromEnv } from './transport.js';
import type { RetryPolicy, Sleep, TransportEvent } from './transport.js';
import { nodeHttpExchange } from './http-exchange.js';
import type { HttpExchange } from './http-exchange.js';

export interface NetSuiteClientOptions {
  /** The account as the desired-state file names it (`1234567_SB1`). */
  readonly account: string;
  readonly env: Environment;
  /** The file's `operator.credentials` (env:NAME of a bundle), which overrides the NETSUITE_* sign-in. */
  readonly operatorCredentials?: string | null;
  /** The file's `operator.endpoints`. */
  readonly endpoints?: EndpointOverrides;
  /** How requests reach NetSuite; node:http(s) unless a test or the benchmark watches the traffic. */
  readonly exchange?: HttpExchange;
  readonly clock: Clock;
  /** Retries and responses for --debug; never carries secrets. */
  readonly onEvent?: (event: TransportEvent) => void;
  readonly signal?: AbortSignal;
  /** Injected by tests and the benchmark; production uses the defaults. */
  readonly nonce?: NonceSource;
  readonly sleep?: Sleep;
  readonly random?: () => number;
  readonly retryPolicy?: Partial<RetryPolicy>;
}

export interface NetSuiteClient {
  readonly directory: TokenDirectory;
  readonly certificates: CertificateDirectory;
  readonly executor: ChangeExecutor;
  readonly endpoints: NetSuiteEndpoints;
  /** Who the operator signs in as: its TBA token, or its M2M mapping's client id and certificate id. */
  readonly signedInAs: OperatorIdentity;
  /** Under M2M sign-in, the entity and role of the operator's own mapping, from its access token; null under TBA or when NetSuite's token does not say. */
  operatorMapping(): Promise<{ readonly clientId: string; readonly entity: string; readonly role: string } | null>;
  /** An authorizer acting as the given credentials (a mapping's own token for its certificates); one token exchange per mapping per run. */
  authorizerFor(credentials: Credentials): Authorizer;
  /** Requests in flight at most (NETSUITE_CONCURRENCY). */
  readonly concurrency: number;
  /** The three-step TBA authorization flow (`rotate`), on the same transport. */
  readonly authorizationFlow: TbaAuthorizationFlow;
}

export const DEFAULT_CONCURRENCY = 2;
const MAX_CONCURRENCY = 50;

/**
 * Wires one account: endpoints from the account id (or the overrides), the operator's sign-in (its own
 * token, or a bundle in NETSUITE_CREDENTIALS), one transport (so observing and changing share the
 * concurrency limit).
 */
export function createNetSuiteClient(options: NetSuiteClientOptions): NetSuiteClient {
  const endpoints = resolveEndpoints(options.account, options.env, options.endpoints ?? {});
  const concurrency = concurrencyFromEnv(options.env);
  const retryPolicy = { ...requestTimeoutFromEnv(options.env), ...options.retryPolicy };
  const operator = operatorSignIn(options.env, options.account, options.operatorCredentials ?? null);
  const signer = createSigner({ realm: endpoints.realm, clock: options.clock, ...(options.nonce === undefined ? {} : { nonce: options.nonce }) });
  const transport = new NetSuiteTransport({
    exchange: options.exchange ?? nodeHttpExchange(),
    clock: options.clock,
    concurrency,
    policy: retryPolicy,
    ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
    ...(options.random === undefined ? {} : { random: options.random }),
    ...(options.onEvent === undefined ? {} : { onEvent: options.onEvent }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  const accessTokens = new AccessTokenCache();
  const authorizerFor = (credentials: Credentials): Authorizer => {
    switch (credentials.kind) {
      case 'tba':
        return tbaAuthorizer(signer, credentials);
      case 'm2m':
        return m2mAuthorizer({ transport, restOrigin: endpoints.rest, credentials, clock: options.clock, cache: accessTokens });
    }
  };
  const operatorCredentials = operator.credentials;
  const operatorAuthorizer = authorizerFor(operatorCredentials);
  const operatorMapping = async (): Promise<{ clientId: string; entity: string; role: string } | null> => {
    if (operatorCredentials.kind !== 'm2m') return null;
    const token = await m2mAuthorizer({ transport, restOrigin: endpoints.rest, credentials: operatorCredentials, clock: options.clock, cache: accessTokens }).accessToken();
    const subject = accessTokenSubject(token.reveal());
    return subject === null ? null : { clientId: operatorCredentials.clientId, ...subject };
  };
  return {
    directory: new SuiteQlTokenDirectory({ account: options.account, endpoints, transport, authorizer: operatorAuthorizer, clock: options.clock }),
    certificates: new NetSuiteCertificateDirectory({
      endpoints,
      transport,
      authorizerFor,
      accessToken: (credentials) => m2mAuthorizer({ transport, restOrigin: endpoints.rest, credentials, clock: options.clock, cache: accessTokens }).accessToken(),
    }),
    executor: new NetSuiteChangeExecutor({ endpoints, transport, signer, authorizerFor }),
    endpoints,
    signedInAs: identityOf(operator.credentials),
    operatorMapping,
    authorizerFor,
    concurrency,
    authorizationFlow: new TbaAuthorizationFlow({ endpoints, transport, clock: options.clock, ...(options.nonce === undefined ? {} : { nonce: options.nonce }) }),
  };
}

export type OperatorIdentity =
  | { readonly kind: 'tba' }
  | { readonly kind: 'm2m'; readonly clientId: string; readonly certificateId: string };

function identityOf(credentials: Credentials): OperatorIdentity {
  switch (credentials.kind) {
    case 'tba':
      return { kind: 'tba' };
    case 'm2m':
      return { kind: 'm2m', clientId: credentials.clientId, certificateId: credentials.certificateId };
  }
}

/** NETSUITE_CONCURRENCY: a whole number from 1 to 50, default 2 (the account's limit is shared). */
export function concurrencyFromEnv(env: Environment): number {
  const raw = env['NETSUITE_CONCURRENCY']?.trim() ?? '';
  if (raw === '') return DEFAULT_CONCURRENCY;
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(value) || value < 1 || value > MAX_CONCURRENCY) {
    throw new UsageError(`NETSUITE_CONCURRENCY must be a whole number from 1 to ${MAX_CONCURRENCY}, not "${raw.slice(0, 20)}".`, {
      hint: `Leave it unset for ${DEFAULT_CONCURRENCY}; NetSuite's concurrency limit is shared by every integration of the account.`,
    });
  }
  return value;
}
