import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { bitString, booleanTrue, integer, nullValue, objectIdentifier, octetString, pem, sequence, set, tlv, utf8String, x509Time } from './der-writer.js';

/**
 * Writes X.509 v3 certificates (RFC 5280 §4.1) with node:crypto: the emulator's TLS certificates,
 * and the certificates of seeded M2M mappings whose keys are generated at start.
 */
export interface CertificateFields {
  readonly issuer: Buffer;
  readonly subject: Buffer;
  readonly publicKey: KeyObject;
  /** Signs the certificate: an EC key (ECDSA with the curve's hash) or an RSA key (PKCS #1 v1.5, SHA-256). */
  readonly signingKey: KeyObject;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly extensions?: readonly Buffer[];
}

const SIGNATURE_OIDS = {
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  ecdsaWithSha384: '1.2.840.10045.4.3.3',
  ecdsaWithSha512: '1.2.840.10045.4.3.4',
  sha256WithRsa: '1.2.840.113549.1.1.11',
} as const;

const COMMON_NAME_OID = '2.5.4.3';

export function certificateDer(fields: CertificateFields): Buffer {
  const { hash, algorithm } = signatureAlgorithmOf(fields.signingKey);
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f; // positive, and at most 20 octets as RFC 5280 asks
  const extensions = fields.extensions ?? [];
  const tbs = sequence(
    tlv(0xa0, integer(Buffer.from([2]))), // v3
    integer(serial),
    algorithm,
    fields.issuer,
    sequence(x509Time(fields.notBefore), x509Time(fields.notAfter)),
    fields.subject,
    fields.publicKey.export({ type: 'spki', format: 'der' }),
    ...(extensions.length === 0 ? [] : [tlv(0xa3, sequence(...extensions))]),
  );
  // For EC keys node:crypto returns the DER ECDSA-Sig-Value that X.509 expects.
  const signature = sign(hash, tbs, fields.signingKey);
  return sequence(tbs, algorithm, bitString(signature));
}

export function distinguishedName(commonName: string): Buffer {
  return sequence(set(sequence(objectIdentifier(COMMON_NAME_OID), utf8String(commonName))));
}

export function extension(oid: string, critical: boolean, value: Buffer): Buffer {
  return sequence(objectIdentifier(oid), ...(critical ? [booleanTrue()] : []), octetString(value));
}

/**
 * A certificate for `publicKey`, self-signed when `privateKey` can sign one (EC, RSA); otherwise
 * (RSA-PSS, Ed25519, ...) signed by a throwaway P-256 issuer — NetSuite reads only the public key,
 * never the certificate's own signature. Returns the DER and the PEM.
 */
export function certificateFor(keys: { readonly publicKey: KeyObject; readonly privateKey: KeyObject }, commonName: string, notBefore: Date, notAfter: Date): { readonly der: Buffer; readonly pem: string } {
  const subject = distinguishedName(commonName);
  const selfSigned = keys.privateKey.asymmetricKeyType === 'ec' || keys.privateKey.asymmetricKeyType === 'rsa';
  const issuerKey = selfSigned ? keys.privateKey : generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  const der = certificateDer({
    issuer: selfSigned ? subject : distinguishedName(`${commonName} issuer`),
    subject,
    publicKey: keys.publicKey,
    signingKey: issuerKey,
    notBefore,
    notAfter,
  });
  return { der, pem: pem('CERTIFICATE', der) };
}

function signatureAlgorithmOf(key: KeyObject): { readonly hash: string; readonly algorithm: Buffer } {
  if (key.asymmetricKeyType === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (curve === 'secp384r1') return { hash: 'sha384', algorithm: sequence(objectIdentifier(SIGNATURE_OIDS.ecdsaWithSha384)) };
    if (curve === 'secp521r1') return { hash: 'sha512', algorithm: sequence(objectIdentifier(SIGNATURE_OIDS.ecdsaWithSha512)) };
    return { hash: 'sha256', algorithm: sequence(objectIdentifier(SIGNATURE_OIDS.ecdsaWithSha256)) };
  }
  if (key.asymmetricKeyType === 'rsa') return { hash: 'sha256', algorithm: sequence(objectIdentifier(SIGNATURE_OIDS.sha256WithRsa), nullValue()) };
  throw new TypeError(`Certificates are signed with EC or RSA keys, not ${key.asymmetricKeyType ?? 'a secret key'}.`);
}
