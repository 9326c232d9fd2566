import type { CredentialAvailability, DeliveryTarget, DesiredMapping, DesiredState, DesiredToken, RotationPolicy, SourcePosition } from '../domain/desired.js';
import { optionalDuration, policyOf, requiredDuration } from './policy.js';
import type { Environment } from '../ports.js';
import { ConfigError, type ConfigProblem } from '../support/errors.js';
import { quoteValue } from './describe-value.js';
import type { Credentials, M2mCredentials } from '../secrets/credentials.js';
import { parseBundle, parseM2mBundle } from '../secrets/credentials-bundle.js';
import { isSet, variableOf } from '../secrets/env-reference.js';
import { resolveEntryCredentials } from '../secrets/entry-credentials.js';
import { operatorClientId, operatorSignIn, operatorTokenId } from '../secrets/operator-credentials.js';
import { overlapMs } from './certificate-rules.js';
import type { CertificateEntry, DeliveryEntry, RotationEntry } from './desired-file.js';
import type { LoadedConfigFile } from './load-config.js';

export interface BuiltDesiredState {
  readonly state: DesiredState;
  /** Resolved credentials by entry key (`/tokens/3`, `/certificates/0`); only entries whose credentials resolve. */
  readonly credentials: ReadonlyMap<string, Credentials>;
}

/**
 * Normalises a loaded file to the domain's desired state, and resolves each entry's env:NAME references
 * against `env`. Secret values go only into the returned Secret wrappers, never into the state or a message.
 */
export function buildDesiredState(file: LoadedConfigFile, env: Environment): BuiltDesiredState {
  const credentials = new Map<string, Credentials>();
  const operator = operatorIdentity(file, env);
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
      isOperator: resolution.tokenId !== null && resolution.tokenId === operator.tokenId,
      ...(entry.deliver === undefined ? {} : { deliver: entry.deliver.map((target, item) => deliveryTargetOf(target, file.tokenTargetSources[index]?.[item] ?? null)) }),
      source: file.tokenSources[index] ?? null,
    };
  });
  const entries = file.config.certificates ?? [];
  const foreignBundles: ConfigProblem[] = [];
  const certificates = entries.map((entry, index): DesiredMapping => {
    const key = `/certificates/${index}`;
    const own = entry.credentials === undefined && entries.filter((other) => other.clientId === entry.clientId).length === 1 ? operatorMappingCredentials(file, env, entry.clientId) : null;
    const resolved = own === null ? resolveMappingCredentials(entry, env, file.config.account) : { availability: { status: 'resolved' } as const, credentials: own };
    if (resolved.credentials !== null && resolved.credentials.clientId !== entry.clientId) {
      foreignBundles.push(foreignBundleProblem(file, index, entry, resolved.credentials.clientId));
    }
    if (resolved.credentials !== null) credentials.set(key, resolved.credentials);
    return {
      key,
      mapping: entry.mapping,
      clientId: entry.clientId,
      entity: entry.entity,
      role: entry.role,
      state: entry.state,
      owner: entry.owner ?? null,
      protect: entry.protect ?? false,
      credentials: resolved.availability,
      bundleCertificateId: resolved.credentials?.certificateId ?? null,
      bundleValidUntil: resolved.credentials?.validUntil ?? null,
      isOperator: operator.clientId !== null && operator.clientId === entry.clientId,
      rotation: entry.rotation === undefined ? null : rotationOf(entry.rotation),
      deliver: (entry.deliver ?? []).map((target, item) => deliveryTargetOf(target, file.certificateTargetSources[index]?.[item] ?? null)),
      source: file.certificateSources[index] ?? null,
    };
  });
  if (foreignBundles.length > 0) {
    throw new ConfigError(foreignBundles, { hint: 'Set each variable to the bundle of the mapping that names it (the bundle a rotation delivered for that mapping), or correct the mapping\'s clientId.' });
  }
  return { state: { account: file.config.account, policy: policyOf(file.config.policy), tokens, certificates }, credentials };
}

/**
 * A mapping's bundle must be for the mapping's own client: with another's, every request made as the
 * mapping would be made as that other client, and NetSuite's refusals would read as permissions this
 * mapping lacks. Client IDs are not secret, so the message gives both.
 */
function foreignBundleProblem(file: LoadedConfigFile, index: number, entry: CertificateEntry, bundleClientId: string): ConfigProblem {
  const variable = variableOf(entry.credentials ?? '');
  const source = file.certificateCredentialSources[index] ?? file.certificateSources[index] ?? { file: file.file, line: 1, column: 1, pointer: `/certificates/${index}` };
  return {
    ...source,
    message: `The credentials bundle in ${variable} is for client ID ${quoteId(bundleClientId)}, but mapping ${quoteValue(entry.mapping)} declares clientId ${quoteId(entry.clientId)}; set ${variable} to this mapping's bundle, or correct its clientId.`,
  };
}

/** A client ID in full (two may differ only at the end), JSON-escaped; only an absurdly long one is shortened. */
function quoteId(id: string): string {
  return JSON.stringify(id.length > 200 ? `${id.slice(0, 199)}…` : id);
}

/**
 * SPEC §11: the operator's own mapping, when it signs in with M2M, is observed with its own token. An
 * entry without credentials of its own gets the operator's when it is the file's only entry for the
 * client id the operator signs in with: with several (other entities and roles on the same integration
 * record) the operator's token would list only one of them, and which is not known before asking.
 */
function operatorMappingCredentials(file: LoadedConfigFile, env: Environment, clientId: string): M2mCredentials | null {
  try {
    const { credentials } = operatorSignIn(env, file.config.account, file.config.operator?.credentials ?? null);
    return credentials.kind === 'm2m' && credentials.clientId === clientId ? credentials : null;
  } catch {
    // Not signed in, or not readably: signing in says why; the entry stays without credentials here.
    return null;
  }
}

/** A mapping's `credentials: env:NAME` names its M2M bundle; one that is set must be readable (exit 3 otherwise). */
function resolveMappingCredentials(entry: CertificateEntry, env: Environment, account: string): { availability: CredentialAvailability; credentials: M2mCredentials | null } {
  if (entry.credentials === undefined) return { availability: { status: 'none' }, credentials: null };
  const variable = variableOf(entry.credentials);
  const text = env[variable];
  if (!isSet(text)) return { availability: { status: 'unresolved', missing: [variable] }, credentials: null };
  return { availability: { status: 'resolved' }, credentials: parseM2mBundle(text, variable, account) };
}

/**
 * What the operator signs in with for this file, as far as recognising itself needs (SPEC §4 and §10
 * `blocked: self`): the file's operator.credentials bundle when it names one (SPEC §14), which is then
 * all that counts, else the NETSUITE_* variables. Unset or unreadable reads as none here; signing in
 * reports it.
 */
interface OperatorIdentity {
  readonly tokenId: string | null;
  readonly clientId: string | null;
}

function operatorIdentity(file: LoadedConfigFile, env: Environment): OperatorIdentity {
  const reference = file.config.operator?.credentials;
  if (reference === undefined) return { tokenId: operatorTokenId(env), clientId: operatorClientId(env) };
  const text = env[variableOf(reference)];
  if (!isSet(text)) return { tokenId: null, clientId: null };
  try {
    const credentials = parseBundle(text, variableOf(reference), null);
    return credentials.kind === 'tba' ? { tokenId: credentials.tokenId.reveal(), clientId: null } : { tokenId: null, clientId: credentials.clientId };
  } catch {
    return { tokenId: null, clientId: null };
  }
}

const DAY_MS = 86_400_000;

/** SPEC §11 defaults: ec-p256, 365d, renewBefore the smaller of 90d and a third of validity, overlap 7d. */
function rotationOf(entry: RotationEntry): RotationPolicy {
  const validityMs = entry.validity === undefined ? 365 * DAY_MS : requiredDuration(entry.validity);
  return {
    algorithm: entry.algorithm ?? 'ec-p256',
    validityMs,
    renewBeforeMs: entry.renewBefore === undefined ? Math.min(90 * DAY_MS, Math.floor(validityMs / 3)) : requiredDuration(entry.renewBefore),
    overlapMs: entry.overlap === undefined ? 7 * DAY_MS : overlapMs(entry.overlap) ?? 7 * DAY_MS,
  };
}

export function deliveryTargetOf(entry: DeliveryEntry, source: SourcePosition | null = null): DeliveryTarget {
  if (entry.github !== undefined) return { kind: 'github', repository: entry.github.repository ?? null, environment: entry.github.environment ?? null, secret: entry.github.secret, source };
  if (entry.aws !== undefined) return { kind: 'aws', secretId: entry.aws.secretId, region: entry.aws.region ?? null, source };
  if (entry.file !== undefined) return { kind: 'file', path: entry.file.path, source };
  throw new Error('A deliver target passed the schema without github, aws or file; the schema and the loader disagree.');
}
