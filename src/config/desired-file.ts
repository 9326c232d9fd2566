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
}
