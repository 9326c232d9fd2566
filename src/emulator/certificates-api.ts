import type { ServerResponse } from 'node:http';
import type { AccessGrant } from './access-tokens.js';
import type { AccountStore } from './account-store.js';
import { algorithmLabel } from './certificate-inspection.js';
import { sameMapping, type CertificateRecord, type CertificateStore } from './certificate-store.js';
import { send, sendJson } from './http-io.js';
import { apiError, type ErrorResponse } from './netsuite-errors.js';
import type { EmulatorOrigins } from './origins.js';
import { percentDecode } from './percent-encoding.js';

/**
 * NetSuite's certificate rotation endpoint ("OAuth 2.0 Client Credentials Certificate Rotation
 * Endpoint"), on the RESTlet host:
 *   GET  …/clients/<clientId>/certificates                      list
 *   POST …/clients/<clientId>/certificates                      upload {"fileContent", "role", "entity"}
 *   POST …/clients/<clientId>/certificates/<certificateId>/revoke   revoke (no body)
 * with an OAuth 2.0 access token and the permission "Manage own OAuth 2.0 Client Credentials
 * certificates". Reply shapes are [3P] (omniboost/go-netsuite-rest, netsuite-cli); errors use the REST
 * web services shape, as the only known 403 body does [3P mock].
 */
export const CLIENTS_PATH_PREFIX = '/services/rest/auth/oauth2/v1/clients/';

export type CertificatesRoute =
  | { readonly kind: 'certificates'; readonly clientId: string }
  | { readonly kind: 'certificate-revoke'; readonly clientId: string; readonly certificateId: string };

/** The route of a certificates API path, or null when the path is not one. */
export function certificatesRouteOf(path: string): CertificatesRoute | null {
  if (!path.startsWith(CLIENTS_PATH_PREFIX)) return null;
  const segments = path.slice(CLIENTS_PATH_PREFIX.length).split('/').map((segment) => percentDecode(segment, { plusIsSpace: false }));
  if (segments.some((segment) => segment === null || segment === '')) return null;
  const [clientId, collection, certificateId, action, ...rest] = segments as string[];
  if (clientId === undefined || collection !== 'certificates' || rest.length > 0) return null;
  if (certificateId === undefined) return { kind: 'certificates', clientId };
  return action === 'revoke' ? { kind: 'certificate-revoke', clientId, certificateId } : null;
}

export interface CertificatesApiContext {
  readonly store: AccountStore;
  readonly certificates: CertificateStore;
  readonly now: () => Date;
  readonly origins: () => EmulatorOrigins;
}

/** The permission the endpoint requires (id from a REST API Browser dump [3P]). */
const MANAGE_OWN_CERTIFICATES = 'ADMI_MANAGE_OWN_OAUTH2_CERTS';

export function answerCertificatesRequest(context: CertificatesApiContext, route: CertificatesRoute, method: string, grant: AccessGrant, bodyText: string, response: ServerResponse): void {
  const reply = (error: ErrorResponse): void => { sendJson(response, error.status, error.body, error.headers); };
  if (!context.store.roleHas(grant.roleId, MANAGE_OWN_CERTIFICATES)) {
    reply(forbidden(`The role ${roleName(context, grant.roleId)} lacks the permission Manage own OAuth 2.0 Client Credentials certificates.`));
    return;
  }
  // [INF] "Own", read conservatively (SPEC §11): a token acts only on the certificates of the mapping
  // (client, entity, role) it was issued for.
  if (route.clientId !== grant.clientId) {
    reply(forbidden('An access token can manage only the certificates of its own integration, entity and role; this client id is not the one the token was issued for.'));
    return;
  }
  if (route.kind === 'certificate-revoke') {
    revoke(context, route.certificateId, grant, response);
    return;
  }
  if (method === 'GET') {
    const entries = context.certificates.ofMapping(grant).map((certificate) => certificateEntry(context, certificate));
    sendJson(response, 200, entries);
    return;
  }
  upload(context, grant, bodyText, response);
}

function upload(context: CertificatesApiContext, grant: AccessGrant, bodyText: string, response: ServerResponse): void {
  const reply = (error: ErrorResponse): void => { sendJson(response, error.status, error.body, error.headers); };
  const body = uploadBody(bodyText);
  if (!body.ok) {
    reply(apiError('rest', 400, 'INVALID_CONTENT', body.problem));
    return;
  }
  if (body.entity !== grant.entityId || body.role !== grant.roleId) {
    reply(forbidden(`An access token can upload certificates only for its own entity and role (entity ${grant.entityId}, role ${grant.roleId}), not for entity ${body.entity}, role ${body.role}.`));
    return;
  }
  const uploaded = context.certificates.upload(grant, body.fileContent, context.now());
  if (!uploaded.ok) {
    reply(apiError('rest', 400, 'INVALID_CONTENT', uploaded.message));
    return;
  }
  // [INF] The reply is the stored entry, as the list shows it (netsuite-cli reads `certificate_id` from
  // it [3P]); whether NetSuite answers 200 or 201, and with which fields, is unsettled (reference/rotation.md §1.10).
  // Refusals (a duplicate, the sixth active certificate) are 400 INVALID_CONTENT with a sentence: NetSuite's
  // own code and words for them are not known either.
  sendJson(response, 200, certificateEntry(context, uploaded.certificate));
}

function revoke(context: CertificatesApiContext, certificateId: string, grant: AccessGrant, response: ServerResponse): void {
  const reply = (error: ErrorResponse): void => { sendJson(response, error.status, error.body, error.headers); };
  const certificate = context.certificates.byId(certificateId);
  const clientId = certificate === undefined ? undefined : context.store.integration(certificate.integrationId)?.consumerKey;
  if (certificate === undefined || clientId !== grant.clientId) {
    reply(apiError('rest', 404, 'NONEXISTENT_ID', `The integration has no certificate ${certificateId}.`));
    return;
  }
  if (!sameMapping(certificate, grant)) {
    reply(forbidden('An access token can revoke only the certificates of its own entity and role.'));
    return;
  }
  const revoked = context.certificates.revoke(certificateId, context.now());
  // [INF] Revoking an already revoked or expired certificate is refused (400), after "only active
  // certificates can be revoked"; NetSuite's reply to it is unsettled (reference/rotation.md §1.10).
  if (!revoked.ok) {
    reply(apiError('rest', 400, 'INVALID_CONTENT', revoked.message));
    return;
  }
  // [3P] netsuite-cli: the reply is the plain text "Successfully revoked", not JSON.
  send(response, 200, { 'content-type': 'text/plain; charset=UTF-8' }, 'Successfully revoked');
}

type UploadBody = { readonly ok: true; readonly fileContent: string; readonly entity: string; readonly role: string } | { readonly ok: false; readonly problem: string };

const SHAPE = 'Send a JSON object {"fileContent": "<certificate PEM>", "role": <role id>, "entity": <entity id>}.';

function uploadBody(text: string): UploadBody {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // NetSuite expects a JSON payload since 2023.2.
    return { ok: false, problem: `The request body is not JSON. ${SHAPE}` };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, problem: `The request body is not a JSON object. ${SHAPE}` };
  const { fileContent, role, entity } = body as Record<string, unknown>;
  // [3P] Ids arrive as numbers (omniboost, Oracle's blog) or strings of digits (netsuite-cli); both are read.
  const id = (value: unknown): string | null => (typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : typeof value === 'string' && /^-?[0-9]{1,15}$/.test(value) ? value : null);
  const roleId = id(role);
  const entityId = id(entity);
  if (typeof fileContent !== 'string' || roleId === null || entityId === null) return { ok: false, problem: `The body lacks a valid fileContent, role or entity. ${SHAPE}` };
  return { ok: true, fileContent, role: roleId, entity: entityId };
}

/**
 * One certificate as the list shows it [3P omniboost types.go]: snake_case keys, internal ids as numbers,
 * dates as RFC 3339 instants [INF: clients seen in the wild also parse YYYY-MM-DD and DD/MM/YYYY].
 */
export function certificateEntry(context: Pick<CertificatesApiContext, 'store' | 'origins'>, certificate: CertificateRecord): Record<string, unknown> {
  const ui = context.origins().system;
  const integration = context.store.integration(certificate.integrationId);
  return {
    certificate_id: certificate.id,
    algorithm: algorithmLabel(certificate.keyAlgorithm),
    valid_from: instant(certificate.validFrom),
    valid_until: instant(certificate.validUntil),
    created: instant(certificate.created),
    revoked: certificate.revokedAt !== null,
    application: {
      id: Number(certificate.integrationId),
      name: integration?.name ?? context.store.displayName('integration', certificate.integrationId) ?? '',
      url: `${ui}/app/common/integration/integrapp.nl?id=${certificate.integrationId}`,
      application_id: integration?.applicationId ?? '',
    },
    entity: { id: Number(certificate.entityId), name: context.store.displayName('entity', certificate.entityId) ?? '', url: `${ui}/app/common/entity/employee.nl?id=${certificate.entityId}` },
    role: { id: Number(certificate.roleId), name: context.store.displayName('role', certificate.roleId) ?? '', url: `${ui}/app/setup/role.nl?id=${certificate.roleId}` },
  };
}

function forbidden(detail: string): ErrorResponse {
  return apiError('rest', 403, 'INSUFFICIENT_PERMISSION', detail);
}

function roleName(context: CertificatesApiContext, roleId: string): string {
  return context.store.displayName('role', roleId) ?? roleId;
}

function instant(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
