import type { RunningEmulator } from '../../../src/emulator/index.js';
import { authorizationHeader, type SigningOptions, type TestCredentials } from './test-signer.js';

export interface SignedCall {
  readonly method?: string;
  readonly path: string;
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly credentials: TestCredentials;
  readonly now: Date;
  /** Overrides of what is signed (a different URL, realm, nonce, ...) to provoke each rejection. */
  readonly signing?: Partial<Omit<SigningOptions, 'method' | 'credentials'>>;
}

/** Sends a request signed the way NetSuite expects (or tampered with through `signing`). */
export async function signedFetch(emulator: RunningEmulator, call: SignedCall): Promise<Response> {
  const method = call.method ?? 'GET';
  const url = `${emulator.url}${call.path}`;
  const authorization = authorizationHeader({
    method,
    url,
    realm: emulator.accountId,
    credentials: call.credentials,
    timestamp: Math.floor(call.now.getTime() / 1000),
    ...call.signing,
  });
  return fetch(url, { method, headers: { authorization, ...call.headers }, ...(call.body === undefined ? {} : { body: call.body }) });
}

export interface SuiteQLCall {
  readonly q: string;
  readonly limit?: number;
  readonly offset?: number;
  readonly credentials: TestCredentials;
  readonly now: Date;
}

export async function suiteql(emulator: RunningEmulator, call: SuiteQLCall): Promise<Response> {
  const query = [call.limit === undefined ? null : `limit=${call.limit}`, call.offset === undefined ? null : `offset=${call.offset}`].filter((part) => part !== null).join('&');
  return signedFetch(emulator, {
    method: 'POST',
    path: `/services/rest/query/v1/suiteql${query === '' ? '' : `?${query}`}`,
    body: JSON.stringify({ q: call.q }),
    headers: { 'content-type': 'application/json', prefer: 'transient' },
    credentials: call.credentials,
    now: call.now,
  });
}

export async function control(emulator: RunningEmulator, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${emulator.controlUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
