import { X509Certificate, createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import type { CertificateKeyAlgorithm } from './seed.js';

/**
 * Reads an uploaded certificate the way NetSuite's Certificate Conditions describe it: X.509, an RSA key
 * of 3072 or 4096 bits or an EC key of 256, 384 or 521 bits (P-256, P-384, P-521), validity at most two
 * years (longer is shortened, not refused). Parsed with node:crypto only.
 */
export interface InspectedCertificate {
  /**
   * base64url(SHA-256(DER)) without padding: the Certificate ID, and the `kid` of client assertions.
   * [INF] Recomputed from one public certificate/id pair (reference/rotation.md §1.2).
   */
  readonly id: string;
  readonly pem: string;
  readonly publicKey: KeyObject;
  readonly keyAlgorithm: CertificateKeyAlgorithm;
  readonly notBefore: Date;
  readonly notAfter: Date;
}

export type CertificateInspection = { readonly ok: true; readonly certificate: InspectedCertificate } | { readonly ok: false; readonly problem: string };

/** NetSuite shortens any longer validity to two years. */
export const MAX_VALIDITY_DAYS = 730;
const DAY_MS = 86_400_000;

const CURVES: Readonly<Record<string, CertificateKeyAlgorithm>> = { prime256v1: 'ec-p256', secp384r1: 'ec-p384', secp521r1: 'ec-p521' };
const ACCEPTED = 'NetSuite accepts RSA keys of 3072 or 4096 bits and EC keys on P-256, P-384 or P-521';

export function inspectCertificatePem(text: string): CertificateInspection {
  if (/PRIVATE KEY/.test(text)) return { ok: false, problem: 'The file holds a private key; upload only the certificate (public), never the private key.' };
  const blocks = text.match(/-----BEGIN CERTIFICATE-----/g) ?? [];
  if (blocks.length !== 1) return { ok: false, problem: blocks.length === 0 ? 'The file is not a PEM certificate (-----BEGIN CERTIFICATE-----).' : 'The file holds several certificates; upload one.' };
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(text);
  } catch {
    return { ok: false, problem: 'The file is not a readable X.509 certificate in PEM.' };
  }
  const keyAlgorithm = keyAlgorithmOf(certificate.publicKey);
  if (!keyAlgorithm.ok) return keyAlgorithm;
  const notBefore = new Date(certificate.validFrom);
  const notAfter = new Date(certificate.validTo);
  if (Number.isNaN(notBefore.getTime()) || Number.isNaN(notAfter.getTime()) || notAfter <= notBefore) {
    return { ok: false, problem: 'The certificate has no usable validity period (notBefore before notAfter).' };
  }
  return {
    ok: true,
    certificate: {
      id: createHash('sha256').update(certificate.raw).digest('base64url'),
      pem: certificate.toString(),
      publicKey: certificate.publicKey,
      keyAlgorithm: keyAlgorithm.value,
      notBefore,
      notAfter,
    },
  };
}

/** The validity NetSuite keeps: at most two years [DOC], counted as 730 days from notBefore [INF]. */
export function shortenedValidity(certificate: InspectedCertificate): { readonly validFrom: Date; readonly validUntil: Date } {
  const longest = certificate.notBefore.getTime() + MAX_VALIDITY_DAYS * DAY_MS;
  return { validFrom: certificate.notBefore, validUntil: new Date(Math.min(certificate.notAfter.getTime(), longest)) };
}

/** Whether a PKCS#8 PEM private key is the one of `publicKey`. */
export function privateKeyProblem(privateKeyPem: string, publicKey: KeyObject): string | null {
  if (!/-----BEGIN PRIVATE KEY-----/.test(privateKeyPem)) return 'privateKeyPem is not a PKCS#8 PEM private key (-----BEGIN PRIVATE KEY-----).';
  let publicOfPrivate: KeyObject;
  try {
    publicOfPrivate = createPublicKey(createPrivateKey(privateKeyPem));
  } catch {
    return 'privateKeyPem is not a readable private key.';
  }
  const spki = (key: KeyObject): Buffer => key.export({ type: 'spki', format: 'der' });
  return spki(publicOfPrivate).equals(spki(publicKey)) ? null : "privateKeyPem is not the private key of this certificate's public key.";
}

function keyAlgorithmOf(key: KeyObject): { readonly ok: true; readonly value: CertificateKeyAlgorithm } | { readonly ok: false; readonly problem: string } {
  const details = key.asymmetricKeyDetails ?? {};
  const type = key.asymmetricKeyType;
  if (type === 'rsa' || type === 'rsa-pss') {
    const bits = details.modulusLength ?? 0;
    if (bits === 3072) return { ok: true, value: 'rsa-3072' };
    if (bits === 4096) return { ok: true, value: 'rsa-4096' };
    return { ok: false, problem: `The certificate's RSA key has ${bits} bits; ${ACCEPTED}.` };
  }
  if (type === 'ec') {
    const curve = details.namedCurve ?? 'an unnamed curve';
    const algorithm = CURVES[curve];
    if (algorithm !== undefined) return { ok: true, value: algorithm };
    return { ok: false, problem: `The certificate's EC key is on ${curve}; ${ACCEPTED}.` };
  }
  return { ok: false, problem: `The certificate's key is ${type ?? 'of an unknown type'}; ${ACCEPTED}.` };
}

/** What the certificates API shows in `algorithm`: "EC" [3P, netsuite-cli], "RSA" [INF]. */
export function algorithmLabel(keyAlgorithm: CertificateKeyAlgorithm): 'EC' | 'RSA' {
  return keyAlgorithm.startsWith('ec-') ? 'EC' : 'RSA';
}

