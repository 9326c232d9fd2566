import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccountStore } from './account-store.js';
import type { RequestCounters } from './counters.js';
import { readBody, send, sendJson, type RequestTarget } from './http-io.js';
import { apiError, invalidLogin, type ErrorResponse } from './netsuite-errors.js';
import type { ParameterPair } from './oauth-signature.js';
import type { OAuthVerifier, RejectionReason } from './oauth-verifier.js';
import { callbackMatches } from './tba-authorizations.js';

/** Steps one and three of the three-step TBA authorization flow, on the RESTlet (and system) host. */
export const REQUEST_TOKEN_PATH = '/rest/requesttoken';
export const ACCESS_TOKEN_PATH = '/rest/accesstoken';

export interface TbaFlowContext {
  readonly store: AccountStore;
  readonly verifier: OAuthVerifier;
  readonly counters: RequestCounters;
  readonly now: () => Date;
  readonly scheme: 'http' | 'https';
}

const MAX_BODY_BYTES = 64 * 1024;
const FORM = { 'content-type': 'text/plain; charset=UTF-8' };

/**
 * `POST rest/requesttoken` → `oauth_token=…&oauth_token_secret=…&oauth_callback_confirmed=true` and the
 * newline NetSuite appends [DOC section_156338994830; 3P netsuite-cli trims it]. The integration must
 * have "TBA: Authorization Flow" checked and `oauth_callback` must match its Callback URL.
 */
export async function answerRequestToken(context: TbaFlowContext, request: IncomingMessage, response: ServerResponse, target: RequestTarget & { readonly query: readonly ParameterPair[] }): Promise<void> {
  if (!(await bodyRead(request, response))) return;
  const authentication = context.verifier.verifyAuthorizationStep(received(context, request, target), 'requesttoken', () => null);
  if (!authentication.ok) {
    refuse(context, response, authentication.reason);
    return;
  }
  const { integration, parameters } = authentication;
  // [INF] How NetSuite refuses an integration without the flow, or a callback that is not the
  // registered one, is not documented; the generic 401 of a refused login is assumed.
  if (!integration.tbaAuthorizationFlow) {
    refuse(context, response, 'authorization_flow_disabled');
    return;
  }
  const callback = parameters.get('oauth_callback') ?? '';
  if (!callbackMatches(integration.callbackUrl, callback)) {
    refuse(context, response, 'callback_rejected');
    return;
  }
  const issued = context.store.authorizations.issue(integration.id, callback, context.now());
  const body = new URLSearchParams([['oauth_token', issued.token], ['oauth_token_secret', issued.secret], ['oauth_callback_confirmed', 'true']]).toString();
  send(response, 200, FORM, `${body}\n`);
}

/**
 * `POST rest/accesstoken` with the allowed request token and its `oauth_verifier`, signed with
 * `consumerSecret&requestTokenSecret` → the new token's id and secret, form-encoded
 * [DOC section_156537025868]. The token is created for the user and role that approved, in the
 * request token's integration; the request token and its verifier are spent.
 */
export async function answerAccessToken(context: TbaFlowContext, request: IncomingMessage, response: ServerResponse, target: RequestTarget & { readonly query: readonly ParameterPair[] }): Promise<void> {
  if (!(await bodyRead(request, response))) return;
  const now = context.now();
  const authorizations = context.store.authorizations;
  const authentication = context.verifier.verifyAuthorizationStep(received(context, request, target), 'accesstoken', (token) => {
    const found = authorizations.find(token, now);
    return found.ok ? found.request.secret : null;
  });
  if (!authentication.ok) {
    refuse(context, response, authentication.reason);
    return;
  }
  const token = authentication.parameters.get('oauth_token') ?? '';
  const exchanged = authorizations.exchange(token, authentication.parameters.get('oauth_verifier') ?? '', now);
  // [INF] A denied, reused or mismatched exchange is assumed to be refused like a bad token.
  if (!exchanged.ok || exchanged.request.integrationId !== authentication.integration.id) {
    refuse(context, response, 'token_rejected');
    return;
  }
  const tokenKey = randomHex();
  const tokenSecret = randomHex();
  const created = context.store.createToken({
    name: null,
    integrationId: exchanged.request.integrationId,
    entityId: exchanged.entityId,
    roleId: exchanged.roleId,
    inactive: false,
    tokenKey,
    tokenSecret,
    created: now,
  });
  if (!created.ok) {
    reply(response, apiError('restlet', 400, 'INVALID_REQUEST', created.message));
    return;
  }
  // [INF] NetSuite documents the two fields; the trailing newline is assumed as for step one.
  send(response, 200, FORM, `${new URLSearchParams([['oauth_token', tokenKey], ['oauth_token_secret', tokenSecret]]).toString()}\n`);
}

function received(context: TbaFlowContext, request: IncomingMessage, target: RequestTarget & { readonly query: readonly ParameterPair[] }): Parameters<OAuthVerifier['verify']>[0] {
  return { method: request.method ?? 'POST', scheme: context.scheme, hostHeader: request.headers.host ?? '', path: target.path, query: target.query, authorization: request.headers.authorization };
}

async function bodyRead(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  const body = await readBody(request, MAX_BODY_BYTES);
  if (body.ok) return true;
  if (body.problem === 'too-large') reply(response, apiError('restlet', 413, 'INVALID_CONTENT', `The request body is larger than ${MAX_BODY_BYTES} bytes.`));
  return false;
}

function refuse(context: TbaFlowContext, response: ServerResponse, reason: RejectionReason): void {
  context.counters.authenticationFailures += 1;
  reply(response, invalidLogin('restlet', context.store.account, reason));
}

function reply(response: ServerResponse, error: ErrorResponse): void {
  sendJson(response, error.status, error.body, error.headers);
}

function randomHex(): string {
  return randomBytes(32).toString('hex');
}
