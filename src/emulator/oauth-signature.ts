import { createHmac, timingSafeEqual } from 'node:crypto';
import { percentEncode } from './percent-encoding.js';

/** A request parameter as sent, already percent-decoded: `[name, value]`. Names may repeat. */
export type ParameterPair = readonly [name: string, value: string];

export interface BaseStringInput {
  /** HTTP method; upper-cased in the base string. */
  readonly method: string;
  /** `scheme://host[:port]/path` without query, as produced by {@link normalizedBaseUri}. */
  readonly baseUri: string;
  /**
   * Every signed parameter: the query parameters and the Authorization header's `oauth_*`
   * parameters except `realm` and `oauth_signature` (RFC 5849 §3.4.1.3).
   */
  readonly parameters: readonly ParameterPair[];
}

/**
 * The OAuth 1.0a signature base string (RFC 5849 §3.4.1; NetSuite "Generating the Signature"):
 * `METHOD & enc(base URI) & enc(normalized parameters)`, where the parameters are encoded, sorted by
 * name then value (byte order), joined as `name=value` with `&`.
 */
export function signatureBaseString(input: BaseStringInput): string {
  const normalized = input.parameters
    .map(([name, value]) => [percentEncode(name), percentEncode(value)] as const)
    .sort(([nameA, valueA], [nameB, valueB]) => compareBytes(nameA, nameB) || compareBytes(valueA, valueB))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  return `${input.method.toUpperCase()}&${percentEncode(input.baseUri)}&${percentEncode(normalized)}`;
}

/**
 * The base string URI of a request as the server received it (RFC 5849 §3.4.1.2): scheme and host in
 * lower case, the port only when it is not the scheme's default, the path exactly as sent.
 * Returns null when the Host header is not `host[:port]`.
 */
export function normalizedBaseUri(scheme: 'http' | 'https', hostHeader: string, path: string): string | null {
  const match = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(hostHeader);
  if (match === null) return null;
  const host = (match[1] ?? '').toLowerCase();
  const port = match[2];
  const defaultPort = scheme === 'http' ? '80' : '443';
  const authority = port === undefined || port === defaultPort ? host : `${host}:${port}`;
  return `${scheme}://${authority}${path === '' ? '/' : path}`;
}

/** HMAC-SHA256 over the base string with key `enc(consumerSecret)&enc(tokenSecret)`, Base64-encoded. */
export function hmacSha256Signature(baseString: string, consumerSecret: string, tokenSecret: string): string {
  const key = `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`;
  return createHmac('sha256', key).update(baseString, 'utf8').digest('base64');
}

/**
 * Whether `claimedSignature` (the decoded `oauth_signature` value) is the HMAC-SHA256 signature of the
 * base string under these secrets. Compared in constant time.
 */
export function signatureMatches(baseString: string, consumerSecret: string, tokenSecret: string, claimedSignature: string): boolean {
  const expected = Buffer.from(hmacSha256Signature(baseString, consumerSecret, tokenSecret), 'utf8');
  const claimed = Buffer.from(claimedSignature, 'utf8');
  return expected.length === claimed.length && timingSafeEqual(expected, claimed);
}

function compareBytes(a: string, b: string): number {
  // Encoded parameters are ASCII, so UTF-16 code unit order is byte order.
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
