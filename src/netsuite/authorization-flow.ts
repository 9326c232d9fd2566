import type { Clock } from '../ports.js';
import { Secret } from '../secrets/secret.js';
import type { Authorizer } from './authorizer.js';
import type { NetSuiteEndpoints } from './endpoints.js';
import { NetSuiteError } from './errors.js';
import { signFlowStep, type HttpMethod, type NonceSource } from './signer.js';
import type { NetSuiteTransport } from './transport.js';

/**
 * NetSuite's three-step TBA authorization flow (reference rotation.md §5.1), the only documented way
 * to mint a token without an administrator's hands: it mints one for the person who approves it.
 * 1. `POST <RESTlets>/rest/requesttoken`, signed with the consumer key and `consumerSecret&`, with
 *    `oauth_callback` → a request token and its secret;
 * 2. the person opens `<UI>/app/login/secure/authorizetoken.nl?oauth_token=…&state=…`, signs in,
 *    chooses a role and clicks Allow; NetSuite redirects to the callback;
 * 3. `POST <RESTlets>/rest/accesstoken` with the request token and `oauth_verifier`, signed with
 *    `consumerSecret&requestTokenSecret` → the new token id and secret.
 */

export const REQUEST_TOKEN_PATH = '/rest/requesttoken';
export const ACCESS_TOKEN_PATH = '/rest/accesstoken';
export const AUTHORIZE_PATH = '/app/login/secure/authorizetoken.nl';

/** The integration's consumer pair: what signs steps one and three. */
export interface Consumer {
  readonly consumerKey: Secret;
  readonly consumerSecret: Secret;
}

/** Step one's answer. The token travels in the authorize URL; its secret never leaves memory. */
export interface RequestToken {
  readonly token: string;
  readonly secret: Secret;
}

/** What NetSuite's redirect to the callback carries [DOC section_156536698849]. */
export interface AuthorizationRedirect {
  readonly oauthToken: string;
  /** Empty when the person clicked Deny. */
  readonly verifier: Secret;
  readonly denied: boolean;
  /** The account id (`company`). */
  readonly company: string | null;
  /** Internal ids of the approving role and user. */
  readonly role: string | null;
  readonly entity: string | null;
  readonly state: string | null;
}

/** The new token: both halves are secret (SPEC §12.3 shows neither). */
export interface MintedToken {
  readonly tokenId: Secret;
  readonly tokenSecret: Secret;
}

export interface AuthorizationFlowOptions {
  readonly endpoints: NetSuiteEndpoints;
  readonly transport: NetSuiteTransport;
  readonly clock: Clock;
  readonly nonce?: NonceSource;
}

export class TbaAuthorizationFlow {
  readonly #options: AuthorizationFlowOptions;

  constructor(options: AuthorizationFlowOptions) {
    this.#options = options;
  }

  /** Step one. `callback` must match the integration record's Callback URL (`http://localhost:*` allows any port). */
  async requestToken(consumer: Consumer, callback: string): Promise<RequestToken> {
    const url = `${this.#options.endpoints.restlets}${REQUEST_TOKEN_PATH}`;
    const response = await this.#options.transport.send({
      method: 'POST',
      url,
      authorizer: this.#authorizer(consumer, null, { oauth_callback: callback }),
      authHint: `Check the consumer key and secret of the token's integration, and that its integration record has "TBA: Authorization Flow" checked with the Callback URL ${callback.replace(/:\d+\//, ':*/')} (or exactly ${callback}); an administrator sets both once.`,
    });
    const fields = formFields(response.text);
    const token = fields.get('oauth_token') ?? '';
    const secret = fields.get('oauth_token_secret') ?? '';
    if (token === '' || secret === '' || fields.get('oauth_callback_confirmed') !== 'true') {
      throw unreadable(response.endpoint, 'oauth_token, oauth_token_secret and oauth_callback_confirmed=true');
    }
    return { token, secret: new Secret(secret) };
  }

  /** Step two's URL, for the person to open. `state` (at most 512 letters and digits) comes back on the redirect. */
  authorizeUrl(requestToken: RequestToken, state: string): string {
    return `${this.#options.endpoints.ui}${AUTHORIZE_PATH}?${new URLSearchParams([['oauth_token', requestToken.token], ['state', state]]).toString()}`;
  }

  /** Step three: the approved request token and its verifier for the new token. */
  async accessToken(consumer: Consumer, requestToken: RequestToken, verifier: Secret): Promise<MintedToken> {
    const response = await this.#options.transport.send({
      method: 'POST',
      url: `${this.#options.endpoints.restlets}${ACCESS_TOKEN_PATH}`,
      authorizer: this.#authorizer(consumer, requestToken, { oauth_verifier: verifier.reveal() }, [verifier]),
      authHint: 'NetSuite refused the exchange: the approval may have expired, been used already or been denied. Run the command again to start a new authorization.',
      // A verifier is good for one exchange: after a lost reply NetSuite may have minted the token, and a
      // repeat would only be refused, so the caller says what may be left instead.
      sendOnce: true,
    });
    const fields = formFields(response.text);
    const tokenId = fields.get('oauth_token') ?? '';
    const tokenSecret = fields.get('oauth_token_secret') ?? '';
    if (tokenId === '' || tokenSecret === '') throw unreadable(response.endpoint, 'oauth_token and oauth_token_secret');
    return { tokenId: new Secret(tokenId), tokenSecret: new Secret(tokenSecret) };
  }

  /** Each attempt is signed afresh (its own nonce and timestamp), as the transport expects. */
  #authorizer(consumer: Consumer, requestToken: RequestToken | null, protocol: Readonly<Record<string, string>>, extraSecrets: readonly Secret[] = []): Authorizer {
    const options = { realm: this.#options.endpoints.realm, clock: this.#options.clock, ...(this.#options.nonce === undefined ? {} : { nonce: this.#options.nonce }) };
    return {
      authorize: (method: HttpMethod, url: string) =>
        Promise.resolve(
          signFlowStep(options, method, url, {
            consumerKey: consumer.consumerKey.reveal(),
            consumerSecret: consumer.consumerSecret.reveal(),
            token: requestToken?.token ?? null,
            tokenSecret: requestToken?.secret.reveal() ?? '',
            protocol,
          }),
        ),
      secrets: [consumer.consumerKey, consumer.consumerSecret, ...(requestToken === null ? [] : [requestToken.secret]), ...extraSecrets],
    };
  }
}

/**
 * Reads NetSuite's redirect to the callback: the query of the URL the browser was sent to. Returns null
 * when it carries no `oauth_token` (not a redirect from the authorization flow).
 */
export function readAuthorizationRedirect(query: URLSearchParams): AuthorizationRedirect | null {
  const oauthToken = query.get('oauth_token');
  if (oauthToken === null || oauthToken === '') return null;
  const verifier = query.get('oauth_verifier') ?? '';
  return {
    oauthToken,
    verifier: new Secret(verifier),
    denied: verifier === '',
    company: query.get('company'),
    role: query.get('role'),
    entity: query.get('entity'),
    state: query.get('state'),
  };
}

/** NetSuite answers the token steps form-encoded, with a trailing newline [3P netsuite-cli trims it]. */
function formFields(text: string): URLSearchParams {
  return new URLSearchParams(text.trim());
}

function unreadable(endpoint: string, expected: string): NetSuiteError {
  return new NetSuiteError(`NetSuite answered ${endpoint} without ${expected}.`, { endpoint, status: 200, errorCode: null, detail: null }, {
    hint: 'Check NETSUITE_RESTLETS_URL (or operator.endpoints.restlets): the answer did not come from NetSuite\'s token endpoint.',
  });
}
