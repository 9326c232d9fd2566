import { afterEach, describe, expect, it } from 'vitest';
import { inspect } from 'node:util';
import { UsageError } from '../../src/support/errors.js';
import { concurrencyFromEnv, createNetSuiteClient } from '../../src/netsuite/client.js';
import { operatorSignIn } from '../../src/secrets/operator-credentials.js';
import { signatureFor } from '../../src/netsuite/signer.js';
import { fakeSuiteQl } from './support/fake-suiteql.js';
import { startScriptedServer } from './support/scripted-server.js';
import type { ScriptedServer } from './support/scripted-server.js';

const OPERATOR = {
  NETSUITE_CONSUMER_KEY: 'op-consumer-key-0001',
  NETSUITE_CONSUMER_SECRET: 'op-consumer-secret-0001',
  NETSUITE_TOKEN_ID: 'op-token-id-0001',
  NETSUITE_TOKEN_SECRET: 'op-token-secret-0001',
};
const clock = { now: () => new Date('2025-01-15T12:00:00Z') };

let server: ScriptedServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('createNetSuiteClient', () => {
  it("observes with the operator's own token, signed for the account's realm", async () => {
    server = await startScriptedServer(fakeSuiteQl({ tokens: [{ id: 1, name: 'one' }], logins: [], maxRows: 100_000 }));
    const client = createNetSuiteClient({ account: '1234567_SB1', env: { ...OPERATOR, NETSUITE_REST_URL: server.origin }, clock });
    expect(client.concurrency).toBe(2);
    expect(client.endpoints.restlets).toBe('https://1234567-sb1.restlets.api.netsuite.com');
    const observation = await client.directory.observe();
    expect(observation.tokens.map((token) => token.name)).toEqual(['one']);
    const request = server.requests[0];
    const header = String(request?.headers.authorization);
    const parameters = Object.fromEntries([...header.matchAll(/(oauth_[a-z_]+)="([^"]*)"/g)].map((m) => [m[1] ?? '', decodeURIComponent(m[2] ?? '')]));
    expect(header).toContain('realm="1234567_SB1"');
    expect(parameters['oauth_consumer_key']).toBe(OPERATOR.NETSUITE_CONSUMER_KEY);
    const { oauth_signature: signature, ...protocol } = parameters;
    expect(signature).toBe(signatureFor('POST', `${server.origin}${request?.url ?? ''}`, protocol, OPERATOR.NETSUITE_CONSUMER_SECRET, OPERATOR.NETSUITE_TOKEN_SECRET).signature);
  });

  it("names the operator's missing or empty variables at once, never a value", () => {
    let error: unknown;
    try {
      createNetSuiteClient({ account: '1234567', env: { NETSUITE_CONSUMER_KEY: 'op-consumer-key-0001', NETSUITE_TOKEN_ID: '' }, clock });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe('The environment variables NETSUITE_CONSUMER_SECRET, NETSUITE_TOKEN_ID, NETSUITE_TOKEN_SECRET are not set.');
    expect(inspect(error)).not.toContain('op-consumer-key-0001');
  });

  it('holds the operator credentials as secrets that print as [redacted]', () => {
    const { credentials } = operatorSignIn(OPERATOR, '1234567');
    if (credentials.kind !== 'tba') throw new Error('expected a TBA sign-in');
    expect(credentials.tokenSecret.reveal()).toBe(OPERATOR.NETSUITE_TOKEN_SECRET);
    expect(`${String(credentials.tokenSecret)} ${JSON.stringify(credentials)} ${inspect(credentials)}`).not.toContain('op-');
  });

  it('reads NETSUITE_CONCURRENCY, default 2, and refuses nonsense', () => {
    expect(concurrencyFromEnv({})).toBe(2);
    expect(concurrencyFromEnv({ NETSUITE_CONCURRENCY: ' 5 ' })).toBe(5);
    for (const value of ['0', '-1', '1.5', 'two', '51']) expect(() => concurrencyFromEnv({ NETSUITE_CONCURRENCY: value })).toThrow(UsageError);
  });
});
