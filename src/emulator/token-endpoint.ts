import type { IncomingMessage, ServerResponse } from 'node:http';
import { ACCESS_TOKEN_LIFETIME_SECONDS, type AccessTokenRegistry } from './access-tokens.js';
import type { AccountStore } from './account-store.js';
import type { CertificateStore } from './certificate-store.js';
import { verifyClientAssertion, type TokenErrorCode } from './client-assertion.js';
import type { RequestCounters } from './counters.js';
import { sendJson } from './http-io.js';
import type { LoginRecorder } from './login-recorder.js';
import { percentDecode } from './percent-encoding.js';

/** NetSuite's OAuth 2.0 token endpoint, on the REST web services host. */
export const OAUTH2_TOKEN_PATH = '/services/rest/auth/oauth2/v1/token';
export const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

export interface TokenEndpointContext {
  readonly store: AccountStore;
  readonly certificates: CertificateStore;
  readonly accessTokens: AccessTokenRegistry;
  readonly logins: LoginRecorder;
  readonly counters: RequestCounters;
  readonly now: () => Date;
  readonly scheme: 'http' | 'https';
}

/** RFC 6749 §5.1: token responses, and their errors, are not cached. */
const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

/**
 * The client credentials grant with a JWT client assertion (RFC 7523 §2.2), as NetSuite documents it:
 * form fields `grant_type=client_credentials`, `client_assertion_type=…jwt-bearer`, `client_assertion`.
 * A success is `{access_token, expires_in, token_type: "Bearer"}`; a refusal is 400
 * `{error, error_description}` (RFC 6749 §5.2) [INF: NetSuite documents no error body here].
 */
export async function answerTokenRequest(context: TokenEndpointContext, request: IncomingMessage, response: ServerResponse, path: string, bodyText: string): Promise<void> {
  const attempt = { path, ipAddress: request.socket.remoteAddress ?? null, userAgent: request.headers['user-agent'] ?? null };
  const refuse = (error: TokenErrorCode, description: string, who: { readonly application?: string | null; readonly entityId?: string | null; readonly roleId?: string | null } = {}): void => {
    context.counters.tokenRequestsRefused += 1;
    context.logins.recordTokenRequest({ ...attempt, ok: false, application: who.application ?? null, entityId: who.entityId ?? null, roleId: who.roleId ?? null, detail: error });
    sendJson(response, 400, { error, error_description: description }, NO_STORE);
  };

  if (!/^application\/x-www-form-urlencoded\b/i.test(request.headers['content-type'] ?? '')) {
    refuse('invalid_request', 'Send the token request as application/x-www-form-urlencoded form fields.');
    return;
  }
  const form = parseForm(bodyText);
  if (form === null) {
    refuse('invalid_request', 'The form body is not valid percent-encoding.');
    return;
  }
  const repeated = [...form.keys()].filter((name) => (form.get(name)?.length ?? 0) > 1);
  if (repeated.length > 0) {
    refuse('invalid_request', `The form repeats ${repeated.join(', ')}; send each parameter once.`);
    return;
  }
  const field = (name: string): string | undefined => form.get(name)?.[0];
  const grantType = field('grant_type');
  if (grantType !== 'client_credentials') {
    refuse('invalid_request', grantType === undefined ? 'The form has no grant_type; send grant_type=client_credentials.' : `grant_type is ${JSON.stringify(grantType)}; this flow takes client_credentials.`);
    return;
  }
  if (field('client_assertion_type') !== CLIENT_ASSERTION_TYPE) {
    refuse('invalid_request', `client_assertion_type must be ${CLIENT_ASSERTION_TYPE}.`);
    return;
  }
  const assertion = field('client_assertion');
  if (assertion === undefined || assertion === '') {
    refuse('invalid_request', 'The form has no client_assertion; send the signed JWT.');
    return;
  }

  const now = context.now();
  const outcome = verifyClientAssertion(assertion, {
    tokenUrl: `${context.scheme}://${request.headers.host ?? ''}${path}`,
    now,
    accounts: context.store,
    certificates: context.certificates,
  });
  if (!outcome.ok) {
    refuse(outcome.error, outcome.description, { application: outcome.integration?.name ?? null, entityId: outcome.certificate?.entityId ?? null, roleId: outcome.certificate?.roleId ?? null });
    return;
  }
  const { certificate, integration } = outcome;
  const { accessToken } = await context.accessTokens.mint({
    clientId: integration.consumerKey,
    applicationId: integration.applicationId,
    integrationId: integration.id,
    entityId: certificate.entityId,
    roleId: certificate.roleId,
    certificateId: certificate.id,
    scopes: outcome.scopes,
  });
  context.logins.recordTokenRequest({ ...attempt, ok: true, application: integration.name, entityId: certificate.entityId, roleId: certificate.roleId, detail: null });
  // [DOC-derived] Oracle's sample response quotes expires_in ("3600"); clients must read either form.
  sendJson(response, 200, { access_token: accessToken, expires_in: String(ACCESS_TOKEN_LIFETIME_SECONDS), token_type: 'Bearer' }, NO_STORE);
}

/** application/x-www-form-urlencoded: `+` is a space; null when a value is not valid percent-encoding. */
function parseForm(text: string): Map<string, string[]> | null {
  const form = new Map<string, string[]>();
  for (const part of text.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const name = percentDecode(equals === -1 ? part : part.slice(0, equals), { plusIsSpace: true });
    const value = percentDecode(equals === -1 ? '' : part.slice(equals + 1), { plusIsSpace: true });
    if (name === null || value === null) return null;
    form.set(name, [...(form.get(name) ?? []), value]);
  }
  return form;
}
