import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { createNetSuiteClient } from '../../src/netsuite/client.js';
import { readAuthorizationRedirect, type RequestToken } from '../../src/netsuite/authorization-flow.js';
import { NetSuiteAuthError } from '../../src/netsuite/errors.js';
import { signFlowStep } from '../../src/netsuite/signer.js';
import { Secret } from '../../src/secrets/secret.js';
import { callbackMatches, REQUEST_TOKEN_LIFETIME_MS } from '../../src/emulator/tba-authorizations.js';
import { ACCOUNT, CANARIES, testAccountEnv } from '../support/account.js';
import { LEGACY, rotationSeed } from '../support/rotation.js';

/**
 * The three-step TBA authorization flow, the emulator against the operator's own client and signer:
 * each step signed as NetSuite documents it, the consent page, single-use verifiers, expiry, callbacks.
 */

const consumer = { consumerKey: new Secret('ck-retired-0000000000000000000000000002'), consumerSecret: new Secret(CANARIES.retiredConsumerSecret) };
const CALLBACK = 'http://localhost:49152/callback';

let emulator: RunningEmulator | null = null;
let clockMs = Date.parse('2026-11-01T12:00:00Z');
afterEach(async () => {
  await emulator?.close();
  emulator = null;
});

async function setUp(): Promise<{ emulator: RunningEmulator; client: ReturnType<typeof createNetSuiteClient> }> {
  clockMs = Date.parse('2026-11-01T12:00:00Z');
  const now = (): Date => new Date(clockMs);
  emulator = await startEmulator({ seed: rotationSeed(), origins: 'split', now });
  const client = createNetSuiteClient({ account: ACCOUNT, env: testAccountEnv(emulator.origins), clock: { now }, retryPolicy: { maxAttempts: 2, baseDelayMs: 1 } });
  return { emulator, client };
}

/** The person's side: the consent page, then Allow or Deny through the control endpoint; the redirect is read, not followed. */
async function decide(running: RunningEmulator, url: string, body: Record<string, string>): Promise<Response> {
  await fetch(url);
  const oauthToken = new URL(url).searchParams.get('oauth_token') ?? '';
  return fetch(`${running.controlUrl}/authorize`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ oauthToken, ...body }) });
}

describe('the three-step TBA authorization flow', () => {
  it('mints a token for the approving user and role, in the integration of the request token', async () => {
    const { emulator: running, client } = await setUp();
    const requestToken = await client.authorizationFlow.requestToken(consumer, CALLBACK);
    const url = client.authorizationFlow.authorizeUrl(requestToken, 'abc123XYZ');
    expect(url).toBe(`${running.origins.system}/app/login/secure/authorizetoken.nl?oauth_token=${requestToken.token}&state=abc123XYZ`);

    const page = await (await fetch(url)).text();
    expect(page).toContain('Legacy Sync');
    expect(page).toContain('<option value="11">svc-legacy (11)</option>');

    const response = await decide(running, url, { entity: LEGACY.entity, role: LEGACY.role, decision: 'allow' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(CALLBACK);
    const redirect = readAuthorizationRedirect(location.searchParams);
    expect(redirect).toMatchObject({ oauthToken: requestToken.token, denied: false, company: ACCOUNT, role: LEGACY.role, entity: LEGACY.entity, state: 'abc123XYZ' });
    expect(redirect?.verifier.reveal()).toMatch(/^[0-9a-f]{64}$/);

    const minted = await client.authorizationFlow.accessToken(consumer, requestToken, redirect?.verifier ?? new Secret(''));
    const created = running.state().tokens.at(-1);
    expect(created).toMatchObject({ id: '106', integrationId: LEGACY.integration, entityId: LEGACY.entity, roleId: LEGACY.role, state: 'active', created: '2026-11-01T12:00:00.000Z' });

    // The new token signs requests: SuiteQL through it sees itself.
    const asNewToken = createNetSuiteClient({
      account: ACCOUNT,
      env: { ...testAccountEnv(running.origins), NETSUITE_CONSUMER_KEY: consumer.consumerKey.reveal(), NETSUITE_CONSUMER_SECRET: consumer.consumerSecret.reveal(), NETSUITE_TOKEN_ID: minted.tokenId.reveal(), NETSUITE_TOKEN_SECRET: minted.tokenSecret.reveal() },
      clock: { now: () => new Date(clockMs) },
    });
    expect((await asNewToken.directory.observe()).tokens.map((token) => token.id)).toContain('106');

    // The verifier is spent: the same exchange again is refused.
    await expect(client.authorizationFlow.accessToken(consumer, requestToken, redirect?.verifier ?? new Secret(''))).rejects.toBeInstanceOf(NetSuiteAuthError);
    expect(running.state().tokens).toHaveLength(6);
  });

  it('answers step one form-encoded with the newline NetSuite appends', async () => {
    const { emulator: running } = await setUp();
    const url = `${running.origins.restlets}/rest/requesttoken`;
    const authorization = signFlowStep({ realm: ACCOUNT, clock: { now: () => new Date(clockMs) } }, 'POST', url, {
      consumerKey: consumer.consumerKey.reveal(),
      consumerSecret: consumer.consumerSecret.reveal(),
      token: null,
      tokenSecret: '',
      protocol: { oauth_callback: CALLBACK },
    });
    expect(authorization).not.toContain('oauth_token=');
    const response = await fetch(url, { method: 'POST', headers: { authorization } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^oauth_token=[0-9a-f]{64}&oauth_token_secret=[0-9a-f]{64}&oauth_callback_confirmed=true\n$/);
  });

  it('gives an empty verifier on Deny, and refuses to exchange it', async () => {
    const { emulator: running, client } = await setUp();
    const requestToken = await client.authorizationFlow.requestToken(consumer, CALLBACK);
    const response = await decide(running, client.authorizationFlow.authorizeUrl(requestToken, 'state1'), { entity: LEGACY.entity, role: LEGACY.role, decision: 'deny' });
    const redirect = readAuthorizationRedirect(new URL(response.headers.get('location') ?? '').searchParams);
    expect(redirect?.denied).toBe(true);
    await expect(client.authorizationFlow.accessToken(consumer, requestToken, new Secret('0'.repeat(64)))).rejects.toBeInstanceOf(NetSuiteAuthError);
    expect(running.state().tokens).toHaveLength(5);
  });

  it('refuses a request token exchanged with a wrong secret (the signature covers consumerSecret&requestTokenSecret)', async () => {
    const { emulator: running, client } = await setUp();
    const requestToken = await client.authorizationFlow.requestToken(consumer, CALLBACK);
    const response = await decide(running, client.authorizationFlow.authorizeUrl(requestToken, 'state1'), { entity: LEGACY.entity, role: LEGACY.role, decision: 'allow' });
    const redirect = readAuthorizationRedirect(new URL(response.headers.get('location') ?? '').searchParams);
    const forged: RequestToken = { token: requestToken.token, secret: new Secret('not-the-secret') };
    await expect(client.authorizationFlow.accessToken(consumer, forged, redirect?.verifier ?? new Secret(''))).rejects.toBeInstanceOf(NetSuiteAuthError);
    expect(running.state().tokens).toHaveLength(5);
  });

  it('lets a request token expire', async () => {
    const { emulator: running, client } = await setUp();
    const requestToken = await client.authorizationFlow.requestToken(consumer, CALLBACK);
    const url = client.authorizationFlow.authorizeUrl(requestToken, 'state1');
    clockMs += REQUEST_TOKEN_LIFETIME_MS + 1000;
    const response = await decide(running, url, { entity: LEGACY.entity, role: LEGACY.role, decision: 'allow' });
    expect(response.status).toBe(410);
  });

  it('refuses a callback that is not the integration\'s, and an integration without the flow', async () => {
    const { emulator: running, client } = await setUp();
    await expect(client.authorizationFlow.requestToken(consumer, 'http://localhost:49152/elsewhere')).rejects.toMatchObject({ hint: expect.stringContaining('"TBA: Authorization Flow" checked') as unknown });
    const operatorConsumer = { consumerKey: new Secret('ck-operator-0000000000000000000000000001'), consumerSecret: new Secret(CANARIES.operatorConsumerSecret) };
    await expect(client.authorizationFlow.requestToken(operatorConsumer, CALLBACK)).rejects.toBeInstanceOf(NetSuiteAuthError);
    expect(running.state().counters.authenticationFailures).toBe(4);
  });

  it('matches callbacks as NetSuite documents: the same URL, or any port of http://localhost:*', () => {
    expect(callbackMatches('http://localhost:*/callback', 'http://localhost:8765/callback')).toBe(true);
    expect(callbackMatches('http://localhost:*/callback', 'http://localhost:8765/callback/more')).toBe(false);
    expect(callbackMatches('http://localhost:*/callback', 'http://127.0.0.1:8765/callback')).toBe(false);
    expect(callbackMatches('http://localhost:*/callback', 'https://localhost:8765/callback')).toBe(false);
    expect(callbackMatches('https://example.com/tba', 'https://example.com/tba')).toBe(true);
    expect(callbackMatches('https://example.com:*/tba', 'https://example.com:444/tba')).toBe(false);
    expect(callbackMatches(null, 'http://localhost:8765/callback')).toBe(false);
  });

  it('refuses a consent form posted by another site', async () => {
    const { emulator: running, client } = await setUp();
    const requestToken = await client.authorizationFlow.requestToken(consumer, CALLBACK);
    const body = new URLSearchParams({ oauthToken: requestToken.token, entity: LEGACY.entity, role: LEGACY.role, decision: 'allow' }).toString();
    const foreign = await fetch(`${running.controlUrl}/authorize`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' }, body });
    expect(foreign.status).toBe(403);
    const withoutOrigin = await fetch(`${running.controlUrl}/authorize`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    expect(withoutOrigin.status).toBe(415);
  });
});
