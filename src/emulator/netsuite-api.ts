import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccountStore } from './account-store.js';
import type { RequestCounters } from './counters.js';
import { readBody, sendJson, type RequestTarget } from './http-io.js';
import { apiError, invalidLogin, type ApiDomain, type ErrorResponse } from './netsuite-errors.js';
import type { ParameterPair } from './oauth-signature.js';
import type { Authentication, OAuthVerifier } from './oauth-verifier.js';
import type { SuiteQLEngine } from './suiteql-engine.js';
import type { LoginRecorder } from './login-recorder.js';
import { readPaging, suiteqlEnvelope } from './suiteql-envelope.js';

/** The NetSuite endpoints the emulator speaks; everything else under the API prefixes is a 404. */
export const SUITEQL_PATH = '/services/rest/query/v1/suiteql';
export const REVOKE_TOKEN_PATH = '/rest/revoketoken';

const MAX_BODY_BYTES = 1024 * 1024;

export interface NetSuiteApiContext {
  readonly store: AccountStore;
  readonly verifier: OAuthVerifier;
  readonly suiteql: SuiteQLEngine;
  readonly logins: LoginRecorder;
  readonly counters: RequestCounters;
  readonly now: () => Date;
  /** What clients sign for: `https` when the emulator serves TLS. */
  readonly scheme: 'http' | 'https';
}

/**
 * Answers one REST or RESTlet request (governance and faults are applied by the caller). Like
 * NetSuite, it authenticates first: an unknown path or a wrong method is a 401 to an unsigned or
 * badly signed caller, and only then a 404 or 405. [INF] NetSuite documents no order; the clients
 * of issue 17 saw authentication come first.
 */
export async function answerNetSuiteRequest(context: NetSuiteApiContext, domain: ApiDomain, request: IncomingMessage, response: ServerResponse, target: RequestTarget): Promise<void> {
  const reply = (error: ErrorResponse): void => {
    request.resume();
    sendJson(response, error.status, error.body, error.headers);
  };
  if (target.query === null) {
    reply(apiError(domain, 400, 'INVALID_PARAMETER', 'The query string is not valid percent-encoding.'));
    return;
  }
  const authentication = authenticate(context, request, target.path, target.query);
  if (!authentication.ok) {
    reply(invalidLogin(domain, context.store.account, authentication.reason));
    return;
  }
  const route = domain === 'rest' ? (target.path === SUITEQL_PATH ? 'suiteql' : null) : target.path === REVOKE_TOKEN_PATH ? 'revoketoken' : null;
  if (route === null) {
    reply(apiError(domain, 404, domain === 'rest' ? 'NONEXISTENT_ENDPOINT' : 'INVALID_URL', `The emulator serves no ${domain === 'rest' ? 'REST' : 'RESTlet'} resource at ${target.path} on this host.`));
    return;
  }
  const allowed = route === 'suiteql' ? 'POST' : 'GET';
  if (request.method !== allowed) {
    reply(apiError(domain, 405, 'METHOD_NOT_ALLOWED', `${target.path} accepts ${allowed}, not ${request.method ?? 'no method'}.`, { headers: { allow: allowed } }));
    return;
  }
  const body = await readBody(request, MAX_BODY_BYTES);
  if (!body.ok) {
    if (body.problem === 'too-large') reply(apiError(domain, 413, 'INVALID_CONTENT', `The request body is larger than ${MAX_BODY_BYTES} bytes.`));
    return;
  }
  switch (route) {
    case 'suiteql':
      answerSuiteQL(context, request, response, target.path, target.query, body.text);
      return;
    case 'revoketoken':
      answerRevokeToken(context, response, target.query, authentication);
      return;
  }
}

function authenticate(context: NetSuiteApiContext, request: IncomingMessage, path: string, query: readonly ParameterPair[]): Authentication {
  const authentication = context.verifier.verify({
    method: request.method ?? 'GET',
    scheme: context.scheme,
    hostHeader: request.headers.host ?? '',
    path,
    query,
    authorization: request.headers.authorization,
  });
  if (!authentication.ok) context.counters.authenticationFailures += 1;
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
  sendJson(response, 200, { message: 'The token has been revoked.' });
}
