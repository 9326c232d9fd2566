import type { UnmanagedPolicy } from '../domain/desired.js';
import type { TokenState } from '../domain/kinds/tba-token/token.js';
import type { EntryCredentialRefs } from '../secrets/entry-credentials.js';

/**
 * The desired-state file as written, after it passed schemas/netsuite-tokens.schema.json.
 * test/config/schema-types.test.ts fails when these types and the schema disagree.
 */
export interface DesiredFile {
  readonly version: 1;
  readonly account: string;
  readonly operator?: OperatorEntry;
  readonly policy?: PolicyEntry;
  readonly tokens: readonly DesiredTokenEntry[];
  readonly certificates?: readonly CertificateEntry[];
}

/** SPEC §11: one certificate mapping. */
export interface CertificateEntry {
  readonly mapping: string;
  readonly clientId: string;
  readonly entity: string;
  readonly role: string;
  readonly state: 'active' | 'revoked';
  readonly owner?: string;
  readonly protect?: boolean;
  /** env:NAME of the mapping's M2M bundle. */
  readonly credentials?: string;
  readonly rotation?: RotationEntry;
  readonly deliver?: readonly DeliveryEntry[];
}

export interface RotationEntry {
  readonly algorithm?: 'ec-p256' | 'ec-p384' | 'ec-p521' | 'rsa-3072' | 'rsa-4096';
  readonly validity?: string;
  readonly renewBefore?: string;
  readonly overlap?: string;
}

/** Exactly one of the three (the schema's min/maxProperties). */
export interface DeliveryEntry {
  readonly github?: { readonly repository?: string; readonly environment?: string; readonly secret: string };
  readonly aws?: { readonly secretId: string; readonly region?: string };
  readonly file?: { readonly path: string };
}

/** SPEC §14: this account's own operator sign-in and endpoints. */
export interface OperatorEntry {
  /** env:NAME of a credentials bundle. */
  readonly credentials?: string;
  readonly endpoints?: EndpointsEntry;
}

/** Origins, such as http://127.0.0.1:8080. */
export interface EndpointsEntry {
  readonly rest?: string;
  readonly restlets?: string;
  readonly ui?: string;
}

export interface PolicyEntry {
  readonly unmanaged?: UnmanagedPolicy;
  /** A duration such as `365d`. */
  readonly maxAge?: string;
  readonly unusedFor?: string;
  readonly maxChangesPerRun?: number;
}

/** One token entry; the schema requires `state` and at least one of `id` and `name`. */
export interface DesiredTokenEntry {
  readonly id?: string;
  readonly name?: string;
  readonly application?: string;
  readonly user?: string;
  readonly role?: string;
  readonly state: TokenState;
  readonly owner?: string;
  readonly protect?: boolean;
  readonly maxAge?: string;
  /** One env:NAME holding a TBA bundle, or four env:NAME references; never values. */
  readonly credentials?: EntryCredentialRefs;
  /** Where `rotate` delivers the new bundle (SPEC §13). */
  readonly deliver?: readonly DeliveryEntry[];
}
