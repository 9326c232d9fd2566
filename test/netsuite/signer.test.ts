import { describe, expect, it } from 'vitest';
import { Secret } from '../../src/secrets/secret.js';
import type { TbaCredentials } from '../../src/secrets/credentials.js';
import { createSigner, randomNonce, signatureFor } from '../../src/netsuite/signer.js';

/** Parses `OAuth realm="…", oauth_x="…"` into its parameters (values still percent-encoded). */
function headerParameters(header: string): Record<string, string> {
  expect(header.startsWith('OAuth ')).toBe(true);
  const parameters: Record<string, string> = {};
  for (const match of header.slice('OAuth '.length).matchAll(/([a-z_]+)="([^"]*)"/g)) parameters[match[1] ?? ''] = match[2] ?? '';
  return parameters;
}

function credentials(consumerKey: string, consumerSecret: string, tokenId: string, tokenSecret: string): TbaCredentials {
  return { kind: 'tba', consumerKey: new Secret(consumerKey), consumerSecret: new Secret(consumerSecret), tokenId: new Secret(tokenId), tokenSecret: new Secret(tokenSecret) };
}

const fixedClock = (seconds: number) => ({ now: () => new Date(seconds * 1000) });

describe("Oracle's worked examples, byte for byte", () => {
  it('Step Three of the TBA authorization flow (section_157652573296, the reference §3.2)', () => {
    const key = '60712990bc09623786e7047c226bcb3f86d49dca0b04efc21001dc76d97a81f5';
    const token = '447d0cba5569a2d616e32a537110bc8c10ebcf42cc1fa34d6f76d08531abc179';
    const result = signatureFor(
      'POST',
      'https://1234567.restlets.api.netsuite.com/rest/accesstoken',
      {
        oauth_consumer_key: key,
        oauth_token: token,
        oauth_verifier: '3eff1ae4de6f924014b88e489a41e88da8ed1ba8bd5ad7684a71579d7e97f4ee',
        oauth_nonce: 'wjRgXQPWhYtKl0A7bO8Z',
        oauth_timestamp: '1576079512',
        oauth_signature_method: 'HMAC-SHA256',
        oauth_version: '1.0',
      },
      key,
      token,
    );
    expect(result.baseString).toBe(
      'POST&https%3A%2F%2F1234567.restlets.api.netsuite.com%2Frest%2Faccesstoken&oauth_consumer_key%3D60712990bc09623786e7047c226bcb3f86d49dca0b04efc21001dc76d97a81f5%26oauth_nonce%3DwjRgXQPWhYtKl0A7bO8Z%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D1576079512%26oauth_token%3D447d0cba5569a2d616e32a537110bc8c10ebcf42cc1fa34d6f76d08531abc179%26oauth_verifier%3D3eff1ae4de6f924014b88e489a41e88da8ed1ba8bd5ad7684a71579d7e97f4ee%26oauth_version%3D1.0',
    );
    expect(result.signature).toBe('BBzawyjesZyFrwBjUAJfBsPDDGUY2FRdp3k4NwGDAO0=');
  });

  it('Step One of the TBA authorization flow: a callback URL with its own query, and no token (section_157652390285)', () => {
    const key = '60712990bc09623786e7047c226bcb3f86d49dca0b04efc21001dc76d97a81f5';
    const result = signatureFor(
      'POST',
      'https://1234567.restlets.api.netsuite.com/rest/requesttoken',
      {
        oauth_callback: 'https://my.example.com/TBA/?callbackRequest',
        oauth_consumer_key: key,
        oauth_nonce: 'bUvpxBX93OWo0FLswq5M',
        oauth_timestamp: '1575998103',
        oauth_signature_method: 'HMAC-SHA256',
        oauth_version: '1.0',
      },
      key,
      '',
    );
    expect(result.baseString).toBe(
      'POST&https%3A%2F%2F1234567.restlets.api.netsuite.com%2Frest%2Frequesttoken&oauth_callback%3Dhttps%253A%252F%252Fmy.example.com%252FTBA%252F%253FcallbackRequest%26oauth_consumer_key%3D60712990bc09623786e7047c226bcb3f86d49dca0b04efc21001dc76d97a81f5%26oauth_nonce%3DbUvpxBX93OWo0FLswq5M%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D1575998103%26oauth_version%3D1.0',
    );
    // Oracle prints it percent-encoded: KPBoxLKj2sTc%2B7dmTT9K2dsVnK5r7n5%2FRopNeuZrn70%3D
    expect(result.signature).toBe('KPBoxLKj2sTc+7dmTT9K2dsVnK5r7n5/RopNeuZrn70=');
  });

  // "The Signature for Web Services and RESTlets" (section_1534941088) and "The Authorization Headers" (section_1534941295).
  const example = credentials(
    'ef40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6dcf38c20aae6b67e4',
    'd26ad321a4b2f23b0741c8d38392ce01c3e23e109df6c96eac6d099e9ab9e8b5',
    '2b0ce516420110bcbd36b69e99196d1b7f6de3c6234c5afb799b73d87569f5cc',
    'c29a677df7d5439a458c063654187e3d678d73aca8e3c9d8bea1478a3eb0d295',
  );
  const signExample = createSigner({ realm: '123456', clock: fixedClock(1508242306), nonce: () => 'fjaLirsIcCGVZWzBX0pg' });

  it('REST web services GET: the whole Authorization header Oracle prints', () => {
    const header = signExample('GET', 'https://123456.suitetalk.api.netsuite.com/services/rest/record/v1/employee/40', example);
    // Oracle's header, parameter for parameter (OAuth does not fix the order of header parameters).
    expect(headerParameters(header)).toEqual({
      realm: '123456',
      oauth_token: '2b0ce516420110bcbd36b69e99196d1b7f6de3c6234c5afb799b73d87569f5cc',
      oauth_consumer_key: 'ef40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6dcf38c20aae6b67e4',
      oauth_nonce: 'fjaLirsIcCGVZWzBX0pg',
      oauth_timestamp: '1508242306',
      oauth_signature_method: 'HMAC-SHA256',
      oauth_version: '1.0',
      oauth_signature: 'B5OIWznZ2YP0OB7VrJrGkYsTh%2B8H%2B5T9Hag%2Bo92q0zY%3D',
    });
    const result = signatureFor(
      'GET',
      'https://123456.suitetalk.api.netsuite.com/services/rest/record/v1/employee/40',
      {
        oauth_consumer_key: 'ef40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6dcf38c20aae6b67e4',
        oauth_nonce: 'fjaLirsIcCGVZWzBX0pg',
        oauth_signature_method: 'HMAC-SHA256',
        oauth_timestamp: '1508242306',
        oauth_token: '2b0ce516420110bcbd36b69e99196d1b7f6de3c6234c5afb799b73d87569f5cc',
        oauth_version: '1.0',
      },
      example.consumerSecret.reveal(),
      example.tokenSecret.reveal(),
    );
    expect(result.baseString).toBe(
      'GET&https%3A%2F%2F123456.suitetalk.api.netsuite.com%2Fservices%2Frest%2Frecord%2Fv1%2Femployee%2F40&oauth_consumer_key%3Def40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6dcf38c20aae6b67e4%26oauth_nonce%3DfjaLirsIcCGVZWzBX0pg%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D1508242306%26oauth_token%3D2b0ce516420110bcbd36b69e99196d1b7f6de3c6234c5afb799b73d87569f5cc%26oauth_version%3D1.0',
    );
  });

  it('RESTlet POST: query parameters are signed in sorted order, and stay out of the header', () => {
    const url = 'https://123456.restlets.api.netsuite.com/app/site/hosting/restlet.nl?script=6&deploy=1&customParam=someValue&testParam=someOtherValue';
    const result = signatureFor(
      'POST',
      url,
      {
        oauth_consumer_key: 'ef40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6dcf38c20aae6b67e4',
        oauth_nonce: 'fjaLirsIcCGVZWzBX0pg',
        oauth_signature_method: 'HMAC-SHA256',
        oauth_timestamp: '1508242306',
        oauth_token: '2b0ce516420110bcbd36b69e99196d1b7f6de3c6234c5afb799b73d87569f5cc',
        oauth_version: '1.0',
      },
      example.consumerSecret.reveal(),
      example.tokenSecret.reveal(),
    );
    expect(result.baseString).toBe(
      'POST&https%3A%2F%2F123456.restlets.api.netsuite.com%2Fapp%2Fsite%2Fhosting%2Frestlet.nl&customParam%3DsomeValue%26deploy%3D1%26oauth_consumer_key%3Def40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6dcf38c20aae6b67e4%26oauth_nonce%3DfjaLirsIcCGVZWzBX0pg%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D1508242306%26oauth_token%3D2b0ce516420110bcbd36b69e99196d1b7f6de3c6234c5afb799b73d87569f5cc%26oauth_version%3D1.0%26script%3D6%26testParam%3DsomeOtherValue',
    );
    expect(result.signature).toBe('+KK4SKNgz4ZiILGLwOMtfYlgcXSy1eis8ldE9X90azQ=');
    const header = headerParameters(signExample('POST', url, example));
    expect(header['oauth_signature']).toBe('%2BKK4SKNgz4ZiILGLwOMtfYlgcXSy1eis8ldE9X90azQ%3D');
    expect(Object.keys(header).sort()).toEqual([
      'oauth_consumer_key', 'oauth_nonce', 'oauth_signature', 'oauth_signature_method', 'oauth_timestamp', 'oauth_token', 'oauth_version', 'realm',
    ]);
  });
});

describe('createSigner', () => {
  const tokenCredentials = credentials('ck-0123456789', 'cs-0123456789', 'tk-0123456789', 'ts-0123456789');
  const protocolOf = (header: Record<string, string>) => ({
    oauth_consumer_key: decodeURIComponent(header['oauth_consumer_key'] ?? ''),
    oauth_nonce: decodeURIComponent(header['oauth_nonce'] ?? ''),
    oauth_signature_method: decodeURIComponent(header['oauth_signature_method'] ?? ''),
    oauth_timestamp: decodeURIComponent(header['oauth_timestamp'] ?? ''),
    oauth_token: decodeURIComponent(header['oauth_token'] ?? ''),
    oauth_version: decodeURIComponent(header['oauth_version'] ?? ''),
  });

  it('puts a sandbox realm in the header as given, and signs the SuiteQL paging parameters', () => {
    const sign = createSigner({ realm: '1234567_SB1', clock: fixedClock(1_700_000_000), nonce: () => 'abcdefghijABCDEFGHIJ' });
    const url = 'https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/query/v1/suiteql?limit=1000&offset=2000';
    const header = headerParameters(sign('POST', url, tokenCredentials));
    expect(header['realm']).toBe('1234567_SB1');
    expect(header['oauth_timestamp']).toBe('1700000000');
    expect(header['limit']).toBeUndefined();
    const expected = signatureFor('POST', url, protocolOf(header), 'cs-0123456789', 'ts-0123456789');
    expect(expected.baseString).toContain('limit%3D1000');
    expect(expected.baseString).toContain('offset%3D2000');
    expect(expected.baseString.startsWith('POST&https%3A%2F%2F1234567-sb1.suitetalk.api.netsuite.com%2Fservices%2Frest%2Fquery%2Fv1%2Fsuiteql&')).toBe(true);
    expect(decodeURIComponent(header['oauth_signature'] ?? '')).toBe(expected.signature);
  });

  it('keeps a non-default port in the base string URI, drops a default one, and lower-cases scheme and host', () => {
    const protocol = { oauth_consumer_key: 'ck', oauth_nonce: 'n', oauth_signature_method: 'HMAC-SHA256', oauth_timestamp: '1', oauth_token: 't', oauth_version: '1.0' };
    expect(signatureFor('GET', 'http://127.0.0.1:8080/rest/revoketoken?consumerKey=a&token=b', protocol, 'c', 't').baseString).toBe(
      'GET&http%3A%2F%2F127.0.0.1%3A8080%2Frest%2Frevoketoken&consumerKey%3Da%26oauth_consumer_key%3Dck%26oauth_nonce%3Dn%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D1%26oauth_token%3Dt%26oauth_version%3D1.0%26token%3Db',
    );
    const withDefaultPort = signatureFor('GET', 'HTTPS://1234567.RESTLETS.api.netsuite.com:443/rest/revoketoken', protocol, 'c', 't');
    const plain = signatureFor('GET', 'https://1234567.restlets.api.netsuite.com/rest/revoketoken', protocol, 'c', 't');
    expect(withDefaultPort).toEqual(plain);
  });

  it('encodes by RFC 3986 (spaces as %20, reserved characters escaped) whether the query used + or %20', () => {
    const protocol = { oauth_consumer_key: 'ck', oauth_nonce: 'n', oauth_signature_method: 'HMAC-SHA256', oauth_timestamp: '1', oauth_token: 't', oauth_version: '1.0' };
    const plus = signatureFor('GET', "http://127.0.0.1:9/x?q=a+b&r=!*'()", protocol, 'c', 't');
    const percent = signatureFor('GET', "http://127.0.0.1:9/x?q=a%20b&r=%21%2A%27%28%29", protocol, 'c', 't');
    expect(plus).toEqual(percent);
    expect(plus.baseString).toContain('q%3Da%2520b%26r%3D%2521%252A%2527%2528%2529');
  });

  it('takes a fresh nonce and the current time for every request', () => {
    let seconds = 1_700_000_000;
    const sign = createSigner({ realm: '1234567', clock: { now: () => new Date((seconds += 1) * 1000) } });
    const url = 'https://1234567.suitetalk.api.netsuite.com/services/rest/query/v1/suiteql?limit=1000&offset=0';
    const first = headerParameters(sign('POST', url, tokenCredentials));
    const second = headerParameters(sign('POST', url, tokenCredentials));
    expect(first['oauth_nonce']).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(second['oauth_nonce']).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(first['oauth_nonce']).not.toBe(second['oauth_nonce']);
    expect(Number(second['oauth_timestamp'])).toBe(Number(first['oauth_timestamp']) + 1);
  });

  it('never puts a secret in the header', () => {
    const sign = createSigner({ realm: '1234567', clock: fixedClock(1), nonce: () => 'abcdefghijABCDEFGHIJ' });
    const header = sign('GET', 'https://1234567.restlets.api.netsuite.com/rest/revoketoken?consumerKey=ck-0123456789&token=tk-0123456789', tokenCredentials);
    expect(header).not.toContain('cs-0123456789');
    expect(header).not.toContain('ts-0123456789');
  });
});

describe('randomNonce', () => {
  it('gives 20 alphanumeric characters, different each time', () => {
    const nonces = new Set(Array.from({ length: 200 }, () => randomNonce()));
    expect(nonces.size).toBe(200);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9]{20}$/);
  });
});
