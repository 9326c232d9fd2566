import type { Secret } from './secret.js';
import type { M2mKey } from './m2m-key.js';

/**
 * The credentials the operator can act with, by kind. Secret values are Secret wrappers: they reach a
 * request only through `reveal()` where it is signed, and nothing else can print them. A client id and
 * a certificate id are not secrets (SPEC §12.3 lets them be shown).
 */

/** The four values that sign a TBA request: the integration's consumer pair and the token's pair. */
export interface TbaCredentials {
  readonly kind: 'tba';
  readonly consumerKey: Secret;
  readonly consumerSecret: Secret;
  readonly tokenId: Secret;
  readonly tokenSecret: Secret;
}

/** An OAuth 2.0 client-credentials mapping's certificate: what signs its client assertions. */
export interface M2mCredentials {
  readonly kind: 'm2m';
  readonly clientId: string;
  readonly certificateId: string;
  /** The PEM, kept only to be delivered or redacted; signing uses `signingKey`. */
  readonly privateKey: Secret;
  readonly signingKey: M2mKey;
  /** From a bundle; null when the credentials came from separate variables. */
  readonly validUntil: string | null;
}

export type Credentials = TbaCredentials | M2mCredentials;

/** Every secret value a set of credentials holds, for redaction. */
export function secretsOf(credentials: Credentials): readonly Secret[] {
  switch (credentials.kind) {
    case 'tba':
      return [credentials.consumerKey, credentials.consumerSecret, credentials.tokenId, credentials.tokenSecret];
    case 'm2m':
      return [credentials.privateKey];
  }
}
