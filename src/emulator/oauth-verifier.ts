import { parseOAuthHeader } from './oauth-header.js';
import { normalizedBaseUri, signatureBaseString, signatureMatches, type ParameterPair } from './oauth-signature.js';
import { NonceRegistry } from './nonce-registry.js';
import type { AccountStore, IntegrationRecord, TokenRecord } from './account-store.js';

/**
 * Why a request was not authenticated. NetSuite answers every one of them with the same generic 401;
 * the specific code only shows in the Login Audit Trail's Detail column (and, here, in the
 * WWW-Authenticate header). Codes are NetSuite's where it documents one.
 */
export type RejectionReason =
  | 'MissingTokenPassportRequiredFields'
  | 'signature_method_rejected'
  | 'version_rejected'
  | 'InvalidRealm'
  | 'nonce_rejected'
  | 'InvalidTimestamp'
  | 'consumer_key_unknown'
  | 'consumer_key_refused'
  | 'token_rejected'
  | 'InvalidSignature'
  | 'nonce_used';

/** What the server saw, before any interpretation: the URL exactly as received. */
export interface ReceivedRequest {
  readonly method: string;
  readonly scheme: 'http' | 'https';
  /** The Host header, `host[:port]`. */
  readonly hostHeader: string;
  /** The path as sent, still percent-encoded, without the query. */
  readonly path: string;
  /** Query parameters, percent-decoded, in the order sent. */
  readonly query: readonly ParameterPair[];
  readonly authorization: string | undefined;
}

export type Authentication =
  | { readonly ok: true; readonly integration: IntegrationRecord; readonly token: TokenRecord; readonly tokenKey: string; readonly consumerKey: string }
  | {
      readonly ok: false;
      readonly reason: RejectionReason;
      /** One sentence for logs and tests; never sent to the client. */
      readonly explanation: string;
      /** What was identified before the rejection, for the Login Audit Trail. */
      readonly integration: IntegrationRecord | null;
      readonly token: TokenRecord | null;
    };

/** NetSuite accepts timestamps within five minutes of its clock. */
export const TIMESTAMP_WINDOW_SECONDS = 300;
const MIN_NONCE_LENGTH = 6;

/**
 * Verifies TBA (OAuth 1.0a, HMAC-SHA256) requests the way NetSuite documents it: realm equal to the
 * account id, query parameters in the base string, nonce and timestamp rules, and a consumer and token
 * that exist, belong together and are usable.
 */
export class OAuthVerifier {
  private readonly nonces = new NonceRegistry(TIMESTAMP_WINDOW_SECONDS);

  constructor(
    private readonly store: AccountStore,
    private readonly now: () => Date,
  ) {}

  verify(request: ReceivedRequest): Authentication {
    let integration: IntegrationRecord | null = null;
    let token: TokenRecord | null = null;
    const reject = (reason: RejectionReason, explanation: string): Authentication => ({ ok: false, reason, explanation, integration, token });

    const header = parseOAuthHeader(request.authorization);
    if (!header.ok) return reject('MissingTokenPassportRequiredFields', `${header.problem}.`);
    const parameters = header.parameters;
    const missing = ['realm', 'oauth_consumer_key', 'oauth_token', 'oauth_nonce', 'oauth_timestamp', 'oauth_signature_method', 'oauth_signature'].filter(
      (name) => !parameters.has(name),
    );
    if (missing.length > 0) return reject('MissingTokenPassportRequiredFields', `The Authorization header lacks ${missing.join(', ')}.`);
    const get = (name: string): string => parameters.get(name) ?? '';

    if (get('oauth_signature_method') !== 'HMAC-SHA256') {
      return reject('signature_method_rejected', `The signature method ${get('oauth_signature_method')} is not supported; only HMAC-SHA256 is.`);
    }
    const version = parameters.get('oauth_version');
    if (version !== undefined && version !== '1.0') return reject('version_rejected', `oauth_version must be 1.0 when present, not ${version}.`);
    if (get('realm') !== this.store.account) {
      return reject('InvalidRealm', `The realm ${JSON.stringify(get('realm'))} is not the account id ${this.store.account} (exact case, underscore).`);
    }
    if (get('oauth_nonce').length < MIN_NONCE_LENGTH) return reject('nonce_rejected', `The nonce is shorter than ${MIN_NONCE_LENGTH} characters.`);

    const nowSeconds = Math.floor(this.now().getTime() / 1000);
    const timestampText = get('oauth_timestamp');
    const timestamp = /^\d{1,12}$/.test(timestampText) ? Number(timestampText) : Number.NaN;
    if (Number.isNaN(timestamp)) return reject('InvalidTimestamp', 'The timestamp is not a number of seconds.');
    if (Math.abs(timestamp - nowSeconds) > TIMESTAMP_WINDOW_SECONDS) {
      return reject('InvalidTimestamp', `The timestamp is ${timestamp - nowSeconds} s away from the server clock; at most ±${TIMESTAMP_WINDOW_SECONDS} s is accepted.`);
    }

    integration = this.store.integrationByKey(get('oauth_consumer_key')) ?? null;
    if (integration === null) return reject('consumer_key_unknown', 'No integration record has this consumer key.');
    if (integration.state === 'blocked') return reject('consumer_key_refused', `The integration ${integration.name} is blocked.`);
    // [INF] NetSuite's detail code for a record without the Token-based Authentication box is not documented.
    if (!integration.grants.includes('tba')) return reject('consumer_key_refused', `The integration ${integration.name} does not have Token-based Authentication checked.`);

    const credentials = this.store.credentialsOfTokenKey(get('oauth_token'));
    token = credentials === undefined ? null : (this.store.token(credentials.tokenInternalId) ?? null);
    if (credentials === undefined || token === null) return reject('token_rejected', 'No token has this token id.');
    if (token.integrationId !== integration.id) return reject('token_rejected', `The token belongs to another integration than ${integration.name}.`);

    const baseUri = normalizedBaseUri(request.scheme, request.hostHeader, request.path);
    if (baseUri === null) return reject('InvalidSignature', 'The Host header is not host[:port], so no signature can match.');
    const signed: ParameterPair[] = [...request.query];
    for (const [name, value] of parameters) {
      if (name !== 'realm' && name !== 'oauth_signature') signed.push([name, value]);
    }
    const baseString = signatureBaseString({ method: request.method, baseUri, parameters: signed });
    if (!signatureMatches(baseString, integration.consumerSecret, credentials.tokenSecret, get('oauth_signature'))) {
      return reject('InvalidSignature', 'The signature does not match the request (method, URL as received, query and oauth parameters) under these secrets.');
    }
    if (!this.nonces.claim(timestamp, get('oauth_nonce'), nowSeconds)) return reject('nonce_used', 'This nonce was already used with this timestamp.');

    if (token.revoked) return reject('token_rejected', 'The token is revoked.');
    if (token.inactive) return reject('token_rejected', 'The token is inactive.');
    return { ok: true, integration, token, tokenKey: get('oauth_token'), consumerKey: get('oauth_consumer_key') };
  }
}
