import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { booleanTrue, objectIdentifier, octetString, pem, sequence, tlv } from './der-writer.js';
import { certificateDer, distinguishedName, extension } from './x509-writer.js';

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

  const authority = certificateDer({
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
  const server = certificateDer({
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
      extension(OID.authorityKeyIdentifier, false, sequence(tlv(0x80, keyIdentifier(authorityKeys.publicKey)))),
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
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extendedKeyUsage: '2.5.29.37',
  subjectAltName: '2.5.29.17',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
  serverAuth: '1.3.6.1.5.5.7.3.1',
} as const;

function keyUsage(bits: { readonly digitalSignature: boolean; readonly keyCertSign: boolean; readonly cRLSign: boolean }): Buffer {
  // Bit 0 is the most significant bit of the first octet.
  const value = (bits.digitalSignature ? 0x80 : 0) | (bits.keyCertSign ? 0x04 : 0) | (bits.cRLSign ? 0x02 : 0);
  const unused = value === 0 ? 0 : Math.min(7, Math.log2(value & -value));
  return tlv(0x03, Buffer.from([unused, value]));
}

function subjectAltNames(): Buffer {
  const dns = TLS_HOST_NAMES.dns.map((name) => tlv(0x82, Buffer.from(name, 'ascii')));
  const ips = TLS_HOST_NAMES.ip.map((address) => tlv(0x87, ipAddressBytes(address)));
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
