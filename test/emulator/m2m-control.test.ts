import { request as httpRequest } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { control } from './support/emulator-client.js';
import { M2M_SEED, assertion, newCertificate, requestToken, signerOf, type TokenReply } from './support/m2m.js';
import { NOW } from './support/small-seed.js';

const SEED = { ...M2M_SEED, mappings: M2M_SEED.mappings?.filter((mapping) => mapping.name !== 'rsa-sync') ?? [] };

let emulator: RunningEmulator;
beforeEach(async () => { emulator = await startEmulator({ seed: SEED, origins: 'split', now: () => NOW }); });
afterEach(async () => { await emulator.close(); });

/** A raw request, as curl sends it: only the headers given, and a body only when there is one. */
function raw(method: string, path: string, headers: Readonly<Record<string, string>>, body?: string): Promise<{ status: number; text: string }> {
  const { port } = new URL(emulator.url);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: '127.0.0.1', port: Number(port), path: `/__emulator${path}`, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => { resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }); });
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const tokenState = (id: string): string | undefined => emulator.state().tokens.find((token) => token.id === id)?.state;
const certificateState = (id: string): string | undefined => emulator.state().certificates.find((certificate) => certificate.certificateId === id)?.state;

describe('the control endpoint for M2M, and changes without a body', () => {
  it('revokes a token with a body-less POST (curl -XPOST), with no content type at all', async () => {
    const response = await raw('POST', '/tokens/101/revoke', {});
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({ token: { id: '101', state: 'revoked' } });
  });

  it('still refuses a body that is not JSON, and any request a page of another site sends', async () => {
    expect((await raw('POST', '/tokens/101/revoke', { 'content-type': 'text/plain' }, '{}')).status).toBe(415);
    const foreign = await raw('POST', '/tokens/101/revoke', { origin: 'https://attacker.example' });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.text)).toEqual({ error: { code: 'FORBIDDEN_ORIGIN', message: 'The control endpoint refuses requests that a web page of another site sends.' } });
    expect(tokenState('101')).toBe('active');
    const { port } = new URL(emulator.url);
    expect((await raw('POST', '/tokens/101/revoke', { origin: `http://localhost:${port}` })).status).toBe(200);
  });

  it("refuses a page served on another loopback port: another origin, though the browser sends a loopback Origin", async () => {
    const { port } = new URL(emulator.url);
    const otherPort = Number(port) === 65535 ? 65534 : Number(port) + 1;
    const other = await raw('POST', '/tokens/101/revoke', { origin: `http://127.0.0.1:${otherPort}` });
    expect(other.status).toBe(403);
    expect((await raw('POST', '/tokens/101/revoke', { origin: 'http://localhost' })).status).toBe(403);
    expect(tokenState('101')).toBe('active');
  });

  it('uploads a certificate for a mapping as the administrator does, with the same key and capacity checks', async () => {
    const fresh = newCertificate({ type: 'ec', curve: 'P-256' });
    const response = await control(emulator, 'POST', '/certificates', { integration: '4', entity: 12, role: '23', certificatePem: fresh.pem });
    expect(response.status).toBe(201);
    const { certificate } = (await response.json()) as { certificate: { certificateId: string; application: string; user: string; role: string; state: string; keyAlgorithm: string } };
    expect(certificate).toMatchObject({ application: 'Expense Sync', user: 'svc-expense', role: 'Expense Read Only', state: 'active', keyAlgorithm: 'ec-p256' });
    const signer = { clientId: emulator.m2mCredentials('expense-reader')?.clientId ?? '', certificateId: certificate.certificateId, privateKeyPem: fresh.privateKeyPem, algorithm: 'ES256' };
    expect((await requestToken(emulator, await assertion(emulator, { signer }))).status).toBe(200);

    const weak = await control(emulator, 'POST', '/certificates', { integration: '4', entity: '12', role: '23', certificatePem: newCertificate({ type: 'rsa', bits: 2048 }).pem });
    expect(weak.status).toBe(400);
    expect(await weak.json()).toMatchObject({ error: { code: 'INVALID_CERTIFICATE' } });
    expect((await control(emulator, 'POST', '/certificates', { integration: '4', entity: '12', role: '23', certificatePem: fresh.pem })).status).toBe(409);
    expect((await control(emulator, 'POST', '/certificates', { integration: '4', entity: '12', role: '23', certificatePem: newCertificate({ type: 'ec', curve: 'P-256' }).pem })).status).toBe(201);
    const sixth = await control(emulator, 'POST', '/certificates', { integration: '4', entity: '12', role: '23', certificatePem: newCertificate({ type: 'ec', curve: 'P-256' }).pem });
    expect(await sixth.json()).toMatchObject({ error: { code: 'CAPACITY' } });
    expect((await control(emulator, 'POST', '/certificates', { integration: '99', entity: '12', role: '23', certificatePem: fresh.pem })).status).toBe(400);
    expect((await control(emulator, 'POST', '/certificates', { integration: '4' })).status).toBe(400);
  });

  it('revokes a certificate (the Revoke button): new tokens are refused; a second revoke is a 409', async () => {
    const signer = signerOf(emulator, 'expense-sync');
    const response = await raw('POST', `/certificates/${signer.certificateId}/revoke`, {});
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({ certificate: { certificateId: signer.certificateId, state: 'revoked', revokedAt: NOW.toISOString() } });
    expect(certificateState(signer.certificateId)).toBe('revoked');
    expect(((await (await requestToken(emulator, await assertion(emulator, { signer }))).json()) as TokenReply).error).toBe('invalid_grant');
    expect((await control(emulator, 'POST', `/certificates/${signer.certificateId}/revoke`)).status).toBe(409);
    expect((await control(emulator, 'POST', '/certificates/NPMnRyPg-WDWhPiAbisjKiH0fqnBpjOZ367wDTe0pqA/revoke')).status).toBe(404);
  });

  it('sets the grants of an integration, refusing anything but the two boxes', async () => {
    expect((await control(emulator, 'POST', '/integrations/5/grants', { grants: ['tba', 'client-credentials'] })).status).toBe(200);
    expect((await requestToken(emulator, await assertion(emulator, { signer: signerOf(emulator, 'legacy-export') }))).status).toBe(200);
    expect((await control(emulator, 'POST', '/integrations/5/grants', { grants: ['oauth'] })).status).toBe(400);
    expect((await control(emulator, 'POST', '/integrations/5/grants', { grants: ['tba', 'tba'] })).status).toBe(400);
    expect((await control(emulator, 'POST', '/integrations/99/grants', { grants: [] })).status).toBe(404);
  });

  it('shows certificates in the state with public facts only: no PEM, no private key, no access token', async () => {
    const credentials = emulator.m2mCredentials('expense-sync');
    const token = ((await (await requestToken(emulator, await assertion(emulator, { signer: signerOf(emulator, 'expense-sync') }))).json()) as TokenReply).access_token ?? '';
    const state = await (await control(emulator, 'GET', '/state')).text();
    expect(JSON.parse(state)).toMatchObject({ certificates: expect.arrayContaining([expect.objectContaining({ certificateId: credentials?.current?.certificateId, state: 'active', clientId: credentials?.clientId })]) as unknown });
    for (const certificate of credentials?.certificates ?? []) {
      const keyBody = (certificate.privateKeyPem ?? '').split('\n')[1] ?? '';
      expect(keyBody.length).toBeGreaterThan(20);
      expect(state).not.toContain(keyBody);
    }
    expect(state).not.toContain('BEGIN');
    expect(state).not.toContain(token);
    expect(JSON.parse(state)).toMatchObject({ counters: { accessTokensIssued: 1 } });
  });

  it('lists the new actions on its index', async () => {
    const { endpoints } = (await (await control(emulator, 'GET', '/')).json()) as { endpoints: string[] };
    expect(endpoints.some((line) => line.startsWith('POST /__emulator/certificates — upload an M2M certificate'))).toBe(true);
    expect(endpoints).toContain('POST /__emulator/certificates/:certificateId/revoke — revoke an M2M certificate (the Revoke button); 409 when it is not active');
  });
});
