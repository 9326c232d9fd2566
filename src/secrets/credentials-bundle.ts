import { UsageError } from '../support/errors.js';
import type { TbaCredentials } from './credentials.js';
import { Secret } from './secret.js';

/**
 * SPEC §12.3 — the credentials bundle: one JSON object holding everything needed to act as one
 * credential, the unit the operator reads from a variable and (later) delivers. Only `kind`,
 * `accountId`, `clientId`, `certificateId`, `algorithm` and `validUntil` may ever be shown.
 */

export const BUNDLE_KINDS = ['netsuite-tba'] as const;
export type BundleKind = (typeof BUNDLE_KINDS)[number];

const TBA_SECRET_FIELDS = ['consumerKey', 'consumerSecret', 'tokenId', 'tokenSecret'] as const;

const HINT = 'A TBA bundle is one JSON object: {"kind":"netsuite-tba","version":1,"accountId":"1234567","consumerKey":"…","consumerSecret":"…","tokenId":"…","tokenSecret":"…"}.';

/**
 * Reads a bundle from the variable `variable`. Every problem is a UsageError (exit 3) that names the
 * variable and the field, never a value: JSON.parse's own message is not used, since it quotes the text.
 * `account` (realm or host form) is the account the bundle must be for; null skips that check.
 */
export function parseTbaBundle(text: string, variable: string, account: string | null): TbaCredentials {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`${variable} does not hold a credentials bundle: its value is not JSON.`, { hint: HINT });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`${variable} does not hold a credentials bundle: its value is not a JSON object.`, { hint: HINT });
  }
  const bundle = value as Readonly<Record<string, unknown>>;
  const kind = bundle['kind'];
  if (kind !== 'netsuite-tba') {
    const shown = typeof kind === 'string' && (BUNDLE_KINDS as readonly string[]).includes(kind) ? `"${kind}"` : typeof kind === 'string' ? 'an unknown kind' : 'no kind';
    throw new UsageError(`${variable} holds a credentials bundle of ${shown}, but only ${BUNDLE_KINDS.map((name) => `"${name}"`).join(', ')} can be read here.`, { hint: HINT });
  }
  if (bundle['version'] !== 1) {
    throw new UsageError(`${variable} holds a credentials bundle of an unknown version; this netsuite-tokens reads version 1.`, { hint: HINT });
  }
  const missing = ['accountId', ...TBA_SECRET_FIELDS].filter((field) => typeof bundle[field] !== 'string' || bundle[field] === '');
  if (missing.length > 0) {
    throw new UsageError(`The credentials bundle in ${variable} has no ${missing.join(', ')} (each must be a non-empty string).`, { hint: HINT });
  }
  const accountId = bundle['accountId'] as string;
  if (account !== null && realmOf(accountId) !== realmOf(account)) {
    throw new UsageError(`The credentials bundle in ${variable} is for account ${realmOf(accountId)}, not ${realmOf(account)}.`, {
      hint: 'Give this account its own bundle; a sandbox and production never share credentials.',
    });
  }
  const secret = (field: (typeof TBA_SECRET_FIELDS)[number]): Secret => new Secret(bundle[field] as string);
  return { kind: 'tba', consumerKey: secret('consumerKey'), consumerSecret: secret('consumerSecret'), tokenId: secret('tokenId'), tokenSecret: secret('tokenSecret') };
}

/**
 * Every string value inside a bundle, for masking in GitHub Actions: a bundle printed field by field
 * must not show a secret either. Empty when the text is not a JSON object.
 */
export function bundleValues(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return [];
    return Object.values(value).filter((field): field is string => typeof field === 'string');
  } catch {
    return [];
  }
}

/** Account ids compare in realm form: upper case, underscore (SPEC §10). */
export function realmOf(account: string): string {
  return account.trim().toUpperCase().replaceAll('-', '_');
}
