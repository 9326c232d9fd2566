/**
 * What a change, finding or status row is about: a credential of one kind, named well enough for a
 * person to find it. Every kind joins the `Subject` union; `subjectKey` keys them everywhere (guards,
 * history, results) so an id of one kind can never be taken for an id of another.
 */

export const SUBJECT_KINDS = ['tba-token', 'm2m-certificate'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** A TBA access token (SPEC §2). `id` is null only for a declared entry that matched no single token. */
export interface TbaTokenSubject {
  readonly kind: 'tba-token';
  readonly id: string | null;
  readonly name: string | null;
  readonly application: string | null;
  readonly user: string | null;
  readonly role: string | null;
}

/**
 * A certificate of an OAuth 2.0 client-credentials mapping (SPEC §11). `name` is the mapping's name in
 * the file, its identity everywhere; `id` is the certificate id, null for a change or finding about
 * the mapping as a whole (no certificate, or none could be observed).
 */
export interface M2mCertificateSubject {
  readonly kind: 'm2m-certificate';
  readonly id: string | null;
  readonly name: string;
  readonly clientId: string;
  /** Internal ids of the entity and role the mapping signs in as. */
  readonly entity: string;
  readonly role: string;
  /** The integration's name, when NetSuite showed it. */
  readonly application: string | null;
}

export type Subject = TbaTokenSubject | M2mCertificateSubject;

/** `tba-token:4711`: one key space for every kind. */
export function subjectKey(kind: SubjectKind, id: string): string {
  return `${kind}:${id}`;
}

/** A certificate is keyed by its mapping and its id (`m2m-certificate:expense-sync/Abc…`), a mapping as a whole by its name alone. */
export function certificateKey(mapping: string, certificateId: string | null): string {
  return subjectKey('m2m-certificate', `${mapping}/${certificateId ?? ''}`);
}

/** The key of a subject; null for a token entry that matched no single token. */
export function keyOf(subject: Subject): string | null {
  switch (subject.kind) {
    case 'tba-token':
      return subject.id === null ? null : subjectKey(subject.kind, subject.id);
    case 'm2m-certificate':
      return certificateKey(subject.name, subject.id);
  }
}
