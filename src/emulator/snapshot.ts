import type { TokenState } from '../domain/kinds/tba-token/token.js';
import type { AccountStore, TokenRecord } from './account-store.js';
import type { EmulatorCounters } from './counters.js';

/** A token as the emulator holds it, with ids and display names; no secrets. */
export interface EmulatorTokenSnapshot {
  readonly id: string;
  readonly name: string;
  readonly integrationId: string;
  readonly application: string | null;
  readonly entityId: string;
  readonly user: string | null;
  readonly roleId: string;
  readonly role: string | null;
  readonly createdBy: string | null;
  /** ISO-8601 instants. */
  readonly created: string;
  readonly revokedAt: string | null;
  readonly inactive: boolean;
  readonly revoked: boolean;
  readonly state: TokenState;
}

export interface EmulatorSnapshot {
  readonly account: string;
  readonly tokens: readonly EmulatorTokenSnapshot[];
  readonly loginAuditRows: number;
  readonly counters: EmulatorCounters;
}

export function tokenSnapshot(store: AccountStore, token: TokenRecord): EmulatorTokenSnapshot {
  return {
    id: token.id,
    name: token.name,
    integrationId: token.integrationId,
    application: store.displayName('integration', token.integrationId),
    entityId: token.entityId,
    user: store.displayName('entity', token.entityId),
    roleId: token.roleId,
    role: store.displayName('role', token.roleId),
    createdBy: token.createdBy,
    created: token.created.toISOString(),
    revokedAt: token.revokedAt?.toISOString() ?? null,
    inactive: token.inactive,
    revoked: token.revoked,
    state: token.state,
  };
}
