import type { TokenState } from './kinds/tba-token/token.js';

/**
 * The desired state after loading: the file's entries normalised for planning. Durations are
 * milliseconds; credentials are reduced to what planning needs to know (never secret values).
 */

export type UnmanagedPolicy = 'ignore' | 'report' | 'inactivate';

export interface Policy {
  readonly unmanaged: UnmanagedPolicy;
  /** Rotation is due when a token is older than this (from its creation date); null = never. */
  readonly maxAgeMs: number | null;
  /** A token with no successful login for this long is flagged `unused`; null = never. */
  readonly unusedForMs: number | null;
  /** Blast-radius guard: the most non-blocked changes one apply may make. */
  readonly maxChangesPerRun: number;
}

export const DEFAULT_POLICY: Policy = {
  unmanaged: 'report',
  maxAgeMs: null,
  unusedForMs: null,
  maxChangesPerRun: 10,
};

/** Which token a desired entry means. `id` wins; otherwise the name narrowed by the other fields. */
export interface TokenSelector {
  readonly id: string | null;
  readonly name: string | null;
  readonly application: string | null;
  readonly user: string | null;
  readonly role: string | null;
}

/**
 * What the environment says about an entry's `credentials` references, decided outside the domain:
 * - `none`: the entry declares no credentials (only an administrator can revoke it);
 * - `resolved`: every referenced variable is set, so `revoke` can go through `rest/revoketoken`;
 * - `unresolved`: some variables are not set (their NAMES are listed, never values).
 */
export type CredentialAvailability =
  | { readonly status: 'none' }
  | { readonly status: 'resolved' }
  | { readonly status: 'unresolved'; readonly missing: readonly string[] };

/** Where an entry came from, so messages can point at the file. */
export interface SourcePosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly pointer: string;
}

export interface DesiredToken {
  /** The entry's place in the file (`/tokens/3`): how a change finds the credentials of the entry that asked for it. */
  readonly key: string;
  readonly selector: TokenSelector;
  readonly state: TokenState;
  readonly owner: string | null;
  readonly protect: boolean;
  /** Overrides the policy's maxAge for this token. */
  readonly maxAgeMs: number | null;
  readonly credentials: CredentialAvailability;
  /** True when this entry's token id resolves to the operator's own (NETSUITE_TOKEN_ID or its bundle's). */
  readonly isOperator: boolean;
  /** Where `rotate` delivers the new bundle (SPEC §13), as for a certificate mapping; absent means none. */
  readonly deliver?: readonly DeliveryTarget[];
  readonly source: SourcePosition | null;
}

export const CERTIFICATE_ALGORITHMS = ['ec-p256', 'ec-p384', 'ec-p521', 'rsa-3072', 'rsa-4096'] as const;
export type CertificateAlgorithm = (typeof CERTIFICATE_ALGORITHMS)[number];

/** What a key of each algorithm signs client assertions with, as its bundle names it (JWS); NetSuite lists only EC or RSA. */
export const SIGNING_ALGORITHMS: { readonly [A in CertificateAlgorithm]: 'ES256' | 'ES384' | 'ES512' | 'PS256' } = {
  'ec-p256': 'ES256',
  'ec-p384': 'ES384',
  'ec-p521': 'ES512',
  // NetSuite refuses RS256; RSA keys sign with PSS.
  'rsa-3072': 'PS256',
  'rsa-4096': 'PS256',
};

/** SPEC §11 `rotation:`, with its defaults applied; durations in milliseconds. */
export interface RotationPolicy {
  readonly algorithm: CertificateAlgorithm;
  readonly validityMs: number;
  readonly renewBeforeMs: number;
  readonly overlapMs: number;
}

/** SPEC §12.2: where a new bundle goes. */
export type DeliveryTarget = (
  | { readonly kind: 'github'; readonly repository: string | null; readonly environment: string | null; readonly secret: string }
  | { readonly kind: 'aws'; readonly secretId: string; readonly region: string | null }
  | { readonly kind: 'file'; readonly path: string }
) & {
  /**
   * Where the file writes the target (a file target's `path:` value), so that a store's refusal points
   * at it rather than at its mapping; null when it did not come from a file. Never part of its identity.
   */
  readonly source: SourcePosition | null;
};

/** A declared OAuth 2.0 client-credentials mapping (SPEC §11). */
export interface DesiredMapping {
  /** The entry's place in the file (`/certificates/0`). */
  readonly key: string;
  /** The name the file gives it: its identity everywhere. */
  readonly mapping: string;
  readonly clientId: string;
  readonly entity: string;
  readonly role: string;
  readonly state: 'active' | 'revoked';
  readonly owner: string | null;
  readonly protect: boolean;
  readonly credentials: CredentialAvailability;
  /** The certificate id of the bundle its credentials name, when it resolves (an id is not a secret). */
  readonly bundleCertificateId: string | null;
  /** When that bundle says its certificate expires (ISO-8601); null when it does not resolve. */
  readonly bundleValidUntil: string | null;
  /** True when this is the mapping the operator itself signs in with. */
  readonly isOperator: boolean;
  readonly rotation: RotationPolicy | null;
  readonly deliver: readonly DeliveryTarget[];
  readonly source: SourcePosition | null;
}

export interface DesiredState {
  readonly account: string;
  readonly policy: Policy;
  readonly tokens: readonly DesiredToken[];
  readonly certificates: readonly DesiredMapping[];
}
