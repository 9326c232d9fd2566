import { describe, expect, it } from 'vitest';
import { parseOAuthHeader } from '../../src/emulator/oauth-header.js';
import { hmacSha256Signature, normalizedBaseUri, signatureBaseString, signatureMatches } from '../../src/emulator/oauth-signature.js';
import { percentEncode } from '../../src/emulator/percent-encoding.js';
import { baseString as testSignerBaseString, sign as testSignerSign } from './support/test-signer.js';

/** Oracle's worked example, "Step Three" of the TBA authorization flow (reference §3.2). */
const ORACLE = {
  consumerKey: '60712990bc09623786e7047c226bcb3f86d49dca0b04efc21001dc76d97a81f5',
  tokenKey: '447d0cba5569a2d616e32a537110bc8c10ebcf42cc1fa34d6f76d08531abc179',
  verifier: '3eff1ae4de6f924014b88e489a41e88da8ed1ba8bd5ad7684a71579d7e97f4ee',
  nonce: 'wjRgXQPWhYtKl0A7bO8Z',
  timestamp: '1576079512',
  url: 'https://1234567.restlets.api.netsuite.com/rest/accesstoken',
  baseString:
    'POST&https%3A%2F%2F1234567.restlets.api.netsuite.com%2Frest%2Faccesstoken&oauth_consumer_key%3D60712990bc09623786e7047c226bcb3f86d49dca0b04efc21001dc76d97a81f5%26oauth_nonce%3DwjRgXQPWhYtKl0A7bO8Z%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D1576079512%26oauth_token%3D447d0cba5569a2d616e32a537110bc8c10ebcf42cc1fa34d6f76d08531abc179%26oauth_verifier%3D3eff1ae4de6f924014b88e489a41e88da8ed1ba8bd5ad7684a71579d7e97f4ee%26oauth_version%3D1.0',
  signature: 'BBzawyjesZyFrwBjUAJfBsPDDGUY2FRdp3k4NwGDAO0=',
};

const oracleParameters = [
  ['oauth_token', ORACLE.tokenKey],
  ['oauth_version', '1.0'],
  ['oauth_consumer_key', ORACLE.consumerKey],
  ['oauth_verifier', ORACLE.verifier],
  ['oauth_nonce', ORACLE.nonce],
  ['oauth_signature_method', 'HMAC-SHA256'],
  ['oauth_timestamp', ORACLE.timestamp],
] as const;

describe("Oracle's published TBA signature example", () => {
  it('gives the base string byte for byte, whatever order the parameters arrive in', () => {
    expect(signatureBaseString({ method: 'post', baseUri: ORACLE.url, parameters: oracleParameters })).toBe(ORACLE.baseString);
  });

  it('gives the signature byte for byte (consumer secret = consumer key, token secret = token key)', () => {
    expect(hmacSha256Signature(ORACLE.baseString, ORACLE.consumerKey, ORACLE.tokenKey)).toBe(ORACLE.signature);
  });

  it('verifies the published signature and refuses any other', () => {
    expect(signatureMatches(ORACLE.baseString, ORACLE.consumerKey, ORACLE.tokenKey, ORACLE.signature)).toBe(true);
    expect(signatureMatches(ORACLE.baseString, ORACLE.consumerKey, ORACLE.tokenKey, ORACLE.signature.replace('B', 'C'))).toBe(false);
    expect(signatureMatches(ORACLE.baseString, ORACLE.consumerKey, `${ORACLE.tokenKey}x`, ORACLE.signature)).toBe(false);
    expect(signatureMatches(ORACLE.baseString, ORACLE.consumerKey, ORACLE.tokenKey, '')).toBe(false);
  });

  it("is also reproduced by the tests' own signer, so the HTTP tests sign correctly", () => {
    const oauth = Object.fromEntries(oracleParameters);
    const base = testSignerBaseString('POST', ORACLE.url, oauth);
    expect(base).toBe(ORACLE.baseString);
    expect(testSignerSign(base, ORACLE.consumerKey, ORACLE.tokenKey)).toBe(ORACLE.signature);
  });
});

describe('signature base string rules', () => {
  it('includes query parameters, sorted by name then value, and keeps "=" for empty values', () => {
    const base = signatureBaseString({
      method: 'GET',
      baseUri: 'https://1234567.restlets.api.netsuite.com/rest/revoketoken',
      parameters: [['token', 'b'], ['consumerKey', 'a'], ['x', ''], ['a', '2'], ['a', '1']],
    });
    expect(base).toBe('GET&https%3A%2F%2F1234567.restlets.api.netsuite.com%2Frest%2Frevoketoken&a%3D1%26a%3D2%26consumerKey%3Da%26token%3Db%26x%3D');
  });

  it('encodes names and values before sorting them (RFC 5849 §3.4.1.3.2)', () => {
    const base = signatureBaseString({ method: 'GET', baseUri: 'http://h/p', parameters: [['a b', 'x'], ['a', 'y'], ['a~', 'z']] });
    // "a", "a%20b", "a~": '%' (0x25) sorts before '~' (0x7E).
    expect(decodeURIComponent(base.split('&')[2] ?? '')).toBe('a=y&a%20b=x&a~=z');
  });

  it('normalizes the base URI: lower-case scheme and host, default port dropped, path kept as sent', () => {
    expect(normalizedBaseUri('http', '127.0.0.1:8080', '/services/rest/query/v1/suiteql')).toBe('http://127.0.0.1:8080/services/rest/query/v1/suiteql');
    expect(normalizedBaseUri('http', 'LOCALHOST:80', '/A%2Fb')).toBe('http://localhost/A%2Fb');
    expect(normalizedBaseUri('https', 'Example.com:443', '')).toBe('https://example.com/');
    expect(normalizedBaseUri('http', '[::1]:9000', '/x')).toBe('http://[::1]:9000/x');
    expect(normalizedBaseUri('http', 'bad host', '/x')).toBeNull();
    expect(normalizedBaseUri('http', 'host:99999999', '/x')).toBeNull();
  });
});

describe('RFC 3986 percent-encoding', () => {
  it('leaves the unreserved set alone and encodes everything else with upper-case hex', () => {
    expect(percentEncode('AZaz09-._~')).toBe('AZaz09-._~');
    expect(percentEncode(" !\"#$%&'()*+,/:;=?@[]")).toBe('%20%21%22%23%24%25%26%27%28%29%2A%2B%2C%2F%3A%3B%3D%3F%40%5B%5D');
  });

  it('encodes a space as %20, never +, and UTF-8 bytes one by one', () => {
    expect(percentEncode('a b')).toBe('a%20b');
    expect(percentEncode('é€😀')).toBe('%C3%A9%E2%82%AC%F0%9F%98%80');
  });
});

describe('Authorization header parser', () => {
  it('reads quoted, percent-encoded parameters, tolerating whitespace', () => {
    const parsed = parseOAuthHeader('OAuth realm="1234567_SB1",oauth_nonce="a%20b" ,  oauth_signature="abc%3D"');
    expect(parsed.ok && Object.fromEntries(parsed.parameters)).toEqual({ realm: '1234567_SB1', oauth_nonce: 'a b', oauth_signature: 'abc=' });
  });

  it('accepts the scheme in any case', () => {
    expect(parseOAuthHeader('oauth realm="1"').ok).toBe(true);
  });

  it.each([
    [undefined, 'no Authorization header'],
    ['Bearer abc', 'not OAuth'],
    ['OAuth', 'no parameters'],
    ['OAuth realm=1234567', 'not a list of name="value" pairs'],
    ['OAuth realm="1" oauth_token="2"', 'not separated by commas'],
    ['OAuth realm="1", realm="2"', 'repeats realm'],
    ['OAuth realm="1",', 'ends with a comma'],
    ['OAuth realm="%E0%A4%A"', 'invalid percent-encoding'],
  ])('refuses %j (%s)', (header, problem) => {
    const parsed = parseOAuthHeader(header);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain(problem);
  });
});
