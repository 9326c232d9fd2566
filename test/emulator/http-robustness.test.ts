import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { control, signedFetch, suiteql } from './support/emulator-client.js';
import { NOW, OPERATOR, SMALL_SEED } from './support/small-seed.js';

let emulator: RunningEmulator;
beforeAll(async () => { emulator = await startEmulator({ seed: SMALL_SEED, origins: 'split', now: () => NOW }); });
afterAll(async () => { await emulator.close(); });

/** Sends raw bytes and returns whatever comes back before the server closes the connection. */
function raw(bytes: string): Promise<string> {
  const { hostname, port } = new URL(emulator.origins.rest);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(bytes));
    let answer = '';
    socket.on('data', (chunk: Buffer) => { answer += chunk.toString('utf8'); });
    socket.on('close', () => { resolve(answer); });
    socket.on('error', reject);
  });
}

const stillServing = async (): Promise<boolean> => (await suiteql(emulator, { q: 'SELECT id FROM oauthtoken', credentials: OPERATOR, now: NOW })).status === 200;

describe('malformed requests get NetSuite-like errors, never a crash', () => {
  it('listens on 127.0.0.1 only, on three origins as NetSuite has three hosts', () => {
    const { rest, restlets, system } = emulator.origins;
    for (const origin of [rest, restlets, system]) expect(new URL(origin).hostname).toBe('127.0.0.1');
    expect(new Set([rest, restlets, system]).size).toBe(3);
    expect(emulator.url).toBe(system);
    expect(emulator.controlUrl).toBe(`${system}/__emulator`);
  });

  it('answers bytes that are not HTTP with 400 and keeps serving', async () => {
    expect(await raw('HELLO THERE\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    expect(await stillServing()).toBe(true);
  });

  it('survives a client that disconnects in the middle of a body', async () => {
    await raw(`POST /services/rest/query/v1/suiteql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: 1000\r\n\r\n{"q": "SEL`);
    expect(await stillServing()).toBe(true);
  });

  it('authenticates unknown REST and RESTlet paths first (401), then answers 404 in the shape of their domain', async () => {
    const unsignedRest = await fetch(`${emulator.origins.rest}/services/rest/record/v1/accesstoken/4711`);
    expect(unsignedRest.status).toBe(401);
    expect(await unsignedRest.json()).toMatchObject({ 'o:errorDetails': [{ 'o:errorCode': 'INVALID_LOGIN' }] });
    const badlySigned = await signedFetch(emulator, { path: '/services/rest/record/v1/accesstoken/4711', credentials: { ...OPERATOR, tokenSecret: 'wrong' }, now: NOW });
    expect(badlySigned.status).toBe(401);
    const rest = await signedFetch(emulator, { path: '/services/rest/record/v1/accesstoken/4711', credentials: OPERATOR, now: NOW });
    expect(rest.status).toBe(404);
    expect(await rest.json()).toMatchObject({ title: 'Not Found', status: 404, 'o:errorDetails': [{ 'o:errorCode': 'NONEXISTENT_ENDPOINT' }] });

    const unsignedRestlet = await fetch(`${emulator.origins.restlets}/rest/issuetoken`);
    expect(unsignedRestlet.status).toBe(401);
    expect(await unsignedRestlet.json()).toEqual({ error: { code: 'INVALID_LOGIN_ATTEMPT', message: 'Invalid login attempt.' } });
    const restlet = await signedFetch(emulator, { path: '/rest/issuetoken', credentials: OPERATOR, now: NOW });
    expect(restlet.status).toBe(404);
    expect(await restlet.json()).toMatchObject({ error: { code: 'INVALID_URL' } });
  });

  it('authenticates before refusing the wrong method (405 with Allow)', async () => {
    expect((await fetch(`${emulator.origins.rest}/services/rest/query/v1/suiteql`)).status).toBe(401);
    const response = await signedFetch(emulator, { path: '/services/rest/query/v1/suiteql', credentials: OPERATOR, now: NOW });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.json()).toMatchObject({ status: 405, 'o:errorDetails': [{ 'o:errorCode': 'METHOD_NOT_ALLOWED' }] });
  });

  it('refuses a query string that is not valid percent-encoding', async () => {
    const response = await signedFetch(emulator, { method: 'POST', path: '/services/rest/query/v1/suiteql?limit=%ZZ', body: '{"q":"SELECT 1"}', credentials: OPERATOR, now: NOW });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ 'o:errorDetails': [{ 'o:errorCode': 'INVALID_PARAMETER', detail: 'The query string is not valid percent-encoding.' }] });
  });

  it('refuses a body over 1 MiB with 413', async () => {
    const response = await signedFetch(emulator, { method: 'POST', path: '/services/rest/query/v1/suiteql', body: `{"q": "${'x'.repeat(1_100_000)}"}`, credentials: OPERATOR, now: NOW });
    expect(response.status).toBe(413);
    expect(await stillServing()).toBe(true);
  });
});

describe('pages that say what the emulator is', () => {
  it('serves a plain-text page at / saying it is an emulator, not NetSuite, with its URLs', async () => {
    const text = await (await fetch(`${emulator.url}/`)).text();
    expect(text).toContain('EMULATOR');
    expect(text).toContain('It is NOT NetSuite.');
    expect(text).toContain(`${emulator.origins.rest}/services/rest/query/v1/suiteql`);
    expect(text).toContain(`${emulator.origins.restlets}/rest/revoketoken`);
    expect(text).toContain(`${emulator.origins.system}/__emulator/`);
  });

  it("serves the checklist's deep link as a token page with escaped names and a banner", async () => {
    const created = (await (await control(emulator, 'POST', '/tokens', { integration: '1', entity: '10', role: '20', name: '<script>alert("x")</script> & co' })).json()) as { token: { id: string } };
    const response = await fetch(`${emulator.url}/app/setup/accesstoken.nl?id=${created.token.id}&e=T`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('x-netsuite-emulator')).toContain('NOT NetSuite');
    expect(html).toContain('NetSuite EMULATOR — this is not NetSuite.');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain(`fetch('/__emulator/tokens/${created.token.id}/' + what`);
  });

  it('says a revoked token cannot be edited, and answers unknown ids and pages with 404', async () => {
    expect(await (await fetch(`${emulator.url}/app/setup/accesstoken.nl?id=103`)).text()).toContain('A revoked token cannot be edited.');
    expect((await fetch(`${emulator.url}/app/setup/accesstoken.nl?id=999`)).status).toBe(404);
    expect((await fetch(`${emulator.url}/app/setup/accesstoken.nl?id=<b>`)).status).toBe(404);
    expect((await fetch(`${emulator.url}/app/center/card.nl`)).status).toBe(404);
  });
});

describe('close', () => {
  it('stops listening, drops requests still waiting, and can be called twice', async () => {
    const slow = await startEmulator({ seed: SMALL_SEED, origins: 'split', now: () => NOW, latencyMs: 10_000 });
    const pending = suiteql(slow, { q: 'SELECT id FROM oauthtoken', credentials: OPERATOR, now: NOW }).then(
      (response) => response.status,
      () => 'dropped',
    );
    await slow.until((state) => state.counters.inFlight === 1, { description: 'one request in flight' });
    await Promise.all([slow.close(), slow.close()]);
    expect(await pending).toBe('dropped');
    for (const origin of Object.values(slow.origins)) await expect(fetch(`${origin}/`)).rejects.toThrow();
  });
});
