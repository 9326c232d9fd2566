import type { Secret } from '../secrets/secret.js';
import type { TbaCredentials } from '../secrets/credentials.js';
import { secretsOf } from '../secrets/credentials.js';
import type { HttpMethod, RequestSigner } from './signer.js';

/**
 * What makes one request count as someone's: the transport asks for an Authorization value on every
 * attempt (OAuth 1.0a signs each attempt afresh; a Bearer authorizer hands out a cached access token)
 * and never sees the credentials behind it.
 */
export interface Authorizer {
  /** The `Authorization` header value for one attempt of `method url`; null sends none (the token request itself). */
  authorize(method: HttpMethod, url: string): Promise<string | null>;
  /** Every secret this authorizer can put on the wire, so errors and debug output can redact them. */
  readonly secrets: readonly Secret[];
  /**
   * NetSuite refused an attempt made with `authorization` (401): forget it if it is still what is
   * cached, before the one retry. A refusal of a value already replaced leaves the replacement alone.
   */
  refused?(authorization: string | null): void;
}

/** TBA: OAuth 1.0a HMAC-SHA256 with one token's four values (SPEC §2). */
export function tbaAuthorizer(signer: RequestSigner, credentials: TbaCredentials): Authorizer {
  return {
    authorize: (method, url) => Promise.resolve(signer(method, url, credentials)),
    secrets: secretsOf(credentials),
  };
}
