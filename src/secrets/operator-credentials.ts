import type { Environment } from '../ports.js';
import { UsageError } from '../support/errors.js';
import type { Credentials } from './credentials.js';
import { m2mCredentials, parseBundle } from './credentials-bundle.js';
import { isSet, variableOf } from './env-reference.js';
import { Secret } from './secret.js';

/**
 * How the operator signs in (SPEC §10): exactly one of its own TBA token in four variables, an OAuth
 * 2.0 M2M certificate in three, or a credentials bundle of either kind in NETSUITE_CREDENTIALS — unless
 * the desired-state file names its own bundle (`operator.credentials`), which then wins. A partial
 * set, two sets, or a bundle for another account is a configuration error found before any request,
 * naming the variables and never a value.
 */

/** The variables that hold the operator's own TBA token. */
export const OPERATOR_TBA_VARIABLES = {
  consumerKey: 'NETSUITE_CONSUMER_KEY',
  consumerSecret: 'NETSUITE_CONSUMER_SECRET',
  tokenId: 'NETSUITE_TOKEN_ID',
  tokenSecret: 'NETSUITE_TOKEN_SECRET',
} as const;

/** The variables that hold the operator's own M2M certificate mapping. */
export const OPERATOR_M2M_VARIABLES = {
  clientId: 'NETSUITE_CLIENT_ID',
  certificateId: 'NETSUITE_CERTIFICATE_ID',
  privateKey: 'NETSUITE_PRIVATE_KEY',
} as const;

export const OPERATOR_BUNDLE_VARIABLE = 'NETSUITE_CREDENTIALS';

/** Every variable that may hold a secret of the operator's own, for masking. */
export const OPERATOR_SECRET_VARIABLES: readonly string[] = [...Object.values(OPERATOR_TBA_VARIABLES), OPERATOR_M2M_VARIABLES.privateKey, OPERATOR_BUNDLE_VARIABLE];

export interface OperatorSignIn {
  readonly credentials: Credentials;
  /** Where they came from, for messages: variable names only. */
  readonly source: string;
}

const HINT = "The operator signs in with exactly one of: its own TBA token (NETSUITE_CONSUMER_KEY/SECRET and NETSUITE_TOKEN_ID/SECRET), an OAuth 2.0 M2M certificate (NETSUITE_CLIENT_ID, NETSUITE_CERTIFICATE_ID and NETSUITE_PRIVATE_KEY), or a credentials bundle of either kind in NETSUITE_CREDENTIALS.";

type Source = { readonly name: string; readonly present: readonly string[]; readonly missing: readonly string[] };

/**
 * `account` is the account the run is for; a bundle for another account is refused. `fileReference`
 * is the file's `operator.credentials` (env:NAME), which overrides the NETSUITE_* variables.
 */
export function operatorSignIn(env: Environment, account: string, fileReference: string | null = null): OperatorSignIn {
  if (fileReference !== null) {
    const variable = variableOf(fileReference);
    const text = env[variable];
    if (!isSet(text)) {
      throw new UsageError(`The desired-state file's operator.credentials names ${variable}, which is not set.`, { hint: `Set ${variable} to this account's credentials bundle, or remove operator.credentials to use the NETSUITE_* variables.` });
    }
    return { credentials: parseBundle(text, variable, account), source: variable };
  }
  const sources: Source[] = [
    split('TBA token', Object.values(OPERATOR_TBA_VARIABLES), env),
    split('M2M certificate', Object.values(OPERATOR_M2M_VARIABLES), env),
    split(OPERATOR_BUNDLE_VARIABLE, [OPERATOR_BUNDLE_VARIABLE], env),
  ];
  const started = sources.filter((source) => source.present.length > 0);
  if (started.length > 1) {
    throw new UsageError(`Both ${started.map((source) => source.present.join(', ')).join(' and ')} are set, so it is not clear which credentials the operator signs in with.`, { hint: HINT });
  }
  const [chosen] = started;
  if (chosen === undefined) {
    const names = Object.values(OPERATOR_TBA_VARIABLES);
    throw new UsageError(`The environment variables ${names.join(', ')} are not set.`, { hint: HINT });
  }
  if (chosen.missing.length > 0) {
    throw new UsageError(`The environment variable${chosen.missing.length === 1 ? '' : 's'} ${chosen.missing.join(', ')} ${chosen.missing.length === 1 ? 'is' : 'are'} not set.`, { hint: HINT });
  }
  const value = (name: string): string => env[name] ?? '';
  switch (chosen.name) {
    case OPERATOR_BUNDLE_VARIABLE:
      return { credentials: parseBundle(value(OPERATOR_BUNDLE_VARIABLE), OPERATOR_BUNDLE_VARIABLE, account), source: OPERATOR_BUNDLE_VARIABLE };
    case 'M2M certificate':
      return {
        credentials: m2mCredentials({
          clientId: value(OPERATOR_M2M_VARIABLES.clientId),
          certificateId: value(OPERATOR_M2M_VARIABLES.certificateId),
          privateKey: value(OPERATOR_M2M_VARIABLES.privateKey),
          algorithm: null,
          validUntil: null,
        }, OPERATOR_M2M_VARIABLES.privateKey),
        source: 'NETSUITE_CLIENT_ID, NETSUITE_CERTIFICATE_ID and NETSUITE_PRIVATE_KEY',
      };
    default:
      return {
        credentials: {
          kind: 'tba',
          consumerKey: new Secret(value(OPERATOR_TBA_VARIABLES.consumerKey)),
          consumerSecret: new Secret(value(OPERATOR_TBA_VARIABLES.consumerSecret)),
          tokenId: new Secret(value(OPERATOR_TBA_VARIABLES.tokenId)),
          tokenSecret: new Secret(value(OPERATOR_TBA_VARIABLES.tokenSecret)),
        },
        source: 'NETSUITE_CONSUMER_KEY/SECRET and NETSUITE_TOKEN_ID/SECRET',
      };
  }
}

function split(name: string, variables: readonly string[], env: Environment): Source {
  return { name, present: variables.filter((variable) => isSet(env[variable])), missing: variables.filter((variable) => !isSet(env[variable])) };
}

/**
 * The operator's own TBA token id, when the environment says it without error: used to recognise the
 * operator's entry in the file (SPEC §4 `blocked: self`) even where sign-in is not needed (validate).
 */
export function operatorTokenId(env: Environment): string | null {
  const bundle = env[OPERATOR_BUNDLE_VARIABLE];
  if (isSet(bundle)) {
    try {
      const credentials = parseBundle(bundle, OPERATOR_BUNDLE_VARIABLE, null);
      return credentials.kind === 'tba' ? credentials.tokenId.reveal() : null;
    } catch {
      return null;
    }
  }
  const tokenId = env[OPERATOR_TBA_VARIABLES.tokenId];
  return isSet(tokenId) ? tokenId : null;
}

/** The client id of the operator's own M2M mapping, when it signs in with one (SPEC §10: its `blocked: self`). */
export function operatorClientId(env: Environment): string | null {
  const bundle = env[OPERATOR_BUNDLE_VARIABLE];
  if (isSet(bundle)) {
    try {
      const credentials = parseBundle(bundle, OPERATOR_BUNDLE_VARIABLE, null);
      return credentials.kind === 'm2m' ? credentials.clientId : null;
    } catch {
      return null;
    }
  }
  const clientId = env[OPERATOR_M2M_VARIABLES.clientId];
  return isSet(clientId) ? clientId : null;
}
