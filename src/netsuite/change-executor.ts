import type { ChangeExecutor } from '../ports.js';
import type { M2mCredentials, TbaCredentials } from '../secrets/credentials.js';
import type { Authorizer } from './authorizer.js';
import { certificatesPath } from './certificate-directory.js';
import { tbaAuthorizer } from './authorizer.js';
import type { NetSuiteEndpoints } from './endpoints.js';
import type { RequestSigner } from './signer.js';
import type { NetSuiteTransport } from './transport.js';

export const REVOKE_TOKEN_PATH = '/rest/revoketoken';

const AUTH_HINT =
  "The token's own credentials were refused: it may already be revoked or inactive (a retried revoke that went through also ends this way), or the env: references may hold another token's values. The next observation shows the token's real state.";

/**
 * The changes NetSuite's public APIs allow, over HTTP. For a certificate: revoking it with its mapping's token. For TBA that is one: `GET rest/revoketoken?consumerKey=&token=`
 * on the RESTlet domain, signed with the very token it revokes. Any 2xx means the request was accepted;
 * whether the token is revoked is decided by observing it again (the response body is undocumented).
 */
export class NetSuiteChangeExecutor implements ChangeExecutor {
  readonly #endpoints: NetSuiteEndpoints;
  readonly #transport: NetSuiteTransport;
  readonly #signer: RequestSigner;

  readonly #authorizerFor: (credentials: M2mCredentials) => Authorizer;

  constructor(options: {
    readonly endpoints: NetSuiteEndpoints;
    readonly transport: NetSuiteTransport;
    readonly signer: RequestSigner;
    readonly authorizerFor: (credentials: M2mCredentials) => Authorizer;
  }) {
    this.#endpoints = options.endpoints;
    this.#transport = options.transport;
    this.#signer = options.signer;
    this.#authorizerFor = options.authorizerFor;
  }

  /**
   * `POST …/clients/<clientId>/certificates/<certificateId>/revoke` with no body (reference §8.4).
   * NetSuite answers plain text; any 2xx is accepted and listing again decides whether it took effect.
   */
  async revokeCertificate(credentials: M2mCredentials, certificateId: string): Promise<void> {
    await this.#transport.send({
      method: 'POST',
      url: `${this.#endpoints.restlets}${certificatesPath(credentials.clientId)}/${encodeURIComponent(certificateId)}/revoke`,
      authorizer: this.#authorizerFor(credentials),
      authHint: "The mapping's own access token was refused: its certificate may already be revoked or expired. The next observation shows the real state.",
    });
  }

  /**
   * `POST …/clients/<clientId>/certificates` with `{fileContent, role, entity}` (ids as integers where
   * they are, reference rotation §1.1), sent once: the caller lists before trying again. NetSuite's reply
   * names the new certificate's id [3P]; null when it does not.
   */
  async uploadCertificate(credentials: M2mCredentials, upload: { readonly certificatePem: string; readonly entity: string; readonly role: string }): Promise<string | null> {
    // Never a private key to NetSuite, whatever went wrong upstream.
    if (upload.certificatePem.includes('PRIVATE KEY')) throw new Error('Refusing to upload: the certificate text holds a private key.');
    const response = await this.#transport.send({
      method: 'POST',
      url: `${this.#endpoints.restlets}${certificatesPath(credentials.clientId)}`,
      body: { fileContent: upload.certificatePem, role: integerOrText(upload.role), entity: integerOrText(upload.entity) },
      authorizer: this.#authorizerFor(credentials),
      authHint: "The mapping's own access token was refused: its certificate may have been revoked or expired meanwhile.",
      sendOnce: true,
    });
    return uploadedId(response.text);
  }

  async revokeToken(credentials: TbaCredentials): Promise<void> {
    const query = `consumerKey=${encodeURIComponent(credentials.consumerKey.reveal())}&token=${encodeURIComponent(credentials.tokenId.reveal())}`;
    await this.#transport.send({
      method: 'GET',
      url: `${this.#endpoints.restlets}${REVOKE_TOKEN_PATH}?${query}`,
      authorizer: tbaAuthorizer(this.#signer, credentials),
      authHint: AUTH_HINT,
    });
  }
}

function integerOrText(id: string): number | string {
  return /^-?\d{1,15}$/.test(id) ? Number(id) : id;
}

function uploadedId(text: string): string | null {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== 'object' || body === null) return null;
    const record = body as Record<string, unknown>;
    const nested = typeof record['details'] === 'object' && record['details'] !== null ? (record['details'] as Record<string, unknown>)['certificate_id'] : undefined;
    const id = record['certificate_id'] ?? nested;
    return typeof id === 'string' && id !== '' ? id : null;
  } catch {
    return null;
  }
}
