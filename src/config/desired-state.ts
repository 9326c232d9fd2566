import { DEFAULT_POLICY, type DesiredState, type DesiredToken, type Policy } from '../domain/desired.js';
import { parseDuration } from '../domain/duration.js';
import type { Environment } from '../ports.js';
import type { TbaCredentials } from '../secrets/credentials.js';
import { resolveEntryCredentials } from '../secrets/entry-credentials.js';
import { operatorTokenId } from '../secrets/operator-credentials.js';
import type { PolicyEntry } from './desired-file.js';
import type { LoadedConfigFile } from './load-config.js';

export interface BuiltDesiredState {
  readonly state: DesiredState;
  /** Resolved credentials by entry key (`/tokens/3`); only entries whose credentials resolve. */
  readonly credentials: ReadonlyMap<string, TbaCredentials>;
}

/**
 * Normalises a loaded file to the domain's desired state, and resolves each entry's env:NAME references
 * against `env`. Secret values go only into the returned Secret wrappers, never into the state or a message.
 */
export function buildDesiredState(file: LoadedConfigFile, env: Environment): BuiltDesiredState {
  const credentials = new Map<string, TbaCredentials>();
  const operatorId = operatorTokenId(env);
  const tokens = file.config.tokens.map((entry, index): DesiredToken => {
    const key = `/tokens/${index}`;
    const resolution = resolveEntryCredentials(entry.credentials, env, file.config.account);
    if (resolution.credentials !== null) credentials.set(key, resolution.credentials);
    return {
      key,
      selector: {
        id: entry.id ?? null,
        name: entry.name ?? null,
        application: entry.application ?? null,
        user: entry.user ?? null,
        role: entry.role ?? null,
      },
      state: entry.state,
      owner: entry.owner ?? null,
      protect: entry.protect ?? false,
      maxAgeMs: optionalDuration(entry.maxAge),
      credentials: resolution.availability,
      isOperator: resolution.tokenId !== null && resolution.tokenId === operatorId,
      source: file.tokenSources[index] ?? null,
    };
  });
  return { state: { account: file.config.account, policy: policyOf(file.config.policy), tokens }, credentials };
}

function policyOf(entry: PolicyEntry | undefined): Policy {
  return {
    unmanaged: entry?.unmanaged ?? DEFAULT_POLICY.unmanaged,
    maxAgeMs: entry?.maxAge === undefined ? DEFAULT_POLICY.maxAgeMs : optionalDuration(entry.maxAge),
    unusedForMs: entry?.unusedFor === undefined ? DEFAULT_POLICY.unusedForMs : optionalDuration(entry.unusedFor),
    maxChangesPerRun: entry?.maxChangesPerRun ?? DEFAULT_POLICY.maxChangesPerRun,
  };
}

/** Durations passed the schema's pattern, which is parseDuration's; a failure here is a bug, not bad input. */
function optionalDuration(text: string | undefined): number | null {
  if (text === undefined) return null;
  const ms = parseDuration(text);
  if (ms === null) throw new Error(`Duration "${text}" passed the schema but does not parse; the schema and parseDuration disagree.`);
  return ms;
}
