import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccessTokenRegistry } from './access-tokens.js';
import type { AccountStore } from './account-store.js';
import type { CertificateStore } from './certificate-store.js';
import { answerCertificatesRequest, certificatesRouteOf, type CertificatesRoute } from './certificates-api.js';
import type { RequestCounters } from './counters.js';
import { readBody, sendJson, type RequestTarget } from './http-io.js';
import { apiError, invalidBearerToken, invalidLogin, type ApiDomain, type ErrorResponse } from './netsuite-errors.js';
import type { ParameterPair } from './oauth-signature.js';
import type { Authentication, OAuthVerifier } from './oauth-verifier.js';
import type { EmulatorOrigins } from './origins.js';
import { authenticateBearer, isBearerAuthorization, type RequestAuthentication } from './request-authentication.js';
import type { SuiteQLEngine } from './suiteql-engine.js';
import type { LoginRecorder } from './login-recorder.js';
import { readPaging, suiteqlEnvelope } from './suiteql-envelope.js';
import { OAUTH2_TOKEN_PATH, answerTokenRequest } from './token-endpoint.js';
import { ACCESS_TOKEN_PATH, REQUEST_TOKEN_PATH, answerAccessToken, answerRequestToken } from './tba-flow-api.js';

/** The NetSuite endpoints the emulator speaks; everything else under the API prefixes is a 404. */
export const SUITEQL_PATH = '/services/rest/query/v1/suiteql';
export const REVOKE_TOKEN_PATH = '/rest/revoketoken';

const MAX_BODY_BYTES = 1024 * 1024;

export interface NetSuiteApiContext {
  readonly store: AccountStore;
  readonly certificates: CertificateStore;
  readonly accessTokens: AccessTokenRegistry;
  readonly verifier: OAuthVerifier;
  readonly suiteql: SuiteQLEngine;
  readonly logins: LoginRecorder;
  readonly counters: RequestCounters;
  readonly now: () => Date;
  /** What clients sign for: `https` when the emulator serves TLS. */
  readonly scheme: 'http' | 'https';
  readonly origins: () => EmulatorOrigins;
}

/** Which of NetSuite's hosts answers: see OriginRole in server.ts. */
export type ServedHost = 'shared' | 'rest' | 'restlets' | 'system';

type Route = { readonly kind: 'suiteql' } | { readonly kind: 'revoketoken' } | { readonly kind: 'oauth2-token' } | { readonly kind: 'requesttoken' } | { readonly kind: 'accesstoken' } | CertificatesRoute;

const METHODS: Readonly<Record<Route['kind'], readonly string[]>> = {
  suiteql: ['POST'],
  revoketoken: ['GET'],
  'oauth2-token': ['POST'],
  requesttoken: ['POST'],
  accesstoken: ['POST'],
  certificates: ['GET', 'POST'],
  'certificate-revoke': ['POST'],
};

/**
 * Where NetSuite serves each endpoint: SuiteQL and the OAuth 2.0 token endpoint on the REST web
 * services host; revoketoken on the RESTlet host (and the system host, which NetSuite documents for the
 * TBA token endpoints); the certificates API on the RESTlet host.
 */
function routeOf(host: ServedHost, path: string): Route | null {
  const onRest = host === 'rest' || host === 'shared';
  const onRestlets = host === 'restlets' || host === 'shared';
  if (onRest && path === SUITEQL_PATH) return { kind: 'suiteql' };
  if (onRest && path === OAUTH2_TOKEN_PATH) return { kind: 'oauth2-token' };
  if ((onRestlets || host === 'system') && path === REVOKE_TOKEN_PATH) return { kind: 'revoketoken' };
  if ((onRestlets || host === 'system') && path === REQUEST_TOKEN_PATH) return { kind: 'requesttoken' };
  if ((onRestlets || host === 'system') && path === ACCESS_TOKEN_PATH) return { kind: 'accesstoken' };
  return onRestlets ? certificatesRouteOf(path) : null;
}

/**
 * Answers one REST or RESTlet request (governance and faults are applied by the caller). Like
 * NetSuite, it authenticates first: an unknown path or a wrong method is a 401 to an unsigned or
 * badly signed caller, and only then a 404 or 405. [INF] NetSuite documents no order; the clients
 * of issue 17 saw authentication come first. The token endpoint is the exception: it is where a client
 * gets its credentials, so it authenticates with the form it is sent.
 */
export async function answerNetSuiteRequest(context: NetSuiteApiContext, host: ServedHost, domain: ApiDomain, request: IncomingMessage, response: ServerResponse, target: RequestTarget): Promise<void> {
  const reply = (error: ErrorResponse): void => {
    request.resume();
    sendJson(response, error.status, error.body, error.headers);
  };
  if (target.query === null) {
    reply(apiError(domain, 400, 'INVALID_PARAMETER', 'The query string is not valid percent-encoding.'));
    return;
  }
  const route = routeOf(host, target.path);
  if (route?.kind === 'oauth2-token') {
    if (!methodAllowed(route, request, reply)) return;
    const body = await readBody(request, MAX_BODY_BYTES);
    if (!body.ok) {
      if (body.problem === 'too-large') reply(apiError('rest', 413, 'INVALID_CONTENT', `The request body is larger than ${MAX_BODY_BYTES} bytes.`));
      return;
    }
    await answerTokenRequest(context, request, response, target.path, body.text);
    return;
  }
  if (route?.kind === 'requesttoken' || route?.kind === 'accesstoken') {
    // The flow's steps sign without an access token: they authenticate by their own rules.
    if (!methodAllowed(route, request, reply)) return;
    const flowTarget = { path: target.path, query: target.query };
    if (route.kind === 'requesttoken') await answerRequestToken(context, request, response, flowTarget);
    else await answerAccessToken(context, request, response, flowTarget);
    return;
  }
  const bearerOnly = route?.kind === 'certificates' || route?.kind === 'certificate-revoke';
  const authentication = authenticate(context, request, target.path, target.query, bearerOnly);
  if (!authentication.result.ok) {
    // The certificates API lives under /services/rest on the RESTlet host and answers in the REST shape.
    const shape: ApiDomain = route === null ? domain : route.kind === 'revoketoken' ? 'restlet' : 'rest';
    reply(authentication.scheme === 'tba' ? invalidLogin(shape, context.store.account, authentication.result.reason) : invalidBearerToken(shape, context.store.account));
    return;
  }
  if (route === null) {
    reply(apiError(domain, 404, domain === 'rest' ? 'NONEXISTENT_ENDPOINT' : 'INVALID_URL', `The emulator serves no ${domain === 'rest' ? 'REST' : 'RESTlet'} resource at ${target.path} on this host.`));
    return;
  }
  await answerAuthenticated(context, route, authentication, request, response, { path: target.path, query: target.query });
}

async function answerAuthenticated(
  context: NetSuiteApiContext,
  route: Exclude<Route, { kind: 'oauth2-token' | 'requesttoken' | 'accesstoken' }>,
  authentication: RequestAuthentication,
  request: IncomingMessage,
  response: ServerResponse,
  target: { readonly path: string; readonly query: readonly ParameterPair[] },
): Promise<void> {
  const reply = (error: ErrorResponse): void => {
    request.resume();
    sendJson(response, error.status, error.body, error.headers);
  };
  if (!methodAllowed(route, request, reply)) return;
  const body = await readBody(request, MAX_BODY_BYTES);
  if (!body.ok) {
    if (body.problem === 'too-large') reply(apiError(route.kind === 'revoketoken' ? 'restlet' : 'rest', 413, 'INVALID_CONTENT', `The request body is larger than ${MAX_BODY_BYTES} bytes.`));
    return;
  }
  switch (route.kind) {
    case 'suiteql':
      answerSuiteQL(context, request, response, target.path, target.query, body.text);
      return;
    case 'revoketoken':
      if (authentication.scheme === 'bearer' || !authentication.result.ok) {
        // [INF] revoketoken revokes the TBA token that signs the call; an OAuth 2.0 access token has none.
        reply(apiError('restlet', 400, 'INVALID_REQUEST', 'revoketoken revokes the TBA token that signs the request; sign it with that token, not with a Bearer access token.'));
        return;
      }
      answerRevokeToken(context, response, target.query, authentication.result);
      return;
    case 'certificates':
    case 'certificate-revoke':
      if (authentication.scheme !== 'bearer' || !authentication.result.ok) return;
      answerCertificatesRequest(context, route, request.method ?? 'GET', authentication.result.grant, body.text, response);
      return;
  }
}

function methodAllowed(route: Route, request: IncomingMessage, reply: (error: ErrorResponse) => void): boolean {
  const allowed = METHODS[route.kind];
  if (allowed.includes(request.method ?? '')) return true;
  const path = request.url?.split('?')[0] ?? '';
  reply(apiError(route.kind === 'revoketoken' || route.kind === 'requesttoken' || route.kind === 'accesstoken' ? 'restlet' : 'rest', 405, 'METHOD_NOT_ALLOWED', `${path} accepts ${allowed.join(' or ')}, not ${request.method ?? 'no method'}.`, { headers: { allow: allowed.join(', ') } }));
  return false;
}

/**
 * TBA or Bearer, by the Authorization header's scheme; the certificates API takes only OAuth 2.0
 * access tokens ("provide a valid access token either through the OAuth 2.0 authorization code grant
 * flow, or the OAuth 2.0 client credentials flow"), so anything else is refused there [INF: with 401].
 */
function authenticate(context: NetSuiteApiContext, request: IncomingMessage, path: string, query: readonly ParameterPair[], bearerOnly: boolean): RequestAuthentication {
  const authorization = request.headers.authorization;
  let authentication: RequestAuthentication;
  if (isBearerAuthorization(authorization)) {
    authentication = { scheme: 'bearer', result: authenticateBearer(authorization ?? '', context.accessTokens, context.store) };
  } else if (bearerOnly) {
    authentication = { scheme: 'bearer', result: { ok: false, reason: 'TokenRejected', grant: null, integration: null } };
  } else {
    authentication = {
      scheme: 'tba',
      result: context.verifier.verify({ method: request.method ?? 'GET', scheme: context.scheme, hostHeader: request.headers.host ?? '', path, query, authorization }),
    };
  }
  if (!authentication.result.ok) context.counters.authenticationFailures += 1;
  context.logins.record({ authentication, path, ipAddress: request.socket.remoteAddress ?? null, userAgent: request.headers['user-agent'] ?? null });
  return authentication;
}

function answerSuiteQL(context: NetSuiteApiContext, request: IncomingMessage, response: ServerResponse, path: string, query: readonly ParameterPair[], bodyText: string): void {
  const reply = (error: ErrorResponse): void => { sendJson(response, error.status, error.body, error.headers); };
  if (!/\btransient\b/i.test([request.headers.prefer ?? ''].flat().join(','))) context.counters.suiteqlWithoutPreferTransient += 1;
  const suiteql = queryOfBody(bodyText);
  if (!suiteql.ok) {
    reply(apiError('rest', 400, 'INVALID_CONTENT', suiteql.reason));
    return;
  }
  const paging = readPaging(query);
  if (!paging.ok) {
    reply(apiError('rest', 400, 'INVALID_PARAMETER', paging.reason, { queryParameter: paging.parameter }));
    return;
  }
  const outcome = context.suiteql.run(suiteql.q, paging.limit, paging.offset);
  if (!outcome.ok) {
    reply(apiError('rest', 400, 'INVALID_PARAMETER', `Invalid search query. Detailed unprocessed description follows. ${outcome.reason}`, { queryParameter: 'q' }));
    return;
  }
  const origin = `${context.scheme}://${request.headers.host ?? '127.0.0.1'}`;
  const envelope = suiteqlEnvelope(outcome.page, paging, `${origin}${path}`, `${origin}${request.url ?? path}`);
  sendJson(response, 200, envelope, { 'content-type': 'application/vnd.oracle.resource+json; type=collection; charset=UTF-8' });
}

function queryOfBody(text: string): { readonly ok: true; readonly q: string } | { readonly ok: false; readonly reason: string } {
  if (text.trim() === '') return { ok: false, reason: 'The request body is empty; send a JSON object {"q": "<SuiteQL query>"}.' };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `The request body is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).` };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body) || typeof (body as { q?: unknown }).q !== 'string') {
    return { ok: false, reason: 'The request body must be a JSON object with the SuiteQL query as a string in "q".' };
  }
  return { ok: true, q: (body as { q: string }).q };
}

/** NetSuite's revoketoken revokes the token that signs the request, and no other. */
function answerRevokeToken(context: NetSuiteApiContext, response: ServerResponse, query: readonly ParameterPair[], authentication: Extract<Authentication, { ok: true }>): void {
  const reply = (error: ErrorResponse): void => { sendJson(response, error.status, error.body, error.headers); };
  const single = (name: string): string | null => {
    const values = query.filter(([key]) => key === name);
    return values.length === 1 ? (values[0]?.[1] ?? null) : null;
  };
  const consumerKey = single('consumerKey');
  const token = single('token');
  if (consumerKey === null || token === null) {
    reply(apiError('restlet', 400, 'INVALID_REQUEST', 'revoketoken needs exactly one consumerKey and one token query parameter.'));
    return;
  }
  if (token !== authentication.tokenKey || consumerKey !== authentication.consumerKey) {
    reply(apiError('restlet', 400, 'INVALID_REQUEST', 'A token can only revoke itself: sign the request with the token and consumer named in the query.'));
    return;
  }
  const revoked = context.store.revoke(authentication.token.id, context.now());
  if (!revoked.ok) {
    reply(apiError('restlet', 400, 'INVALID_REQUEST', revoked.message));
    return;
  }
  // [INF] NetSuite documents no success body for revoketoken; clients treat any 2xx as done.
  sendJson(response, 200, { message: 'The token has been revoked.' });
}
