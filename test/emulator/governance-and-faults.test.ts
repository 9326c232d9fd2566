import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_FAULT_KINDS, FAULT_KINDS, startEmulator, type EmulatorOptions, type EmulatorSeed, type FaultEndpoint, type FaultKind, type RunningEmulator } from '../../src/emulator/index.js';
import { control, signedFetch, suiteql } from './support/emulator-client.js';
import { CLIENT_IDS, M2M_SEED, accessTokenOf, assertion, bearerFetch, newCertificate, requestToken, signerOf } from './support/m2m.js';
import { NOW, OPERATOR, SMALL_SEED, credentialsOf } from './support/small-seed.js';

const running: RunningEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
});

async function start(options: Omit<EmulatorOptions, 'seed' | 'now'>, seed: EmulatorSeed = SMALL_SEED): Promise<RunningEmulator> {
  const emulator = await startEmulator({ seed, origins: 'split', now: () => NOW, ...options });
  running.push(emulator);
  return emulator;
}

const CELIGO = credentialsOf(SMALL_SEED, '101');
const query = (emulator: RunningEmulator): Promise<Response> => suiteql(emulator, { q: 'SELECT id FROM oauthtoken', credentials: OPERATOR, now: NOW });
const revokeCeligo = (emulator: RunningEmulator): Promise<Response> =>
  signedFetch(emulator, { path: `/rest/revoketoken?consumerKey=${CELIGO.consumerKey}&token=${CELIGO.tokenId}`, credentials: CELIGO, now: NOW });

/** What a client sees: the status, or "reset" when the connection was dropped. */
async function outcome(request: Promise<Response>): Promise<string> {
  try {
    const response = await request;
    await response.arrayBuffer();
    return String(response.status);
  } catch {
    return 'reset';
  }
}

/** A hold for requests in flight: they wait inside their slot until the test lets them go. */
function hold(): { readonly holdInFlight: () => Promise<void>; release(): void } {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => { release = resolve; });
  return { holdInFlight: () => released, release: () => { release(); } };
}

describe('the concurrency limit, shared by REST and RESTlets', () => {
  it('refuses REST requests over the limit with 429 Too Many Requests and counts the peak', async () => {
    const held = hold();
    const emulator = await start({ concurrencyLimit: 2, holdInFlight: held.holdInFlight });
    const pending = Array.from({ length: 5 }, () => query(emulator));
    await emulator.until((state) => state.counters.inFlight === 2 && state.counters.overLimit === 3, { description: 'two requests held and three refused' });
    held.release();
    const responses = await Promise.all(pending);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 429, 429, 429]);
    const refused = responses.find((response) => response.status === 429);
    expect(await refused?.json()).toEqual({
      type: 'https://tools.ietf.org/html/rfc6585#section-4',
      title: 'Too Many Requests',
      status: 429,
      'o:errorDetails': [{ detail: expect.stringContaining('concurrency limit') as unknown, 'o:errorCode': 'CONCURRENCY_LIMIT_EXCEEDED' }],
    });
    expect(emulator.state().counters).toMatchObject({ peakInFlight: 2, overLimit: 3, inFlight: 0 });
  });

  it('refuses a RESTlet request over the limit with 400 SSS_REQUEST_LIMIT_EXCEEDED; the control endpoint is not governed', async () => {
    const held = hold();
    const emulator = await start({ concurrencyLimit: 1, holdInFlight: held.holdInFlight });
    const slow = query(emulator);
    await emulator.until((state) => state.counters.inFlight === 1, { description: 'the query in flight' });
    const [revoke, state] = await Promise.all([revokeCeligo(emulator), control(emulator, 'GET', '/state')]);
    held.release();
    expect(revoke.status).toBe(400);
    expect(await revoke.json()).toEqual({ error: { code: 'SSS_REQUEST_LIMIT_EXCEEDED', message: expect.stringContaining('concurrency limit') as unknown } });
    expect(state.status).toBe(200);
    expect((await slow).status).toBe(200);
    expect(emulator.state().tokens.find((token) => token.id === '101')?.state).toBe('active');
  });

  it('does the work while the latency runs: the revocation is made at once, and the reply and the slot wait for the latency', async () => {
    const emulator = await start({ latencyMs: 600_000 });
    const revoke = outcome(revokeCeligo(emulator));
    const revoked = await emulator.until((state) => state.tokens.find((token) => token.id === '101')?.state === 'revoked', { description: 'token 101 revoked' });
    expect(revoked.counters.inFlight).toBe(1);
    await emulator.close();
    expect(await revoke).toBe('reset');
  });

  it('lets requests through one after another at any limit, and counts requests by path', async () => {
    const emulator = await start({ concurrencyLimit: 1 });
    for (let index = 0; index < 3; index += 1) expect((await query(emulator)).status).toBe(200);
    expect((await fetch(`${emulator.origins.rest}/services/rest/record/v1/customer`)).status).toBe(401);
    expect(emulator.state().counters.requestsByPath).toEqual({ '/services/rest/query/v1/suiteql': 3, '/services/rest/record/v1/customer': 1 });
    expect(emulator.state().counters.peakInFlight).toBe(1);
  });
});

describe('fault injection', () => {
  it('is deterministic: the same seed gives the same faults for the same requests', async () => {
    const sequence = async (seed: number): Promise<string[]> => {
      const emulator = await start({ faults: { rate: 0.5, seed } });
      const outcomes: string[] = [];
      for (let index = 0; index < 40; index += 1) outcomes.push(await outcome(query(emulator)));
      const injected = Object.values(emulator.state().counters.faultsInjected).reduce((sum, count) => sum + count, 0);
      expect(injected).toBe(outcomes.filter((result) => result !== '200').length);
      return outcomes;
    };
    const first = await sequence(42);
    expect(await sequence(42)).toEqual(first);
    expect(await sequence(43)).not.toEqual(first);
    expect(new Set(first)).toEqual(new Set(['200', '429', '500', '503', 'reset', '401']));
  });

  it.each([
    ['429', 'rest', 429, 'CONCURRENCY_LIMIT_EXCEEDED'],
    ['429', 'restlet', 400, 'SSS_REQUEST_LIMIT_EXCEEDED'],
    ['500', 'rest', 500, 'UNEXPECTED_ERROR'],
    ['503', 'restlet', 503, 'SERVICE_UNAVAILABLE'],
    ['spurious-401', 'rest', 401, 'INVALID_LOGIN'],
    ['spurious-401', 'restlet', 401, 'INVALID_LOGIN_ATTEMPT'],
  ] as const)('%s on %s answers %i %s in NetSuite shape, before anything is done', async (kind, domain, status, code) => {
    const emulator = await start({ faults: { rate: 1, seed: 1, kinds: [kind] } });
    const response = domain === 'rest' ? await query(emulator) : await revokeCeligo(emulator);
    expect(response.status).toBe(status);
    expect(JSON.stringify(await response.json())).toContain(`"${code}"`);
    expect(emulator.state().counters.faultsInjected[kind]).toBe(1);
    expect(emulator.state().tokens.find((token) => token.id === '101')?.state).toBe('active');
  });

  it('makes a spurious 401 look exactly like a real rejection, without counting it as one', async () => {
    const emulator = await start({ faults: { rate: 1, seed: 1, kinds: ['spurious-401'] } });
    const response = await query(emulator);
    expect(response.headers.get('www-authenticate')).toContain('error="token_rejected"');
    expect(emulator.state().counters.authenticationFailures).toBe(0);
  });

  it('drops the connection for a reset, and keeps serving afterwards', async () => {
    const emulator = await start({ faults: { rate: 1, seed: 1, kinds: ['reset'] as FaultKind[] } });
    expect(await outcome(revokeCeligo(emulator))).toBe('reset');
    expect(emulator.state().tokens.find((token) => token.id === '101')?.state).toBe('active');
    expect((await control(emulator, 'GET', '/state')).status).toBe(200);
  });

  it('never touches the control endpoint or the UI pages', async () => {
    const emulator = await start({ faults: { rate: 1, seed: 1 } });
    for (let index = 0; index < 5; index += 1) expect((await control(emulator, 'GET', '/state')).status).toBe(200);
    expect((await fetch(`${emulator.url}/app/setup/accesstoken.nl?id=100`)).status).toBe(200);
    expect(Object.values(emulator.state().counters.faultsInjected).every((count) => count === 0)).toBe(true);
  });

  it('refuses impossible options', async () => {
    await expect(start({ faults: { rate: 1.5, seed: 1 } })).rejects.toThrow('faults.rate must be between 0 and 1');
    await expect(start({ faults: { rate: 0.2, seed: 1, kinds: ['reset-before' as FaultKind] } })).rejects.toThrow(
      'faults.kinds has "reset-before", which is not one of 429, 500, 503, reset, spurious-401, reset-after.',
    );
    await expect(start({ faults: { rate: 0.2, seed: 1, endpoints: ['upload' as FaultEndpoint] } })).rejects.toThrow(
      'faults.endpoints has "upload", which is not one of suiteql, revoketoken, token, certificates, accesstoken.',
    );
    await expect(start({ concurrencyLimit: 0 })).rejects.toThrow('concurrencyLimit must be a whole number of at least 1');
    await expect(start({ latencyMs: -1 })).rejects.toThrow('latencyMs must be zero or more');
  });
});

/** The M2M seed without its RSA mapping, whose key is slow to make and unused here. */
const M2M = { ...M2M_SEED, mappings: M2M_SEED.mappings?.filter((mapping) => mapping.name !== 'rsa-sync') ?? [] };
const certificatesUrl = (emulator: RunningEmulator): string => `${emulator.origins.restlets}/services/rest/auth/oauth2/v1/clients/${CLIENT_IDS.expense}/certificates`;
const certificateState = (emulator: RunningEmulator, certificateId: string): string | undefined =>
  emulator.state().certificates.find((certificate) => certificate.certificateId === certificateId)?.state;

describe('faults limited to endpoints, and a reset after the request took effect', () => {
  it('draws reset-after only when asked: it is not among the default kinds', () => {
    expect(FAULT_KINDS).toContain('reset-after');
    expect(DEFAULT_FAULT_KINDS).not.toContain('reset-after');
  });

  it('faults only the endpoints named: SuiteQL and revoketoken answer, the token and certificate endpoints do not', async () => {
    const emulator = await start({ faults: { rate: 1, seed: 1, kinds: ['503'], endpoints: ['token', 'certificates'] } }, M2M);
    expect((await query(emulator)).status).toBe(200);
    const refused = await requestToken(emulator, await assertion(emulator, { signer: signerOf(emulator, 'expense-sync') }));
    expect(refused.status).toBe(503);
    expect((await bearerFetch(emulator, certificatesUrl(emulator), 'eyJanything')).status).toBe(503);
    expect((await revokeCeligo(emulator)).status).toBe(200);
    expect(emulator.state().counters.faultsInjected['503']).toBe(2);
  });

  it('reset-after on the token endpoint issues the access token, then drops the connection', async () => {
    const emulator = await start({ faults: { rate: 1, seed: 1, kinds: ['reset-after'], endpoints: ['token'] } }, M2M);
    const signed = await assertion(emulator, { signer: signerOf(emulator, 'expense-sync') });
    expect(await outcome(requestToken(emulator, signed))).toBe('reset');
    expect(emulator.state().counters).toMatchObject({ accessTokensIssued: 1, faultsInjected: { 'reset-after': 1 } });
  });

  it('reset-after on an upload stores the certificate: the account lists it, though the client saw only a reset', async () => {
    const emulator = await start({ faults: { rate: 1, seed: 1, kinds: ['reset-after'], endpoints: ['certificates'] } }, M2M);
    const token = await accessTokenOf(emulator, 'expense-sync');
    const fresh = newCertificate({ type: 'ec', curve: 'P-256' });
    const upload = bearerFetch(emulator, certificatesUrl(emulator), token, { method: 'POST', body: JSON.stringify({ fileContent: fresh.pem, role: 22, entity: 12 }), headers: { 'content-type': 'application/json' } });
    expect(await outcome(upload)).toBe('reset');
    const listed = (await (await control(emulator, 'GET', '/state')).json()) as { certificates: { certificateId: string; state: string; entityId: string; roleId: string }[] };
    const uploaded = listed.certificates.at(-1);
    expect(uploaded).toMatchObject({ state: 'active', entityId: '12', roleId: '22' });
    // The new key signs in at once: the upload took effect in full.
    const signer = { clientId: CLIENT_IDS.expense, certificateId: uploaded?.certificateId ?? '', privateKeyPem: fresh.privateKeyPem, algorithm: 'ES256' };
    expect((await requestToken(emulator, await assertion(emulator, { signer }))).status).toBe(200);
    expect(emulator.state().counters.faultsInjected['reset-after']).toBe(1);
  });

  it('reset-after on a revocation revokes the certificate', async () => {
    const emulator = await start({ faults: { rate: 1, seed: 1, kinds: ['reset-after'], endpoints: ['certificates'] } }, M2M);
    const token = await accessTokenOf(emulator, 'expense-sync');
    const current = emulator.m2mCredentials('expense-sync')?.current?.certificateId ?? '';
    expect(certificateState(emulator, current)).toBe('active');
    expect(await outcome(bearerFetch(emulator, `${certificatesUrl(emulator)}/${current}/revoke`, token, { method: 'POST' }))).toBe('reset');
    expect(certificateState(emulator, current)).toBe('revoked');
  });

  it('reset-after on revoketoken revokes the token', async () => {
    const emulator = await start({ faults: { rate: 1, seed: 1, kinds: ['reset-after'] } });
    expect(await outcome(revokeCeligo(emulator))).toBe('reset');
    expect(emulator.state().tokens.find((token) => token.id === '101')?.state).toBe('revoked');
  });
});
