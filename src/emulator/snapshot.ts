import type { TokenState } from '../domain/kinds/tba-token/token.js';
import type { AccountStore, TokenRecord } from './account-store.js';
import { certificateState, type CertificateRecord, type CertificateState } from './certificate-store.js';
import type { EmulatorCounters } from './counters.js';
import type { CertificateKeyAlgorithm } from './seed.js';

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

/** An M2M certificate as the emulator holds it: public facts only (no PEM, no key). */
export interface EmulatorCertificateSnapshot {
  readonly certificateId: string;
  readonly integrationId: string;
  readonly clientId: string | null;
  readonly application: string | null;
  readonly entityId: string;
  readonly user: string | null;
  readonly roleId: string;
  readonly role: string | null;
  readonly keyAlgorithm: CertificateKeyAlgorithm;
  /** ISO-8601 instants; validUntil after NetSuite's shortening to two years. */
  readonly validFrom: string;
  readonly validUntil: string;
  readonly created: string;
  readonly revokedAt: string | null;
  readonly state: CertificateState;
}

export interface EmulatorSnapshot {
  readonly account: string;
  readonly tokens: readonly EmulatorTokenSnapshot[];
  readonly certificates: readonly EmulatorCertificateSnapshot[];
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

export function certificateSnapshot(store: AccountStore, certificate: CertificateRecord, now: Date): EmulatorCertificateSnapshot {
  return {
    certificateId: certificate.id,
    integrationId: certificate.integrationId,
    clientId: store.integration(certificate.integrationId)?.consumerKey ?? null,
    application: store.displayName('integration', certificate.integrationId),
    entityId: certificate.entityId,
    user: store.displayName('entity', certificate.entityId),
    roleId: certificate.roleId,
    role: store.displayName('role', certificate.roleId),
    keyAlgorithm: certificate.keyAlgorithm,
    validFrom: certificate.validFrom.toISOString(),
    validUntil: certificate.validUntil.toISOString(),
    created: certificate.created.toISOString(),
    revokedAt: certificate.revokedAt?.toISOString() ?? null,
    state: certificateState(certificate, now),
  };
}
