import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import initSqlJs from 'sql.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { AccountStore } from '../../src/emulator/account-store.js';
import { OAuthVerifier, type RejectionReason } from '../../src/emulator/oauth-verifier.js';
import { signedFetch, suiteql, type SignedCall } from './support/emulator-client.js';
import { NOW, OPERATOR, SMALL_SEED, credentialsOf } from './support/small-seed.js';
import { authorizationHeader, type TestCredentials } from './support/test-signer.js';

let emulator: RunningEmulator;
beforeAll(async () => { emulator = await startEmulator({ seed: SMALL_SEED, origins: 'split', now: () => NOW }); });
afterAll(async () => { await emulator.close(); });

const SUITEQL_PATH = '/services/rest/query/v1/suiteql';
const NOW_SECONDS = Math.floor(NOW.getTime() / 1000);

function query(overrides: Partial<SignedCall> = {}): Promise<Response> {
  return signedFetch(emulator, {
    method: 'POST',
    path: `${SUITEQL_PATH}?limit=5`,
    body: JSON.stringify({ q: 'SELECT id FROM oauthtoken ORDER BY id' }),
    headers: { 'content-type': 'application/json', prefer: 'transient' },
    credentials: OPERATOR,
    now: NOW,
    ...overrides,
  });
}

async function expectRestRejection(response: Response, reason: RejectionReason): Promise<void> {
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toBe(`OAuth realm="1234567_SB1", error="${reason}", error_description="Invalid login attempt."`);
  expect(await response.json()).toEqual({
    type: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.2',
    title: 'Unauthorized',
    status: 401,
    'o:errorDetails': [{ detail: expect.stringContaining('Invalid login attempt.') as unknown, 'o:errorCode': 'INVALID_LOGIN' }],
  });
}

const other = (credentials: TestCredentials, change: Partial<TestCredentials>): TestCredentials => ({ ...credentials, ...change });

describe('a correctly signed request', () => {
  it('is answered, with the query parameters in the signature', async () => {
    const response = await query();
    expect(response.status).toBe(200);
  });

  it('is accepted with a timestamp 299 s off and without oauth_version (it is optional)', async () => {
    expect((await query({ signing: { timestamp: NOW_SECONDS - 299 } })).status).toBe(200);
    expect((await query({ signing: { timestamp: NOW_SECONDS + 299 } })).status).toBe(200);
    expect((await query({ signing: { version: null } })).status).toBe(200);
  });

  it('may reuse a nonce with another timestamp', async () => {
    expect((await query({ signing: { nonce: 'samenonce123', timestamp: NOW_SECONDS - 10 } })).status).toBe(200);
    expect((await query({ signing: { nonce: 'samenonce123', timestamp: NOW_SECONDS - 11 } })).status).toBe(200);
  });
});

describe('each reason NetSuite refuses a login gets the generic 401 (INVALID_LOGIN on REST)', () => {
  it('no Authorization header, or one missing a required parameter', async () => {
    await expectRestRejection(await fetch(`${emulator.origins.rest}${SUITEQL_PATH}`, { method: 'POST', body: '{"q":"SELECT 1"}' }), 'MissingTokenPassportRequiredFields');
    await expectRestRejection(await query({ signing: { omit: ['oauth_nonce'] } }), 'MissingTokenPassportRequiredFields');
    await expectRestRejection(await query({ headers: { authorization: 'OAuth realm=1234567_SB1' } }), 'MissingTokenPassportRequiredFields');
  });

  it('a realm in the wrong case (hosts are lower case, the realm is not)', async () => {
    await expectRestRejection(await query({ signing: { realm: '1234567_sb1' } }), 'InvalidRealm');
    await expectRestRejection(await query({ signing: { realm: '1234567-SB1' } }), 'InvalidRealm');
  });

  it('HMAC-SHA1 (unsupported since 2023.1), and an oauth_version other than 1.0', async () => {
    await expectRestRejection(await query({ signing: { signatureMethod: 'HMAC-SHA1' } }), 'signature_method_rejected');
    await expectRestRejection(await query({ signing: { version: '2.0' } }), 'version_rejected');
  });

  it('a wrong signature', async () => {
    await expectRestRejection(await query({ signing: { signature: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' } }), 'InvalidSignature');
    await expectRestRejection(await query({ credentials: other(OPERATOR, { tokenSecret: 'f'.repeat(64) }) }), 'InvalidSignature');
  });

  it('a signature that leaves out the query parameters', async () => {
    await expectRestRejection(await query({ signing: { url: `${emulator.origins.rest}${SUITEQL_PATH}` } }), 'InvalidSignature');
  });

  it('a signature for another host or port than the one the request was sent to', async () => {
    const url = new URL(emulator.origins.rest);
    await expectRestRejection(await query({ signing: { url: `http://localhost:${url.port}${SUITEQL_PATH}?limit=5` } }), 'InvalidSignature');
    await expectRestRejection(await query({ signing: { url: `http://127.0.0.1:${Number(url.port) + 1}${SUITEQL_PATH}?limit=5` } }), 'InvalidSignature');
  });

  it('a nonce shorter than 6 characters', async () => {
    await expectRestRejection(await query({ signing: { nonce: 'abc12' } }), 'nonce_rejected');
    expect((await query({ signing: { nonce: 'abc123' } })).status).toBe(200);
  });

  it('a nonce used before with the same timestamp', async () => {
    expect((await query({ signing: { nonce: 'replayed-nonce', timestamp: NOW_SECONDS } })).status).toBe(200);
    await expectRestRejection(await query({ signing: { nonce: 'replayed-nonce', timestamp: NOW_SECONDS } }), 'nonce_used');
  });

  it('a timestamp more than 300 s from the server clock, either way, or not a number', async () => {
    await expectRestRejection(await query({ signing: { timestamp: NOW_SECONDS - 301 } }), 'InvalidTimestamp');
    await expectRestRejection(await query({ signing: { timestamp: NOW_SECONDS + 301 } }), 'InvalidTimestamp');
    await expectRestRejection(await query({ signing: { timestamp: Number.NaN } }), 'InvalidTimestamp');
  });

  it('an unknown consumer key, and the consumer key of a blocked integration', async () => {
    await expectRestRejection(await query({ credentials: other(OPERATOR, { consumerKey: 'u'.repeat(64) }) }), 'consumer_key_unknown');
    await expectRestRejection(await query({ credentials: credentialsOf(SMALL_SEED, '104') }), 'consumer_key_refused');
  });

  it('an unknown, inactive or revoked token, or a token of another consumer', async () => {
    await expectRestRejection(await query({ credentials: other(OPERATOR, { tokenId: 'u'.repeat(64) }) }), 'token_rejected');
    await expectRestRejection(await query({ credentials: credentialsOf(SMALL_SEED, '102') }), 'token_rejected');
    await expectRestRejection(await query({ credentials: credentialsOf(SMALL_SEED, '103') }), 'token_rejected');
    const celigo = credentialsOf(SMALL_SEED, '101');
    await expectRestRejection(await query({ credentials: other(OPERATOR, { consumerKey: celigo.consumerKey, consumerSecret: celigo.consumerSecret }) }), 'token_rejected');
  });

  it('answers INVALID_LOGIN_ATTEMPT in the RESTlet shape on /rest/ paths', async () => {
    const response = await signedFetch(emulator, { path: '/rest/revoketoken?consumerKey=x&token=y', credentials: OPERATOR, now: NOW, signing: { realm: '1234567_sb1' } });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('error="InvalidRealm"');
    expect(await response.json()).toEqual({ error: { code: 'INVALID_LOGIN_ATTEMPT', message: 'Invalid login attempt.' } });
  });
});

describe('the Login Audit Trail', () => {
  it('records failed attempts with the reason in Detail, and the token when it was identified', async () => {
    await query({ credentials: credentialsOf(SMALL_SEED, '102') });
    const response = await suiteql(emulator, {
      q: "SELECT oauthaccesstokenname, detail, status, requesturi FROM loginaudit WHERE status = 'Failure' AND oauthaccesstokenname = 'Inactive token'",
      credentials: OPERATOR,
      now: NOW,
    });
    const body = (await response.json()) as { items: Record<string, string>[] };
    expect(body.items).toContainEqual({ links: [], oauthaccesstokenname: 'Inactive token', detail: 'token_rejected', status: 'Failure', requesturi: SUITEQL_PATH });
  });

  it('records a successful login once per session, not once per request', async () => {
    const count = async (): Promise<string | undefined> => {
      const response = await suiteql(emulator, {
        q: "SELECT COUNT(*) AS n FROM loginaudit WHERE status = 'Success' AND oauthaccesstokenname = 'Token GitOps - svc-gitops - Token Operator'",
        credentials: OPERATOR,
        now: NOW,
      });
      return ((await response.json()) as { items: { n?: string }[] }).items[0]?.n;
    };
    const before = await count();
    await query();
    await query();
    expect(await count()).toBe(before);
  });
});

describe('the verifier explains each token rejection (for the emulator log, not the client)', () => {
  it('tells unknown, inactive, revoked and foreign tokens apart', async () => {
    const store = new AccountStore(await initSqlJs(), SMALL_SEED);
    const verifier = new OAuthVerifier(store, () => NOW);
    const explain = (credentials: TestCredentials): string => {
      const url = 'http://127.0.0.1:8080/services/rest/query/v1/suiteql';
      const authentication = verifier.verify({
        method: 'POST',
        scheme: 'http',
        hostHeader: '127.0.0.1:8080',
        path: '/services/rest/query/v1/suiteql',
        query: [],
        authorization: authorizationHeader({ method: 'POST', url, realm: '1234567_SB1', credentials, timestamp: NOW_SECONDS }),
      });
      return authentication.ok ? 'accepted' : `${authentication.reason}: ${authentication.explanation}`;
    };
    try {
      expect(explain(OPERATOR)).toBe('accepted');
      expect(explain(other(OPERATOR, { tokenId: 'u'.repeat(64) }))).toBe('token_rejected: No token has this token id.');
      expect(explain(credentialsOf(SMALL_SEED, '102'))).toBe('token_rejected: The token is inactive.');
      expect(explain(credentialsOf(SMALL_SEED, '103'))).toBe('token_rejected: The token is revoked.');
      const celigo = credentialsOf(SMALL_SEED, '101');
      expect(explain(other(OPERATOR, { consumerKey: celigo.consumerKey, consumerSecret: celigo.consumerSecret }))).toBe(
        'token_rejected: The token belongs to another integration than Celigo integrator.io.',
      );
    } finally {
      store.close();
    }
  });
});
