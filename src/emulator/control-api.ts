import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorOrigins } from './origins.js';
import type { AccountStore, StoreChange } from './account-store.js';
import { loginEntryOfSeedRow } from './account-store.js';
import type { CertificateChange, CertificateStore } from './certificate-store.js';
import { readBody, sendJson, type RequestTarget } from './http-io.js';
import { INTEGRATION_GRANTS, type IntegrationGrant } from './seed.js';
import { loginRowProblems, normalizeLoginRows } from './seed-validation.js';
import { certificateSnapshot, tokenSnapshot, type EmulatorSnapshot } from './snapshot.js';

/**
 * The control endpoint under /__emulator/: NOT a NetSuite API. It plays the human administrator in
 * the NetSuite UI (check Inactive, revoke, create a token, delete an entity or an integration, upload
 * or revoke an M2M certificate) and lets tests read state and counters. Unsigned; the emulator listens
 * on loopback only.
 */
export const CONTROL_PREFIX = '/__emulator';

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface ControlContext {
  readonly store: AccountStore;
  readonly certificates: CertificateStore;
  readonly now: () => Date;
  readonly snapshot: () => EmulatorSnapshot;
  /** The emulator's own origins: the only web pages allowed to drive the control endpoint. */
  readonly origins: () => EmulatorOrigins;
}

type ControlReply = { readonly status: number; readonly body: unknown; readonly headers?: Readonly<Record<string, string>> };

interface ControlRoute {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** Path segments after /__emulator; `:id` matches an internal id, `:certificateId` a certificate id. */
  readonly pattern: readonly string[];
  readonly description: string;
  readonly answer: (context: ControlContext, ids: readonly string[], body: unknown) => ControlReply;
}

const ROUTES: readonly ControlRoute[] = [
  { method: 'GET', pattern: [], description: 'this list', answer: () => ({ status: 200, body: describeRoutes() }) },
  { method: 'GET', pattern: ['state'], description: 'tokens (no secrets), login audit row count, counters', answer: (context) => ({ status: 200, body: context.snapshot() }) },
  {
    method: 'POST',
    pattern: ['tokens'],
    description: 'create a token {integration, entity, role, name?, inactive?}; answers its id, tokenId and tokenSecret (shown once, as in NetSuite)',
    answer: createToken,
  },
  {
    method: 'POST',
    pattern: ['tokens', ':id', 'inactive'],
    description: 'check or clear Inactive {inactive: true|false}; 409 on a revoked token',
    answer: (context, [id], body) => {
      const inactive = field(body, 'inactive');
      if (typeof inactive !== 'boolean') return problem(400, 'INVALID_BODY', 'Send {"inactive": true} or {"inactive": false}.');
      return changed(context, context.store.setInactive(id ?? '', inactive));
    },
  },
  { method: 'POST', pattern: ['tokens', ':id', 'revoke'], description: 'revoke the token (the Revoke button); 409 when already revoked', answer: (context, [id]) => changed(context, context.store.revoke(id ?? '', context.now())) },
  {
    method: 'POST',
    pattern: ['tokens', ':id', 'name'],
    description: 'rename the token {name}',
    answer: (context, [id], body) => {
      const name = field(body, 'name');
      if (typeof name !== 'string' || name.trim() === '' || name.length > 300) return problem(400, 'INVALID_BODY', 'Send {"name": "<new token name>"} (1 to 300 characters).');
      return changed(context, context.store.rename(id ?? '', name));
    },
  },
  {
    method: 'DELETE',
    pattern: ['entities', ':id'],
    description: "delete an entity: its tokens vanish from oauthtoken",
    answer: (context, [id]) => listed(context.store.deleteEntity(id ?? ''), 'deletedTokens'),
  },
  {
    method: 'DELETE',
    pattern: ['integrations', ':id'],
    description: 'delete an integration record: its tokens are revoked and its consumer key stops working',
    answer: (context, [id]) => listed(context.store.deleteIntegration(id ?? '', context.now()), 'revokedTokens'),
  },
  {
    method: 'POST',
    pattern: ['integrations', ':id', 'state'],
    description: 'set the integration state {state: "enabled"|"blocked"}',
    answer: (context, [id], body) => {
      const state = field(body, 'state');
      if (state !== 'enabled' && state !== 'blocked') return problem(400, 'INVALID_BODY', 'Send {"state": "enabled"} or {"state": "blocked"}.');
      const result = context.store.setIntegrationState(id ?? '', state);
      if (!result.ok) return storeProblem(result);
      return { status: 200, body: { integration: { id: result.value.id, name: result.value.name, state: result.value.state } } };
    },
  },
  {
    method: 'POST',
    pattern: ['integrations', ':id', 'grants'],
    description: 'set the authentication boxes checked on the integration {grants: ["tba", "client-credentials"]}',
    answer: (context, [id], body) => {
      const grants = field(body, 'grants');
      if (!Array.isArray(grants) || !grants.every(isGrant) || new Set(grants).size !== grants.length) {
        return problem(400, 'INVALID_BODY', `Send {"grants": [...]} with each of ${INTEGRATION_GRANTS.map((grant) => JSON.stringify(grant)).join(', ')} at most once.`);
      }
      const result = context.store.setIntegrationGrants(id ?? '', grants);
      if (!result.ok) return storeProblem(result);
      return { status: 200, body: { integration: { id: result.value.id, name: result.value.name, grants: result.value.grants } } };
    },
  },
  {
    method: 'POST',
    pattern: ['certificates'],
    description:
      'upload an M2M certificate as the administrator does in OAuth 2.0 Client Credentials (M2M) Setup {integration, entity, role, certificatePem}; the same checks as the certificates API, without its permission and "own" rules',
    answer: uploadCertificate,
  },
  {
    method: 'POST',
    pattern: ['certificates', ':certificateId', 'revoke'],
    description: 'revoke an M2M certificate (the Revoke button); 409 when it is not active',
    answer: (context, [certificateId]) => certificateChanged(context, context.certificates.revoke(certificateId ?? '', context.now())),
  },
  {
    method: 'POST',
    pattern: ['authorize'],
    description:
      'play the person on the TBA consent page {oauthToken, entity, role, decision: "allow"|"deny", state?}: 302 to the callback with oauth_token, oauth_verifier (empty on deny), company, role, entity and state (the consent page posts here too)',
    answer: authorize,
  },
  {
    method: 'POST',
    pattern: ['loginaudit'],
    description: 'add Login Audit Trail rows {rows: [...]}, each as in the seed file',
    answer: (context, _ids, body) => {
      const rows = field(body, 'rows');
      const problems = loginRowProblems(rows);
      if (problems.length > 0 || !Array.isArray(rows)) {
        return problem(400, 'INVALID_BODY', `Invalid login rows: ${problems.map((entry) => `/${entry.path.join('/')}: ${entry.message}`).join(' ')}`);
      }
      const entries = normalizeLoginRows(rows).map(loginEntryOfSeedRow);
      context.store.addLoginRows(entries);
      return { status: 201, body: { added: entries.length } };
    },
  },
];

export async function answerControlRequest(context: ControlContext, request: IncomingMessage, response: ServerResponse, target: RequestTarget): Promise<void> {
  const reply = (answer: ControlReply): void => { sendJson(response, answer.status, answer.body, answer.headers); };
  // A web page the administrator happens to visit must not be able to drive the control endpoint: refuse
  // other Host names (DNS rebinding), requests a browser sent from another site (Origin), and bodies
  // without a JSON content type (cross-site simple requests). A change with no body at all
  // (`curl -XPOST …/revoke`) is fine: browsers send Origin with every cross-site POST.
  const hostname = hostnameOf(request.headers.host ?? '');
  if (!LOOPBACK_NAMES.has(hostname)) {
    request.resume();
    reply(problem(403, 'FORBIDDEN_HOST', 'The control endpoint answers only requests addressed to 127.0.0.1 or localhost.'));
    return;
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !isOwnOrigin(origin, context.origins())) {
    request.resume();
    reply(problem(403, 'FORBIDDEN_ORIGIN', 'The control endpoint refuses requests that a web page of another site sends.'));
    return;
  }
  // The consent page's form is the one HTML form that posts here: same origin, so it carries a loopback Origin.
  const consentForm = origin !== undefined && target.path === `${CONTROL_PREFIX}/authorize` && /^application\/x-www-form-urlencoded\b/i.test(request.headers['content-type'] ?? '');
  if (request.method !== 'GET' && hasBody(request) && !consentForm && !/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    request.resume();
    reply(problem(415, 'JSON_REQUIRED', 'Send changes with content-type: application/json, or with no body when there is nothing to say.'));
    return;
  }
  const segments = target.path.slice(CONTROL_PREFIX.length).split('/').filter((segment) => segment !== '');
  const matching = ROUTES.map((route) => ({ route, ids: match(route.pattern, segments) })).filter((candidate) => candidate.ids !== null);
  if (matching.length === 0) {
    request.resume();
    reply(problem(404, 'NOT_FOUND', `The control endpoint has no ${target.path}; GET ${CONTROL_PREFIX}/ lists what it offers.`));
    return;
  }
  const chosen = matching.find((candidate) => candidate.route.method === request.method);
  if (chosen === undefined) {
    request.resume();
    const allowed = matching.map((candidate) => candidate.route.method).join(', ');
    reply({ ...problem(405, 'METHOD_NOT_ALLOWED', `${target.path} accepts ${allowed}.`), headers: { allow: allowed } });
    return;
  }
  const body = await readBody(request, 8 * 1024 * 1024);
  if (!body.ok) {
    if (body.problem === 'too-large') reply(problem(413, 'TOO_LARGE', 'The request body is larger than 8 MiB.'));
    return;
  }
  let parsed: unknown = {};
  if (consentForm) {
    parsed = Object.fromEntries(new URLSearchParams(body.text));
  } else if (body.text.trim() !== '') {
    try {
      parsed = JSON.parse(body.text);
    } catch {
      reply(problem(400, 'INVALID_JSON', 'The request body is not valid JSON.'));
      return;
    }
  }
  reply(chosen.route.answer(context, chosen.ids ?? [], parsed));
}

/**
 * Whether a browser's Origin is one of the emulator's own pages: a loopback name on one of its own
 * ports. Another loopback port is another origin (any local dev server), so it is refused too.
 */
function isOwnOrigin(origin: string, own: EmulatorOrigins): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const ownPorts = new Set([own.rest, own.restlets, own.system].map((value) => new URL(value).port));
  return LOOPBACK_NAMES.has(url.hostname.toLowerCase()) && (url.protocol === 'http:' || url.protocol === 'https:') && ownPorts.has(url.port);
}

function hostnameOf(host: string): string {
  return /^(\[[^\]]*\]|[^:/]*)/.exec(host)?.[1]?.toLowerCase() ?? '';
}

function hasBody(request: IncomingMessage): boolean {
  return request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? '0') > 0;
}

const ID_PATTERNS: Readonly<Record<string, RegExp>> = { ':id': /^[1-9][0-9]{0,14}$/, ':certificateId': /^[A-Za-z0-9_-]{16,128}$/ };

function match(pattern: readonly string[], segments: readonly string[]): string[] | null {
  if (pattern.length !== segments.length) return null;
  const ids: string[] = [];
  for (const [index, part] of pattern.entries()) {
    const segment = segments[index] ?? '';
    const idPattern = ID_PATTERNS[part];
    if (idPattern !== undefined) {
      if (!idPattern.test(segment)) return null;
      ids.push(segment);
    } else if (part !== segment) {
      return null;
    }
  }
  return ids;
}

function describeRoutes(): unknown {
  return {
    note: 'This is the netsuite-token-gitops emulator control endpoint. It is NOT a NetSuite API: it plays the administrator in the NetSuite UI.',
    endpoints: ROUTES.map((route) => `${route.method} ${CONTROL_PREFIX}/${route.pattern.join('/')} — ${route.description}`),
  };
}

function createToken(context: ControlContext, _ids: readonly string[], body: unknown): ControlReply {
  const id = (name: string): string | null => {
    const value = field(body, name);
    const text = typeof value === 'number' ? String(value) : value;
    return typeof text === 'string' && /^[1-9][0-9]{0,14}$/.test(text) ? text : null;
  };
  const integration = id('integration');
  const entity = id('entity');
  const role = id('role');
  const name = field(body, 'name');
  const inactive = field(body, 'inactive');
  if (integration === null || entity === null || role === null) return problem(400, 'INVALID_BODY', 'Send {"integration": "<id>", "entity": "<id>", "role": "<id>"} and optionally "name" and "inactive".');
  if (name !== undefined && (typeof name !== 'string' || name.trim() === '' || name.length > 300)) return problem(400, 'INVALID_BODY', 'name must be 1 to 300 characters.');
  if (inactive !== undefined && typeof inactive !== 'boolean') return problem(400, 'INVALID_BODY', 'inactive must be true or false.');
  const tokenId = randomBytes(32).toString('hex');
  const tokenSecret = randomBytes(32).toString('hex');
  const result = context.store.createToken({
    name: typeof name === 'string' ? name : null,
    integrationId: integration,
    entityId: entity,
    roleId: role,
    inactive: inactive === true,
    tokenKey: tokenId,
    tokenSecret,
    created: context.now(),
  });
  if (!result.ok) return storeProblem(result);
  return { status: 201, body: { token: tokenSnapshot(context.store, result.value), tokenId, tokenSecret } };
}

/** Allow or Deny for a request token, as the person signed in on the consent page would click. */
function authorize(context: ControlContext, _ids: readonly string[], body: unknown): ControlReply {
  const text = (name: string): string | null => {
    const value = field(body, name);
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
  };
  const oauthToken = text('oauthToken');
  const entity = text('entity');
  const role = text('role');
  const decision = text('decision');
  const state = field(body, 'state');
  if (oauthToken === null || entity === null || role === null || (decision !== 'allow' && decision !== 'deny') || (state !== undefined && typeof state !== 'string')) {
    return problem(400, 'INVALID_BODY', 'Send {"oauthToken": "<request token>", "entity": "<id>", "role": "<id>", "decision": "allow" or "deny"} and optionally "state".');
  }
  if (!context.store.hasEntity(entity)) return problem(400, 'UNKNOWN_REFERENCE', `There is no entity ${entity}.`);
  if (!context.store.hasRole(role)) return problem(400, 'UNKNOWN_REFERENCE', `There is no role ${role}.`);
  const decided = context.store.authorizations.decide(oauthToken, context.store.account, { allow: decision === 'allow', entityId: entity, roleId: role, ...(typeof state === 'string' ? { state } : {}) }, context.now());
  if (!decided.ok) {
    switch (decided.problem) {
      case 'unknown':
        return problem(404, 'NOT_FOUND', decided.message);
      case 'expired':
        return problem(410, 'EXPIRED', decided.message);
      case 'decided':
        return problem(409, 'DECIDED', decided.message);
    }
  }
  return { status: 302, body: { redirect: decided.redirect }, headers: { location: decided.redirect } };
}

function uploadCertificate(context: ControlContext, _ids: readonly string[], body: unknown): ControlReply {
  const id = (name: string): string | null => {
    const value = field(body, name);
    const text = typeof value === 'number' ? String(value) : value;
    return typeof text === 'string' && /^[1-9][0-9]{0,14}$/.test(text) ? text : null;
  };
  const integrationId = id('integration');
  const entityId = id('entity');
  const roleId = id('role');
  const certificatePem = field(body, 'certificatePem');
  if (integrationId === null || entityId === null || roleId === null || typeof certificatePem !== 'string') {
    return problem(400, 'INVALID_BODY', 'Send {"integration": "<id>", "entity": "<id>", "role": "<id>", "certificatePem": "-----BEGIN CERTIFICATE-----..."}.');
  }
  const result = context.certificates.upload({ integrationId, entityId, roleId }, certificatePem, context.now());
  if (!result.ok) return certificateProblem(result);
  return { status: 201, body: { certificate: certificateSnapshot(context.store, result.certificate, context.now()) } };
}

function certificateChanged(context: ControlContext, result: CertificateChange): ControlReply {
  if (!result.ok) return certificateProblem(result);
  return { status: 200, body: { certificate: certificateSnapshot(context.store, result.certificate, context.now()) } };
}

function certificateProblem(result: Extract<CertificateChange, { ok: false }>): ControlReply {
  switch (result.problem) {
    case 'not-found':
      return problem(404, 'NOT_FOUND', result.message);
    case 'not-active':
      return problem(409, 'NOT_ACTIVE', result.message);
    case 'duplicate':
      return problem(409, 'DUPLICATE', result.message);
    case 'capacity':
      return problem(409, 'CAPACITY', result.message);
    case 'unknown-reference':
      return problem(400, 'UNKNOWN_REFERENCE', result.message);
    case 'invalid-certificate':
      return problem(400, 'INVALID_CERTIFICATE', result.message);
  }
}

function isGrant(value: unknown): value is IntegrationGrant {
  return (INTEGRATION_GRANTS as readonly unknown[]).includes(value);
}

function changed(context: ControlContext, result: StoreChange<Parameters<typeof tokenSnapshot>[1]>): ControlReply {
  if (!result.ok) return storeProblem(result);
  return { status: 200, body: { token: tokenSnapshot(context.store, result.value) } };
}

function listed(result: StoreChange<readonly string[]>, key: string): ControlReply {
  if (!result.ok) return storeProblem(result);
  return { status: 200, body: { [key]: result.value } };
}

function storeProblem(result: Extract<StoreChange<unknown>, { ok: false }>): ControlReply {
  switch (result.problem) {
    case 'not-found':
      return problem(404, 'NOT_FOUND', result.message);
    case 'revoked':
      return problem(409, 'REVOKED', result.message);
    case 'unknown-reference':
      return problem(400, 'UNKNOWN_REFERENCE', result.message);
  }
}

function problem(status: number, code: string, message: string): ControlReply {
  return { status, body: { error: { code, message } } };
}

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>)[name] : undefined;
}
