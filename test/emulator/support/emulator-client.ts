import { request as httpsRequest } from 'node:https';
import type { RunningEmulator } from '../../../src/emulator/index.js';
import { authorizationHeader, type SigningOptions, type TestCredentials } from './test-signer.js';

export type EmulatorHost = 'rest' | 'restlets' | 'system';

/** The host NetSuite serves a path on: REST web services, the RESTlet domain, or the system (UI) domain. */
export function hostOf(path: string): EmulatorHost {
  if (path.startsWith('/services/rest')) return 'rest';
  if (path.startsWith('/rest/')) return 'restlets';
  return 'system';
}

export interface SignedCall {
  readonly method?: string;
  readonly path: string;
  /** Which origin to send to; by default the one NetSuite serves the path on. */
  readonly host?: EmulatorHost;
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
  const url = `${emulator.origins[call.host ?? hostOf(call.path)]}${call.path}`;
  const authorization = authorizationHeader({
    method,
    url,
    realm: emulator.accountId,
    credentials: call.credentials,
    timestamp: Math.floor(call.now.getTime() / 1000),
    ...call.signing,
  });
  return emulatorFetch(emulator, url, { method, headers: { authorization, ...call.headers }, ...(call.body === undefined ? {} : { body: call.body }) });
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
  return emulatorFetch(emulator, `${emulator.controlUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

export interface PlainRequest {
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

/**
 * fetch() for an emulator, plain or TLS. Over TLS the emulator's certificate authority is trusted for
 * this one request only (node:https with `ca`); nothing in the test process turns verification off.
 */
export function emulatorFetch(emulator: RunningEmulator, url: string, init: PlainRequest = {}): Promise<Response> {
  if (emulator.tls === null) return fetch(url, init);
  return trustingFetch(url, init, emulator.tls.authorityPem);
}

/** An HTTPS request that trusts `ca`, answered as a fetch Response. */
export function trustingFetch(url: string, init: PlainRequest, ca: string): Promise<Response> {
  return new Promise((resolve, reject) => {
    const outgoing = httpsRequest(url, { method: init.method ?? 'GET', headers: init.headers ?? {}, ca }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('error', reject);
      incoming.on('end', () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        resolve(new Response(chunks.length === 0 ? null : Buffer.concat(chunks), { status: incoming.statusCode ?? 0, headers }));
      });
    });
    outgoing.on('error', reject);
    outgoing.end(init.body);
  });
}
