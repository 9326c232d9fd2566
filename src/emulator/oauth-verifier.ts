import { parseOAuthHeader, type OAuthHeaderParameters } from './oauth-header.js';
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
  | 'nonce_used'
  /** [INF] Undocumented codes for the authorization flow: the integration lacks "TBA: Authorization Flow", or oauth_callback is not its Callback URL. */
  | 'authorization_flow_disabled'
  | 'callback_rejected';

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

type Rejection = Extract<Authentication, { ok: false }>;

/** A step of the authorization flow: who signed (the integration) and the header's parameters. */
export type FlowAuthentication = { readonly ok: true; readonly integration: IntegrationRecord; readonly parameters: OAuthHeaderParameters } | Rejection;

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
    const screened = this.#screen(request, ['oauth_token'], { realmRequired: true });
    if (!screened.ok) return { ...screened.rejection, token: null };
    const { parameters, timestamp, nowSeconds, integration } = screened;
    let token: TokenRecord | null = null;
    const reject = (reason: RejectionReason, explanation: string): Authentication => ({ ok: false, reason, explanation, integration, token });
    const get = (name: string): string => parameters.get(name) ?? '';

    const credentials = this.store.credentialsOfTokenKey(get('oauth_token'));
    token = credentials === undefined ? null : (this.store.token(credentials.tokenInternalId) ?? null);
    if (credentials === undefined || token === null) return reject('token_rejected', 'No token has this token id.');
    if (token.integrationId !== integration.id) return reject('token_rejected', `The token belongs to another integration than ${integration.name}.`);

    const signature = this.#checkSignature(request, parameters, integration.consumerSecret, credentials.tokenSecret, timestamp, nowSeconds);
    if (signature !== null) return reject(...signature);

    if (token.revoked) return reject('token_rejected', 'The token is revoked.');
    if (token.inactive) return reject('token_rejected', 'The token is inactive.');
    return { ok: true, integration, token, tokenKey: get('oauth_token'), consumerKey: get('oauth_consumer_key') };
  }

  /**
   * Steps one and three of the TBA authorization flow, which sign without an access token:
   * `requesttoken` carries `oauth_callback` and no token, signed with `consumerSecret&`; `accesstoken`
   * carries the request token and `oauth_verifier`, signed with `consumerSecret&requestTokenSecret`.
   * The realm "is no longer required" for step three as of 2020.1 [DOC section_156537025868]; [INF] the
   * same is assumed for step one, and a realm that is sent must still be the account's.
   */
  verifyAuthorizationStep(request: ReceivedRequest, step: 'requesttoken' | 'accesstoken', requestTokenSecret: (token: string) => string | null): FlowAuthentication {
    const screened = this.#screen(request, step === 'requesttoken' ? ['oauth_callback'] : ['oauth_token', 'oauth_verifier'], { realmRequired: false });
    if (!screened.ok) return screened.rejection;
    const { parameters, timestamp, nowSeconds, integration } = screened;
    const reject = (reason: RejectionReason, explanation: string): FlowAuthentication => ({ ok: false, reason, explanation, integration, token: null });
    let tokenSecret = '';
    if (step === 'accesstoken') {
      const secret = requestTokenSecret(parameters.get('oauth_token') ?? '');
      if (secret === null) return reject('token_rejected', 'No pending request token has this oauth_token, or it expired or was already exchanged.');
      tokenSecret = secret;
    }
    const signature = this.#checkSignature(request, parameters, integration.consumerSecret, tokenSecret, timestamp, nowSeconds);
    if (signature !== null) return reject(...signature);
    return { ok: true, integration, parameters };
  }

  /** What every signed request must pass before its token matters: header, method, realm, nonce, timestamp, consumer. */
  #screen(
    request: ReceivedRequest,
    alsoRequired: readonly string[],
    options: { readonly realmRequired: boolean },
  ): { readonly ok: true; readonly parameters: OAuthHeaderParameters; readonly timestamp: number; readonly nowSeconds: number; readonly integration: IntegrationRecord } | { readonly ok: false; readonly rejection: Rejection } {
    let integration: IntegrationRecord | null = null;
    const reject = (reason: RejectionReason, explanation: string): { ok: false; rejection: Rejection } => ({ ok: false, rejection: { ok: false, reason, explanation, integration, token: null } });
    const header = parseOAuthHeader(request.authorization);
    if (!header.ok) return reject('MissingTokenPassportRequiredFields', `${header.problem}.`);
    const parameters = header.parameters;
    const required = [...(options.realmRequired ? ['realm'] : []), 'oauth_consumer_key', ...alsoRequired, 'oauth_nonce', 'oauth_timestamp', 'oauth_signature_method', 'oauth_signature'];
    const missing = required.filter((name) => !parameters.has(name));
    if (missing.length > 0) return reject('MissingTokenPassportRequiredFields', `The Authorization header lacks ${missing.join(', ')}.`);
    const get = (name: string): string => parameters.get(name) ?? '';

    if (get('oauth_signature_method') !== 'HMAC-SHA256') {
      return reject('signature_method_rejected', `The signature method ${get('oauth_signature_method')} is not supported; only HMAC-SHA256 is.`);
    }
    const version = parameters.get('oauth_version');
    if (version !== undefined && version !== '1.0') return reject('version_rejected', `oauth_version must be 1.0 when present, not ${version}.`);
    const realm = parameters.get('realm');
    if (realm !== undefined && realm !== this.store.account) {
      return reject('InvalidRealm', `The realm ${JSON.stringify(realm)} is not the account id ${this.store.account} (exact case, underscore).`);
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
    return { ok: true, parameters, timestamp, nowSeconds, integration };
  }

  /** Null when the signature matches and the nonce is fresh; else the rejection. */
  #checkSignature(request: ReceivedRequest, parameters: OAuthHeaderParameters, consumerSecret: string, tokenSecret: string, timestamp: number, nowSeconds: number): [RejectionReason, string] | null {
    const baseUri = normalizedBaseUri(request.scheme, request.hostHeader, request.path);
    if (baseUri === null) return ['InvalidSignature', 'The Host header is not host[:port], so no signature can match.'];
    const signed: ParameterPair[] = [...request.query];
    for (const [name, value] of parameters) {
      if (name !== 'realm' && name !== 'oauth_signature') signed.push([name, value]);
    }
    const baseString = signatureBaseString({ method: request.method, baseUri, parameters: signed });
    if (!signatureMatches(baseString, consumerSecret, tokenSecret, parameters.get('oauth_signature') ?? '')) {
      return ['InvalidSignature', 'The signature does not match the request (method, URL as received, query and oauth parameters) under these secrets.'];
    }
    if (!this.nonces.claim(timestamp, parameters.get('oauth_nonce') ?? '', nowSeconds)) return ['nonce_used', 'This nonce was already used with this timestamp.'];
    return null;
  }
}
