import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { signedFetch, suiteql } from './support/emulator-client.js';
import { NOW, OPERATOR, SMALL_SEED, credentialsOf } from './support/small-seed.js';

let emulator: RunningEmulator;
beforeAll(async () => { emulator = await startEmulator({ seed: SMALL_SEED, origins: 'split', now: () => NOW }); });
afterAll(async () => { await emulator.close(); });

const CELIGO = credentialsOf(SMALL_SEED, '101');
const REVOKE_CELIGO = `/rest/revoketoken?consumerKey=${CELIGO.consumerKey}&token=${CELIGO.tokenId}`;
const stateOf = (id: string): string | undefined => emulator.state().tokens.find((token) => token.id === id)?.state;

describe('REST, RESTlets and the UI on their own origins, as NetSuite serves them', () => {
  it('answers SuiteQL on the REST origin only', async () => {
    expect((await suiteql(emulator, { q: 'SELECT id FROM oauthtoken', credentials: OPERATOR, now: NOW })).status).toBe(200);
    const onRestlets = await signedFetch(emulator, { method: 'POST', host: 'restlets', path: '/services/rest/query/v1/suiteql', body: '{"q":"SELECT id FROM oauthtoken"}', credentials: OPERATOR, now: NOW });
    expect(onRestlets.status).toBe(404);
    expect(await onRestlets.json()).toMatchObject({ error: { code: 'INVALID_URL' } });
    const onSystem = await signedFetch(emulator, { method: 'POST', host: 'system', path: '/services/rest/query/v1/suiteql', body: '{"q":"SELECT id FROM oauthtoken"}', credentials: OPERATOR, now: NOW });
    expect(onSystem.status).toBe(404);
    expect(onSystem.headers.get('content-type')).toContain('text/html');
  });

  it('fails a revoketoken sent to the REST origin: authenticated, then an unknown REST resource, and the token stays active', async () => {
    const unsigned = await fetch(`${emulator.origins.rest}${REVOKE_CELIGO}`);
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({ 'o:errorDetails': [{ 'o:errorCode': 'INVALID_LOGIN' }] });
    const misdirected = await signedFetch(emulator, { host: 'rest', path: REVOKE_CELIGO, credentials: CELIGO, now: NOW });
    expect(misdirected.status).toBe(404);
    expect(await misdirected.json()).toMatchObject({ title: 'Not Found', 'o:errorDetails': [{ 'o:errorCode': 'NONEXISTENT_ENDPOINT' }] });
    expect(stateOf('101')).toBe('active');
  });

  it('revokes on the RESTlet origin, and on the system origin, which NetSuite also documents for the token endpoints', async () => {
    const local = await startEmulator({ seed: SMALL_SEED, origins: 'split', now: () => NOW });
    try {
      expect((await signedFetch(local, { host: 'system', path: REVOKE_CELIGO, credentials: CELIGO, now: NOW })).status).toBe(200);
      expect(local.state().tokens.find((token) => token.id === '101')?.state).toBe('revoked');
      const gitops = credentialsOf(SMALL_SEED, '100');
      expect((await signedFetch(local, { path: `/rest/revoketoken?consumerKey=${gitops.consumerKey}&token=${gitops.tokenId}`, credentials: gitops, now: NOW })).status).toBe(200);
    } finally {
      await local.close();
    }
  });

  it('serves the control endpoint and the UI pages on the system origin only', async () => {
    expect((await fetch(`${emulator.controlUrl}/state`)).status).toBe(200);
    expect((await fetch(`${emulator.origins.rest}/__emulator/state`)).status).toBe(401);
    expect((await fetch(`${emulator.origins.restlets}/__emulator/state`)).status).toBe(401);
    expect((await fetch(`${emulator.origins.system}/app/setup/accesstoken.nl?id=100`)).status).toBe(200);
    expect((await fetch(`${emulator.origins.rest}/app/setup/accesstoken.nl?id=100`)).status).toBe(401);
  });

  it('still offers one shared origin for callers that can be given one URL only', async () => {
    const shared = await startEmulator({ seed: SMALL_SEED, origins: 'shared', now: () => NOW });
    try {
      expect(new Set(Object.values(shared.origins))).toEqual(new Set([shared.url]));
      expect((await suiteql(shared, { q: 'SELECT id FROM oauthtoken', credentials: OPERATOR, now: NOW })).status).toBe(200);
      expect((await signedFetch(shared, { path: REVOKE_CELIGO, credentials: CELIGO, now: NOW })).status).toBe(200);
    } finally {
      await shared.close();
    }
  });
});
