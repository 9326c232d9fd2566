import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

/**
 * The certificates `--tls` serves with, made at start so that clients which sign for `https://`
 * (every real NetSuite client) can be pointed at the emulator. Like mkcert, it makes a throwaway
 * certificate authority and a server certificate it signs for 127.0.0.1, ::1 and localhost: a client
 * trusts the authority's PEM (NODE_EXTRA_CA_CERTS, `ca`, a trust store), and verifiers that refuse a
 * self-signed server certificate (rustls, webpki) are satisfied too. The private keys never leave
 * memory. Written with node:crypto and a small DER writer, so the emulator needs no X.509 library.
 */
export interface EmulatorTlsMaterial {
  /** The authority a client must trust (public, safe to print or write to a file). */
  readonly authorityPem: string;
  /** SHA-256 fingerprint of the authority, `AA:BB:...`, for a person to compare. */
  readonly authorityFingerprint: string;
  /** The server's certificate chain (server certificate, then the authority). */
  readonly chainPem: string;
  /** The server's private key, PKCS#8 PEM; only handed to node:tls, never written or printed. */
  readonly serverKeyPem: string;
}

/** Names the server certificate is valid for: the emulator listens on loopback only. */
export const TLS_HOST_NAMES = { dns: ['localhost'], ip: ['127.0.0.1', '::1'] } as const;

const DAY_MS = 86_400_000;

/**
 * Validity is taken from the real clock, not the emulator's (possibly fixed) `now`: the client that
 * checks the certificate uses its real clock.
 */
export function generateTlsMaterial(realNow: Date = new Date()): EmulatorTlsMaterial {
  const notBefore = new Date(realNow.getTime() - DAY_MS);
  const notAfter = new Date(realNow.getTime() + 30 * DAY_MS);
  const authorityKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const serverKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const authorityName = distinguishedName('netsuite-token-gitops emulator CA (NOT NetSuite)');
  const serverName = distinguishedName('netsuite-token-gitops emulator (NOT NetSuite)');

  const authority = certificate({
    issuer: authorityName,
    subject: authorityName,
    publicKey: authorityKeys.publicKey,
    signingKey: authorityKeys.privateKey,
    notBefore,
    notAfter,
    extensions: [
      extension(OID.basicConstraints, true, sequence(booleanTrue())),
      extension(OID.keyUsage, true, keyUsage({ digitalSignature: true, keyCertSign: true, cRLSign: true })),
      extension(OID.subjectKeyIdentifier, false, octetString(keyIdentifier(authorityKeys.publicKey))),
    ],
  });
  const server = certificate({
    issuer: authorityName,
    subject: serverName,
    publicKey: serverKeys.publicKey,
    signingKey: authorityKeys.privateKey,
    notBefore,
    notAfter,
    extensions: [
      extension(OID.basicConstraints, true, sequence()),
      extension(OID.keyUsage, true, keyUsage({ digitalSignature: true, keyCertSign: false, cRLSign: false })),
      extension(OID.extendedKeyUsage, false, sequence(objectIdentifier(OID.serverAuth))),
      extension(OID.subjectAltName, false, subjectAltNames()),
      extension(OID.authorityKeyIdentifier, false, sequence(tagged(0x80, keyIdentifier(authorityKeys.publicKey)))),
    ],
  });
  const authorityPem = pem('CERTIFICATE', authority);
  return {
    authorityPem,
    authorityFingerprint: createHash('sha256').update(authority).digest('hex').toUpperCase().replace(/(..)(?!$)/g, '$1:'),
    chainPem: `${pem('CERTIFICATE', server)}${authorityPem}`,
    serverKeyPem: serverKeys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

const OID = {
  commonName: '2.5.4.3',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extendedKeyUsage: '2.5.29.37',
  subjectAltName: '2.5.29.17',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
  serverAuth: '1.3.6.1.5.5.7.3.1',
} as const;

interface CertificateFields {
  readonly issuer: Buffer;
  readonly subject: Buffer;
  readonly publicKey: KeyObject;
  readonly signingKey: KeyObject;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly extensions: readonly Buffer[];
}

/** An X.509 v3 certificate (RFC 5280 §4.1), signed with ECDSA over SHA-256. */
function certificate(fields: CertificateFields): Buffer {
  const algorithm = sequence(objectIdentifier(OID.ecdsaWithSha256));
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f; // positive, and at most 20 octets as RFC 5280 asks
  const tbs = sequence(
    tagged(0xa0, integer(Buffer.from([2]))), // v3
    integer(serial),
    algorithm,
    fields.issuer,
    sequence(utcTime(fields.notBefore), utcTime(fields.notAfter)),
    fields.subject,
    fields.publicKey.export({ type: 'spki', format: 'der' }),
    tagged(0xa3, sequence(...fields.extensions)),
  );
  // For EC keys node:crypto returns the DER ECDSA-Sig-Value X.509 expects.
  const signature = sign('sha256', tbs, fields.signingKey);
  return sequence(tbs, algorithm, bitString(signature));
}

function distinguishedName(commonName: string): Buffer {
  return sequence(set(sequence(objectIdentifier(OID.commonName), tlv(0x0c, Buffer.from(commonName, 'utf8')))));
}

function extension(oid: string, critical: boolean, value: Buffer): Buffer {
  return sequence(objectIdentifier(oid), ...(critical ? [booleanTrue()] : []), octetString(value));
}

function keyUsage(bits: { readonly digitalSignature: boolean; readonly keyCertSign: boolean; readonly cRLSign: boolean }): Buffer {
  // Bit 0 is the most significant bit of the first octet.
  const value = (bits.digitalSignature ? 0x80 : 0) | (bits.keyCertSign ? 0x04 : 0) | (bits.cRLSign ? 0x02 : 0);
  const unused = value === 0 ? 0 : Math.min(7, Math.log2(value & -value));
  return tlv(0x03, Buffer.from([unused, value]));
}

function subjectAltNames(): Buffer {
  const dns = TLS_HOST_NAMES.dns.map((name) => tagged(0x82, Buffer.from(name, 'ascii')));
  const ips = TLS_HOST_NAMES.ip.map((address) => tagged(0x87, ipAddressBytes(address)));
  return sequence(...dns, ...ips);
}

function ipAddressBytes(address: string): Buffer {
  if (address.includes(':')) {
    // Only the loopback forms this file uses: `::1`.
    const bytes = Buffer.alloc(16);
    bytes[15] = Number.parseInt(address.split(':').pop() ?? '0', 16);
    return bytes;
  }
  return Buffer.from(address.split('.').map(Number));
}

/** RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits. */
function keyIdentifier(publicKey: KeyObject): Buffer {
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  // For a P-256 key the SPKI ends with the 65-byte uncompressed point.
  return createHash('sha1').update(spki.subarray(spki.length - 65)).digest();
}

function utcTime(date: Date): Buffer {
  const two = (value: number): string => String(value).padStart(2, '0');
  const text = `${two(date.getUTCFullYear() % 100)}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`;
  return tlv(0x17, Buffer.from(text, 'ascii'));
}

function pem(label: string, der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

// ---- DER (ITU-T X.690), only what the certificates above use --------------------------------------

function tlv(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), derLength(content.length), content]);
}

function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function sequence(...items: readonly Buffer[]): Buffer {
  return tlv(0x30, Buffer.concat(items));
}

function set(...items: readonly Buffer[]): Buffer {
  return tlv(0x31, Buffer.concat(items));
}

function tagged(tag: number, content: Buffer): Buffer {
  return tlv(tag, content);
}

function booleanTrue(): Buffer {
  return tlv(0x01, Buffer.from([0xff]));
}

function integer(bigEndian: Buffer): Buffer {
  let bytes = bigEndian;
  while (bytes.length > 1 && bytes[0] === 0 && ((bytes[1] ?? 0) & 0x80) === 0) bytes = bytes.subarray(1);
  if (((bytes[0] ?? 0) & 0x80) !== 0) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return tlv(0x02, bytes);
}

function octetString(content: Buffer): Buffer {
  return tlv(0x04, content);
}

function bitString(content: Buffer): Buffer {
  return tlv(0x03, Buffer.concat([Buffer.from([0]), content]));
}

function objectIdentifier(oid: string): Buffer {
  const [first = 0, second = 0, ...rest] = oid.split('.').map(Number);
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const groups: number[] = [];
    for (let value = arc; ; value = Math.floor(value / 128)) {
      groups.unshift((value % 128) | (groups.length === 0 ? 0 : 0x80));
      if (value < 128) break;
    }
    bytes.push(...groups);
  }
  return tlv(0x06, Buffer.from(bytes));
}
