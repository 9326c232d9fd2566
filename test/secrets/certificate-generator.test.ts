import { X509Certificate, createHash } from 'node:crypto';
import { inspect } from 'node:util';
import { SignJWT, importPKCS8, importX509, jwtVerify } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CertificateAlgorithm } from '../../src/domain/desired.js';
import { generateCertificate, type GeneratedCertificate } from '../../src/secrets/certificate-generator.js';
import { m2mBundleText, parseM2mBundle } from '../../src/secrets/credentials-bundle.js';
import { readM2mKey } from '../../src/secrets/m2m-key.js';
import { x509 } from '../../src/secrets/x509-library.js';

/**
 * SPEC §12.1 step 1: every algorithm gives a certificate NetSuite's conditions accept (checked with
 * node:crypto's own parser), whose id is its thumbprint and whose key signs assertions the certificate
 * verifies. Each key is generated once for the file: the RSA ones take seconds (in parallel here).
 */

const NOW = new Date('2026-11-15T09:30:12.345Z');
const DAY = 86_400_000;
const COMMON_NAME = 'netsuite-tokens 1234567_SB1 expense-sync';

const EXPECTED: Readonly<Record<CertificateAlgorithm, { readonly alg: string; readonly type: string; readonly curve?: string; readonly bits?: number}>> = {
  'ec-p256': { alg: 'ES256', type: 'ec', curve: 'prime256v1' },
  'ec-p384': { alg: 'ES384', type: 'ec', curve: 'secp384r1' },
  'ec-p521': { alg: 'ES512', type: 'ec', curve: 'secp521r1' },
  'rsa-3072': { alg: 'PS256', type: 'rsa', bits: 3072 },
  'rsa-4096': { alg: 'PS256', type: 'rsa', bits: 4096 },
};
const ALGORITHMS = Object.keys(EXPECTED) as CertificateAlgorithm[];

const generated = new Map<CertificateAlgorithm, GeneratedCertificate>();
beforeAll(async () => {
  const made = await Promise.all(ALGORITHMS.map((algorithm) => generateCertificate({ algorithm, commonName: COMMON_NAME, validityMs: 365 * DAY, now: NOW })));
  for (const [index, algorithm] of ALGORITHMS.entries()) generated.set(algorithm, made[index] as GeneratedCertificate);
}, 120_000);

const certificateOf = (algorithm: CertificateAlgorithm): GeneratedCertificate => {
  const certificate = generated.get(algorithm);
  if (certificate === undefined) throw new Error(`no ${algorithm} certificate`);
  return certificate;
};

/** The base64 lines of a key's PEM: none may show anywhere else. */
const keyLines = (certificate: GeneratedCertificate): string[] =>
  certificate.privateKey.reveal().split('\n').filter((line) => line !== '' && !line.startsWith('-----'));

describe.each(ALGORITHMS)('a generated %s certificate', (algorithm) => {
  const expected = EXPECTED[algorithm];

  it('is an X.509 certificate with the key, CN, validity and constraints asked for', () => {
    const generatedCertificate = certificateOf(algorithm);
    const certificate = new X509Certificate(generatedCertificate.certificatePem);
    expect(certificate.publicKey.asymmetricKeyType).toBe(expected.type);
    if (expected.curve !== undefined) expect(certificate.publicKey.asymmetricKeyDetails?.namedCurve).toBe(expected.curve);
    if (expected.bits !== undefined) expect(certificate.publicKey.asymmetricKeyDetails?.modulusLength).toBe(expected.bits);
    expect(certificate.subject).toBe(`CN=${COMMON_NAME}`);
    expect(certificate.issuer).toBe(certificate.subject);
    expect(certificate.verify(certificate.publicKey)).toBe(true);
    expect(certificate.ca).toBe(false);
    const extensions = new x509.X509Certificate(generatedCertificate.certificatePem);
    const constraints = extensions.getExtension(x509.BasicConstraintsExtension);
    expect({ ca: constraints?.ca, critical: constraints?.critical }).toEqual({ ca: false, critical: true });
    const usages = extensions.getExtension(x509.KeyUsagesExtension);
    expect({ usages: usages?.usages, critical: usages?.critical }).toEqual({ usages: x509.KeyUsageFlags.digitalSignature, critical: true });
    expect(new Date(certificate.validFrom).toISOString()).toBe('2026-11-15T09:30:12.000Z');
    expect(new Date(certificate.validTo).toISOString()).toBe('2027-11-15T09:30:12.000Z');
    expect(generatedCertificate).toMatchObject({ algorithm: expected.alg, validFrom: '2026-11-15T09:30:12Z', validUntil: '2027-11-15T09:30:12Z' });
    expect(certificate.toLegacyObject()).toMatchObject({ subject: { CN: COMMON_NAME } });
    expect(generatedCertificate.certificatePem).toMatch(/^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE-----\n$/);
  });

  it('has the certificate id base64url(SHA-256(DER)), unpadded: the kid NetSuite gives it', () => {
    const generatedCertificate = certificateOf(algorithm);
    const der = new X509Certificate(generatedCertificate.certificatePem).raw;
    expect(generatedCertificate.certificateId).toBe(createHash('sha256').update(der).digest('base64url'));
    expect(generatedCertificate.certificateId).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it(`has a PKCS#8 key that signs a ${expected.alg} client assertion the certificate verifies`, async () => {
    const generatedCertificate = certificateOf(algorithm);
    expect(generatedCertificate.privateKey.reveal()).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----\n$/);
    expect(readM2mKey(generatedCertificate.privateKey.reveal())).toMatchObject({ algorithm: expected.alg });
    const assertion = await new SignJWT({ scope: ['rest_webservices'] })
      .setProtectedHeader({ typ: 'JWT', alg: expected.alg, kid: generatedCertificate.certificateId })
      .setIssuer('client-0f3c51')
      .setAudience('https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(await importPKCS8(generatedCertificate.privateKey.reveal(), expected.alg));
    const verified = await jwtVerify(assertion, await importX509(generatedCertificate.certificatePem, expected.alg), { issuer: 'client-0f3c51' });
    expect(verified.protectedHeader).toEqual({ typ: 'JWT', alg: expected.alg, kid: generatedCertificate.certificateId });
  });

  it('never puts the key in the certificate PEM, and never shows it when printed', () => {
    const generatedCertificate = certificateOf(algorithm);
    expect(generatedCertificate.certificatePem).not.toContain('PRIVATE KEY');
    const shown = `${JSON.stringify(generatedCertificate)} ${inspect(generatedCertificate, { depth: 5 })} ${String(generatedCertificate.privateKey)} ${generatedCertificate.privateKey.toString()}`;
    const lines = keyLines(generatedCertificate);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(generatedCertificate.certificatePem).not.toContain(line);
      expect(shown).not.toContain(line);
    }
    expect(shown).toContain('[redacted]');
  });
});

describe('certificate generation', () => {
  it('cuts a validity over 730 days to 730 days, NetSuite’s most', async () => {
    const certificate = await generateCertificate({ algorithm: 'ec-p256', commonName: COMMON_NAME, validityMs: 1000 * DAY, now: NOW });
    expect(Date.parse(certificate.validUntil) - Date.parse(certificate.validFrom)).toBe(730 * DAY);
    const parsed = new X509Certificate(certificate.certificatePem);
    expect(Date.parse(parsed.validTo) - Date.parse(parsed.validFrom)).toBe(730 * DAY);
  });

  it('writes the CN exactly as given, punctuation included', async () => {
    const commonName = 'netsuite-tokens 1234567 a, b=c+"d" #e';
    const certificate = await generateCertificate({ algorithm: 'ec-p256', commonName, validityMs: 30 * DAY, now: NOW });
    expect(new X509Certificate(certificate.certificatePem).toLegacyObject()).toMatchObject({ subject: { CN: commonName } });
  });

  it('draws the serial number from the randomness it is given: positive, 16 bytes', async () => {
    const drawn: number[] = [];
    const randomBytes = (size: number): Uint8Array => {
      drawn.push(size);
      return new Uint8Array(size).fill(0xff);
    };
    const certificate = await generateCertificate({ algorithm: 'ec-p256', commonName: COMMON_NAME, validityMs: 30 * DAY, now: NOW }, { randomBytes });
    expect(drawn).toEqual([16]);
    expect(new X509Certificate(certificate.certificatePem).serialNumber).toBe(`7F${'FF'.repeat(15)}`);
    const other = await generateCertificate({ algorithm: 'ec-p256', commonName: COMMON_NAME, validityMs: 30 * DAY, now: NOW });
    expect(new X509Certificate(other.certificatePem).serialNumber).toMatch(/^[4-7][0-9A-F]{31}$/);
    // A new key every time: two certificates never share an id.
    expect(other.certificateId).not.toBe(certificate.certificateId);
  });

  it('refuses a validity that is not a positive duration, or an empty CN', async () => {
    await expect(generateCertificate({ algorithm: 'ec-p256', commonName: COMMON_NAME, validityMs: 0, now: NOW })).rejects.toThrow('validityMs must be a positive number of milliseconds.');
    await expect(generateCertificate({ algorithm: 'ec-p256', commonName: ' ', validityMs: DAY, now: NOW })).rejects.toThrow('commonName must not be empty.');
  });
});

describe('the M2M bundle of a generated certificate (SPEC §12.3)', () => {
  it.each(['ec-p384', 'rsa-3072'] as const)('reads back through parseM2mBundle (%s)', (algorithm) => {
    const certificate = certificateOf(algorithm);
    const text = m2mBundleText(certificate, { accountId: '1234567_SB1', clientId: 'client-0f3c51' });
    expect(JSON.parse(text.reveal())).toEqual({
      kind: 'netsuite-m2m',
      version: 1,
      accountId: '1234567_SB1',
      clientId: 'client-0f3c51',
      certificateId: certificate.certificateId,
      algorithm: EXPECTED[algorithm].alg,
      privateKey: certificate.privateKey.reveal(),
      validUntil: '2027-11-15T09:30:12Z',
    });
    const credentials = parseM2mBundle(text.reveal(), 'NETSUITE_CREDENTIALS', '1234567-sb1');
    expect(credentials).toMatchObject({ kind: 'm2m', clientId: 'client-0f3c51', certificateId: certificate.certificateId, validUntil: '2027-11-15T09:30:12Z' });
    expect(credentials.signingKey.algorithm).toBe(EXPECTED[algorithm].alg);
    expect(credentials.privateKey.reveal()).toBe(certificate.privateKey.reveal());
    const shown = `${JSON.stringify(text)} ${inspect(text)} ${String(text)}`;
    for (const line of keyLines(certificate)) expect(shown).not.toContain(line);
  });
});
