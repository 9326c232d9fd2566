/**
 * What NetSuite holds: a TBA access token as observed through SuiteQL (`oauthtoken`).
 *
 * `kind` is the seam for a second credential kind (OAuth 2.0 M2M certificates) — every observed
 * credential says what it is, so planning and rendering can switch on it when a second kind joins.
 */
export type CredentialKind = 'tba-token';

export type TokenState = 'active' | 'inactive' | 'revoked';

export const TOKEN_STATES: readonly TokenState[] = ['active', 'inactive', 'revoked'];

export interface ObservedToken {
  readonly kind: CredentialKind;
  /** NetSuite internal id (`oauthtoken.id`), the only stable identity: names are editable and not unique. */
  readonly id: string;
  readonly name: string;
  /** Display names from `BUILTIN.DF(...)`; null when NetSuite returned nothing. */
  readonly application: string | null;
  readonly user: string | null;
  readonly role: string | null;
  /** Raw internal ids of the integration, entity and role records. */
  readonly applicationId: string | null;
  readonly userId: string | null;
  readonly roleId: string | null;
  readonly createdBy: string | null;
  /** ISO-8601 instants (`2025-01-31T12:00:00Z`), or null where NetSuite has none. */
  readonly createdAt: string | null;
  readonly revokedAt: string | null;
  readonly state: TokenState;
}

/** SPEC §2: revoked wins over inactive; a revoked token is terminal. */
export function tokenStateFromFlags(flags: { readonly inactive: boolean; readonly revoked: boolean }): TokenState {
  if (flags.revoked) return 'revoked';
  return flags.inactive ? 'inactive' : 'active';
}

/** How a token is named in plans, findings and reports: enough for a person to find it. */
export interface TokenRef {
  readonly id: string | null;
  readonly name: string | null;
  readonly application: string | null;
  readonly user: string | null;
  readonly role: string | null;
}

export function refOf(token: ObservedToken): TokenRef {
  return { id: token.id, name: token.name, application: token.application, user: token.user, role: token.role };
}

/**
 * Everything observed in one account at one moment. `lastUse` maps a token NAME to the instant of its
 * latest successful login (LoginAudit joins by name only), ISO-8601.
 */
export interface Observation {
  readonly account: string;
  readonly observedAt: string;
  readonly tokens: readonly ObservedToken[];
  readonly lastUse: ReadonlyMap<string, string>;
}
