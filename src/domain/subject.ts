/**
 * What a change, finding or status row is about: a credential of one kind, named well enough for a
 * person to find it. Every kind joins the `Subject` union; `subjectKey` keys them everywhere (guards,
 * history, results) so an id of one kind can never be taken for an id of another.
 */

export const SUBJECT_KINDS = ['tba-token'] as const;
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

export type Subject = TbaTokenSubject;

/** `tba-token:4711`: one key space for every kind. */
export function subjectKey(kind: SubjectKind, id: string): string {
  return `${kind}:${id}`;
}

/** The key of a subject that has an id; null for one that does not (an unmatched entry). */
export function keyOf(subject: Subject): string | null {
  return subject.id === null ? null : subjectKey(subject.kind, subject.id);
}
