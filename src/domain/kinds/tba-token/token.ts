import type { TbaTokenSubject } from '../../subject.js';

/** What NetSuite holds: a TBA access token as observed through SuiteQL (`oauthtoken`). */

export const TOKEN_STATES = ['active', 'inactive', 'revoked'] as const;
export type TokenState = (typeof TOKEN_STATES)[number];

export interface ObservedToken {
  readonly kind: 'tba-token';
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

/** How a token is named in plans, findings and reports. */
export function subjectOf(token: ObservedToken): TbaTokenSubject {
  return { kind: 'tba-token', id: token.id, name: token.name, application: token.application, user: token.user, role: token.role };
}
