import type { ObservedCertificate, ObservedMapping } from '../domain/kinds/m2m-certificate/certificate.js';
import type { CertificateDirectory, MappingToObserve } from '../ports.js';
import type { Authorizer } from './authorizer.js';
import type { M2mCredentials } from '../secrets/credentials.js';
import type { NetSuiteEndpoints } from './endpoints.js';
import { NetSuiteError } from './errors.js';
import type { NetSuiteTransport } from './transport.js';
import type { Secret } from '../secrets/secret.js';
import { accessTokenSubject } from './m2m-authorizer.js';

/** SPEC §11, reference §8: the certificates API lives on the RESTlet domain. */
export function certificatesPath(clientId: string): string {
  return `/services/rest/auth/oauth2/v1/clients/${encodeURIComponent(clientId)}/certificates`;
}

const FORBIDDEN_HINT = 'Give the mapping’s role the "Manage own OAuth 2.0 Client Credentials certificates" permission to have it observed (its own token is the only one that may list its certificates).';

const AUTH_HINT = "The mapping's own access token was refused: check its certificate is active and the integration keeps the Client Credentials grant.";

/**
 * Lists each declared mapping's certificates with a token of that mapping (one token exchange and one
 * list per mapping, all at once within the transport's concurrency). A mapping NetSuite refuses (403
 * without "Manage own OAuth 2.0 Client Credentials certificates", a refused grant) is reported as
 * refused, with NetSuite's words, and the others are still observed.
 */
export class NetSuiteCertificateDirectory implements CertificateDirectory {
  readonly #endpoints: NetSuiteEndpoints;
  readonly #transport: NetSuiteTransport;
  readonly #authorizerFor: (credentials: M2mCredentials) => Authorizer;
  readonly #accessToken: (credentials: M2mCredentials) => Promise<Secret>;

  constructor(options: {
    readonly endpoints: NetSuiteEndpoints;
    readonly transport: NetSuiteTransport;
    readonly authorizerFor: (credentials: M2mCredentials) => Authorizer;
    /** The credentials' access token (cached: the requests that follow with the same credentials reuse it). */
    readonly accessToken: (credentials: M2mCredentials) => Promise<Secret>;
  }) {
    this.#endpoints = options.endpoints;
    this.#transport = options.transport;
    this.#authorizerFor = options.authorizerFor;
    this.#accessToken = options.accessToken;
  }

  /** The token request alone; `sub` names the role and entity it acts as (reference rotation §1.4). */
  async signIn(credentials: M2mCredentials): Promise<{ readonly role: string; readonly entity: string } | null> {
    return accessTokenSubject((await this.#accessToken(credentials)).reveal());
  }

  async observe(mappings: readonly MappingToObserve[]): Promise<readonly ObservedMapping[]> {
    return Promise.all(mappings.map(async (mapping): Promise<ObservedMapping> => {
      const base = { mapping: mapping.mapping, clientId: mapping.clientId };
      if (mapping.retired) return { ...base, observation: { status: 'retired' } };
      if (mapping.credentials === null) return { ...base, observation: { status: 'unobservable', missing: mapping.missing } };
      try {
        return { ...base, observation: { status: 'observed', certificates: await this.#list(mapping.credentials, mapping.clientId) } };
      } catch (error) {
        // A refusal says something about this mapping; a network failure says nothing, so it fails the run.
        if (error instanceof NetSuiteError && error.status !== null && error.status >= 400 && error.status < 500) {
          const hint = error.status === 403 ? FORBIDDEN_HINT : error.hint;
          return { ...base, observation: { status: 'refused', reason: `${error.message}${hint === null ? '' : ` ${hint}`}` } };
        }
        throw error;
      }
    }));
  }

  async list(credentials: M2mCredentials): Promise<ObservedCertificate[]> {
    return this.#list(credentials, credentials.clientId);
  }

  async #list(credentials: M2mCredentials, clientId: string): Promise<ObservedCertificate[]> {
    const response = await this.#transport.send({
      method: 'GET',
      url: `${this.#endpoints.restlets}${certificatesPath(clientId)}`,
      authorizer: this.#authorizerFor(credentials),
      authHint: AUTH_HINT,
    });
    return parseCertificates(response.text, response.endpoint);
  }
}

/**
 * The list as NetSuite answers it [3P shapes, reference §8.2]: a JSON array of objects with
 * `certificate_id`, `algorithm`, `valid_from`, `valid_until`, `created`, `revoked`, and `application`,
 * `entity`, `role` objects with an `id`. Read defensively: dates may be ISO instants or days, ids numbers or strings.
 */
export function parseCertificates(text: string, endpoint: string): ObservedCertificate[] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const items = Array.isArray(body) ? body : isRecord(body) && Array.isArray(body['items']) ? body['items'] : null;
  if (items === null) {
    throw new NetSuiteError(`The answer to ${endpoint} is not a list of certificates.`, { endpoint, status: 200, errorCode: null, detail: null }, {
      hint: 'Check that NETSUITE_RESTLETS_URL (or operator.endpoints.restlets) points at NetSuite.',
    });
  }
  return items.filter(isRecord).flatMap((item): ObservedCertificate[] => {
    const id = text_(item['certificate_id']);
    if (id === null) return [];
    return [{
      certificateId: id,
      algorithm: text_(item['algorithm']),
      validFrom: instant(item['valid_from']),
      validUntil: instant(item['valid_until']),
      created: instant(item['created']),
      revoked: item['revoked'] === true || item['revoked'] === 'T',
      application: isRecord(item['application']) ? text_(item['application']['name']) : null,
      entity: isRecord(item['entity']) ? idOf(item['entity']['id']) : null,
      role: isRecord(item['role']) ? idOf(item['role']['id']) : null,
    }];
  });
}

function text_(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function idOf(value: unknown): string | null {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return text_(value);
}

/** An ISO instant from what NetSuite sent, or null; a bare day is midnight UTC. */
function instant(value: unknown): string | null {
  const raw = text_(value);
  if (raw === null) return null;
  const at = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T00:00:00Z` : raw);
  return Number.isNaN(at) ? null : new Date(at).toISOString();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
