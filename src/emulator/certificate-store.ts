import type { KeyObject } from 'node:crypto';
import type { AccountStore } from './account-store.js';
import { inspectCertificatePem, shortenedValidity } from './certificate-inspection.js';
import type { CertificateKeyAlgorithm } from './seed.js';

/**
 * The account's OAuth 2.0 Client Credentials (M2M) Setup: one record per uploaded certificate, each
 * mapping an integration record to an entity and a role. Kept in memory, not in the SQL database:
 * NetSuite has no known SuiteQL table for these mappings (reference/netsuite-api.md §9).
 */
export interface CertificateRecord {
  /** The Certificate ID: base64url(SHA-256(DER)), the `kid` of client assertions. */
  readonly id: string;
  readonly integrationId: string;
  readonly entityId: string;
  readonly roleId: string;
  readonly keyAlgorithm: CertificateKeyAlgorithm;
  readonly publicKey: KeyObject;
  readonly pem: string;
  readonly validFrom: Date;
  /** After NetSuite's shortening to at most two years. */
  readonly validUntil: Date;
  readonly created: Date;
  readonly revokedAt: Date | null;
}

export type CertificateState = 'active' | 'expired' | 'revoked';

export function certificateState(certificate: CertificateRecord, now: Date): CertificateState {
  if (certificate.revokedAt !== null) return 'revoked';
  return certificate.validUntil.getTime() <= now.getTime() ? 'expired' : 'active';
}

/** NetSuite 2026.1: "a maximum of five active certificates for each integration record"; revoked ones are unlimited. */
export const MAX_ACTIVE_CERTIFICATES_PER_INTEGRATION = 5;

export interface MappingKey {
  readonly integrationId: string;
  readonly entityId: string;
  readonly roleId: string;
}

export type CertificateChange =
  | { readonly ok: true; readonly certificate: CertificateRecord }
  | { readonly ok: false; readonly problem: 'invalid-certificate' | 'duplicate' | 'capacity' | 'unknown-reference' | 'not-found' | 'not-active'; readonly message: string };

export class CertificateStore {
  private readonly records = new Map<string, CertificateRecord>();

  constructor(private readonly accounts: AccountStore) {}

  byId(id: string): CertificateRecord | undefined {
    return this.records.get(id);
  }

  /** In upload order. */
  all(): CertificateRecord[] {
    return [...this.records.values()];
  }

  ofMapping(mapping: MappingKey): CertificateRecord[] {
    return this.all().filter((record) => sameMapping(record, mapping));
  }

  activeCount(integrationId: string, now: Date): number {
    return this.all().filter((record) => record.integrationId === integrationId && certificateState(record, now) === 'active').length;
  }

  /** A seeded certificate, already checked by the seed's validation. */
  addSeeded(record: CertificateRecord): void {
    this.records.set(record.id, record);
  }

  /**
   * Uploads a certificate for a mapping, as the certificates API and the M2M Setup page do: the
   * certificate must be acceptable, new, current, and fit under the integration's five active ones.
   */
  upload(mapping: MappingKey, pemText: string, now: Date): CertificateChange {
    if (this.accounts.integration(mapping.integrationId) === undefined) return { ok: false, problem: 'unknown-reference', message: `There is no integration record ${mapping.integrationId}.` };
    if (!this.accounts.hasEntity(mapping.entityId)) return { ok: false, problem: 'unknown-reference', message: `There is no entity ${mapping.entityId}.` };
    if (!this.accounts.hasRole(mapping.roleId)) return { ok: false, problem: 'unknown-reference', message: `There is no role ${mapping.roleId}.` };
    const inspection = inspectCertificatePem(pemText);
    if (!inspection.ok) return { ok: false, problem: 'invalid-certificate', message: inspection.problem };
    const inspected = inspection.certificate;
    // [INF] NetSuite's answer to a certificate uploaded twice is unknown (reference/rotation.md §1.10):
    // refused here, naming the id, so a client whose upload reply was lost must list before uploading again.
    if (this.records.has(inspected.id)) {
      return { ok: false, problem: 'duplicate', message: `This certificate is already uploaded (certificate id ${inspected.id}); one certificate serves one combination of integration, entity and role, so upload a new one.` };
    }
    const validity = shortenedValidity(inspected);
    // [INF] NetSuite's reply to an expired certificate is not documented; it could never sign in.
    if (validity.validUntil.getTime() <= now.getTime()) return { ok: false, problem: 'invalid-certificate', message: `The certificate expired on ${validity.validUntil.toISOString()}; upload a current one.` };
    const active = this.activeCount(mapping.integrationId, now);
    if (active >= MAX_ACTIVE_CERTIFICATES_PER_INTEGRATION) {
      return {
        ok: false,
        problem: 'capacity',
        message: `The integration record already has ${active} active certificates, the most NetSuite allows (${MAX_ACTIVE_CERTIFICATES_PER_INTEGRATION}); revoke one before uploading another.`,
      };
    }
    const record: CertificateRecord = {
      id: inspected.id,
      integrationId: mapping.integrationId,
      entityId: mapping.entityId,
      roleId: mapping.roleId,
      keyAlgorithm: inspected.keyAlgorithm,
      publicKey: inspected.publicKey,
      pem: inspected.pem,
      ...validity,
      created: now,
      revokedAt: null,
    };
    this.records.set(record.id, record);
    return { ok: true, certificate: record };
  }

  /** Revocation is final, and "only active certificates can be revoked". */
  revoke(id: string, now: Date): CertificateChange {
    const record = this.records.get(id);
    if (record === undefined) return { ok: false, problem: 'not-found', message: `There is no certificate ${id}.` };
    const state = certificateState(record, now);
    if (state !== 'active') return { ok: false, problem: 'not-active', message: `Certificate ${id} is ${state}; only active certificates can be revoked.` };
    const revoked = { ...record, revokedAt: now };
    this.records.set(id, revoked);
    return { ok: true, certificate: revoked };
  }
}

export function sameMapping(a: MappingKey, b: MappingKey): boolean {
  return a.integrationId === b.integrationId && a.entityId === b.entityId && a.roleId === b.roleId;
}
