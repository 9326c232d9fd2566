import { createHmac, randomBytes } from 'node:crypto';
import OAuth from 'oauth-1.0a';
import type { Clock } from '../ports.js';
import type { TbaCredentials } from '../secrets/credentials.js';

/** Returns a fresh nonce for every request; injected so tests can pin it. */
export type NonceSource = () => string;

export type HttpMethod = 'GET' | 'POST';

export interface SignerOptions {
  /** The account's realm, `1234567_SB1` (see resolveEndpoints). */
  readonly realm: string;
  readonly clock: Clock;
  readonly nonce?: NonceSource;
}

/** Signs one request and returns the value of its `Authorization` header. */
export type RequestSigner = (method: HttpMethod, url: string, credentials: TbaCredentials) => string;

export interface SignatureResult {
  readonly baseString: string;
  /** Base64 HMAC-SHA256, before the percent-encoding the header applies. */
  readonly signature: string;
}

const SIGNATURE_METHOD = 'HMAC-SHA256';
const NONCE_LENGTH = 20;
const NONCE_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * TBA signing (OAuth 1.0a, HMAC-SHA256 — NetSuite accepts nothing else since 2023.1). The query
 * parameters are signed but stay in the URL, never in the header; the realm is in the header but
 * not in the base string; each request gets its own timestamp and 20-character nonce.
 */
export function createSigner(options: SignerOptions): RequestSigner {
  const nextNonce = options.nonce ?? randomNonce;
  return (method, url, credentials) => {
    const protocol: Record<string, string> = {
      oauth_consumer_key: credentials.consumerKey.reveal(),
      oauth_nonce: nextNonce(),
      oauth_signature_method: SIGNATURE_METHOD,
      oauth_timestamp: String(Math.floor(options.clock.now().getTime() / 1000)),
      oauth_token: credentials.tokenId.reveal(),
      oauth_version: '1.0',
    };
    const { signature } = signatureFor(method, url, protocol, credentials.consumerSecret.reveal(), credentials.tokenSecret.reveal());
    return authorizationHeader(options.realm, { ...protocol, oauth_signature: signature });
  };
}

/** The parts of one step of the TBA authorization flow that differ from an ordinary signed request. */
export interface FlowSigning {
  readonly consumerKey: string;
  readonly consumerSecret: string;
  /** The request token (step three); null for step one, which signs without a token. */
  readonly token: string | null;
  /** The request token's secret (step three); empty for step one, whose key is `consumerSecret&`. */
  readonly tokenSecret: string;
  /** `oauth_callback` (step one) or `oauth_verifier` (step three): signed and sent in the header. */
  readonly protocol: Readonly<Record<string, string>>;
}

/**
 * Signs a step of the three-step authorization flow [DOC section_156338994830, section_156537025868]:
 * the same rules as {@link createSigner}, with the step's own protocol parameters and no token in step one.
 */
export function signFlowStep(options: SignerOptions, method: HttpMethod, url: string, step: FlowSigning): string {
  const protocol: Record<string, string> = {
    ...step.protocol,
    oauth_consumer_key: step.consumerKey,
    oauth_nonce: (options.nonce ?? randomNonce)(),
    oauth_signature_method: SIGNATURE_METHOD,
    oauth_timestamp: String(Math.floor(options.clock.now().getTime() / 1000)),
    oauth_version: '1.0',
  };
  if (step.token !== null) protocol['oauth_token'] = step.token;
  const { signature } = signatureFor(method, url, protocol, step.consumerSecret, step.tokenSecret);
  return authorizationHeader(options.realm, { ...protocol, oauth_signature: signature });
}

/**
 * The RFC 5849 base string and signature for a request: method, normalised base URI (scheme and host
 * lower-case, default port dropped), and the sorted, percent-encoded protocol and query parameters.
 * Protocol parameters are given whole so Oracle's worked examples (oauth_callback, oauth_verifier)
 * can be reproduced.
 */
export function signatureFor(
  method: HttpMethod,
  url: string,
  protocolParameters: Readonly<Record<string, string>>,
  consumerSecret: string,
  tokenSecret: string,
): SignatureResult {
  const target = new URL(url);
  const request = { method, url: `${target.protocol}//${target.host}${target.pathname}`, data: queryParameters(target) };
  const oauth = new OAuth({ consumer: { key: '', secret: consumerSecret }, signature_method: SIGNATURE_METHOD, hash_function: hmacSha256 });
  // The library merges into the objects it is given; pass copies so callers' values stay as they were.
  const oauthData = { ...protocolParameters } as unknown as OAuth.Data;
  return {
    baseString: oauth.getBaseString({ ...request, data: { ...request.data } }, { ...oauthData }),
    signature: oauth.getSignature({ ...request, data: { ...request.data } }, tokenSecret, { ...oauthData }),
  };
}

/** `OAuth realm="…", oauth_…="…"` with every value percent-encoded (RFC 5849 §3.5.1). */
function authorizationHeader(realm: string, parameters: Readonly<Record<string, string>>): string {
  const oauth = new OAuth({ consumer: { key: '', secret: '' }, realm, signature_method: SIGNATURE_METHOD, hash_function: hmacSha256 });
  return oauth.toHeader(parameters as unknown as OAuth.Authorization).Authorization;
}

/**
 * The query as name → value(s), decoded the way RFC 5849 §3.4.1.3.1 says (form decoding, `+` is a
 * space); the library re-encodes them with RFC 3986 rules, so `+` and `%20` sign the same.
 */
function queryParameters(url: URL): Record<string, string | string[]> {
  const parameters: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const existing = parameters[name];
    if (existing === undefined) parameters[name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else parameters[name] = [existing, value];
  }
  return parameters;
}

function hmacSha256(baseString: string, key: string): string {
  return createHmac('sha256', key).update(baseString).digest('base64');
}

/** 20 characters from [A-Za-z0-9], uniformly chosen from the system CSPRNG. */
export function randomNonce(): string {
  let nonce = '';
  while (nonce.length < NONCE_LENGTH) {
    for (const byte of randomBytes(NONCE_LENGTH * 2)) {
      // 248 = 4 × 62: rejecting larger bytes keeps every character equally likely.
      if (byte < 248 && nonce.length < NONCE_LENGTH) nonce += NONCE_ALPHABET.charAt(byte % NONCE_ALPHABET.length);
    }
  }
  return nonce;
}
