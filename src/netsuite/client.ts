import { UsageError } from '../support/errors.js';
import type { Clock, Environment, SelfRevoker, TokenDirectory } from '../ports.js';
import { Secret } from '../secrets/secret.js';
import type { TokenCredentials } from '../secrets/secret.js';
import { resolveEndpoints } from './endpoints.js';
import type { NetSuiteEndpoints } from './endpoints.js';
import { RestletSelfRevoker } from './self-revoker.js';
import { createSigner } from './signer.js';
import type { NonceSource } from './signer.js';
import { SuiteQlTokenDirectory } from './token-directory.js';
import { NetSuiteTransport } from './transport.js';
import type { RetryPolicy, Sleep, TransportEvent } from './transport.js';

export interface NetSuiteClientOptions {
  /** The account as the desired-state file names it (`1234567_SB1`). */
  readonly account: string;
  readonly env: Environment;
  readonly fetch: typeof fetch;
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
  readonly revoker: SelfRevoker;
  readonly endpoints: NetSuiteEndpoints;
  /** Requests in flight at most (NETSUITE_CONCURRENCY). */
  readonly concurrency: number;
}

export const DEFAULT_CONCURRENCY = 2;
const MAX_CONCURRENCY = 50;

/**
 * Wires one account: endpoints from the account id (or the overrides), the operator's own token from
 * NETSUITE_CONSUMER_KEY/SECRET and NETSUITE_TOKEN_ID/SECRET, one transport (so observing and revoking
 * share the concurrency limit).
 */
export function createNetSuiteClient(options: NetSuiteClientOptions): NetSuiteClient {
  const endpoints = resolveEndpoints(options.account, options.env);
  const concurrency = concurrencyFromEnv(options.env);
  const operator = operatorCredentials(options.env);
  const transport = new NetSuiteTransport({
    fetch: options.fetch,
    signer: createSigner({ realm: endpoints.realm, clock: options.clock, ...(options.nonce === undefined ? {} : { nonce: options.nonce }) }),
    clock: options.clock,
    concurrency,
    ...(options.retryPolicy === undefined ? {} : { policy: options.retryPolicy }),
    ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
    ...(options.random === undefined ? {} : { random: options.random }),
    ...(options.onEvent === undefined ? {} : { onEvent: options.onEvent }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  return {
    directory: new SuiteQlTokenDirectory({ account: options.account, endpoints, transport, credentials: operator, clock: options.clock }),
    revoker: new RestletSelfRevoker({ endpoints, transport }),
    endpoints,
    concurrency,
  };
}

/** The variables that hold the operator's own token (SPEC §7). */
const OPERATOR_VARIABLES = {
  consumerKey: 'NETSUITE_CONSUMER_KEY',
  consumerSecret: 'NETSUITE_CONSUMER_SECRET',
  tokenId: 'NETSUITE_TOKEN_ID',
  tokenSecret: 'NETSUITE_TOKEN_SECRET',
} as const;

/**
 * The operator's own token from the environment. Every missing or empty variable is named at once,
 * never a value. (Tokens declared in the desired-state file are resolved by buildDesiredState.)
 */
export function operatorCredentials(env: Environment): TokenCredentials {
  const missing = Object.values(OPERATOR_VARIABLES).filter((name) => (env[name] ?? '') === '');
  if (missing.length > 0) {
    throw new UsageError(`The environment variable${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set.`, {
      hint: "NETSUITE_CONSUMER_KEY/SECRET and NETSUITE_TOKEN_ID/SECRET hold the operator's own NetSuite token: the consumer key and secret of its integration record, and the token id and secret.",
    });
  }
  const secret = (name: string): Secret => new Secret(env[name] ?? '');
  return {
    consumerKey: secret(OPERATOR_VARIABLES.consumerKey),
    consumerSecret: secret(OPERATOR_VARIABLES.consumerSecret),
    tokenId: secret(OPERATOR_VARIABLES.tokenId),
    tokenSecret: secret(OPERATOR_VARIABLES.tokenSecret),
  };
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
