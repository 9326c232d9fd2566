import type { Environment } from '../ports.js';
import { UsageError } from '../support/errors.js';
import type { TbaCredentials } from './credentials.js';
import { parseTbaBundle } from './credentials-bundle.js';
import { isSet } from './env-reference.js';
import { Secret } from './secret.js';

/**
 * How the operator signs in (SPEC §7, §10): exactly one of its own TBA token in four variables, or a
 * credentials bundle in NETSUITE_CREDENTIALS. A partial set or two sets is a configuration error found
 * before any request, naming the variables and never a value.
 */

/** The variables that hold the operator's own token. */
export const OPERATOR_TBA_VARIABLES = {
  consumerKey: 'NETSUITE_CONSUMER_KEY',
  consumerSecret: 'NETSUITE_CONSUMER_SECRET',
  tokenId: 'NETSUITE_TOKEN_ID',
  tokenSecret: 'NETSUITE_TOKEN_SECRET',
} as const;

export const OPERATOR_BUNDLE_VARIABLE = 'NETSUITE_CREDENTIALS';

/** Every variable that may hold a secret of the operator's own, for masking. */
export const OPERATOR_SECRET_VARIABLES: readonly string[] = [...Object.values(OPERATOR_TBA_VARIABLES), OPERATOR_BUNDLE_VARIABLE];

export interface OperatorSignIn {
  readonly credentials: TbaCredentials;
  /** Where they came from, for messages: variable names only. */
  readonly source: string;
}

const TBA_HINT = "NETSUITE_CONSUMER_KEY/SECRET and NETSUITE_TOKEN_ID/SECRET hold the operator's own NetSuite token: the consumer key and secret of its integration record, and the token id and secret. Or put all four in one bundle in NETSUITE_CREDENTIALS.";

/** `account` is the account the run is for; a bundle for another account is refused. */
export function operatorSignIn(env: Environment, account: string): OperatorSignIn {
  const names = Object.values(OPERATOR_TBA_VARIABLES);
  const present = names.filter((name) => isSet(env[name]));
  const bundle = env[OPERATOR_BUNDLE_VARIABLE];
  if (isSet(bundle)) {
    if (present.length > 0) {
      throw new UsageError(`Both ${OPERATOR_BUNDLE_VARIABLE} and ${present.join(', ')} are set, so it is not clear which credentials the operator signs in with.`, {
        hint: `Set either ${OPERATOR_BUNDLE_VARIABLE} (a bundle) or the four NETSUITE_* token variables, not both.`,
      });
    }
    return { credentials: parseTbaBundle(bundle, OPERATOR_BUNDLE_VARIABLE, account), source: OPERATOR_BUNDLE_VARIABLE };
  }
  const missing = names.filter((name) => !isSet(env[name]));
  if (missing.length > 0) {
    throw new UsageError(`The environment variable${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set.`, { hint: TBA_HINT });
  }
  const secret = (name: string): Secret => new Secret(env[name] ?? '');
  return {
    credentials: {
      kind: 'tba',
      consumerKey: secret(OPERATOR_TBA_VARIABLES.consumerKey),
      consumerSecret: secret(OPERATOR_TBA_VARIABLES.consumerSecret),
      tokenId: secret(OPERATOR_TBA_VARIABLES.tokenId),
      tokenSecret: secret(OPERATOR_TBA_VARIABLES.tokenSecret),
    },
    source: 'NETSUITE_CONSUMER_KEY/SECRET and NETSUITE_TOKEN_ID/SECRET',
  };
}

/**
 * The operator's own token id, when the environment says it without error: used to recognise the
 * operator's entry in the file (SPEC §4 `blocked: self`) even where sign-in is not needed (validate).
 */
export function operatorTokenId(env: Environment): string | null {
  const bundle = env[OPERATOR_BUNDLE_VARIABLE];
  if (isSet(bundle)) {
    try {
      return parseTbaBundle(bundle, OPERATOR_BUNDLE_VARIABLE, null).tokenId.reveal();
    } catch {
      return null;
    }
  }
  const tokenId = env[OPERATOR_TBA_VARIABLES.tokenId];
  return isSet(tokenId) ? tokenId : null;
}
