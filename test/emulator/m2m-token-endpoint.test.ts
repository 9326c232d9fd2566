import { createPrivateKey, sign } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { control, emulatorFetch, suiteql } from './support/emulator-client.js';
import { ASSERTION_TYPE, CLIENT_IDS, M2M_SEED, TOKEN_PATH, accessTokenOf, assertion, bearerFetch, requestToken, signerOf, type TokenReply } from './support/m2m.js';
import { NOW, OPERATOR } from './support/small-seed.js';

let clock = NOW;
let emulator: RunningEmulator;
beforeAll(async () => { emulator = await startEmulator({ seed: M2M_SEED, origins: 'split', now: () => clock }); });
afterAll(async () => { await emulator.close(); });
beforeEach(() => { clock = NOW; });

const nowSeconds = (): number => Math.floor(NOW.getTime() / 1000);
const exchange = async (clientAssertion: string): Promise<{ status: number; body: TokenReply; headers: Headers }> => {
  const response = await requestToken(emulator, clientAssertion);
  return { status: response.status, body: (await response.json()) as TokenReply, headers: response.headers };
};
const refusal = async (clientAssertion: string): Promise<{ error: string | undefined; description: string }> => {
  const { status, body } = await exchange(clientAssertion);
  expect(status).toBe(400);
  expect(Object.keys(body).sort()).toEqual(['error', 'error_description']);
  return { error: body.error, description: body.error_description ?? '' };
};

/** A compact JWS signed with node:crypto, for assertions jose refuses to make (mismatched alg and key). */
function forged(header: Record<string, unknown>, claims: Record<string, unknown>, privateKeyPem: string, hash: string): string {
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  const signature = sign(hash, Buffer.from(input), { key: createPrivateKey(privateKeyPem), dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

describe('the OAuth 2.0 token endpoint (client credentials with a JWT assertion)', () => {
  it('issues a Bearer token for a valid ES256 assertion: {access_token, expires_in, token_type}, not cached', async () => {
    const issuedBefore = emulator.state().counters.accessTokensIssued;
    const signer = signerOf(emulator, 'expense-sync');
    const { status, body, headers } = await exchange(await assertion(emulator, { signer }));
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'token_type']);
    expect(body).toMatchObject({ expires_in: '3600', token_type: 'Bearer' });
    expect(headers.get('cache-control')).toBe('no-store');
    // NetSuite's access tokens are JWTs: sub is "role;entity", aud names the application and the client.
    const token = body.access_token ?? '';
    expect(decodeProtectedHeader(token)).toMatchObject({ typ: 'JWT', alg: 'RS256' });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ sub: '22;12', iss: 'https://system.netsuite.com', scope: ['rest_webservices'], iat: nowSeconds(), exp: nowSeconds() + 3600 });
    expect(claims.aud).toContain(CLIENT_IDS.expense);
    expect(emulator.state().counters.accessTokensIssued).toBe(issuedBefore + 1);
  });

  it('accepts PS256 with an RSA-3072 certificate, ES384 with P-384, and a comma-separated scope', async () => {
    expect((await exchange(await assertion(emulator, { signer: signerOf(emulator, 'rsa-sync') }))).status).toBe(200);
    expect(signerOf(emulator, 'rsa-sync').algorithm).toBe('PS256');
    expect((await exchange(await assertion(emulator, { signer: signerOf(emulator, 'expense-reader') }))).status).toBe(200);
    expect((await exchange(await assertion(emulator, { signer: signerOf(emulator, 'expense-sync'), scope: 'restlets,rest_webservices' }))).status).toBe(200);
  });

  it('writes a Login Audit Trail row for each grant and each refusal', async () => {
    await accessTokenOf(emulator, 'expense-sync');
    await exchange('not-a-jwt');
    const rows = await suiteql(emulator, {
      q: "SELECT status, oauthappname, user, role, detail FROM loginaudit WHERE requesturi = '/services/rest/auth/oauth2/v1/token' ORDER BY date",
      credentials: OPERATOR,
      now: NOW,
    });
    const items = ((await rows.json()) as { items: Record<string, string | undefined>[] }).items;
    expect(items).toContainEqual(expect.objectContaining({ status: 'Success', oauthappname: 'Expense Sync', user: '12', role: '22' }));
    expect(items).toContainEqual(expect.objectContaining({ status: 'Failure', detail: 'invalid_request' }));
  });

  describe('refuses, with RFC 6749 §5.2 errors that say what to check', () => {
    it('a malformed assertion, or a form that is not the documented one: invalid_request', async () => {
      expect(await refusal('not-a-jwt')).toEqual({ error: 'invalid_request', description: 'The client_assertion is not a compact JWT: it has 1 dot-separated parts, not 3.' });
      expect((await refusal('e30.e30=.c2ln')).error).toBe('invalid_request');
      expect((await refusal(`${Buffer.from('[1]').toString('base64url')}.e30.c2ln`)).description).toBe('The client_assertion has a header that is not a JSON object.');
      const valid = await assertion(emulator, { signer: signerOf(emulator, 'expense-sync') });
      const wrongGrant = await requestToken(emulator, valid, { grant_type: 'authorization_code', client_assertion_type: ASSERTION_TYPE, client_assertion: valid });
      expect(await wrongGrant.json()).toEqual({ error: 'invalid_request', error_description: 'grant_type is "authorization_code"; this flow takes client_credentials.' });
      const wrongType = await requestToken(emulator, valid, { grant_type: 'client_credentials', client_assertion_type: 'jwt', client_assertion: valid });
      expect(((await wrongType.json()) as TokenReply).error_description).toBe(`client_assertion_type must be ${ASSERTION_TYPE}.`);
      const asJson = await requestToken(emulator, valid, undefined, 'application/json');
      expect(asJson.status).toBe(400);
      expect(((await asJson.json()) as TokenReply).error).toBe('invalid_request');
    });

    it('a typ other than JWT: invalid_request', async () => {
      expect(await refusal(await assertion(emulator, { signer: signerOf(emulator, 'expense-sync'), typ: 'at+jwt' }))).toEqual({
        error: 'invalid_request',
        description: 'The assertion header\'s typ is "at+jwt"; NetSuite requires "JWT".',
      });
    });

    it('RS256 (PKCS #1 v1.5), even with the mapped RSA key: invalid_client', async () => {
      const { error, description } = await refusal(await assertion(emulator, { signer: signerOf(emulator, 'rsa-sync'), alg: 'RS256' }));
      expect(error).toBe('invalid_client');
      expect(description).toBe(
        'The assertion is signed with RS256 (RSA PKCS #1 v1.5), which NetSuite refuses since 2025-03-01; sign with PS256 for an RSA key, or ES256, ES384 or ES512 for an EC P-256, P-384 or P-521 key.',
      );
    });

    it('a kid that is not a mapped certificate: invalid_client', async () => {
      const { error, description } = await refusal(await assertion(emulator, { signer: signerOf(emulator, 'expense-sync'), kid: 'NPMnRyPg-WDWhPiAbisjKiH0fqnBpjOZ367wDTe0pqA' }));
      expect(error).toBe('invalid_client');
      expect(description).toBe('The kid NPMnRyPg-WDWhPiAbisjKiH0fqnBpjOZ367wDTe0pqA is not the id of any certificate in OAuth 2.0 Client Credentials (M2M) Setup; check the certificate id.');
    });

    it('an iss that is not the client the certificate is mapped to: invalid_client', async () => {
      const { error, description } = await refusal(await assertion(emulator, { signer: signerOf(emulator, 'expense-sync'), issuer: CLIENT_IDS.legacy }));
      expect(error).toBe('invalid_client');
      expect(description).toContain('is not mapped to the integration whose client id is in iss');
    });

    it('an aud other than the token URL as requested (such as the production host): invalid_client', async () => {
      const production = 'https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token';
      const { error, description } = await refusal(await assertion(emulator, { signer: signerOf(emulator, 'expense-sync'), audience: production }));
      expect(error).toBe('invalid_client');
      expect(description).toBe(`The assertion's aud is "${production}"; it must be the token URL as requested, ${emulator.origins.rest}${TOKEN_PATH}.`);
      // An array that holds the token URL is fine (RFC 7519 §4.1.3).
      expect((await exchange(await assertion(emulator, { signer: signerOf(emulator, 'expense-sync'), audience: [production, `${emulator.origins.rest}${TOKEN_PATH}`] }))).status).toBe(200);
    });

    it('exp more than 3600 s after iat: invalid_request (3600 exactly is accepted)', async () => {
      const signer = signerOf(emulator, 'expense-sync');
      const iat = nowSeconds();
      expect(await refusal(await assertion(emulator, { signer, iat, exp: iat + 3601 }))).toEqual({
        error: 'invalid_request',
        description: "The assertion's exp is 3601 s after its iat; NetSuite allows at most 3600 s (60 minutes).",
      });
      expect((await exchange(await assertion(emulator, { signer, iat, exp: iat + 3600 }))).status).toBe(200);
    });

    it('a clock off by more than five minutes either way: invalid_grant (five minutes exactly is tolerated)', async () => {
      const signer = signerOf(emulator, 'expense-sync');
      const ahead = nowSeconds() + 301;
      expect(await refusal(await assertion(emulator, { signer, iat: ahead, exp: ahead + 300 }))).toEqual({
        error: 'invalid_grant',
        description: "The assertion's iat is 301 s ahead of the server clock (at most 300 s is tolerated); check the clock.",
      });
      expect((await exchange(await assertion(emulator, { signer, iat: nowSeconds() + 300, exp: nowSeconds() + 600 }))).status).toBe(200);
      const behind = nowSeconds() - 900;
      const late = await refusal(await assertion(emulator, { signer, iat: behind, exp: behind + 599 }));
      expect(late).toEqual({ error: 'invalid_grant', description: "The assertion expired 301 s before the server clock (at most 300 s is tolerated); check the clock and sign a fresh assertion." });
    });

    it('a revoked or an expired certificate: invalid_grant', async () => {
      const expired = signerOf(emulator, 'expense-sync', 0);
      const revoked = signerOf(emulator, 'expense-sync', 1);
      expect(await refusal(await assertion(emulator, { signer: expired }))).toEqual({
        error: 'invalid_grant',
        description: `Certificate ${expired.certificateId} expired on 2026-06-01T00:00:00.000Z; map a new certificate.`,
      });
      expect(await refusal(await assertion(emulator, { signer: revoked }))).toEqual({
        error: 'invalid_grant',
        description: `Certificate ${revoked.certificateId} was revoked on 2026-10-01T00:00:00.000Z; map a new certificate.`,
      });
    });

    it('an integration without the Client Credentials grant: unauthorized_client', async () => {
      expect(await refusal(await assertion(emulator, { signer: signerOf(emulator, 'legacy-export') }))).toEqual({
        error: 'unauthorized_client',
        description: 'The integration record Legacy Export does not have the Client Credentials (Machine to Machine) Grant checked.',
      });
    });

    it('a role without Log in using OAuth 2.0 Access Tokens: unauthorized_client (after verifying ES512 with P-521)', async () => {
      expect(await refusal(await assertion(emulator, { signer: signerOf(emulator, 'no-oauth-login') }))).toEqual({
        error: 'unauthorized_client',
        description: "The mapping's role No OAuth Login lacks the permission Log in using OAuth 2.0 Access Tokens.",
      });
    });

    it('a signature that does not verify, or an alg that does not fit the key: invalid_client', async () => {
      const signer = signerOf(emulator, 'expense-sync');
      const stranger = signerOf(emulator, 'expense-reader');
      const claims = { iss: signer.clientId, scope: ['rest_webservices'], aud: `${emulator.origins.rest}${TOKEN_PATH}`, iat: nowSeconds(), exp: nowSeconds() + 300 };
      const wrongKey = forged({ typ: 'JWT', alg: 'ES256', kid: signer.certificateId }, claims, stranger.privateKeyPem, 'sha256');
      expect(await refusal(wrongKey)).toEqual({
        error: 'invalid_client',
        description: `The assertion's signature does not verify with the public key of certificate ${signer.certificateId}; sign with that certificate's private key.`,
      });
      const wrongAlg = forged({ typ: 'JWT', alg: 'ES384', kid: signer.certificateId }, claims, signer.privateKeyPem, 'sha384');
      expect(await refusal(wrongAlg)).toEqual({ error: 'invalid_client', description: `alg ES384 does not fit certificate ${signer.certificateId}, whose key is ec-p256; sign with ES256.` });
      const tampered = (await assertion(emulator, { signer })).split('.');
      const otherClaims = Buffer.from(JSON.stringify({ ...claims, exp: nowSeconds() + 400 })).toString('base64url');
      expect((await refusal(`${tampered[0] ?? ''}.${otherClaims}.${tampered[2] ?? ''}`)).error).toBe('invalid_client');
    });

    it('a scope without rest_webservices: invalid_request', async () => {
      expect(await refusal(await assertion(emulator, { signer: signerOf(emulator, 'expense-sync'), scope: ['restlets'] }))).toEqual({
        error: 'invalid_request',
        description: 'The scope claim (restlets) lacks rest_webservices, which SuiteQL and the certificates API need.',
      });
    });

    it('counts what it refused', async () => {
      const before = emulator.state().counters.tokenRequestsRefused;
      await exchange('x.y');
      expect(emulator.state().counters.tokenRequestsRefused).toBe(before + 1);
    });
  });

  it('over TLS, expects the https token URL as aud', async () => {
    const seed = { ...M2M_SEED, mappings: M2M_SEED.mappings?.filter((mapping) => mapping.name === 'expense-sync') ?? [] };
    const secure = await startEmulator({ seed, origins: 'split', tls: true, now: () => NOW });
    try {
      expect(secure.origins.rest).toMatch(/^https:/);
      const signer = signerOf(secure, 'expense-sync');
      expect((await requestToken(secure, await assertion(secure, { signer }))).status).toBe(200);
      const plain = await requestToken(secure, await assertion(secure, { signer, audience: `${secure.origins.rest.replace('https:', 'http:')}${TOKEN_PATH}` }));
      expect(((await plain.json()) as TokenReply).error).toBe('invalid_client');
    } finally {
      await secure.close();
    }
  });

  it('answers on the REST host only, and to POST only', async () => {
    const onRestlets = await emulatorFetch(emulator, `${emulator.origins.restlets}${TOKEN_PATH}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials' });
    expect(onRestlets.status).toBe(401);
    const get = await emulatorFetch(emulator, `${emulator.origins.rest}${TOKEN_PATH}`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });
});

describe('Bearer tokens on SuiteQL', () => {
  const query = (token: string): Promise<Response> =>
    bearerFetch(emulator, `${emulator.origins.rest}/services/rest/query/v1/suiteql?limit=2`, token, {
      method: 'POST',
      body: JSON.stringify({ q: 'SELECT id FROM oauthtoken ORDER BY id' }),
      headers: { 'content-type': 'application/json', prefer: 'transient' },
    });

  it('answer in the same envelope as with TBA', async () => {
    const response = await query(await accessTokenOf(emulator, 'expense-sync'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ count: 2, hasMore: true, offset: 0, totalResults: 6, items: [{ id: '100' }, { id: '101' }] });
  });

  it('refuse an unknown, malformed or expired token with the generic 401 and a Bearer challenge', async () => {
    const token = await accessTokenOf(emulator, 'expense-sync');
    const failuresBefore = emulator.state().counters.authenticationFailures;
    for (const unknown of [`${token}x`, 'not a token']) {
      const response = await query(unknown);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="1234567_SB1", error="invalid_token", error_description="Invalid login attempt."');
      expect(await response.json()).toMatchObject({ title: 'Unauthorized', status: 401, 'o:errorDetails': [{ 'o:errorCode': 'INVALID_LOGIN' }] });
    }
    clock = new Date(NOW.getTime() + 3599_000);
    expect((await query(token)).status).toBe(200);
    clock = new Date(NOW.getTime() + 3600_000);
    expect((await query(token)).status).toBe(401);
    expect(emulator.state().counters.authenticationFailures).toBe(failuresBefore + 3);
    clock = NOW;
    // An unknown token names no application; an expired one still does.
    const rows = await suiteql(emulator, { q: "SELECT detail, oauthappname FROM loginaudit WHERE status = 'Failure' AND requesturi = '/services/rest/query/v1/suiteql' ORDER BY detail", credentials: OPERATOR, now: NOW });
    expect(((await rows.json()) as { items: unknown[] }).items).toEqual([
      { links: [], detail: 'AccessTokenExpired', oauthappname: 'Expense Sync' },
      { links: [], detail: 'TokenRejected' },
      { links: [], detail: 'TokenRejected' },
    ]);
  });

  it('stop working when the administrator unchecks the grant, and no new token is issued', async () => {
    // Without the RSA mapping: its key takes the longest to make, and this test does not need it.
    const local = await startEmulator({ seed: { ...M2M_SEED, mappings: M2M_SEED.mappings?.filter((mapping) => mapping.name !== 'rsa-sync') ?? [] }, origins: 'split', now: () => NOW });
    try {
      const token = await accessTokenOf(local, 'expense-sync');
      const changed = await control(local, 'POST', '/integrations/4/grants', { grants: [] });
      expect(await changed.json()).toEqual({ integration: { id: '4', name: 'Expense Sync', grants: [] } });
      const refused = await bearerFetch(local, `${local.origins.rest}/services/rest/query/v1/suiteql`, token, { method: 'POST', body: '{"q":"SELECT 1 FROM oauthtoken"}' });
      expect(refused.status).toBe(401);
      const again = await requestToken(local, await assertion(local, { signer: signerOf(local, 'expense-sync') }));
      expect(((await again.json()) as TokenReply).error).toBe('unauthorized_client');
    } finally {
      await local.close();
    }
  });
});
