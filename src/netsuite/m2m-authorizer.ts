import { SignJWT } from 'jose';
import type { Clock } from '../ports.js';
import type { M2mCredentials } from '../secrets/credentials.js';
import { Secret } from '../secrets/secret.js';
import type { Authorizer } from './authorizer.js';
import { NetSuiteAuthError, NetSuiteError } from './errors.js';
import type { NetSuiteTransport } from './transport.js';

/** SPEC §10: the OAuth 2.0 token endpoint, on the REST (SuiteTalk) origin. */
export const TOKEN_PATH = '/services/rest/auth/oauth2/v1/token';

/** An assertion lives this long: far under NetSuite's 60-minute ceiling, and long enough for retries. */
const ASSERTION_SECONDS = 300;
/** A cached access token is renewed this long before NetSuite says it expires. */
const RENEW_BEFORE_MS = 5 * 60_000;

export interface AccessToken {
  readonly value: Secret;
  readonly expiresAt: number;
}

/**
 * Access tokens by (client id, certificate id), in memory only (never written anywhere), and the
 * exchanges under way, so that every request of a run shares one.
 */
export class AccessTokenCache {
  readonly tokens = new Map<string, AccessToken>();
  readonly pending = new Map<string, Promise<AccessToken>>();
}

export interface M2mAuthorizerOptions {
  readonly transport: NetSuiteTransport;
  readonly restOrigin: string;
  readonly credentials: M2mCredentials;
  readonly clock: Clock;
  readonly cache: AccessTokenCache;
}

/**
 * OAuth 2.0 client credentials (SPEC §10, reference §7): a client assertion signed with the mapping's
 * key (`jose`; PS256 or ES256/384/512, never RS256) is exchanged for an access token, which then goes
 * out as `Bearer` on every request until five minutes before it expires. Concurrent requests share one
 * exchange. NetSuite refusing a request (401) drops the token, so the transport's one retry mints a
 * fresh one.
 */
export function m2mAuthorizer(options: M2mAuthorizerOptions): Authorizer & { accessToken(): Promise<Secret> } {
  const { credentials, cache, clock } = options;
  const key = `${credentials.clientId}\u0000${credentials.certificateId}`;
  const current = (): AccessToken | null => {
    const cached = cache.tokens.get(key);
    return cached !== undefined && clock.now().getTime() < cached.expiresAt - RENEW_BEFORE_MS ? cached : null;
  };
  const token = async (): Promise<AccessToken> => {
    const cached = current();
    if (cached !== null) return cached;
    let pending = cache.pending.get(key);
    if (pending === undefined) {
      pending = requestAccessToken(options).then((minted) => {
        cache.tokens.set(key, minted);
        return minted;
      }).finally(() => {
        cache.pending.delete(key);
      });
      cache.pending.set(key, pending);
    }
    return pending;
  };

  return {
    async authorize() {
      return `Bearer ${(await token()).value.reveal()}`;
    },
    get secrets() {
      const cached = cache.tokens.get(key);
      return cached === undefined ? [credentials.privateKey] : [credentials.privateKey, cached.value];
    },
    refused(authorization) {
      // Several requests may have gone out with the same token: the first refusal replaces it, and
      // the later ones must not drop the replacement (one new token per refused token, not per 401).
      const cached = cache.tokens.get(key);
      if (cached !== undefined && authorization === `Bearer ${cached.value.reveal()}`) cache.tokens.delete(key);
    },
    async accessToken() {
      return (await token()).value;
    },
  };
}

async function requestAccessToken(options: M2mAuthorizerOptions): Promise<AccessToken> {
  const { credentials, clock } = options;
  const url = `${options.restOrigin}${TOKEN_PATH}`;
  const issuedAt = Math.floor(clock.now().getTime() / 1000);
  const assertion = new Secret(await new SignJWT({ scope: ['rest_webservices'] })
    .setProtectedHeader({ typ: 'JWT', alg: credentials.signingKey.algorithm, kid: credentials.certificateId })
    .setIssuer(credentials.clientId)
    .setAudience(url)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ASSERTION_SECONDS)
    .sign(credentials.signingKey.key));
  let text: string;
  try {
    ({ text } = await options.transport.send({
      method: 'POST',
      url,
      form: { grant_type: 'client_credentials', client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: assertion.reveal() },
      authorizer: { authorize: () => Promise.resolve(null), secrets: [assertion, credentials.privateKey] },
      authHint: grantHint(null),
      // Requests already under way wait for this exchange: it goes first, as their retries do, and
      // passes a limiter held for a retry after a timeout, which may be the one waiting for it.
      precedence: 'retry',
    }));
  } catch (error) {
    if (error instanceof NetSuiteError && error.status === 400) {
      throw new NetSuiteAuthError(`NetSuite refused the client credentials grant for client ${credentials.clientId} with certificate ${credentials.certificateId} (${error.errorCode ?? 'HTTP 400'}${error.detail === null ? '' : `: ${error.detail}`}).`, error, { hint: grantHint(error.errorCode), cause: error });
    }
    throw error;
  }
  return parseTokenResponse(text, clock.now().getTime(), url);
}

/** What to check for each RFC 6749 §5.2 error NetSuite (or the emulator) answers the grant with [INF]. */
function grantHint(errorCode: string | null): string {
  return GRANT_HINTS[errorCode ?? ''] ?? 'Check the client id, the certificate id and the key: the certificate must be mapped to this integration, entity and role, and be active; the Login Audit Trail shows the exact reason.';
}

const GRANT_HINTS: Readonly<Record<string, string>> = {
  invalid_client: 'Check the certificate id (the JWT kid): it must be a certificate mapped to this integration in OAuth 2.0 Client Credentials (M2M) Setup, and not revoked or expired.',
  invalid_grant: "Check that the certificate is active and that this machine's clock is within a few minutes of NetSuite's.",
  unauthorized_client: 'Check that the integration record has the Client Credentials (Machine to Machine) grant checked and that the mapped role can log in using OAuth 2.0 access tokens.',
};

function parseTokenResponse(text: string, nowMs: number, url: string): AccessToken {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const accessToken = record['access_token'];
  // `expires_in` may arrive as a string (SPEC §10).
  const expiresIn = Number(record['expires_in']);
  if (typeof accessToken !== 'string' || accessToken === '' || !Number.isFinite(expiresIn) || expiresIn <= 0) {
    throw new NetSuiteError(`The answer to POST ${url} is not an access token.`, { endpoint: `POST ${url}`, status: 200, errorCode: null, detail: null }, {
      hint: 'Check that NETSUITE_REST_URL (if set) points at NetSuite.',
    });
  }
  return { value: new Secret(accessToken), expiresAt: nowMs + expiresIn * 1000 };
}

/**
 * The role and entity an access token acts as, from its `sub` claim (reference §7.3, rotation §1.4):
 * `role;entity`, or the five-field `account;?;role;entity;flag` [INF]. The token is not verified:
 * the operator only reads what NetSuite issued to it. Null for anything else.
 */
export function accessTokenSubject(token: string): { readonly role: string; readonly entity: string } | null {
  const payload = token.split('.')[1];
  if (payload === undefined) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const sub = typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>)['sub'] : undefined;
  if (typeof sub !== 'string') return null;
  const fields = sub.split(';');
  const [role, entity] = fields.length === 2 ? fields : fields.length === 5 ? [fields[2], fields[3]] : [];
  return role !== undefined && entity !== undefined && /^-?\d+$/.test(role) && /^-?\d+$/.test(entity) ? { role, entity } : null;
}
