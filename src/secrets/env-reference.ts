/** `env:NAME` references (SPEC §3): the only way a desired-state file may point at a secret. */

export const ENV_REFERENCE_PREFIX = 'env:';

/** `env:NAME` → `NAME` (the schema guarantees the prefix). */
export function variableOf(reference: string): string {
  return reference.startsWith(ENV_REFERENCE_PREFIX) ? reference.slice(ENV_REFERENCE_PREFIX.length) : reference;
}

/** An empty variable cannot sign anything, so it counts as unset. */
export function isSet(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}
