import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { signedFetch, suiteql } from './support/emulator-client.js';
import { NOW, OPERATOR, SMALL_SEED, credentialsOf } from './support/small-seed.js';
import type { TestCredentials } from './support/test-signer.js';

let emulator: RunningEmulator;
let clock = NOW;
beforeEach(async () => {
  clock = NOW;
  emulator = await startEmulator({ seed: SMALL_SEED, origins: 'split', now: () => clock });
});
afterEach(async () => { await emulator.close(); });

const CELIGO = credentialsOf(SMALL_SEED, '101');

function revoke(signedWith: TestCredentials, named: { consumerKey: string; token: string } = { consumerKey: signedWith.consumerKey, token: signedWith.tokenId }, method = 'GET'): Promise<Response> {
  return signedFetch(emulator, {
    method,
    path: `/rest/revoketoken?consumerKey=${encodeURIComponent(named.consumerKey)}&token=${encodeURIComponent(named.token)}`,
    credentials: signedWith,
    now: clock,
  });
}

const stateOf = (id: string): string | undefined => emulator.state().tokens.find((token) => token.id === id)?.state;

describe('GET /rest/revoketoken', () => {
  it('revokes the token that signs the request, dated now, and answers 200 with a small JSON body', async () => {
    clock = new Date('2026-11-01T12:34:56Z');
    const response = await revoke(CELIGO);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ message: 'The token has been revoked.' });
    expect(emulator.state().tokens.find((token) => token.id === '101')).toMatchObject({ revoked: true, state: 'revoked', revokedAt: '2026-11-01T12:34:56.000Z' });

    const observed = await suiteql(emulator, { q: "SELECT brevoked, TO_CHAR(drevoked, 'YYYY-MM-DD HH24:MI:SS') AS drevoked FROM oauthtoken WHERE id = 101", credentials: OPERATOR, now: clock });
    expect(((await observed.json()) as { items: unknown[] }).items).toEqual([{ links: [], brevoked: 'T', drevoked: '2026-11-01 12:34:56' }]);
  });

  it('leaves the token revoked: signing anything with it afterwards is a 401', async () => {
    expect((await revoke(CELIGO)).status).toBe(200);
    const again = await revoke(CELIGO);
    expect(again.status).toBe(401);
    expect(await again.json()).toEqual({ error: { code: 'INVALID_LOGIN_ATTEMPT', message: 'Invalid login attempt.' } });
    const query = await suiteql(emulator, { q: 'SELECT id FROM oauthtoken', credentials: CELIGO, now: clock });
    expect(query.status).toBe(401);
    expect(JSON.stringify(await query.json())).toContain('INVALID_LOGIN');
  });

  it("refuses to revoke another token than the one signing, and changes nothing", async () => {
    const response = await revoke(OPERATOR, { consumerKey: OPERATOR.consumerKey, token: CELIGO.tokenId });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'INVALID_REQUEST', message: 'A token can only revoke itself: sign the request with the token and consumer named in the query.' } });
    expect(stateOf('101')).toBe('active');
    expect(stateOf('100')).toBe('active');
  });

  it('refuses a consumerKey parameter that is not the signing consumer', async () => {
    const response = await revoke(CELIGO, { consumerKey: OPERATOR.consumerKey, token: CELIGO.tokenId });
    expect(response.status).toBe(400);
    expect(stateOf('101')).toBe('active');
  });

  it('needs both parameters exactly once', async () => {
    for (const query of ['consumerKey=a', 'token=b', `consumerKey=${CELIGO.consumerKey}&consumerKey=${CELIGO.consumerKey}&token=${CELIGO.tokenId}`]) {
      const response = await signedFetch(emulator, { path: `/rest/revoketoken?${query}`, credentials: CELIGO, now: clock });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: 'INVALID_REQUEST' } });
    }
    expect(stateOf('101')).toBe('active');
  });

  it('cannot be used unsigned, or with a tampered query', async () => {
    const unsigned = await fetch(`${emulator.origins.restlets}/rest/revoketoken?consumerKey=${CELIGO.consumerKey}&token=${CELIGO.tokenId}`);
    expect(unsigned.status).toBe(401);
    const tampered = await signedFetch(emulator, {
      path: `/rest/revoketoken?consumerKey=${CELIGO.consumerKey}&token=${CELIGO.tokenId}`,
      credentials: CELIGO,
      now: clock,
      signing: { url: `${emulator.origins.restlets}/rest/revoketoken?consumerKey=${CELIGO.consumerKey}&token=other` },
    });
    expect(tampered.status).toBe(401);
    expect(stateOf('101')).toBe('active');
  });

  it('accepts GET only', async () => {
    const response = await revoke(CELIGO, undefined, 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
    expect(await response.json()).toMatchObject({ error: { code: 'METHOD_NOT_ALLOWED' } });
    expect(stateOf('101')).toBe('active');
  });
});
