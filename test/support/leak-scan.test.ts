import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialShapes, findLeaks, leakForms, pemBodyLines } from './leak-scan.js';

const TOKEN = 'ghs_CANARY_github_token_0123456789abcdefAB';
const basic = (pair: string): string => Buffer.from(pair, 'utf8').toString('base64');

describe('the leak scan', () => {
  it('finds a GitHub token in the Basic credentials a git push sends', () => {
    const header = `AUTHORIZATION: basic ${basic(`x-access-token:${TOKEN}`)}`;
    expect(header).not.toContain(TOKEN);
    expect(findLeaks(header, [TOKEN]).map((leak) => leak.form)).toContain('base64');
  });

  it('finds a secret base64-encoded inside any user:secret pair or longer text, whatever the alignment', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ minLength: 16, maxLength: 64 }), fc.string({ maxLength: 20 }), (prefix, secret, suffix) => {
        const encoded = Buffer.from(`${prefix}${secret}${suffix}`, 'utf8').toString('base64');
        expect(findLeaks(encoded, [secret])).not.toEqual([]);
        expect(findLeaks(encoded.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''), [secret])).not.toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('finds percent-encoded forms, as a query string, an OAuth parameter or a form body carries them', () => {
    const secret = "CANARY/with+special=chars &more!'()*";
    for (const text of [
      `?token=${encodeURIComponent(secret)}`,
      `oauth_token="${encodeURIComponent(secret).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}"`,
      `token=${encodeURIComponent(secret).replace(/%20/g, '+')}`,
      encodeURIComponent(secret).toLowerCase().replace(/canary/, 'CANARY'),
    ]) {
      expect(text).not.toContain(secret);
      expect(findLeaks(text, [secret]), text).not.toEqual([]);
    }
  });

  it('does not cry wolf: other secrets, and the secret cut short, are not reported', () => {
    // (Base64 fragments leave out up to two characters at either end, so two secrets differing only
    // there count as one: a text that holds all but two characters of a secret leaks it anyway.)
    const secret = 'CANARY-fleet-operator-token-secret-44ad';
    const other = 'CANARY-fleet-operator-tokem-secret-44ad';
    expect(findLeaks(`${basic(`x:${other}`)} ${encodeURIComponent(other)} ${other}`, [secret])).toEqual([]);
    expect(findLeaks(secret.slice(0, 30), [secret])).toEqual([]);
    // Every base64 fragment is long enough to mean something.
    for (const form of leakForms(secret)) expect(form.needle.length).toBeGreaterThanOrEqual(12);
  });
});

describe('the leak scan for M2M credentials', () => {
  const pem = `-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgCANARYcanaryCANARY\nhRANCAAEcanaryLineTwoOfThePrivateKeyBodyXXXXXXXXXXXXXXXXXXXXXXXXX\nAbC=\n-----END PRIVATE KEY-----\n`;

  it('takes each long line of a PEM body as a canary, not the armour or a short tail', () => {
    expect(pemBodyLines(pem)).toEqual(['MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgCANARYcanaryCANARY', 'hRANCAAEcanaryLineTwoOfThePrivateKeyBodyXXXXXXXXXXXXXXXXXXXXXXXXX']);
  });

  it('finds a bundle embedded in JSON, where its quotes and newlines are escaped', () => {
    const bundle = JSON.stringify({ kind: 'netsuite-m2m', privateKey: pem });
    const body = JSON.stringify({ body: `config: ${bundle}` });
    expect(body).not.toContain(bundle);
    expect(findLeaks(body, [bundle]).map((leak) => leak.form)).toContain('JSON-escaped');
  });

  it('sees JWTs and Bearer headers whether or not they are known canaries', () => {
    const jwt = `${Buffer.from('{"alg":"ES256"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.c2lnbmF0dXJl`;
    expect(credentialShapes(`debug: Authorization: Bearer ${jwt}`)).toEqual(expect.arrayContaining([jwt, `Bearer ${jwt}`]));
    expect(credentialShapes('debug: GET /services/rest/auth/oauth2/v1/clients/abc/certificates → HTTP 200')).toEqual([]);
  });
});
