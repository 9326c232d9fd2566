import { UsageError } from '../support/errors.js';
import type { Credentials, M2mCredentials, TbaCredentials } from './credentials.js';
import { KEY_HINT, M2M_ALGORITHMS, keyProblemMessage, readM2mKey, type M2mAlgorithm } from './m2m-key.js';
import { Secret } from './secret.js';

/**
 * SPEC §12.3 — the credentials bundle: one JSON object holding everything needed to act as one
 * credential, the unit the operator reads from a variable and delivers. Only `kind`, `accountId`,
 * `clientId`, `certificateId`, `algorithm` and `validUntil` may ever be shown.
 */

export const BUNDLE_KINDS = ['netsuite-tba', 'netsuite-m2m'] as const;
export type BundleKind = (typeof BUNDLE_KINDS)[number];

const TBA_SECRET_FIELDS = ['consumerKey', 'consumerSecret', 'tokenId', 'tokenSecret'] as const;
const M2M_FIELDS = ['clientId', 'certificateId', 'algorithm', 'privateKey', 'validUntil'] as const;

const HINTS: Readonly<Record<BundleKind, string>> = {
  'netsuite-tba': 'A TBA bundle is one JSON object: {"kind":"netsuite-tba","version":1,"accountId":"1234567","consumerKey":"…","consumerSecret":"…","tokenId":"…","tokenSecret":"…"}.',
  'netsuite-m2m': 'An M2M bundle is one JSON object: {"kind":"netsuite-m2m","version":1,"accountId":"1234567","clientId":"…","certificateId":"…","algorithm":"ES256","privateKey":"-----BEGIN PRIVATE KEY-----…","validUntil":"2027-12-31T00:00:00Z"}.',
};
const ANY_HINT = `${HINTS['netsuite-tba']} ${HINTS['netsuite-m2m']}`;

/**
 * Reads a bundle of either kind from the variable `variable`, or of the one kind `expected` names.
 * Every problem is a UsageError (exit 3) that names the variable and the field, never a value:
 * JSON.parse's own message is not used, since it quotes the text. `account` (realm or host form) is
 * the account the bundle must be for; null skips that check.
 */
export function parseBundle(text: string, variable: string, account: string | null, expected?: BundleKind): Credentials {
  const hint = expected === undefined ? ANY_HINT : HINTS[expected];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`${variable} does not hold a credentials bundle: its value is not JSON.`, { hint });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`${variable} does not hold a credentials bundle: its value is not a JSON object.`, { hint });
  }
  const bundle = value as Readonly<Record<string, unknown>>;
  const kind = bundle['kind'];
  const known = typeof kind === 'string' && (BUNDLE_KINDS as readonly string[]).includes(kind) ? (kind as BundleKind) : null;
  if (known === null || (expected !== undefined && known !== expected)) {
    const shown = known !== null ? `"${known}"` : typeof kind === 'string' ? 'an unknown kind' : 'no kind';
    const readable = expected === undefined ? BUNDLE_KINDS : [expected];
    throw new UsageError(`${variable} holds a credentials bundle of ${shown}, but only ${readable.map((name) => `"${name}"`).join(', ')} can be read here.`, { hint });
  }
  if (bundle['version'] !== 1) {
    throw new UsageError(`${variable} holds a credentials bundle of an unknown version; this netsuite-tokens reads version 1.`, { hint: HINTS[known] });
  }
  const fields = known === 'netsuite-tba' ? TBA_SECRET_FIELDS : M2M_FIELDS;
  const missing = ['accountId', ...fields].filter((field) => typeof bundle[field] !== 'string' || bundle[field] === '');
  if (missing.length > 0) {
    throw new UsageError(`The credentials bundle in ${variable} has no ${missing.join(', ')} (each must be a non-empty string).`, { hint: HINTS[known] });
  }
  const accountId = bundle['accountId'] as string;
  if (account !== null && realmOf(accountId) !== realmOf(account)) {
    throw new UsageError(`The credentials bundle in ${variable} is for account ${realmOf(accountId)}, not ${realmOf(account)}.`, {
      hint: 'Give this account its own bundle; a sandbox and production never share credentials.',
    });
  }
  const field = (name: string): string => bundle[name] as string;
  return known === 'netsuite-tba'
    ? { kind: 'tba', consumerKey: new Secret(field('consumerKey')), consumerSecret: new Secret(field('consumerSecret')), tokenId: new Secret(field('tokenId')), tokenSecret: new Secret(field('tokenSecret')) }
    : m2mCredentials({ clientId: field('clientId'), certificateId: field('certificateId'), privateKey: field('privateKey'), algorithm: field('algorithm'), validUntil: field('validUntil') }, `The credentials bundle in ${variable}`);
}

export function parseTbaBundle(text: string, variable: string, account: string | null): TbaCredentials {
  return parseBundle(text, variable, account, 'netsuite-tba') as TbaCredentials;
}

export function parseM2mBundle(text: string, variable: string, account: string | null): M2mCredentials {
  return parseBundle(text, variable, account, 'netsuite-m2m') as M2mCredentials;
}

/** The parts of a new certificate an M2M bundle carries (a GeneratedCertificate has them). */
export interface M2mBundleCertificate {
  readonly certificateId: string;
  readonly algorithm: M2mAlgorithm;
  readonly privateKey: Secret;
  readonly validUntil: string;
}

/**
 * The text of an M2M credentials bundle (SPEC §12.3), what a delivery target receives; parseM2mBundle
 * reads it back. A Secret, since it holds the key.
 */
export function m2mBundleText(certificate: M2mBundleCertificate, identity: { readonly accountId: string; readonly clientId: string }): Secret {
  return new Secret(JSON.stringify({
    kind: 'netsuite-m2m',
    version: 1,
    accountId: identity.accountId,
    clientId: identity.clientId,
    certificateId: certificate.certificateId,
    algorithm: certificate.algorithm,
    privateKey: certificate.privateKey.reveal(),
    validUntil: certificate.validUntil,
  }));
}

/**
 * M2M credentials from their parts, checking the key (a UsageError naming `where` for a key NetSuite
 * would refuse) and, when the bundle names one, that its algorithm is the key's.
 */
export function m2mCredentials(
  parts: { readonly clientId: string; readonly certificateId: string; readonly privateKey: string; readonly algorithm: string | null; readonly validUntil: string | null },
  where: string,
): M2mCredentials {
  const key = readM2mKey(parts.privateKey);
  if ('problem' in key) throw new UsageError(keyProblemMessage(key, where), { hint: KEY_HINT });
  if (parts.algorithm !== null && parts.algorithm !== key.algorithm) {
    const named = (M2M_ALGORITHMS as readonly string[]).includes(parts.algorithm) ? parts.algorithm : 'an unknown algorithm';
    throw new UsageError(`${where} says its key signs with ${named}, but the key is for ${key.algorithm}.`, { hint: `Set "algorithm": "${key.algorithm}" (PS256 for RSA keys; ES256, ES384 or ES512 for P-256, P-384 or P-521).` });
  }
  return { kind: 'm2m', clientId: parts.clientId, certificateId: parts.certificateId, privateKey: new Secret(parts.privateKey), signingKey: key, validUntil: parts.validUntil };
}

/** The fields SPEC §12.3 lets be shown; every other string field of a bundle is secret. */
const SHOWN_FIELDS: ReadonlySet<string> = new Set(['kind', 'accountId', 'clientId', 'certificateId', 'algorithm', 'validUntil']);

/**
 * Every secret string field of a bundle (every string but the ones SPEC §12.3 lets be shown, which stay
 * readable in logs), for masking in GitHub Actions (which masks each line of a value) and scrubbing. A
 * key written with literal `\n` sequences (which the key reader accepts) is also given with real line
 * breaks, so each of its lines is masked too. Empty when the text is not a JSON object.
 */
export function bundleValues(text: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof value !== 'object' || value === null) return [];
  const fields = Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !SHOWN_FIELDS.has(entry[0])).map(([, field]) => field);
  return [...fields, ...fields.filter((field) => field.includes('\\n')).map((field) => field.replaceAll('\\n', '\n'))];
}

/**
 * What to scrub from a message a store's reply may have quoted a bundle in (an echoing endpoint, a
 * validation error): the whole text, as is and JSON-escaped, and every secret field with each of its
 * lines, so a quoted key line goes too. The fields that may be shown stay readable.
 */
export function bundleSecretParts(bundle: Secret): Secret[] {
  const text = bundle.reveal();
  const parts = new Set([text, JSON.stringify(text).slice(1, -1)]);
  for (const field of bundleValues(text)) {
    for (const part of [field, ...field.split(/\r?\n/)]) if (part.trim() !== '') parts.add(part.trim());
  }
  return [...parts].map((part) => new Secret(part));
}

/** Account ids compare in realm form: upper case, underscore (SPEC §10). */
export function realmOf(account: string): string {
  return account.trim().toUpperCase().replaceAll('-', '_');
}
