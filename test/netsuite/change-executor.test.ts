import { afterEach, describe, expect, it } from 'vitest';
import { inspect } from 'node:util';
import { NetSuiteAuthError } from '../../src/netsuite/errors.js';
import { resolveEndpoints } from '../../src/netsuite/endpoints.js';
import { NetSuiteChangeExecutor } from '../../src/netsuite/change-executor.js';
import { createSigner, signatureFor } from '../../src/netsuite/signer.js';
import { NetSuiteTransport } from '../../src/netsuite/transport.js';
import { nodeHttpExchange } from '../../src/netsuite/http-exchange.js';
import { CANARY, canaryCredentials, fakeTime, leakedCanaries } from './support/fixtures.js';
import { startScriptedServer } from './support/scripted-server.js';
import type { Reply, ScriptedServer } from './support/scripted-server.js';

let server: ScriptedServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function revokerAgainst(handler: (index: number) => Reply) {
  server = await startScriptedServer((_, index) => handler(index));
  const time = fakeTime();
  const endpoints = resolveEndpoints('1234567_SB1', { NETSUITE_RESTLETS_URL: server.origin });
  const transport = new NetSuiteTransport({ exchange: nodeHttpExchange(), clock: time.clock, concurrency: 2, sleep: time.sleep });
  return { revoker: new NetSuiteChangeExecutor({ endpoints, transport, signer: createSigner({ realm: endpoints.realm, clock: time.clock }), authorizerFor: () => { throw new Error('no certificate is revoked here'); } }), server };
}

describe('NetSuiteChangeExecutor.revokeToken', () => {
  it('sends GET rest/revoketoken with the consumer key and token id, signed with that same token', async () => {
    const { revoker, server: target } = await revokerAgainst(() => ({ status: 200, body: '' }));
    await revoker.revokeToken(canaryCredentials());
    const [request] = target.requests;
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe(`/rest/revoketoken?consumerKey=${CANARY.consumerKey}&token=${CANARY.tokenId}`);
    const header = String(request?.headers.authorization);
    expect(header).toContain('realm="1234567_SB1"');
    const parameters = Object.fromEntries([...header.matchAll(/(oauth_[a-z_]+)="([^"]*)"/g)].map((m) => [m[1] ?? '', decodeURIComponent(m[2] ?? '')]));
    expect(parameters['oauth_token']).toBe(CANARY.tokenId);
    const { oauth_signature: signature, ...protocol } = parameters;
    const expected = signatureFor('GET', `${target.origin}${request?.url ?? ''}`, protocol, CANARY.consumerSecret, CANARY.tokenSecret);
    expect(signature).toBe(expected.signature);
  });

  it('takes any 2xx as sent', async () => {
    const { revoker } = await revokerAgainst(() => ({ status: 204 }));
    await expect(revoker.revokeToken(canaryCredentials())).resolves.toBeUndefined();
  });

  it('reports two refusals as an authentication error that points at observing, and leaks nothing', async () => {
    const { revoker, server: target } = await revokerAgainst(() => ({ status: 401, body: { error: { code: 'INVALID_LOGIN_ATTEMPT', message: 'Invalid login attempt.' } } }));
    const error: unknown = await revoker.revokeToken(canaryCredentials()).catch((caught: unknown) => caught);
    expect(target.requests).toHaveLength(2);
    expect(error).toBeInstanceOf(NetSuiteAuthError);
    expect(error).toMatchObject({ status: 401, errorCode: 'INVALID_LOGIN_ATTEMPT', endpoint: `GET ${target.origin}/rest/revoketoken` });
    expect((error as NetSuiteAuthError).hint).toContain('The next observation shows');
    expect(leakedCanaries(inspect(error, { depth: 10 }) + String((error as Error).stack))).toEqual([]);
  });
});
