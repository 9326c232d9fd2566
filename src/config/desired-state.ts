import { DEFAULT_POLICY, type CredentialAvailability, type DesiredState, type DesiredToken, type Policy } from '../domain/desired.js';
import { parseDuration } from '../domain/duration.js';
import type { Environment } from '../ports.js';
import { Secret, type TokenCredentials } from '../secrets/secret.js';
import type { CredentialRefs, DesiredTokenEntry, PolicyEntry } from './desired-file.js';
import type { LoadedConfigFile } from './load-config.js';

/** The environment variable holding the operator's own token id (SPEC §7). */
export const OPERATOR_TOKEN_ID_VARIABLE = 'NETSUITE_TOKEN_ID';

export interface BuiltDesiredState {
  readonly state: DesiredState;
  /** Resolved credentials by the entry's index in `tokens`; only entries whose four references all resolve. */
  readonly credentials: ReadonlyMap<number, TokenCredentials>;
}

/**
 * Normalises a loaded file to the domain's desired state, and resolves each entry's env:NAME references
 * against `env`. Secret values go only into the returned Secret wrappers, never into the state or a message.
 */
export function buildDesiredState(file: LoadedConfigFile, env: Environment): BuiltDesiredState {
  const credentials = new Map<number, TokenCredentials>();
  const tokens = file.config.tokens.map((entry, index): DesiredToken => {
    const resolution = resolveCredentials(entry.credentials, env);
    if (resolution.credentials !== null) credentials.set(index, resolution.credentials);
    return {
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
      isOperator: isOperatorToken(entry, env),
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

interface CredentialResolution {
  readonly availability: CredentialAvailability;
  readonly credentials: TokenCredentials | null;
}

const CREDENTIAL_FIELDS = ['consumerKey', 'consumerSecret', 'tokenId', 'tokenSecret'] as const satisfies readonly (keyof CredentialRefs)[];

function resolveCredentials(refs: CredentialRefs | undefined, env: Environment): CredentialResolution {
  if (refs === undefined) return { availability: { status: 'none' }, credentials: null };
  const missing = CREDENTIAL_FIELDS.map((field) => variableName(refs[field])).filter((name) => !isSet(env[name]));
  if (missing.length > 0) return { availability: { status: 'unresolved', missing: [...new Set(missing)] }, credentials: null };
  const secret = (field: keyof CredentialRefs): Secret => new Secret(env[variableName(refs[field])] ?? '');
  return {
    availability: { status: 'resolved' },
    credentials: {
      consumerKey: secret('consumerKey'),
      consumerSecret: secret('consumerSecret'),
      tokenId: secret('tokenId'),
      tokenSecret: secret('tokenSecret'),
    },
  };
}

/** The operator signs with its own token; an entry whose tokenId resolves to the same value is that token. */
function isOperatorToken(entry: DesiredTokenEntry, env: Environment): boolean {
  if (entry.credentials === undefined) return false;
  const tokenId = env[variableName(entry.credentials.tokenId)];
  const operatorTokenId = env[OPERATOR_TOKEN_ID_VARIABLE];
  return isSet(tokenId) && tokenId === operatorTokenId;
}

/** `env:NAME` → `NAME` (the schema guarantees the prefix). */
function variableName(reference: string): string {
  return reference.slice('env:'.length);
}

/** An empty variable cannot sign anything, so it counts as unset. */
function isSet(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}
