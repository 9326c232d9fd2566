import type { AccountStore } from './account-store.js';
import type { RequestAuthentication } from './request-authentication.js';

/** Successful requests of one token within this long form one session, logged once. */
export const SESSION_SECONDS = 60;

export interface LoginAttempt {
  readonly authentication: RequestAuthentication;
  readonly path: string;
  readonly ipAddress: string | null;
  readonly userAgent: string | null;
}

/** A request to the OAuth 2.0 token endpoint: a login of the mapping, or a refused one. */
export interface TokenRequestAttempt {
  readonly ok: boolean;
  readonly application: string | null;
  readonly entityId: string | null;
  readonly roleId: string | null;
  /** For a refusal, the RFC 6749 error code. */
  readonly detail: string | null;
  readonly path: string;
  readonly ipAddress: string | null;
  readonly userAgent: string | null;
}

/**
 * Writes the Login Audit Trail rows that NetSuite writes: for TBA, every failed attempt (the reason in
 * Detail) and a successful one when a token starts a session — NetSuite lists sessions by their initial
 * login, so a burst of requests (a paged query) is one row, not hundreds. For OAuth 2.0 client
 * credentials, the token request is the login [INF]: a row for each one (no token name; the client
 * credentials flow has none), and a failure row for each refused access token.
 */
export class LoginRecorder {
  private readonly sessionStarts = new Map<string, number>();

  constructor(
    private readonly store: AccountStore,
    private readonly now: () => Date,
  ) {}

  record(attempt: LoginAttempt): void {
    const at = this.now();
    const { scheme, result } = attempt.authentication;
    if (scheme === 'bearer') {
      if (result.ok) return;
      this.addRow(at, attempt, { ok: false, application: result.integration?.name ?? null, token: null, userId: result.grant?.entityId ?? null, roleId: result.grant?.roleId ?? null, detail: result.reason });
      return;
    }
    if (result.ok) {
      const started = this.sessionStarts.get(result.token.id);
      if (started !== undefined && at.getTime() - started >= 0 && at.getTime() - started < SESSION_SECONDS * 1000) return;
      this.sessionStarts.set(result.token.id, at.getTime());
    }
    const token = result.token;
    this.addRow(at, attempt, {
      ok: result.ok,
      application: result.integration?.name ?? null,
      token: token?.name ?? null,
      userId: token?.entityId ?? null,
      roleId: token?.roleId ?? null,
      detail: result.ok ? null : result.reason,
    });
  }

  recordTokenRequest(attempt: TokenRequestAttempt): void {
    this.addRow(this.now(), attempt, { ok: attempt.ok, application: attempt.application, token: null, userId: attempt.entityId, roleId: attempt.roleId, detail: attempt.detail });
  }

  private addRow(
    at: Date,
    request: { readonly path: string; readonly ipAddress: string | null; readonly userAgent: string | null },
    login: { readonly ok: boolean; readonly application: string | null; readonly token: string | null; readonly userId: string | null; readonly roleId: string | null; readonly detail: string | null },
  ): void {
    this.store.addLoginRows([
      {
        date: at,
        status: login.ok ? 'Success' : 'Failure',
        application: login.application,
        token: login.token,
        userId: login.userId,
        roleId: login.roleId,
        emailAddress: null,
        ipAddress: request.ipAddress,
        // Without the query: revoketoken's query names the token key.
        requestUri: request.path,
        detail: login.detail,
        secChallenge: null,
        userAgent: request.userAgent,
      },
    ]);
  }
}
