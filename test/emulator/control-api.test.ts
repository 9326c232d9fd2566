import { request as httpRequest } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { control, suiteql } from './support/emulator-client.js';
import { NOW, OPERATOR, SMALL_SEED, credentialsOf } from './support/small-seed.js';
import type { TestCredentials } from './support/test-signer.js';

let emulator: RunningEmulator;
beforeEach(async () => { emulator = await startEmulator({ seed: SMALL_SEED, origins: 'split', now: () => NOW }); });
afterEach(async () => { await emulator.close(); });

const stateOf = (id: string): string | undefined => emulator.state().tokens.find((token) => token.id === id)?.state;
const canSign = async (credentials: TestCredentials): Promise<boolean> => (await suiteql(emulator, { q: 'SELECT id FROM oauthtoken', credentials, now: NOW })).status === 200;
const ids = async (): Promise<string[]> => {
  const response = await suiteql(emulator, { q: 'SELECT id FROM oauthtoken ORDER BY id', credentials: OPERATOR, now: NOW });
  return ((await response.json()) as { items: { id: string }[] }).items.map((item) => item.id);
};

describe('the control endpoint (not NetSuite: it plays the administrator)', () => {
  it('says what it is, on every response', async () => {
    const response = await control(emulator, 'GET', '/');
    expect(response.headers.get('x-netsuite-emulator')).toBe('netsuite-token-gitops emulator; this is NOT NetSuite');
    const body = (await response.json()) as { note: string; endpoints: string[] };
    expect(body.note).toContain('NOT a NetSuite API');
    expect(body.endpoints).toContain('POST /__emulator/tokens/:id/inactive — check or clear Inactive {inactive: true|false}; 409 on a revoked token');
  });

  it('reports state: tokens with ids, names and dates, never secrets', async () => {
    const state = (await (await control(emulator, 'GET', '/state')).json()) as ReturnType<RunningEmulator['state']>;
    expect(state.account).toBe('1234567_SB1');
    expect(state.tokens[3]).toEqual({
      id: '103', name: 'Revoked token', integrationId: '1', application: 'Token GitOps', entityId: '10', user: 'svc-gitops', roleId: '20', role: 'Token Operator',
      createdBy: '10', created: '2024-01-01T00:00:00.000Z', revokedAt: '2024-06-01T10:00:00.000Z', inactive: false, revoked: true, state: 'revoked',
    });
    expect(JSON.stringify(state)).not.toContain(OPERATOR.tokenSecret);
    expect(JSON.stringify(state)).not.toContain(OPERATOR.consumerSecret);
  });

  it('checks and clears Inactive; an inactive token cannot sign until cleared', async () => {
    const celigo = credentialsOf(SMALL_SEED, '101');
    const checked = await control(emulator, 'POST', '/tokens/101/inactive', { inactive: true });
    expect(checked.status).toBe(200);
    expect(await checked.json()).toMatchObject({ token: { id: '101', inactive: true, state: 'inactive' } });
    expect(await canSign(celigo)).toBe(false);
    expect((await control(emulator, 'POST', '/tokens/101/inactive', { inactive: false })).status).toBe(200);
    expect(stateOf('101')).toBe('active');
    expect(await canSign(celigo)).toBe(true);
  });

  it('refuses to edit a revoked token (409), and unknown tokens (404)', async () => {
    const inactive = await control(emulator, 'POST', '/tokens/103/inactive', { inactive: true });
    expect(inactive.status).toBe(409);
    expect(await inactive.json()).toEqual({ error: { code: 'REVOKED', message: 'Token 103 is revoked; a revoked token cannot be edited.' } });
    expect((await control(emulator, 'POST', '/tokens/103/revoke')).status).toBe(409);
    expect((await control(emulator, 'POST', '/tokens/103/name', { name: 'x' })).status).toBe(409);
    expect((await control(emulator, 'POST', '/tokens/999/revoke')).status).toBe(404);
  });

  it('revokes (the Revoke button): terminal, dated now', async () => {
    const response = await control(emulator, 'POST', '/tokens/101/revoke');
    expect(await response.json()).toMatchObject({ token: { id: '101', revoked: true, revokedAt: NOW.toISOString() } });
    expect(await canSign(credentialsOf(SMALL_SEED, '101'))).toBe(false);
  });

  it('renames a token', async () => {
    expect(await (await control(emulator, 'POST', '/tokens/101/name', { name: 'Renamed' })).json()).toMatchObject({ token: { id: '101', name: 'Renamed' } });
  });

  it('creates a token that can sign at once, with the secrets shown once', async () => {
    const response = await control(emulator, 'POST', '/tokens', { integration: '2', entity: '11', role: '21' });
    expect(response.status).toBe(201);
    const created = (await response.json()) as { token: { id: string; name: string; created: string }; tokenId: string; tokenSecret: string };
    expect(created.token).toMatchObject({ id: '106', name: 'Celigo integrator.io - svc-celigo - Celigo Full Access', created: NOW.toISOString(), state: 'active' });
    expect(created.tokenId).toMatch(/^[0-9a-f]{64}$/);
    const celigo = credentialsOf(SMALL_SEED, '101');
    expect(await canSign({ ...celigo, tokenId: created.tokenId, tokenSecret: created.tokenSecret })).toBe(true);
    expect(JSON.stringify(emulator.state())).not.toContain(created.tokenSecret);
    const named = await control(emulator, 'POST', '/tokens', { integration: 1, entity: 10, role: 20, name: 'Named', inactive: true });
    expect(await named.json()).toMatchObject({ token: { id: '107', name: 'Named', state: 'inactive' } });
  });

  it('refuses to create a token for records that do not exist, or without them', async () => {
    expect(await (await control(emulator, 'POST', '/tokens', { integration: '9', entity: '11', role: '21' })).json()).toEqual({ error: { code: 'UNKNOWN_REFERENCE', message: 'There is no integration 9.' } });
    expect((await control(emulator, 'POST', '/tokens', { integration: '1', entity: '99', role: '20' })).status).toBe(400);
    expect((await control(emulator, 'POST', '/tokens', { integration: '1' })).status).toBe(400);
    expect((await control(emulator, 'POST', '/tokens', { integration: '1', entity: '10', role: '20', inactive: 'yes' })).status).toBe(400);
  });

  it('deletes an entity: its tokens vanish from oauthtoken and stop signing', async () => {
    const response = await control(emulator, 'DELETE', '/entities/11');
    expect(await response.json()).toEqual({ deletedTokens: ['101', '105'] });
    expect(await ids()).toEqual(['100', '102', '103', '104']);
    expect(await canSign(credentialsOf(SMALL_SEED, '101'))).toBe(false);
    expect((await control(emulator, 'DELETE', '/entities/11')).status).toBe(404);
  });

  it('deletes an integration: its tokens are revoked (the row stays) and its consumer key is unknown', async () => {
    const response = await control(emulator, 'DELETE', '/integrations/2');
    expect(await response.json()).toEqual({ revokedTokens: ['101', '105'] });
    expect(stateOf('101')).toBe('revoked');
    expect(await ids()).toContain('101');
    const observed = await suiteql(emulator, { q: 'SELECT BUILTIN.DF(tba_app_name) AS app FROM oauthtoken WHERE id = 101', credentials: OPERATOR, now: NOW });
    expect(((await observed.json()) as { items: unknown[] }).items).toEqual([{ links: [], app: 'Celigo integrator.io' }]);
  });

  it('blocks and enables an integration (consumer_key_refused, reversibly)', async () => {
    expect((await control(emulator, 'POST', '/integrations/1/state', { state: 'blocked' })).status).toBe(200);
    const refused = await suiteql(emulator, { q: 'SELECT id FROM oauthtoken', credentials: OPERATOR, now: NOW });
    expect(refused.headers.get('www-authenticate')).toContain('consumer_key_refused');
    expect((await control(emulator, 'POST', '/integrations/1/state', { state: 'enabled' })).status).toBe(200);
    expect(await canSign(OPERATOR)).toBe(true);
    expect((await control(emulator, 'POST', '/integrations/1/state', { state: 'gone' })).status).toBe(400);
  });

  it('adds login audit rows that SuiteQL then shows', async () => {
    const added = await control(emulator, 'POST', '/loginaudit', { rows: [{ date: '2026-10-31T23:00:00Z', status: 'Success', token: 'Inactive token', application: 'Token GitOps', user: 10 }] });
    expect(added.status).toBe(201);
    expect(await added.json()).toEqual({ added: 1 });
    const response = await suiteql(emulator, { q: "SELECT TO_CHAR(date, 'YYYY-MM-DD HH24:MI') AS d, BUILTIN.DF(user) AS who FROM loginaudit WHERE oauthaccesstokenname = 'Inactive token'", credentials: OPERATOR, now: NOW });
    expect(((await response.json()) as { items: unknown[] }).items).toEqual([{ links: [], d: '2026-10-31 23:00', who: 'svc-gitops' }]);
  });

  it('refuses malformed login rows, naming the problem', async () => {
    const response = await control(emulator, 'POST', '/loginaudit', { rows: [{ date: 'yesterday', status: 'Maybe', extra: 1 }] });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { message: string } };
    expect(error.message).toContain('/0/date');
    expect(error.message).toContain('must be one of "Success", "Failure"');
    expect(error.message).toContain('Unknown key "extra"');
    expect((await control(emulator, 'POST', '/loginaudit', { rows: 'none' })).status).toBe(400);
  });

  it('refuses what a web page could send: another Host name, or a change without a JSON content type', async () => {
    const { port } = new URL(emulator.url);
    /** A request to 127.0.0.1 carrying another Host header, as a DNS-rebound page would send it. */
    const withHost = (host: string, method: string, path: string): Promise<number> =>
      new Promise((resolve, reject) => {
        const request = httpRequest({ host: '127.0.0.1', port: Number(port), path, method, headers: { host, 'content-type': 'application/json' } }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
        request.end(method === 'GET' ? undefined : '{}');
      });
    expect(await withHost(`attacker.example:${port}`, 'POST', '/__emulator/tokens/101/revoke')).toBe(403);
    expect(await withHost(`localhost:${port}`, 'GET', '/__emulator/state')).toBe(200);
    const simple = await fetch(`${emulator.controlUrl}/tokens/101/revoke`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(simple.status).toBe(415);
    expect(stateOf('101')).toBe('active');
  });

  it('answers malformed requests with clear errors: invalid JSON, wrong method, unknown path', async () => {
    const invalid = await fetch(`${emulator.controlUrl}/tokens/101/inactive`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toEqual({ error: { code: 'INVALID_JSON', message: 'The request body is not valid JSON.' } });
    expect((await control(emulator, 'POST', '/tokens/101/inactive', { inactive: 'yes' })).status).toBe(400);
    expect((await control(emulator, 'POST', '/tokens/101/inactive')).status).toBe(400);
    const wrongMethod = await control(emulator, 'GET', '/tokens/101/revoke');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect((await control(emulator, 'GET', '/nothing/here')).status).toBe(404);
    expect((await control(emulator, 'POST', '/tokens/abc/revoke')).status).toBe(404);
  });
});
