import { X509Certificate, createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { emulatorFetch, signedFetch } from './support/emulator-client.js';
import { CLIENT_IDS, M2M_SEED, accessTokenOf, assertion, bearerFetch, newCertificate, requestToken, type TokenReply } from './support/m2m.js';
import { NOW, OPERATOR } from './support/small-seed.js';

/** Each test gets a fresh account; the RSA mapping is left out (its key is slow to make and unused here). */
const SEED = { ...M2M_SEED, mappings: M2M_SEED.mappings?.filter((mapping) => mapping.name !== 'rsa-sync') ?? [] };
const DAY = 86_400_000;

let emulator: RunningEmulator;
beforeEach(async () => { emulator = await startEmulator({ seed: SEED, origins: 'split', now: () => NOW }); });
afterEach(async () => { await emulator.close(); });

const certificatesUrl = (clientId: string = CLIENT_IDS.expense): string => `${emulator.origins.restlets}/services/rest/auth/oauth2/v1/clients/${clientId}/certificates`;
const thumbprint = (pem: string): string => createHash('sha256').update(new X509Certificate(pem).raw).digest('base64url');

interface Entry {
  certificate_id: string;
  algorithm: string;
  valid_from: string;
  valid_until: string;
  created: string;
  revoked: boolean;
  application: { id: number; name: string; url: string; application_id: string };
  entity: { id: number; name: string; url: string };
  role: { id: number; name: string; url: string };
}

const list = async (token: string): Promise<Entry[]> => {
  const response = await bearerFetch(emulator, certificatesUrl(), token);
  expect(response.status).toBe(200);
  return (await response.json()) as Entry[];
};
const upload = (token: string, body: unknown, clientId?: string): Promise<Response> =>
  bearerFetch(emulator, certificatesUrl(clientId), token, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
const revoke = (token: string, certificateId: string): Promise<Response> => bearerFetch(emulator, `${certificatesUrl()}/${certificateId}/revoke`, token, { method: 'POST' });
const errorOf = async (response: Response): Promise<{ status: number; code: string | undefined; detail: string | undefined }> => {
  const body = (await response.json()) as { 'o:errorDetails'?: { detail?: string; 'o:errorCode'?: string }[] };
  return { status: response.status, code: body['o:errorDetails']?.[0]?.['o:errorCode'], detail: body['o:errorDetails']?.[0]?.detail };
};

describe('the certificates API (GET/POST …/clients/<clientId>/certificates, POST …/<id>/revoke)', () => {
  it("lists the token's own mapping's certificates, each as NetSuite's clients read them", async () => {
    const own = emulator.m2mCredentials('expense-sync');
    const entries = await list(await accessTokenOf(emulator, 'expense-sync'));
    expect(entries.map((entry) => entry.certificate_id)).toEqual(own?.certificates.map((certificate) => certificate.certificateId));
    const current = entries[2];
    expect(current).toEqual({
      certificate_id: own?.current?.certificateId,
      algorithm: 'EC',
      valid_from: new Date(NOW.getTime() - 65 * DAY).toISOString().replace('.000Z', 'Z'),
      valid_until: new Date(NOW.getTime() + 300 * DAY).toISOString().replace('.000Z', 'Z'),
      created: new Date(NOW.getTime() - 65 * DAY).toISOString().replace('.000Z', 'Z'),
      revoked: false,
      application: { id: 4, name: 'Expense Sync', url: `${emulator.origins.system}/app/common/integration/integrapp.nl?id=4`, application_id: expect.stringMatching(/^[0-9A-F]{8}(?:-[0-9A-F]{4}){3}-[0-9A-F]{12}$/) as unknown },
      entity: { id: 12, name: 'svc-expense', url: `${emulator.origins.system}/app/common/entity/employee.nl?id=12` },
      role: { id: 22, name: 'Expense Sync M2M', url: `${emulator.origins.system}/app/setup/role.nl?id=22` },
    });
    expect(entries.map((entry) => entry.revoked)).toEqual([false, true, false]);
    // The certificate id is base64url(SHA-256(DER)): the kid can be computed before an upload.
    for (const certificate of own?.certificates ?? []) expect(certificate.certificateId).toBe(thumbprint(certificate.certificatePem));
  });

  it('takes only OAuth 2.0 access tokens: none, TBA or an unknown Bearer get the generic 401', async () => {
    const unsigned = await emulatorFetch(emulator, certificatesUrl());
    expect(unsigned.status).toBe(401);
    expect(await errorOf(unsigned)).toMatchObject({ code: 'INVALID_LOGIN' });
    expect(unsigned.headers.get('www-authenticate')).toContain('Bearer realm="1234567_SB1"');
    const tba = await signedFetch(emulator, { host: 'restlets', path: `/services/rest/auth/oauth2/v1/clients/${CLIENT_IDS.expense}/certificates`, credentials: OPERATOR, now: NOW });
    expect(tba.status).toBe(401);
    expect((await bearerFetch(emulator, certificatesUrl(), 'eyJunknown')).status).toBe(401);
  });

  it('is served on the RESTlet host, not the REST one', async () => {
    const token = await accessTokenOf(emulator, 'expense-sync');
    const onRest = await bearerFetch(emulator, `${emulator.origins.rest}/services/rest/auth/oauth2/v1/clients/${CLIENT_IDS.expense}/certificates`, token);
    expect(onRest.status).toBe(404);
  });

  it('answers 403 to a role without "Manage own OAuth 2.0 Client Credentials certificates"', async () => {
    const response = await bearerFetch(emulator, certificatesUrl(), await accessTokenOf(emulator, 'expense-reader'));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      type: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.4',
      title: 'Forbidden',
      status: 403,
      'o:errorDetails': [{ detail: 'The role Expense Read Only lacks the permission Manage own OAuth 2.0 Client Credentials certificates.', 'o:errorCode': 'INSUFFICIENT_PERMISSION' }],
    });
  });

  it('answers 403 for another client id, and for an upload or revoke for another entity or role', async () => {
    const token = await accessTokenOf(emulator, 'expense-sync');
    const other = await bearerFetch(emulator, certificatesUrl(CLIENT_IDS.legacy), token);
    expect(await errorOf(other)).toMatchObject({ status: 403, code: 'INSUFFICIENT_PERMISSION' });
    const { pem } = newCertificate({ type: 'ec', curve: 'P-256' });
    const forOther = await upload(token, { fileContent: pem, role: 22, entity: 10 });
    expect(await errorOf(forOther)).toEqual({
      status: 403,
      code: 'INSUFFICIENT_PERMISSION',
      detail: 'An access token can upload certificates only for its own entity and role (entity 12, role 22), not for entity 10, role 22.',
    });
    const readerCertificate = emulator.m2mCredentials('expense-reader')?.current?.certificateId ?? '';
    expect(await errorOf(await revoke(token, readerCertificate))).toMatchObject({ status: 403, code: 'INSUFFICIENT_PERMISSION' });
    expect(emulator.state().certificates.find((certificate) => certificate.certificateId === readerCertificate)?.state).toBe('active');
  });

  it('uploads a certificate for its own mapping; its id is the thumbprint, and it signs in at once', async () => {
    const token = await accessTokenOf(emulator, 'expense-sync');
    const fresh = newCertificate({ type: 'ec', curve: 'P-384' });
    const response = await upload(token, { fileContent: fresh.pem, role: 22, entity: '12' });
    expect(response.status).toBe(200);
    const entry = (await response.json()) as Entry;
    expect(entry).toMatchObject({ certificate_id: thumbprint(fresh.pem), algorithm: 'EC', revoked: false, created: NOW.toISOString().replace('.000Z', 'Z'), entity: { id: 12 }, role: { id: 22 } });
    expect((await list(token)).map((listed) => listed.certificate_id)).toContain(entry.certificate_id);
    const signer = { clientId: CLIENT_IDS.expense, certificateId: entry.certificate_id, privateKeyPem: fresh.privateKeyPem, algorithm: 'ES384' };
    const minted = await requestToken(emulator, await assertion(emulator, { signer }));
    expect(minted.status).toBe(200);
  });

  it('shortens a validity over 730 days to 730 days', async () => {
    const from = new Date(NOW.getTime() - DAY);
    const { pem } = newCertificate({ type: 'ec', curve: 'P-256' }, { from, days: 1000 });
    const entry = (await (await upload(await accessTokenOf(emulator, 'expense-sync'), { fileContent: pem, role: 22, entity: 12 })).json()) as Entry;
    expect(Date.parse(entry.valid_until) - Date.parse(entry.valid_from)).toBe(730 * DAY);
    expect(new Date(new X509Certificate(pem).validTo).getTime()).toBe(from.getTime() + 1000 * DAY);
  });

  it('refuses RSA-2048 and secp256k1 keys, a private key, a non-JSON body and a second upload of one certificate (400)', async () => {
    const token = await accessTokenOf(emulator, 'expense-sync');
    const refused = async (body: unknown): Promise<string | undefined> => {
      const response = await bearerFetch(emulator, certificatesUrl(), token, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json' } });
      const error = await errorOf(response);
      expect(error).toMatchObject({ status: 400, code: 'INVALID_CONTENT' });
      return error.detail;
    };
    expect(await refused({ fileContent: newCertificate({ type: 'rsa', bits: 2048 }).pem, role: 22, entity: 12 })).toBe(
      "The certificate's RSA key has 2048 bits; NetSuite accepts RSA keys of 3072 or 4096 bits and EC keys on P-256, P-384 or P-521.",
    );
    expect(await refused({ fileContent: newCertificate({ type: 'ec', curve: 'secp256k1' }).pem, role: 22, entity: 12 })).toBe(
      "The certificate's EC key is on secp256k1; NetSuite accepts RSA keys of 3072 or 4096 bits and EC keys on P-256, P-384 or P-521.",
    );
    const withKey = newCertificate({ type: 'ec', curve: 'P-256' });
    expect(await refused({ fileContent: `${withKey.pem}${withKey.privateKeyPem}`, role: 22, entity: 12 })).toBe('The file holds a private key; upload only the certificate (public), never the private key.');
    expect(await refused('fileContent=x')).toBe('The request body is not JSON. Send a JSON object {"fileContent": "<certificate PEM>", "role": <role id>, "entity": <entity id>}.');
    expect(await refused({ fileContent: withKey.pem })).toContain('The body lacks a valid fileContent, role or entity.');
    expect((await upload(token, { fileContent: withKey.pem, role: 22, entity: 12 })).status).toBe(200);
    expect(await refused({ fileContent: withKey.pem, role: 22, entity: 12 })).toContain('This certificate is already uploaded');
  });

  it('refuses a sixth active certificate on one integration record with a clear 400; a revoke makes room', async () => {
    const token = await accessTokenOf(emulator, 'expense-sync');
    // Three are active at NOW (expense-sync, expense-reader, no-oauth-login); two uploads make five.
    expect(emulator.state().certificates.filter((certificate) => certificate.integrationId === '4' && certificate.state === 'active')).toHaveLength(3);
    expect((await upload(token, { fileContent: newCertificate({ type: 'ec', curve: 'P-256' }).pem, role: 22, entity: 12 })).status).toBe(200);
    expect((await upload(token, { fileContent: newCertificate({ type: 'ec', curve: 'P-256' }).pem, role: 22, entity: 12 })).status).toBe(200);
    const sixth = await upload(token, { fileContent: newCertificate({ type: 'ec', curve: 'P-256' }).pem, role: 22, entity: 12 });
    expect(await errorOf(sixth)).toEqual({
      status: 400,
      code: 'INVALID_CONTENT',
      detail: 'The integration record already has 5 active certificates, the most NetSuite allows (5); revoke one before uploading another.',
    });
    const current = emulator.m2mCredentials('expense-sync')?.current?.certificateId ?? '';
    expect((await revoke(token, current)).status).toBe(200);
    expect((await upload(token, { fileContent: newCertificate({ type: 'ec', curve: 'P-256' }).pem, role: 22, entity: 12 })).status).toBe(200);
  });

  it('revokes with a body-less POST, answering "Successfully revoked"; revocation is final and refuses new tokens', async () => {
    const token = await accessTokenOf(emulator, 'expense-sync');
    const credentials = emulator.m2mCredentials('expense-sync');
    const current = credentials?.current;
    const response = await revoke(token, current?.certificateId ?? '');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toBe('Successfully revoked');
    expect((await list(token)).find((entry) => entry.certificate_id === current?.certificateId)?.revoked).toBe(true);
    expect(emulator.m2mCredentials('expense-sync')?.current).toBeNull();
    const again = await revoke(token, current?.certificateId ?? '');
    expect(await errorOf(again)).toMatchObject({ status: 400, detail: `Certificate ${current?.certificateId ?? ''} is revoked; only active certificates can be revoked.` });
    expect(await errorOf(await revoke(token, 'NPMnRyPg-WDWhPiAbisjKiH0fqnBpjOZ367wDTe0pqA'))).toMatchObject({ status: 404, code: 'NONEXISTENT_ID' });
    const signer = { clientId: credentials?.clientId ?? '', certificateId: current?.certificateId ?? '', privateKeyPem: current?.privateKeyPem ?? '', algorithm: 'ES256' };
    expect(((await (await requestToken(emulator, await assertion(emulator, { signer }))).json()) as TokenReply).error).toBe('invalid_grant');
    // [INF] Tokens issued before the revocation keep working until they expire.
    expect((await list(token)).length).toBe(3);
  });
});
