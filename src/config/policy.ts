import { DEFAULT_POLICY, type Policy } from '../domain/desired.js';
import { parseDuration } from '../domain/duration.js';
import type { PolicyEntry } from './desired-file.js';

// The policy and durations of a desired-state file, apart from resolving credentials, so that
// `validate` can summarise a file without loading the secrets code (issue 18).

/** A duration the schema requires; a missing one is a bug, not bad input. */
export function requiredDuration(text: string): number {
  const ms = optionalDuration(text);
  if (ms === null) throw new Error(`Duration "${text}" is missing.`);
  return ms;
}

/** The file's policy with the defaults filled in. */
export function policyOf(entry: PolicyEntry | undefined): Policy {
  return {
    unmanaged: entry?.unmanaged ?? DEFAULT_POLICY.unmanaged,
    maxAgeMs: entry?.maxAge === undefined ? DEFAULT_POLICY.maxAgeMs : optionalDuration(entry.maxAge),
    unusedForMs: entry?.unusedFor === undefined ? DEFAULT_POLICY.unusedForMs : optionalDuration(entry.unusedFor),
    maxChangesPerRun: entry?.maxChangesPerRun ?? DEFAULT_POLICY.maxChangesPerRun,
  };
}

/** Durations passed the schema's pattern, which is parseDuration's; a failure here is a bug, not bad input. */
export function optionalDuration(text: string | undefined): number | null {
  if (text === undefined) return null;
  const ms = parseDuration(text);
  if (ms === null) throw new Error(`Duration "${text}" passed the schema but does not parse; the schema and parseDuration disagree.`);
  return ms;
}
