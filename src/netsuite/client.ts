import { UsageError } from '../support/errors.js';
import type { ChangeExecutor, Clock, Environment, TokenDirectory } from '../ports.js';
import { operatorSignIn } from '../secrets/operator-credentials.js';
import { tbaAuthorizer } from './authorizer.js';
import { NetSuiteChangeExecutor } from './change-executor.js';
import { resolveEndpoints } from './endpoints.js';
import type { NetSuiteEndpoints } from './endpoints.js';
import { createSigner } from './signer.js';
import type { NonceSource } from './signer.js';
import { SuiteQlTokenDirectory } from './token-directory.js';
import { NetSuiteTransport, requestTimeoutFromEnv } from './transport.js';
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
  readonly executor: ChangeExecutor;
  readonly endpoints: NetSuiteEndpoints;
  /** Requests in flight at most (NETSUITE_CONCURRENCY). */
  readonly concurrency: number;
}

export const DEFAULT_CONCURRENCY = 2;
const MAX_CONCURRENCY = 50;

/**
 * Wires one account: endpoints from the account id (or the overrides), the operator's sign-in (its own
 * token, or a bundle in NETSUITE_CREDENTIALS), one transport (so observing and changing share the
 * concurrency limit).
 */
export function createNetSuiteClient(options: NetSuiteClientOptions): NetSuiteClient {
  const endpoints = resolveEndpoints(options.account, options.env);
  const concurrency = concurrencyFromEnv(options.env);
  const retryPolicy = { ...requestTimeoutFromEnv(options.env), ...options.retryPolicy };
  const operator = operatorSignIn(options.env, options.account);
  const signer = createSigner({ realm: endpoints.realm, clock: options.clock, ...(options.nonce === undefined ? {} : { nonce: options.nonce }) });
  const transport = new NetSuiteTransport({
    fetch: options.fetch,
    clock: options.clock,
    concurrency,
    policy: retryPolicy,
    ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
    ...(options.random === undefined ? {} : { random: options.random }),
    ...(options.onEvent === undefined ? {} : { onEvent: options.onEvent }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  return {
    directory: new SuiteQlTokenDirectory({ account: options.account, endpoints, transport, authorizer: tbaAuthorizer(signer, operator.credentials), clock: options.clock }),
    executor: new NetSuiteChangeExecutor({ endpoints, transport, signer }),
    endpoints,
    concurrency,
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
