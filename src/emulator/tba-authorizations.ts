import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The request tokens of NetSuite's three-step TBA authorization flow (reference rotation.md §5.1):
 * issued by `rest/requesttoken`, approved or denied on the consent page (`authorizetoken.nl`), and
 * exchanged once by `rest/accesstoken` for a new access token of the approving user and role. They
 * never appear in `oauthtoken`; only the access token minted at the end does.
 */

/**
 * [INF] NetSuite does not document how long a request token stays valid; fifteen minutes leaves room
 * for a person to sign in with SSO and 2FA. Kept here, one number, to correct when a live account says.
 */
export const REQUEST_TOKEN_LIFETIME_MS = 15 * 60_000;

/** NetSuite's `state`: optional, at most 512 letters and digits [DOC section_156536698849]. */
export const STATE_PATTERN = /^[A-Za-z0-9]{1,512}$/;

export type AuthorizationDecision =
  | { readonly kind: 'allow'; readonly entityId: string; readonly roleId: string; readonly verifier: string }
  | { readonly kind: 'deny' };

export interface RequestToken {
  /** The `oauth_token` value: not secret on its own (it travels in the authorize URL). */
  readonly token: string;
  readonly secret: string;
  readonly integrationId: string;
  /** The `oauth_callback` of step one, where step two redirects. */
  readonly callback: string;
  readonly issuedAt: Date;
  /** The `state` the authorize URL carried when the consent page was opened. */
  readonly state: string | null;
  readonly decision: AuthorizationDecision | null;
}

export type Found = { readonly ok: true; readonly request: RequestToken } | { readonly ok: false; readonly problem: 'unknown' | 'expired'; readonly message: string };

export type Decided =
  | { readonly ok: true; readonly redirect: string; readonly request: RequestToken }
  | { readonly ok: false; readonly problem: 'unknown' | 'expired' | 'decided'; readonly message: string };

export type Exchanged =
  | { readonly ok: true; readonly request: RequestToken; readonly entityId: string; readonly roleId: string }
  | { readonly ok: false; readonly problem: 'unknown' | 'expired' | 'not-approved' | 'verifier'; readonly message: string };

export class TbaAuthorizations {
  readonly #requests = new Map<string, RequestToken>();

  issue(integrationId: string, callback: string, now: Date): RequestToken {
    this.#forgetExpired(now);
    const request: RequestToken = { token: randomHex(), secret: randomHex(), integrationId, callback, issuedAt: now, state: null, decision: null };
    this.#requests.set(request.token, request);
    return request;
  }

  find(token: string, now: Date): Found {
    const request = this.#requests.get(token);
    if (request === undefined) return { ok: false, problem: 'unknown', message: 'There is no such request token, or it was already exchanged.' };
    if (now.getTime() - request.issuedAt.getTime() > REQUEST_TOKEN_LIFETIME_MS) {
      this.#requests.delete(token);
      return { ok: false, problem: 'expired', message: 'The request token has expired; start the authorization again.' };
    }
    return { ok: true, request };
  }

  /**
   * The consent page was opened with this `state`: the redirect carries it back. The page has no
   * clock, so expiry is left to the decision and the exchange, which have one.
   */
  visit(token: string, state: string | null): RequestToken | undefined {
    const request = this.#requests.get(token);
    if (request === undefined || request.decision !== null) return request;
    const visited = { ...request, state };
    this.#requests.set(token, visited);
    return visited;
  }

  /**
   * Allow or Deny on the consent page: the redirect to the callback with `oauth_token`,
   * `oauth_verifier` (empty on Deny), `company`, `role`, `entity` and `state` [DOC section_156536698849].
   * `state` given here replaces the one the page was opened with (a test can send a wrong one).
   */
  decide(token: string, account: string, choice: { readonly allow: boolean; readonly entityId: string; readonly roleId: string; readonly state?: string | null }, now: Date): Decided {
    const found = this.find(token, now);
    if (!found.ok) return found;
    // [INF] A request token is approved once; a second click on an old consent page is refused.
    if (found.request.decision !== null) return { ok: false, problem: 'decided', message: 'This request token was already allowed or denied.' };
    const decision: AuthorizationDecision = choice.allow ? { kind: 'allow', entityId: choice.entityId, roleId: choice.roleId, verifier: randomHex() } : { kind: 'deny' };
    const request: RequestToken = { ...found.request, state: choice.state === undefined ? found.request.state : choice.state, decision };
    this.#requests.set(token, request);
    const parameters: [string, string][] = [
      ['oauth_token', token],
      ['oauth_verifier', decision.kind === 'allow' ? decision.verifier : ''],
      ['company', account],
      ['role', choice.roleId],
      ['entity', choice.entityId],
    ];
    if (request.state !== null) parameters.push(['state', request.state]);
    const query = new URLSearchParams(parameters).toString();
    return { ok: true, redirect: `${request.callback}${request.callback.includes('?') ? '&' : '?'}${query}`, request };
  }

  /** Step three: the verifier of an allowed request, once. The request token is spent whatever the outcome. */
  exchange(token: string, verifier: string, now: Date): Exchanged {
    const found = this.find(token, now);
    if (!found.ok) return found;
    const { request } = found;
    this.#requests.delete(token);
    if (request.decision?.kind !== 'allow') return { ok: false, problem: 'not-approved', message: 'The request token was not allowed on the consent page.' };
    if (!sameText(request.decision.verifier, verifier)) return { ok: false, problem: 'verifier', message: 'The oauth_verifier is not the one the consent page gave.' };
    return { ok: true, request, entityId: request.decision.entityId, roleId: request.decision.roleId };
  }

  #forgetExpired(now: Date): void {
    for (const [token, request] of this.#requests) {
      if (now.getTime() - request.issuedAt.getTime() > REQUEST_TOKEN_LIFETIME_MS) this.#requests.delete(token);
    }
  }
}

/**
 * Whether `given` is allowed by the integration's Callback URL: the same URL, or — the one exception
 * NetSuite documents — any port of `http://localhost:*` with the rest of the URL the same.
 */
export function callbackMatches(registered: string | null, given: string): boolean {
  if (registered === null) return false;
  if (registered === given) return true;
  const wildcard = 'http://localhost:*';
  if (!registered.startsWith(wildcard)) return false;
  const rest = registered.slice(wildcard.length);
  const match = /^http:\/\/localhost:(\d{1,5})(.*)$/s.exec(given);
  return match !== null && Number(match[1]) > 0 && Number(match[1]) < 65_536 && match[2] === rest;
}

function randomHex(): string {
  return randomBytes(32).toString('hex');
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
