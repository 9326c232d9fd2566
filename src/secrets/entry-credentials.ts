import type { CredentialAvailability } from '../domain/desired.js';
import type { Environment } from '../ports.js';
import type { TbaCredentials } from './credentials.js';
import { parseTbaBundle } from './credentials-bundle.js';
import { isSet, variableOf } from './env-reference.js';
import { Secret } from './secret.js';

/**
 * A token entry's `credentials` (SPEC §3, §12.3): four env:NAME references, or one env:NAME holding a
 * TBA bundle. Resolving says what planning may know (available or not, and which variable names are
 * missing) and keeps the values in Secret wrappers for the executor.
 */

export interface TbaCredentialRefs {
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly tokenId: string;
  readonly tokenSecret: string;
}

export type EntryCredentialRefs = string | TbaCredentialRefs;

export interface EntryCredentials {
  readonly availability: CredentialAvailability;
  readonly credentials: TbaCredentials | null;
  /** The token id the entry's references resolve to, even when others are missing: how the operator's own entry is recognised. */
  readonly tokenId: string | null;
}

const REF_FIELDS = ['consumerKey', 'consumerSecret', 'tokenId', 'tokenSecret'] as const satisfies readonly (keyof TbaCredentialRefs)[];

/** `account` is the file's account: a bundle for another one is refused (exit 3), naming the variable. */
export function resolveEntryCredentials(refs: EntryCredentialRefs | undefined, env: Environment, account: string): EntryCredentials {
  if (refs === undefined) return { availability: { status: 'none' }, credentials: null, tokenId: null };
  if (typeof refs === 'string') {
    const variable = variableOf(refs);
    const text = env[variable];
    if (!isSet(text)) return { availability: { status: 'unresolved', missing: [variable] }, credentials: null, tokenId: null };
    const credentials = parseTbaBundle(text, variable, account);
    return { availability: { status: 'resolved' }, credentials, tokenId: credentials.tokenId.reveal() };
  }
  const tokenIdValue = env[variableOf(refs.tokenId)];
  const tokenId = isSet(tokenIdValue) ? tokenIdValue : null;
  const missing = REF_FIELDS.map((field) => variableOf(refs[field])).filter((name) => !isSet(env[name]));
  if (missing.length > 0) return { availability: { status: 'unresolved', missing: [...new Set(missing)] }, credentials: null, tokenId };
  const secret = (field: keyof TbaCredentialRefs): Secret => new Secret(env[variableOf(refs[field])] ?? '');
  return {
    availability: { status: 'resolved' },
    credentials: { kind: 'tba', consumerKey: secret('consumerKey'), consumerSecret: secret('consumerSecret'), tokenId: secret('tokenId'), tokenSecret: secret('tokenSecret') },
    tokenId,
  };
}

/** The variable names an entry's credentials reference, for masking. */
export function referencedVariables(refs: EntryCredentialRefs | undefined): string[] {
  if (refs === undefined) return [];
  if (typeof refs === 'string') return [variableOf(refs)];
  return REF_FIELDS.map((field) => variableOf(refs[field]));
}
