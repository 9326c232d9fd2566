import type { Environment } from '../ports.js';
import { bundleValues } from './credentials-bundle.js';
import { referencedVariables, type EntryCredentialRefs } from './entry-credentials.js';
import { isSet } from './env-reference.js';
import { OPERATOR_SECRET_VARIABLES } from './operator-credentials.js';

/** Variables that hold a GitHub token. */
export const GITHUB_SECRET_VARIABLES: readonly string[] = ['GITHUB_TOKEN', 'INPUT_GITHUB-TOKEN', 'GITHUB_SECRETS_TOKEN'];

/** AWS credentials set by hand for the SDK (configure-aws-credentials masks its own, a static key is not). */
export const AWS_SECRET_VARIABLES: readonly string[] = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];

/**
 * Every secret value a run can see — the operator's own, the GitHub token, and each variable the
 * file's entries reference — with each field of a bundle as well, for masking before anything prints.
 */
export function secretValues(env: Environment, entries: readonly (EntryCredentialRefs | undefined)[] = []): string[] {
  const names = new Set([...OPERATOR_SECRET_VARIABLES, ...GITHUB_SECRET_VARIABLES, ...AWS_SECRET_VARIABLES, ...entries.flatMap(referencedVariables)]);
  const values: string[] = [];
  for (const name of names) {
    const value = env[name];
    if (!isSet(value)) continue;
    // A PEM key written on one line with literal \n (as the key reader accepts it) is masked line by line too.
    values.push(value, ...(value.includes('\\n') ? [value.replaceAll('\\n', '\n')] : []), ...bundleValues(value));
  }
  return values;
}
