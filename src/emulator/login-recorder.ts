import type { AccountStore } from './account-store.js';
import type { Authentication } from './oauth-verifier.js';

/** Successful requests of one token within this long form one session, logged once. */
export const SESSION_SECONDS = 60;

export interface LoginAttempt {
  readonly authentication: Authentication;
  readonly path: string;
  readonly ipAddress: string | null;
  readonly userAgent: string | null;
}

/**
 * Writes the Login Audit Trail rows that NetSuite writes for TBA logins: every failed attempt (the
 * reason in Detail), and a successful one when a token starts a session — NetSuite lists sessions by
 * their initial login, so a burst of requests (a paged query) is one row, not hundreds.
 */
export class LoginRecorder {
  private readonly sessionStarts = new Map<string, number>();

  constructor(
    private readonly store: AccountStore,
    private readonly now: () => Date,
  ) {}

  record(attempt: LoginAttempt): void {
    const { authentication } = attempt;
    const at = this.now();
    if (authentication.ok) {
      const started = this.sessionStarts.get(authentication.token.id);
      if (started !== undefined && at.getTime() - started >= 0 && at.getTime() - started < SESSION_SECONDS * 1000) return;
      this.sessionStarts.set(authentication.token.id, at.getTime());
    }
    const token = authentication.token;
    this.store.addLoginRows([
      {
        date: at,
        status: authentication.ok ? 'Success' : 'Failure',
        application: authentication.integration?.name ?? null,
        token: token?.name ?? null,
        userId: token?.entityId ?? null,
        roleId: token?.roleId ?? null,
        emailAddress: null,
        ipAddress: attempt.ipAddress,
        // Without the query: revoketoken's query names the token key.
        requestUri: attempt.path,
        detail: authentication.ok ? null : authentication.reason,
        secChallenge: null,
        userAgent: attempt.userAgent,
      },
    ]);
  }
}
