import { createHmac } from 'node:crypto';

/**
 * A deliberately small OAuth 1.0a signer for the emulator's tests, written apart from both the
 * emulator's verifier and the operator's client (src/netsuite), so a shared bug cannot hide. It can
 * also sign wrongly on purpose (realm, method, nonce, timestamp) to exercise each rejection.
 */
export interface TestCredentials {
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly tokenId: string;
  readonly tokenSecret: string;
}

export interface SigningOptions {
  readonly method: string;
  readonly url: string;
  readonly realm: string;
  readonly credentials: TestCredentials;
  readonly nonce?: string;
  readonly timestamp?: number;
  readonly signatureMethod?: string;
  /** null leaves oauth_version out. */
  readonly version?: string | null;
  /** Leave these oauth parameters out of the header. */
  readonly omit?: readonly string[];
  /** Replace the computed signature. */
  readonly signature?: string;
}

let nonceCounter = 0;

/** RFC 3986 encoding via encodeURIComponent, plus the five characters it leaves alone. */
export function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function baseString(method: string, url: string, oauthParameters: Readonly<Record<string, string>>): string {
  const parsed = new URL(url);
  const pairs: [string, string][] = [...parsed.searchParams.entries(), ...Object.entries(oauthParameters)].map(([name, value]) => [rfc3986(name), rfc3986(value)]);
  pairs.sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  const normalized = pairs.map(([name, value]) => `${name}=${value}`).join('&');
  const baseUri = `${parsed.protocol}//${parsed.host}${parsed.pathname}`.toLowerCase();
  return [method.toUpperCase(), rfc3986(baseUri), rfc3986(normalized)].join('&');
}

export function sign(text: string, consumerSecret: string, tokenSecret: string, algorithm: 'sha256' | 'sha1' = 'sha256'): string {
  return createHmac(algorithm, `${rfc3986(consumerSecret)}&${rfc3986(tokenSecret)}`).update(text).digest('base64');
}

export function authorizationHeader(options: SigningOptions): string {
  const signatureMethod = options.signatureMethod ?? 'HMAC-SHA256';
  const parameters: Record<string, string> = {
    oauth_consumer_key: options.credentials.consumerKey,
    oauth_token: options.credentials.tokenId,
    oauth_nonce: options.nonce ?? `nonce${String(Date.now())}${String((nonceCounter += 1)).padStart(8, '0')}`,
    oauth_timestamp: String(options.timestamp ?? Math.floor(Date.now() / 1000)),
    oauth_signature_method: signatureMethod,
  };
  if (options.version !== null) parameters['oauth_version'] = options.version ?? '1.0';
  const omitted = new Set(options.omit ?? []);
  const sent = Object.fromEntries(Object.entries(parameters).filter(([name]) => !omitted.has(name)));
  const signature = options.signature ?? sign(baseString(options.method, options.url, sent), options.credentials.consumerSecret, options.credentials.tokenSecret, signatureMethod === 'HMAC-SHA1' ? 'sha1' : 'sha256');
  const header = { realm: options.realm, ...sent, oauth_signature: signature };
  return `OAuth ${Object.entries(header).map(([name, value]) => `${name}="${rfc3986(value)}"`).join(', ')}`;
}
