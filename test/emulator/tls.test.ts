import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { generateTlsMaterial } from '../../src/emulator/tls-certificate.js';
import { signedFetch, suiteql } from './support/emulator-client.js';
import { NOW, OPERATOR, SMALL_SEED } from './support/small-seed.js';

const PATH = '/services/rest/query/v1/suiteql';

describe('the certificates --tls serves with', () => {
  const realNow = new Date('2026-12-03T10:00:00Z');
  const material = generateTlsMaterial(realNow);
  const [serverPem = ''] = material.chainPem.split(/(?<=-----END CERTIFICATE-----\n)/);
  const authority = new X509Certificate(material.authorityPem);
  const server = new X509Certificate(serverPem);

  it('are a certificate authority and a server certificate it signed, for the loopback names only', () => {
    expect(authority.ca).toBe(true);
    expect(authority.verify(authority.publicKey)).toBe(true);
    expect(server.ca).toBe(false);
    expect(server.verify(authority.publicKey)).toBe(true);
    expect(server.checkIssued(authority)).toBe(true);
    expect(server.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1');
    expect(server.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(server.checkHost('localhost')).toBe('localhost');
    expect(server.checkHost('example.com')).toBeUndefined();
    expect(server.subject).toContain('NOT NetSuite');
    expect(material.authorityFingerprint).toBe(authority.fingerprint256);
  });

  it('are valid by the real clock, from a day before to 30 days after', () => {
    expect(new Date(server.validTo).getTime() - new Date(server.validFrom).getTime()).toBe(31 * 86_400_000);
    expect(new Date(server.validFrom).toISOString()).toBe('2026-12-02T10:00:00.000Z');
  });

  it('are new at every start, and the authority PEM holds no private key', () => {
    expect(generateTlsMaterial(realNow).authorityFingerprint).not.toBe(material.authorityFingerprint);
    expect(material.authorityPem).not.toContain('PRIVATE');
    expect(material.chainPem).not.toContain('PRIVATE');
  });
});

describe('an emulator serving TLS', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => { emulator = await startEmulator({ seed: SMALL_SEED, origins: 'split', tls: true, now: () => NOW }); });
  afterAll(async () => { await emulator.close(); });

  it('serves every origin over https, and only to a client that trusts its authority', async () => {
    for (const origin of Object.values(emulator.origins)) expect(origin).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(emulator.tls?.authorityPem).toContain('BEGIN CERTIFICATE');
    await expect(fetch(`${emulator.url}/`)).rejects.toThrow();
  });

  it('verifies signatures over the https:// base URL, as NetSuite does', async () => {
    const response = await suiteql(emulator, { q: 'SELECT id FROM oauthtoken ORDER BY id', limit: 2, credentials: OPERATOR, now: NOW });
    expect(response.status).toBe(200);
    const envelope = (await response.json()) as { links: { rel: string; href: string }[] };
    expect(envelope.links.find((link) => link.rel === 'next')?.href).toBe(`${emulator.origins.rest}${PATH}?limit=2&offset=2`);

    const signedForHttp = await signedFetch(emulator, {
      method: 'POST',
      path: `${PATH}?limit=2`,
      body: '{"q":"SELECT id FROM oauthtoken"}',
      credentials: OPERATOR,
      now: NOW,
      signing: { url: `${emulator.origins.rest.replace('https:', 'http:')}${PATH}?limit=2` },
    });
    expect(signedForHttp.status).toBe(401);
    expect(signedForHttp.headers.get('www-authenticate')).toContain('error="InvalidSignature"');
  });
});
