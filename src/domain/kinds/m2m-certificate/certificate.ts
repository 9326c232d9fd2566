import type { DesiredMapping } from '../../desired.js';
import type { M2mCertificateSubject } from '../../subject.js';
import type { RotationJournal } from './rotation-journal.js';

/**
 * What NetSuite holds for an OAuth 2.0 client-credentials mapping (SPEC §11): the certificates its
 * integration record lists through the certificates API, read with the mapping's own access token.
 */

export const CERTIFICATE_STATES = ['active', 'expired', 'revoked'] as const;
export type CertificateState = (typeof CERTIFICATE_STATES)[number];

export interface ObservedCertificate {
  readonly certificateId: string;
  readonly algorithm: string | null;
  /** ISO-8601 instants, or null where NetSuite gave none. */
  readonly validFrom: string | null;
  readonly validUntil: string | null;
  readonly created: string | null;
  readonly revoked: boolean;
  /** The integration's name, and the internal ids of the entity and role the certificate is mapped to. */
  readonly application: string | null;
  readonly entity: string | null;
  readonly role: string | null;
}

/**
 * How a declared mapping could be observed: its certificates; not at all, because its credentials do
 * not resolve (only its own token may list them); or NetSuite refused (a 403 without the "Manage own
 * OAuth 2.0 Client Credentials certificates" permission, a refused grant).
 */
export type MappingObservation =
  | { readonly status: 'observed'; readonly certificates: readonly ObservedCertificate[] }
  | { readonly status: 'unobservable'; readonly missing: readonly string[] }
  | { readonly status: 'refused'; readonly reason: string }
  /** Declared revoked and recorded as all revoked: no sign-in is attempted (its certificates cannot sign in). */
  | { readonly status: 'retired' };

export interface ObservedMapping {
  readonly mapping: string;
  readonly clientId: string;
  readonly observation: MappingObservation;
}

/** SPEC §11: revoked if revoked, else expired once `validUntil` has passed, else active. */
export function certificateState(certificate: Pick<ObservedCertificate, 'revoked' | 'validUntil'>, now: Date): CertificateState {
  if (certificate.revoked) return 'revoked';
  const until = certificate.validUntil === null ? Number.NaN : Date.parse(certificate.validUntil);
  return !Number.isNaN(until) && until <= now.getTime() ? 'expired' : 'active';
}

export function certificateSubject(
  mapping: { readonly mapping: string; readonly clientId: string; readonly entity: string; readonly role: string },
  certificate: Pick<ObservedCertificate, 'certificateId' | 'application'> | null,
): M2mCertificateSubject {
  return {
    kind: 'm2m-certificate',
    id: certificate?.certificateId ?? null,
    name: mapping.mapping,
    clientId: mapping.clientId,
    entity: mapping.entity,
    role: mapping.role,
    application: certificate?.application ?? null,
  };
}

/**
 * The certificate the mapping's consumers use: a delivered rotation's new one, else the bundle's when it
 * is active, else the one valid longest.
 */
export function currentCertificate(entry: DesiredMapping, active: readonly ObservedCertificate[], rotation: RotationJournal | null): ObservedCertificate {
  const delivered = rotation?.state === 'delivered' ? active.find((certificate) => certificate.certificateId === rotation.certificateId) : undefined;
  if (delivered !== undefined) return delivered;
  const bundled = active.find((certificate) => certificate.certificateId === entry.bundleCertificateId);
  if (bundled !== undefined) return bundled;
  return [...active].sort((a, b) => (b.validUntil ?? '').localeCompare(a.validUntil ?? '') || a.certificateId.localeCompare(b.certificateId))[0] as ObservedCertificate;
}
