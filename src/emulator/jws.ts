import { constants, verify, type KeyObject } from 'node:crypto';
import type { CertificateKeyAlgorithm } from './seed.js';

/**
 * JSON Web Signature in compact form (RFC 7515), read and verified with node:crypto directly. Written
 * apart from any JWT library on purpose: the operator signs its assertions with `jose`, and a verifier
 * that shared that code could not catch its mistakes.
 */
export interface CompactJws {
  readonly header: Readonly<Record<string, unknown>>;
  readonly payload: Readonly<Record<string, unknown>>;
  /** `base64url(header) '.' base64url(payload)`, the bytes the signature covers. */
  readonly signingInput: Buffer;
  readonly signature: Buffer;
}

export type JwsParse = { readonly ok: true; readonly jws: CompactJws } | { readonly ok: false; readonly problem: string };

const BASE64URL = /^[A-Za-z0-9_-]*$/;

export function parseCompactJws(text: string): JwsParse {
  const parts = text.split('.');
  if (parts.length !== 3) return { ok: false, problem: `is not a compact JWT: it has ${parts.length} dot-separated parts, not 3` };
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;
  if (![headerPart, payloadPart, signaturePart].every((part) => BASE64URL.test(part) && part.length % 4 !== 1)) {
    return { ok: false, problem: 'is not a compact JWT: each part must be base64url without padding' };
  }
  const header = jsonObject(headerPart);
  if (header === null) return { ok: false, problem: 'has a header that is not a JSON object' };
  const payload = jsonObject(payloadPart);
  if (payload === null) return { ok: false, problem: 'has a claims set that is not a JSON object' };
  return { ok: true, jws: { header, payload, signingInput: Buffer.from(`${headerPart}.${payloadPart}`, 'ascii'), signature: Buffer.from(signaturePart, 'base64url') } };
}

function jsonObject(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The algorithms NetSuite lists for client assertions; RS256 (PKCS #1 v1.5) is refused since 2025-03-01. */
export const ASSERTION_ALGORITHMS = ['PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'] as const;
export type AssertionAlgorithm = (typeof ASSERTION_ALGORITHMS)[number];

export function isAssertionAlgorithm(alg: unknown): alg is AssertionAlgorithm {
  return typeof alg === 'string' && (ASSERTION_ALGORITHMS as readonly string[]).includes(alg);
}

interface AlgorithmRule {
  readonly hash: 'sha256' | 'sha384' | 'sha512';
  /** The key types the algorithm is defined for (RFC 7518 §3.4, §3.5). */
  readonly keys: readonly CertificateKeyAlgorithm[];
  /** ES*: the fixed length of r||s; PS*: null. */
  readonly ecSignatureBytes: number | null;
}

const RSA_KEYS: readonly CertificateKeyAlgorithm[] = ['rsa-3072', 'rsa-4096'];

const RULES: Readonly<Record<AssertionAlgorithm, AlgorithmRule>> = {
  PS256: { hash: 'sha256', keys: RSA_KEYS, ecSignatureBytes: null },
  PS384: { hash: 'sha384', keys: RSA_KEYS, ecSignatureBytes: null },
  PS512: { hash: 'sha512', keys: RSA_KEYS, ecSignatureBytes: null },
  ES256: { hash: 'sha256', keys: ['ec-p256'], ecSignatureBytes: 64 },
  ES384: { hash: 'sha384', keys: ['ec-p384'], ecSignatureBytes: 96 },
  ES512: { hash: 'sha512', keys: ['ec-p521'], ecSignatureBytes: 132 },
};

/** Whether `alg` is defined for this kind of key (ES256 only with P-256, PS* only with RSA, ...). */
export function algorithmFitsKey(alg: AssertionAlgorithm, key: CertificateKeyAlgorithm): boolean {
  return RULES[alg].keys.includes(key);
}

/** The algorithms a key can sign assertions with, for messages. */
export function algorithmsForKey(key: CertificateKeyAlgorithm): AssertionAlgorithm[] {
  return ASSERTION_ALGORITHMS.filter((alg) => RULES[alg].keys.includes(key));
}

/**
 * Verifies a JWS signature: ES* are the raw r||s of RFC 7518 §3.4 (not DER), PS* are RSASSA-PSS with
 * MGF1 and a salt as long as the hash (§3.5).
 */
export function signatureVerifies(alg: AssertionAlgorithm, publicKey: KeyObject, jws: CompactJws): boolean {
  const rule = RULES[alg];
  try {
    if (rule.ecSignatureBytes !== null) {
      if (jws.signature.length !== rule.ecSignatureBytes) return false;
      return verify(rule.hash, jws.signingInput, { key: publicKey, dsaEncoding: 'ieee-p1363' }, jws.signature);
    }
    const saltLength = { sha256: 32, sha384: 48, sha512: 64 }[rule.hash];
    return verify(rule.hash, jws.signingInput, { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength }, jws.signature);
  } catch {
    return false;
  }
}
