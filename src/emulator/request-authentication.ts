import type { AccessGrant, AccessTokenRegistry } from './access-tokens.js';
import type { AccountStore, IntegrationRecord } from './account-store.js';
import type { Authentication } from './oauth-verifier.js';

/**
 * How a REST or RESTlet request proved who it is: TBA (an OAuth 1.0a signature) or an OAuth 2.0
 * access token (`Authorization: Bearer …`).
 */
export type RequestAuthentication =
  | { readonly scheme: 'tba'; readonly result: Authentication }
  | { readonly scheme: 'bearer'; readonly result: BearerAuthentication };

/** Detail codes NetSuite documents for OAuth 2.0 REST/RESTlet requests (Login Audit Trail). */
export type BearerRejection = 'TokenRejected' | 'AccessTokenExpired' | 'InvalidIntegration' | 'EntityOrRoleDisabled';

export type BearerAuthentication =
  | { readonly ok: true; readonly grant: AccessGrant; readonly integration: IntegrationRecord }
  | { readonly ok: false; readonly reason: BearerRejection; readonly grant: AccessGrant | null; readonly integration: IntegrationRecord | null };

const BEARER = /^Bearer[ \t]+([A-Za-z0-9._~+/-]+=*)[ \t]*$/i;

export function isBearerAuthorization(authorization: string | undefined): boolean {
  return authorization !== undefined && /^Bearer(?:[ \t]|$)/i.test(authorization);
}

/** Checks an access token from `Authorization: Bearer <token>` against the tokens the token endpoint issued. */
export function authenticateBearer(authorization: string, tokens: AccessTokenRegistry, accounts: AccountStore): BearerAuthentication {
  const token = BEARER.exec(authorization)?.[1];
  if (token === undefined) return { ok: false, reason: 'TokenRejected', grant: null, integration: null };
  const lookup = tokens.lookup(token);
  const integration = lookup.grant === null ? null : (accounts.integration(lookup.grant.integrationId) ?? null);
  if (!lookup.ok) return { ok: false, reason: lookup.reason, grant: lookup.grant, integration };
  const { grant } = lookup;
  // [INF] A token issued before its integration was blocked, deleted or lost the grant stops working at once.
  if (integration === null || integration.state === 'blocked' || !integration.grants.includes('client-credentials')) {
    return { ok: false, reason: 'InvalidIntegration', grant, integration };
  }
  if (!accounts.hasEntity(grant.entityId) || !accounts.hasRole(grant.roleId)) return { ok: false, reason: 'EntityOrRoleDisabled', grant, integration };
  // [INF] A token issued before its certificate was revoked keeps working until it expires: NetSuite
  // documents only that new token requests with that certificate fail (reference/rotation.md §1.6).
  return { ok: true, grant, integration };
}
