import { describe, expect, it } from 'vitest';
import { redact, withoutUrlCredentials } from '../../src/secrets/redact.js';
import { secretsOf } from '../../src/secrets/credentials.js';
import { canaryCredentials, leakedCanaries, CANARY } from '../netsuite/support/fixtures.js';

const secrets = secretsOf(canaryCredentials());

describe('redact', () => {
  it('removes known secret values, also percent-encoded', () => {
    const text = `key ${CANARY.consumerSecret} and ${encodeURIComponent(`${CANARY.tokenSecret}/`)}`;
    const result = redact(text, secrets);
    expect(leakedCanaries(result)).toEqual([]);
  });

  it('removes Authorization values, oauth_* parameters and the revoketoken query without knowing the secrets', () => {
    const text = [
      'Authorization: OAuth realm="1234567", oauth_consumer_key="abc", oauth_token="def", oauth_signature="x%3D"',
      '{"authorization":"OAuth realm=\\"1\\", oauth_token=\\"zzz\\""}',
      'GET /rest/revoketoken?consumerKey=abcdef123&token=ghijkl456 failed',
      'base oauth_token%3Dqwerty%26oauth_nonce%3Dn',
    ].join('\n');
    const result = redact(text);
    for (const value of ['abc"', 'def', 'x%3D', 'zzz', 'abcdef123', 'ghijkl456', 'qwerty']) expect(result).not.toContain(value);
    expect(result).toContain('GET /rest/revoketoken?consumerKey=[redacted]&token=[redacted] failed');
  });

  it('leaves ordinary text alone', () => {
    expect(redact('NetSuite answered 401 INVALID_LOGIN: Invalid login attempt', secrets)).toBe('NetSuite answered 401 INVALID_LOGIN: Invalid login attempt');
  });
});

describe('withoutUrlCredentials', () => {
  it('replaces the user name and password of every URL in a text, and leaves any other text as it is', () => {
    expect(withoutUrlCredentials('https://bot:ghp_secret@ghe.example/api/v3')).toBe('https://[redacted]@ghe.example/api/v3');
    expect(withoutUrlCredentials('fetch failed (Request cannot be constructed from a URL that includes credentials: http://token@127.0.0.1:9/repos/x)')).toBe('fetch failed (Request cannot be constructed from a URL that includes credentials: http://[redacted]@127.0.0.1:9/repos/x)');
    expect(withoutUrlCredentials('https://ghe.example/api/v3/users/@me and name@host')).toBe('https://ghe.example/api/v3/users/@me and name@host');
    expect(withoutUrlCredentials('https://api.github.com')).toBe('https://api.github.com');
    // And redact does it with the rest, for every error text it cleans (an AWS or NetSuite endpoint given with credentials).
    expect(redact('connect ECONNREFUSED https://key:secret@localhost:4566/')).toBe('connect ECONNREFUSED https://[redacted]@localhost:4566/');
  });
});
