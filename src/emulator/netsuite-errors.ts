import type { RejectionReason } from './oauth-verifier.js';

/**
 * NetSuite's error responses. REST web services (`/services/rest/...`) answer
 * `{type, title, status, o:errorDetails: [{detail, o:errorCode}]}` [DOC]; the RESTlet domain's token
 * endpoints (`/rest/...`) answer `{error: {code, message}}` [3P: the shape a public client parses;
 * INF that NetSuite sends it for every refusal there].
 */
export type ApiDomain = 'rest' | 'restlet';

export interface ErrorResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

const TITLES: Readonly<Record<number, readonly [title: string, section: string]>> = {
  400: ['Bad Request', 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1'],
  401: ['Unauthorized', 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.2'],
  403: ['Forbidden', 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.4'],
  404: ['Not Found', 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.5'],
  405: ['Method Not Allowed', 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.6'],
  413: ['Request Entity Too Large', 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.14'],
  429: ['Too Many Requests', 'https://tools.ietf.org/html/rfc6585#section-4'],
  500: ['Internal Server Error', 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.1'],
  503: ['Service Unavailable', 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4'],
};

const INVALID_LOGIN_DETAIL =
  'Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.';

export function apiError(
  domain: ApiDomain,
  status: number,
  code: string,
  detail: string,
  extra: { readonly queryParameter?: string; readonly headers?: Readonly<Record<string, string>> } = {},
): ErrorResponse {
  switch (domain) {
    case 'rest': {
      const [title, type] = TITLES[status] ?? ['Error', 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html'];
      const errorDetail: Record<string, string> = { detail, 'o:errorCode': code };
      if (extra.queryParameter !== undefined) errorDetail['o:errorQueryParam'] = extra.queryParameter;
      return {
        status,
        headers: { 'content-type': 'application/vnd.oracle.resource+json; type=error; charset=UTF-8', ...extra.headers },
        body: { type, title, status, 'o:errorDetails': [errorDetail] },
      };
    }
    case 'restlet':
      return { status, headers: { 'content-type': 'application/json; charset=UTF-8', ...extra.headers }, body: { error: { code, message: detail } } };
  }
}

/** The generic 401; the reason only travels in WWW-Authenticate, as NetSuite does for REST and RESTlets. */
export function invalidLogin(domain: ApiDomain, account: string, reason: RejectionReason): ErrorResponse {
  const headers = { 'www-authenticate': `OAuth realm="${account}", error="${reason}", error_description="Invalid login attempt."` };
  switch (domain) {
    case 'rest':
      return apiError('rest', 401, 'INVALID_LOGIN', INVALID_LOGIN_DETAIL, { headers });
    case 'restlet':
      return apiError('restlet', 401, 'INVALID_LOGIN_ATTEMPT', 'Invalid login attempt.', { headers });
  }
}

/**
 * The generic 401 for an OAuth 2.0 access token that is unknown, expired or no longer usable, with the
 * challenge NetSuite documents for REST and RESTlets (`Bearer realm=…, error="invalid_token"`). The
 * specific reason only goes to the Login Audit Trail.
 */
export function invalidBearerToken(domain: ApiDomain, account: string): ErrorResponse {
  const headers = { 'www-authenticate': `Bearer realm="${account}", error="invalid_token", error_description="Invalid login attempt."` };
  switch (domain) {
    case 'rest':
      return apiError('rest', 401, 'INVALID_LOGIN', INVALID_LOGIN_DETAIL, { headers });
    case 'restlet':
      return apiError('restlet', 401, 'INVALID_LOGIN_ATTEMPT', 'Invalid login attempt.', { headers });
  }
}

/**
 * Over the account's concurrency limit: REST answers 429 "Too Many Requests", RESTlets 400
 * SSS_REQUEST_LIMIT_EXCEEDED [DOC]. The 429 status is [3P] and NetSuite documents no o:errorCode for
 * the REST case: CONCURRENCY_LIMIT_EXCEEDED is [INF], so clients must decide on the status, not the code.
 */
export function overConcurrencyLimit(domain: ApiDomain): ErrorResponse {
  switch (domain) {
    case 'rest':
      return apiError('rest', 429, 'CONCURRENCY_LIMIT_EXCEEDED', 'Too Many Requests. The request exceeds the concurrency limit of the account.');
    case 'restlet':
      return apiError('restlet', 400, 'SSS_REQUEST_LIMIT_EXCEEDED', 'Request limit exceeded. The request exceeds the concurrency limit of the account.');
  }
}
