import type { Secret } from './secret.js';

/**
 * The credentials the operator can act with, by kind. Values are Secret wrappers: they reach a request
 * only through `reveal()` where it is signed, and nothing else can print them.
 */

/** The four values that sign a TBA request: the integration's consumer pair and the token's pair. */
export interface TbaCredentials {
  readonly kind: 'tba';
  readonly consumerKey: Secret;
  readonly consumerSecret: Secret;
  readonly tokenId: Secret;
  readonly tokenSecret: Secret;
}

/** Every secret value a set of credentials holds, for redaction. */
export function secretsOf(credentials: TbaCredentials): readonly Secret[] {
  return [credentials.consumerKey, credentials.consumerSecret, credentials.tokenId, credentials.tokenSecret];
}
