import type * as Crypto from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { createRequire } from 'node:module';

/**
 * node:crypto, loaded on the first key read: loading it costs more than the rest of `validate`, which
 * resolves credentials only to count them and never reads a key unless one is set (issue 18).
 */
let crypto: typeof Crypto | null = null;
function nodeCrypto(): typeof Crypto {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof Crypto;
  return crypto;
}

/**
 * The private key of an OAuth 2.0 M2M certificate mapping (SPEC §10): PKCS#8 PEM, RSA 3072 or 4096
 * bits or EC P-256, P-384 or P-521 — what NetSuite accepts for a certificate — and the JWS algorithm
 * it signs client assertions with: PS256 for RSA (never RS256, refused since 2025), ES256/384/512 by curve.
 */

export const M2M_ALGORITHMS = ['ES256', 'ES384', 'ES512', 'PS256'] as const;
export type M2mAlgorithm = (typeof M2M_ALGORITHMS)[number];

export interface M2mKey {
  readonly algorithm: M2mAlgorithm;
  /** The key, for signing only; a KeyObject prints no key material. */
  readonly key: KeyObject;
}

export type M2mKeyProblem =
  | { readonly problem: 'not-pem' }
  | { readonly problem: 'not-pkcs8' }
  | { readonly problem: 'unsupported'; readonly described: string };

const CURVES: Readonly<Record<string, M2mAlgorithm>> = { prime256v1: 'ES256', secp384r1: 'ES384', secp521r1: 'ES512' };

/** Reads a key; never throws with the key's text in a message (node:crypto's errors do not quote it, and none is kept). */
export function readM2mKey(pem: string): M2mKey | M2mKeyProblem {
  const text = pem.replaceAll('\\n', '\n').trim();
  if (!text.startsWith('-----BEGIN ')) return { problem: 'not-pem' };
  if (!text.startsWith('-----BEGIN PRIVATE KEY-----')) return { problem: 'not-pkcs8' };
  let key: KeyObject;
  try {
    key = nodeCrypto().createPrivateKey({ key: text, format: 'pem' });
  } catch {
    return { problem: 'not-pem' };
  }
  const details = key.asymmetricKeyDetails ?? {};
  const type = key.asymmetricKeyType;
  if (type === 'rsa' || type === 'rsa-pss') {
    const bits = details.modulusLength ?? 0;
    return bits === 3072 || bits === 4096 ? { algorithm: 'PS256', key } : { problem: 'unsupported', described: `an RSA key of ${bits} bits` };
  }
  if (type === 'ec') {
    const curve = details.namedCurve ?? 'unknown';
    const algorithm = CURVES[curve];
    return algorithm === undefined ? { problem: 'unsupported', described: `an EC key on the curve ${curve}` } : { algorithm, key };
  }
  return { problem: 'unsupported', described: `a ${type ?? 'unknown'} key` };
}

/** One sentence for a key that cannot sign NetSuite client assertions; `where` names the variable. */
export function keyProblemMessage(problem: M2mKeyProblem, where: string): string {
  switch (problem.problem) {
    case 'not-pem':
      return `${where} does not hold a private key in PEM form.`;
    case 'not-pkcs8':
      return `${where} holds a private key, but not in PKCS#8 form (-----BEGIN PRIVATE KEY-----).`;
    case 'unsupported':
      return `${where} holds ${problem.described}, which NetSuite does not accept for OAuth 2.0 client credentials.`;
  }
}

export const KEY_HINT = 'Use an RSA 3072/4096-bit or EC P-256/P-384/P-521 key in PKCS#8 PEM, such as `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256` (convert an older key with `openssl pkcs8 -topk8 -nocrypt`).';
