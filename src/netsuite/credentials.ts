import { UsageError } from '../errors.js';
import type { Environment } from '../ports.js';
import { Secret } from '../secret.js';
import type { TokenCredentials } from '../secret.js';
import type { CredentialRefs } from '../config/desired-file.js';

const FIELDS = ['consumerKey', 'consumerSecret', 'tokenId', 'tokenSecret'] as const;
const ENV_REFERENCE = /^env:([A-Za-z_][A-Za-z0-9_]*)$/;

/** The environment variables a set of references names, in field order. */
export function referencedVariables(refs: CredentialRefs): Record<(typeof FIELDS)[number], string> {
  const names = {} as Record<(typeof FIELDS)[number], string>;
  for (const field of FIELDS) {
    const match = ENV_REFERENCE.exec(refs[field]);
    if (match?.[1] === undefined) {
      // Never echo the field: a value that is not a reference may be a pasted secret.
      throw new UsageError(`credentials.${field} is not an env:NAME reference.`, {
        hint: `Write credentials.${field}: env:NAME and put the value in that environment variable.`,
      });
    }
    names[field] = match[1];
  }
  return names;
}

/**
 * Resolves a token's `env:` references into credentials. Every missing or empty variable is named
 * (never a value), all at once.
 */
export function resolveCredentialRefs(
  refs: CredentialRefs,
  env: Environment,
  hint = 'Set them (in GitHub Actions: from repository or environment secrets) so this token can be revoked with its own credentials.',
): TokenCredentials {
  const names = referencedVariables(refs);
  const missing = FIELDS.map((field) => names[field]).filter((name) => (env[name] ?? '') === '');
  if (missing.length > 0) {
    throw new UsageError(`The environment variable${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set.`, { hint });
  }
  return {
    consumerKey: new Secret(env[names.consumerKey] ?? ''),
    consumerSecret: new Secret(env[names.consumerSecret] ?? ''),
    tokenId: new Secret(env[names.tokenId] ?? ''),
    tokenSecret: new Secret(env[names.tokenSecret] ?? ''),
  };
}

/** The variables that hold the operator's own token (SPEC §7). */
export const OPERATOR_CREDENTIAL_REFS: CredentialRefs = {
  consumerKey: 'env:NETSUITE_CONSUMER_KEY',
  consumerSecret: 'env:NETSUITE_CONSUMER_SECRET',
  tokenId: 'env:NETSUITE_TOKEN_ID',
  tokenSecret: 'env:NETSUITE_TOKEN_SECRET',
};
