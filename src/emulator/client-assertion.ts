import type { AccountStore, IntegrationRecord } from './account-store.js';
import { certificateState, type CertificateRecord, type CertificateStore } from './certificate-store.js';
import { algorithmFitsKey, algorithmsForKey, isAssertionAlgorithm, parseCompactJws, signatureVerifies } from './jws.js';

/**
 * Verifies the JWT client assertion of an OAuth 2.0 client credentials request as NetSuite documents it
 * ("The Request Token Structure"): header `typ: JWT`, `alg` PS256/384/512 or ES256/384/512, `kid` a
 * Certificate ID; claims `iss` the client ID, `scope`, `aud` the token URL, `iat`, `exp` at most 60
 * minutes after `iat`; signed with the mapped certificate's private key.
 */

/** RFC 6749 §5.2 error codes. Which case gets which is [INF]: NetSuite documents no table for this endpoint. */
export type TokenErrorCode = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unauthorized_client';

/** NetSuite: `exp` "must be less than 60 minutes greater than" `iat`; Oracle's own sample has exactly 3600. */
export const MAX_ASSERTION_LIFETIME_SECONDS = 3600;

/**
 * [INF] NetSuite documents no clock tolerance for client assertions; this is the ±5 minutes it
 * documents for TBA timestamps, applied to `iat` (not later than now + 300 s) and `exp` (not earlier
 * than now − 300 s).
 */
export const ASSERTION_CLOCK_SKEW_SECONDS = 300;

/** The scope values NetSuite names for client credentials; the emulator serves REST web services only. */
const KNOWN_SCOPES = new Set(['restlets', 'rest_webservices', 'suite_analytics']);
export const REQUIRED_SCOPE = 'rest_webservices';

export interface AssertionContext {
  /** The token URL exactly as requested (scheme, Host header, path): what `aud` must be. */
  readonly tokenUrl: string;
  readonly now: Date;
  readonly accounts: AccountStore;
  readonly certificates: CertificateStore;
}

export type AssertionOutcome =
  | { readonly ok: true; readonly certificate: CertificateRecord; readonly integration: IntegrationRecord; readonly scopes: readonly string[] }
  | {
      readonly ok: false;
      readonly error: TokenErrorCode;
      /** One sentence: what is wrong and what to check. Never holds the assertion itself. */
      readonly description: string;
      /** What was identified before the refusal, for the Login Audit Trail. */
      readonly integration: IntegrationRecord | null;
      readonly certificate: CertificateRecord | null;
    };

export function verifyClientAssertion(assertion: string, context: AssertionContext): AssertionOutcome {
  let integration: IntegrationRecord | null = null;
  let certificate: CertificateRecord | null = null;
  const refuse = (error: TokenErrorCode, description: string): AssertionOutcome => ({ ok: false, error, description, integration, certificate });

  const parsed = parseCompactJws(assertion);
  if (!parsed.ok) return refuse('invalid_request', `The client_assertion ${parsed.problem}.`);
  const { header, payload } = parsed.jws;

  if (typeof header['typ'] !== 'string' || header['typ'].toUpperCase() !== 'JWT') {
    return refuse('invalid_request', `The assertion header's typ is ${JSON.stringify(header['typ'] ?? null)}; NetSuite requires "JWT".`);
  }
  if (header['crit'] !== undefined) return refuse('invalid_request', 'The assertion header has crit extensions, which NetSuite does not process; remove crit.');
  const alg = header['alg'];
  if (typeof alg !== 'string') return refuse('invalid_request', 'The assertion header has no alg.');
  if (!isAssertionAlgorithm(alg)) {
    const why = alg === 'RS256' ? 'RS256 (RSA PKCS #1 v1.5), which NetSuite refuses since 2025-03-01' : `${alg}, which NetSuite does not accept`;
    return refuse('invalid_client', `The assertion is signed with ${why}; sign with PS256 for an RSA key, or ES256, ES384 or ES512 for an EC P-256, P-384 or P-521 key.`);
  }
  const kid = header['kid'];
  if (typeof kid !== 'string' || kid === '') return refuse('invalid_request', 'The assertion header has no kid; set it to the certificate id from OAuth 2.0 Client Credentials (M2M) Setup.');

  const claims = readClaims(payload);
  if (!claims.ok) return refuse('invalid_request', claims.problem);
  const { iss, audiences, scopes, iat, exp } = claims;
  if (exp <= iat) return refuse('invalid_request', `The assertion's exp (${exp}) is not after its iat (${iat}).`);
  if (exp - iat > MAX_ASSERTION_LIFETIME_SECONDS) {
    return refuse('invalid_request', `The assertion's exp is ${exp - iat} s after its iat; NetSuite allows at most ${MAX_ASSERTION_LIFETIME_SECONDS} s (60 minutes).`);
  }
  const unknownScope = scopes.find((scope) => !KNOWN_SCOPES.has(scope));
  if (unknownScope !== undefined) return refuse('invalid_request', `The scope claim holds ${JSON.stringify(unknownScope)}; NetSuite knows restlets, rest_webservices and suite_analytics.`);
  if (!scopes.includes(REQUIRED_SCOPE)) {
    return refuse('invalid_request', `The scope claim (${scopes.join(', ')}) lacks ${REQUIRED_SCOPE}, which SuiteQL and the certificates API need.`);
  }

  certificate = context.certificates.byId(kid) ?? null;
  integration = certificate === null ? null : (context.accounts.integration(certificate.integrationId) ?? null);
  if (certificate === null || integration === null) {
    return refuse('invalid_client', `The kid ${kid} is not the id of any certificate in OAuth 2.0 Client Credentials (M2M) Setup; check the certificate id.`);
  }
  if (integration.consumerKey !== iss) {
    return refuse('invalid_client', `Certificate ${kid} is not mapped to the integration whose client id is in iss; check the client id and the certificate id belong together.`);
  }
  if (!algorithmFitsKey(alg, certificate.keyAlgorithm)) {
    return refuse('invalid_client', `alg ${alg} does not fit certificate ${kid}, whose key is ${certificate.keyAlgorithm}; sign with ${algorithmsForKey(certificate.keyAlgorithm).join(' or ')}.`);
  }
  if (!signatureVerifies(alg, certificate.publicKey, parsed.jws)) {
    return refuse('invalid_client', `The assertion's signature does not verify with the public key of certificate ${kid}; sign with that certificate's private key.`);
  }
  if (!audiences.includes(context.tokenUrl)) {
    return refuse('invalid_client', `The assertion's aud is ${JSON.stringify(audiences.length === 1 ? audiences[0] : audiences)}; it must be the token URL as requested, ${context.tokenUrl}.`);
  }

  const nowSeconds = Math.floor(context.now.getTime() / 1000);
  if (iat > nowSeconds + ASSERTION_CLOCK_SKEW_SECONDS) {
    return refuse('invalid_grant', `The assertion's iat is ${iat - nowSeconds} s ahead of the server clock (at most ${ASSERTION_CLOCK_SKEW_SECONDS} s is tolerated); check the clock.`);
  }
  if (exp < nowSeconds - ASSERTION_CLOCK_SKEW_SECONDS) {
    return refuse('invalid_grant', `The assertion expired ${nowSeconds - exp} s before the server clock (at most ${ASSERTION_CLOCK_SKEW_SECONDS} s is tolerated); check the clock and sign a fresh assertion.`);
  }
  switch (certificateState(certificate, context.now)) {
    case 'revoked':
      return refuse('invalid_grant', `Certificate ${kid} was revoked on ${certificate.revokedAt?.toISOString() ?? 'an unknown date'}; map a new certificate.`);
    case 'expired':
      return refuse('invalid_grant', `Certificate ${kid} expired on ${certificate.validUntil.toISOString()}; map a new certificate.`);
    case 'active':
      break;
  }
  if (certificate.validFrom.getTime() > context.now.getTime()) {
    return refuse('invalid_grant', `Certificate ${kid} is not valid before ${certificate.validFrom.toISOString()}.`);
  }

  if (!integration.grants.includes('client-credentials')) {
    return refuse('unauthorized_client', `The integration record ${integration.name} does not have the Client Credentials (Machine to Machine) Grant checked.`);
  }
  if (integration.state === 'blocked') return refuse('unauthorized_client', `The integration record ${integration.name} is blocked.`);
  if (!context.accounts.hasEntity(certificate.entityId) || !context.accounts.hasRole(certificate.roleId)) {
    return refuse('unauthorized_client', `The entity or role of certificate ${kid}'s mapping no longer exists.`);
  }
  if (!context.accounts.roleHas(certificate.roleId, 'ADMI_LOGIN_OAUTH2')) {
    return refuse('unauthorized_client', `The mapping's role ${context.accounts.displayName('role', certificate.roleId) ?? certificate.roleId} lacks the permission Log in using OAuth 2.0 Access Tokens.`);
  }
  return { ok: true, certificate, integration, scopes };
}

type Claims =
  | { readonly ok: true; readonly iss: string; readonly audiences: readonly string[]; readonly scopes: readonly string[]; readonly iat: number; readonly exp: number }
  | { readonly ok: false; readonly problem: string };

function readClaims(payload: Readonly<Record<string, unknown>>): Claims {
  const problems: string[] = [];
  const iss = payload['iss'];
  if (typeof iss !== 'string' || iss === '') problems.push('iss (the client id)');
  const audiences = stringList(payload['aud'], false);
  if (audiences === null || audiences.length === 0) problems.push('aud (the token URL)');
  // NetSuite's prose says comma-separated, its sample has an array: accept both.
  const scopes = stringList(payload['scope'], true);
  if (scopes === null || scopes.length === 0) problems.push('scope');
  const iat = payload['iat'];
  if (typeof iat !== 'number' || !Number.isFinite(iat)) problems.push('iat (seconds since the epoch)');
  const exp = payload['exp'];
  if (typeof exp !== 'number' || !Number.isFinite(exp)) problems.push('exp (seconds since the epoch)');
  if (problems.length > 0 || typeof iss !== 'string' || audiences === null || scopes === null || typeof iat !== 'number' || typeof exp !== 'number') {
    return { ok: false, problem: `The assertion's claims lack a valid ${problems.join(', ')}.` };
  }
  return { ok: true, iss, audiences, scopes, iat, exp };
}

function stringList(value: unknown, splitText: boolean): string[] | null {
  if (typeof value === 'string') return splitText ? value.split(/[\s,]+/).filter((part) => part !== '') : [value];
  if (Array.isArray(value) && value.every((item): item is string => typeof item === 'string')) return value;
  return null;
}
