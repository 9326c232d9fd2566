import { generateKeyPairSync, verify } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { NetSuiteCertificateDirectory, parseCertificates } from '../../src/netsuite/certificate-directory.js';
import { NetSuiteChangeExecutor } from '../../src/netsuite/change-executor.js';
import { resolveEndpoints } from '../../src/netsuite/endpoints.js';
import { NetSuiteAuthError, NetSuiteCancelledError } from '../../src/netsuite/errors.js';
import { AccessTokenCache, m2mAuthorizer, TOKEN_PATH } from '../../src/netsuite/m2m-authorizer.js';
import { createSigner } from '../../src/netsuite/signer.js';
import { NetSuiteTransport } from '../../src/netsuite/transport.js';
import { nodeHttpExchange } from '../../src/netsuite/http-exchange.js';
import { m2mCredentials } from '../../src/secrets/credentials-bundle.js';
import { fakeTime } from './support/fixtures.js';
import { startScriptedServer, type RecordedRequest, type Reply, type ScriptedServer } from './support/scripted-server.js';

/**
 * The OAuth 2.0 client-credentials sign-in (SPEC §10) against a scripted token endpoint: the client
 * assertion's form and signature, one exchange per run and mapping, one refresh on a 401, refused
 * grants in one sentence, and no key or access token in any error.
 */

const ACCESS_TOKEN = 'CANARY-access-token-5f2e1d0c9b8a7f6e5d4c3b2a1';
const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const PEM = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const credentials = m2mCredentials({ clientId: 'client-0f3c51', certificateId: 'cert-Abc123', privateKey: PEM, algorithm: null, validUntil: null }, 'the test key');

let server: ScriptedServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function against(handler: (request: RecordedRequest, index: number) => Reply) {
  server = await startScriptedServer(handler);
  const time = fakeTime();
  const endpoints = resolveEndpoints('1234567', { NETSUITE_REST_URL: server.origin, NETSUITE_RESTLETS_URL: server.origin });
  const transport = new NetSuiteTransport({ exchange: nodeHttpExchange(), clock: time.clock, concurrency: 2, sleep: time.sleep, random: () => 0 });
  const cache = new AccessTokenCache();
  const authorizerFor = () => m2mAuthorizer({ transport, restOrigin: endpoints.rest, credentials, clock: time.clock, cache });
  return { server, time, endpoints, transport, authorizerFor };
}

const tokenReply = (expiresIn: number | string = 3600): Reply => ({ status: 200, body: { access_token: ACCESS_TOKEN, expires_in: expiresIn, token_type: 'Bearer' } });
const decode = (part: string | undefined): Record<string, unknown> => JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

describe('the M2M authorizer', () => {
  it('mints a new token for a retry after a timeout, though the limiter holds everything but retries then', async () => {
    // Certificates first hang, then answer; a token that expires within five minutes is minted anew for every attempt.
    let listings = 0;
    server = await startScriptedServer((request) => {
      if (request.url === TOKEN_PATH) return tokenReply(60);
      listings += 1;
      return listings === 1 ? { hang: true } : { status: 200, body: { items: [] } };
    });
    const target = server;
    const time = fakeTime();
    const transport = new NetSuiteTransport({ exchange: nodeHttpExchange(), clock: time.clock, concurrency: 2, policy: { requestTimeoutMs: 200 }, sleep: time.sleep, random: () => 0 });
    const authorizer = m2mAuthorizer({ transport, restOrigin: target.origin, credentials, clock: time.clock, cache: new AccessTokenCache() });
    const listed = await transport.send({ method: 'GET', url: `${target.origin}/services/rest/auth/oauth2/v1/clients/c/certificates`, authorizer, authHint: 'Check the mapping.' });
    expect(listed.status).toBe(200);
    expect(target.requests.map((request) => request.url.startsWith(TOKEN_PATH) ? 'token' : 'list')).toEqual(['token', 'list', 'token', 'list']);
  });

  it('posts a client assertion NetSuite accepts: ES256 with the certificate id as kid, signed by the key', async () => {
    const { authorizerFor, server: target } = await against(() => tokenReply());
    expect(await authorizerFor().authorize('GET', `${target.origin}/x`)).toBe(`Bearer ${ACCESS_TOKEN}`);
    const [request] = target.requests;
    expect(request?.url).toBe(TOKEN_PATH);
    expect(request?.headers['authorization']).toBeUndefined();
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(request?.body ?? '');
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    const [header, claims, signature] = (form.get('client_assertion') ?? '').split('.');
    expect(decode(header)).toEqual({ typ: 'JWT', alg: 'ES256', kid: 'cert-Abc123' });
    const payload = decode(claims);
    expect(payload).toMatchObject({ iss: 'client-0f3c51', scope: ['rest_webservices'], aud: `${target.origin}${TOKEN_PATH}` });
    expect((payload['exp'] as number) - (payload['iat'] as number)).toBe(300);
    // Checked with node:crypto, not with the library that signed it.
    const valid = verify('sha256', Buffer.from(`${header ?? ''}.${claims ?? ''}`), { key: pair.publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature ?? '', 'base64url'));
    expect(valid).toBe(true);
  });

  it('exchanges once per run for concurrent requests, renews five minutes before expiry, and reads expires_in as text', async () => {
    const { authorizerFor, server: target, time } = await against(() => tokenReply('600'));
    const authorizer = authorizerFor();
    await Promise.all([authorizer.authorize('GET', 'x'), authorizer.authorize('GET', 'y'), authorizerFor().authorize('GET', 'z')]);
    expect(target.requests).toHaveLength(1);
    time.advance(299_000);
    await authorizer.authorize('GET', 'x');
    expect(target.requests).toHaveLength(1);
    time.advance(2_000);
    await authorizer.authorize('GET', 'x');
    expect(target.requests).toHaveLength(2);
  });

  it('fetches a new token once when NetSuite refuses the one it has (401), then lists certificates', async () => {
    let listed = 0;
    const { server: target, endpoints, transport, authorizerFor } = await against((request) => {
      if (request.url === TOKEN_PATH) return tokenReply();
      listed += 1;
      return listed === 1 ? { status: 401, body: { 'o:errorDetails': [{ 'o:errorCode': 'INVALID_LOGIN', detail: 'Invalid login attempt.' }] } } : { status: 200, body: [{ certificate_id: 'cert-Abc123', algorithm: 'EC', valid_until: '2027-06-30', revoked: false, entity: { id: 1651 }, role: { id: 1073 }, application: { name: 'Expense Tool' } }] };
    });
    const directory = new NetSuiteCertificateDirectory({ endpoints, transport, authorizerFor, accessToken: () => authorizerFor().accessToken() });
    const [observed] = await directory.observe([{ mapping: 'expense-sync', clientId: 'client-0f3c51', credentials, missing: [], retired: false }]);
    expect(observed?.observation).toEqual({ status: 'observed', certificates: [{ certificateId: 'cert-Abc123', algorithm: 'EC', validFrom: null, validUntil: '2027-06-30T00:00:00.000Z', created: null, revoked: false, application: 'Expense Tool', entity: '1651', role: '1073' }] });
    expect(target.requests.filter((request) => request.url === TOKEN_PATH)).toHaveLength(2);
    expect(target.requests.filter((request) => request.url !== TOKEN_PATH).map((request) => request.headers['authorization'])).toEqual([`Bearer ${ACCESS_TOKEN}`, `Bearer ${ACCESS_TOKEN}`]);
  });

  it('a 401 for a token already replaced does not drop its replacement: one new token, not one per refusal', async () => {
    // Two requests go out with the first token and both are refused; the second refusal arrives after
    // the first one's retry already carries the second token.
    let minted = 0;
    let releaseLateRefusal = (): void => undefined;
    const lateRefusal = new Promise<void>((resolve) => { releaseLateRefusal = resolve; });
    const refusal: Reply = { status: 401, body: { 'o:errorDetails': [{ 'o:errorCode': 'INVALID_LOGIN', detail: 'Invalid login attempt.' }] } };
    const { server: target, transport, authorizerFor } = await against((request) => {
      if (request.url === TOKEN_PATH) {
        minted += 1;
        return { status: 200, body: { access_token: `${ACCESS_TOKEN}-${minted}`, expires_in: 3600, token_type: 'Bearer' } };
      }
      const bearer = String(request.headers.authorization);
      if (bearer.endsWith('-1')) return request.url === '/late' ? { ...refusal, after: lateRefusal } : refusal;
      if (request.url === '/early') releaseLateRefusal();
      return { status: 200, body: {} };
    });
    const authorizer = authorizerFor();
    await authorizer.authorize('GET', 'warm-up');
    const send = (path: string) => transport.send({ method: 'GET', url: `${target.origin}${path}`, authorizer, authHint: 'Check the mapping.' });
    await Promise.all([send('/late'), send('/early')]);
    expect(minted).toBe(2);
  });

  it('reports a refused grant in one sentence naming what to check, and never the key or a token', async () => {
    const { authorizerFor } = await against(() => ({ status: 400, body: { error: 'invalid_client', error_description: 'The certificate is revoked.' } }));
    const error = await authorizerFor().authorize('GET', 'x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetSuiteAuthError);
    expect((error as NetSuiteAuthError).message).toBe('NetSuite refused the client credentials grant for client client-0f3c51 with certificate cert-Abc123 (invalid_client: The certificate is revoked.).');
    expect((error as NetSuiteAuthError).hint).toMatch(/^Check the certificate id \(the JWT kid\)/);
    const printed = `${inspect(error, { depth: 8 })} ${JSON.stringify(error)}`;
    expect(printed).not.toContain(PEM.split('\n')[1]);
    expect(printed).not.toContain('eyJ');
  });

  it('never lets the access token reach an error, even when the first request of the run mints it or a 401 replaces it', async () => {
    // A broken proxy echoing the bearer token alone, without the word Authorization in front of it.
    let minted = 0;
    const { server: target, transport, authorizerFor } = await against((request) => {
      if (request.url === TOKEN_PATH) {
        minted += 1;
        return { status: 200, body: { access_token: `${ACCESS_TOKEN}-${minted}`, expires_in: 3600, token_type: 'Bearer' } };
      }
      const token = String(request.headers.authorization).slice('Bearer '.length);
      return { status: request.url === '/first' ? 403 : 401, body: { 'o:errorDetails': [{ 'o:errorCode': 'INVALID_LOGIN', detail: `token ${token} refused` }] } };
    });
    const authorizer = authorizerFor();
    const send = (path: string) => transport.send({ method: 'GET', url: `${target.origin}${path}`, authorizer, authHint: 'Check the mapping.' }).catch((caught: unknown) => caught);
    const errors = [await send('/first'), await send('/second')];
    expect(minted).toBe(2);
    const printed = errors.map((error) => `${inspect(error, { depth: 8 })} ${JSON.stringify(error)}`).join('\n');
    expect(printed).toContain('[redacted]');
    expect(printed).not.toContain(ACCESS_TOKEN);
  });

  it('stops a request waiting for an exchange under way when its signal is aborted, and lets the exchange finish for the others', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    let asked: () => void = () => undefined;
    const exchangeAsked = new Promise<void>((resolve) => { asked = resolve; });
    const { server: target, transport, authorizerFor } = await against((request) => {
      if (request.url !== TOKEN_PATH) return { status: 200, body: { items: [], totalResults: 0 } };
      asked();
      return { ...tokenReply(), after: held };
    });
    const authorizer = authorizerFor();
    const send = (signal?: AbortSignal) => transport.send({ method: 'GET', url: `${target.origin}/services/rest/query/v1/suiteql`, authorizer, authHint: 'Check the mapping.', ...(signal === undefined ? {} : { signal }) });
    const stop = new AbortController();
    let outcome: unknown = 'still waiting';
    const stopped = send(stop.signal).then(() => 'sent', (caught: unknown) => caught).then((settled) => { outcome = settled; });
    const other = send();
    await exchangeAsked;
    stop.abort();
    // Stopped while the exchange is still held: settled at once (a turn of the event loop), not when the exchange ends.
    await setImmediate();
    expect(outcome).toBeInstanceOf(NetSuiteCancelledError);
    release();
    await stopped;
    expect((await other).status).toBe(200);
    expect(target.requests.map((request) => request.url)).toEqual([TOKEN_PATH, '/services/rest/query/v1/suiteql']);
  });

  it('lets many requests wait for one exchange under the run’s signal without Node warning of a listener leak', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    server = await startScriptedServer((request) => (request.url === TOKEN_PATH ? { ...tokenReply(), after: held } : { status: 200, body: { items: [], totalResults: 0 } }));
    const target = server;
    const time = fakeTime();
    const run = new AbortController();
    const transport = new NetSuiteTransport({ exchange: nodeHttpExchange(), clock: time.clock, concurrency: 2, sleep: time.sleep, random: () => 0, signal: run.signal });
    const authorizer = m2mAuthorizer({ transport, restOrigin: target.origin, credentials, clock: time.clock, cache: new AccessTokenCache() });
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => { warnings.push(warning.name); };
    process.on('warning', onWarning);
    try {
      const sends = Array.from({ length: 20 }, () => transport.send({ method: 'GET', url: `${target.origin}/services/rest/query/v1/suiteql`, authorizer, authHint: 'Check the mapping.' }));
      await setImmediate();
      release();
      await Promise.all(sends);
      await setImmediate();
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).toEqual([]);
  });

  it('revokes a certificate with a POST to …/certificates/<id>/revoke and no body, with the mapping’s own token', async () => {
    const { server: target, endpoints, transport, authorizerFor } = await against((request) => (request.url === TOKEN_PATH ? tokenReply() : { status: 200, headers: { 'content-type': 'text/plain' }, body: 'Successfully revoked' }));
    const executor = new NetSuiteChangeExecutor({ endpoints, transport, signer: createSigner({ realm: '1234567', clock: { now: () => new Date() } }), authorizerFor });
    await executor.revokeCertificate(credentials, 'cert-Old/1');
    const revoke = target.requests.at(-1);
    expect(revoke).toMatchObject({ method: 'POST', url: '/services/rest/auth/oauth2/v1/clients/client-0f3c51/certificates/cert-Old%2F1/revoke', body: '' });
    expect(revoke?.headers['authorization']).toBe(`Bearer ${ACCESS_TOKEN}`);
  });
});

describe('reading the certificate list', () => {
  it('accepts the shapes public clients see, and refuses what is not a list', () => {
    expect(parseCertificates('{"items":[{"certificate_id":"A","revoked":"T","valid_until":"2027-01-01T00:00:00Z","entity":{"id":"7"},"role":{"id":3}}]}', 'GET x')).toMatchObject([{ certificateId: 'A', revoked: true, entity: '7', role: '3' }]);
    expect(parseCertificates('[{"algorithm":"EC"}]', 'GET x')).toEqual([]);
    expect(() => parseCertificates('<html>', 'GET x')).toThrow('The answer to GET x is not a list of certificates.');
  });
});
