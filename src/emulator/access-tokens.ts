import { generateKeyPair, randomUUID, sign, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import type { MappingKey } from './certificate-store.js';

/**
 * OAuth 2.0 access tokens from the client credentials flow. NetSuite's are JWTs valid 60 minutes
 * ("OAuth 2.0 Access and Refresh Token Structure": `sub` "role;entity", `aud` the application and the
 * company plus the client id, `scope`, `iss` https://system.netsuite.com, `exp`, `iat`, `jti`), with no
 * refresh token. The emulator mints the same shape, signed RS256 with a key it makes for itself, but
 * never verifies that signature: a token is valid because it is in this registry and not expired.
 */
export const ACCESS_TOKEN_LIFETIME_SECONDS = 3600;

export interface AccessGrant extends MappingKey {
  readonly jti: string;
  readonly clientId: string;
  readonly certificateId: string;
  readonly scopes: readonly string[];
  readonly issuedAt: Date;
  readonly expiresAt: Date;
}

export type AccessTokenLookup =
  | { readonly ok: true; readonly grant: AccessGrant }
  | { readonly ok: false; readonly reason: 'AccessTokenExpired' | 'TokenRejected'; readonly grant: AccessGrant | null };

export interface NewAccessToken extends MappingKey {
  readonly clientId: string;
  readonly applicationId: string;
  readonly certificateId: string;
  readonly scopes: readonly string[];
}

const generateKeyPairAsync = promisify(generateKeyPair);

let signingKey: Promise<KeyObject> | undefined;

/**
 * The key access tokens are signed with, made on first use and shared by every emulator in the
 * process: nobody verifies these signatures (NetSuite publishes no key for them), so one key is enough,
 * and starting an emulator that never mints a token costs nothing.
 */
function accessTokenSigningKey(): Promise<KeyObject> {
  signingKey ??= generateKeyPairAsync('rsa', { modulusLength: 2048 }).then((pair) => pair.privateKey);
  return signingKey;
}

/**
 * How an access token's `sub` names what it acts as: `role;entity` as Oracle documents it [DOC], the
 * five-field `account;0;role;entity;N` of Oracle's token-endpoint sample [DOC-derived], or, for tests
 * of the operator's caution, a form neither of those (the operator must then refuse to trust the token).
 */
export type AccessTokenSubjectForm = 'role-entity' | 'five-field' | 'unreadable';

export class AccessTokenRegistry {
  private readonly grants = new Map<string, AccessGrant>();
  private issued = 0;

  constructor(
    private readonly account: string,
    private readonly now: () => Date,
    private readonly subjectForm: AccessTokenSubjectForm = 'role-entity',
  ) {}

  /** How many access tokens were issued since start. */
  get issuedCount(): number {
    return this.issued;
  }

  async mint(request: NewAccessToken): Promise<{ readonly accessToken: string; readonly grant: AccessGrant }> {
    const issuedAt = this.now();
    const iat = Math.floor(issuedAt.getTime() / 1000);
    const grant: AccessGrant = {
      jti: randomUUID(),
      clientId: request.clientId,
      integrationId: request.integrationId,
      entityId: request.entityId,
      roleId: request.roleId,
      certificateId: request.certificateId,
      scopes: request.scopes,
      issuedAt,
      expiresAt: new Date((iat + ACCESS_TOKEN_LIFETIME_SECONDS) * 1000),
    };
    const header = { kid: `c.${this.account}.emulator`, typ: 'JWT', alg: 'RS256' };
    const claims = {
      sub: this.subjectOf(request.roleId, request.entityId),
      aud: [`${request.applicationId};${this.account}`, request.clientId],
      scope: request.scopes,
      iss: 'https://system.netsuite.com',
      exp: iat + ACCESS_TOKEN_LIFETIME_SECONDS,
      iat,
      jti: grant.jti,
    };
    const signingInput = `${base64url(header)}.${base64url(claims)}`;
    const signature = sign('sha256', Buffer.from(signingInput, 'ascii'), await accessTokenSigningKey());
    const accessToken = `${signingInput}.${signature.toString('base64url')}`;
    this.forgetExpired(issuedAt);
    this.grants.set(accessToken, grant);
    this.issued += 1;
    return { accessToken, grant };
  }

  private subjectOf(roleId: string, entityId: string): string {
    switch (this.subjectForm) {
      case 'role-entity':
        return `${roleId};${entityId}`;
      case 'five-field':
        return `${this.account};0;${roleId};${entityId};N`;
      case 'unreadable':
        return `subject-${entityId}`;
    }
  }

  lookup(accessToken: string): AccessTokenLookup {
    const grant = this.grants.get(accessToken);
    if (grant === undefined) return { ok: false, reason: 'TokenRejected', grant: null };
    if (grant.expiresAt.getTime() <= this.now().getTime()) return { ok: false, reason: 'AccessTokenExpired', grant };
    return { ok: true, grant };
  }

  /** Tokens long expired are dropped so a long run does not grow without bound; recent ones still answer "expired". */
  private forgetExpired(now: Date): void {
    for (const [token, grant] of this.grants) {
      if (grant.expiresAt.getTime() + ACCESS_TOKEN_LIFETIME_SECONDS * 1000 < now.getTime()) this.grants.delete(token);
    }
  }
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}
