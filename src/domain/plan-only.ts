import type { Subject } from './subject.js';

/**
 * SPEC §14/§15 `--only SUBJECT`: a run narrowed to some subjects. A value names the account (all of
 * it), a token by its internal id, or (with M2M certificates) a mapping by its name. Planning keeps
 * the changes and findings of the subjects named; the guards still see the whole account.
 */

/** Account ids compare in realm form: `1234567-sb1` names `1234567_SB1`. */
function realm(value: string): string {
  return value.trim().toUpperCase().replaceAll('-', '_');
}

/** The names `--only` may use for a subject. */
function namesOf(subject: Subject): readonly string[] {
  switch (subject.kind) {
    case 'tba-token':
      return subject.id === null ? [] : [subject.id];
    // A mapping by its name, or one of its certificates by id.
    case 'm2m-certificate':
      return subject.id === null ? [subject.name] : [subject.name, subject.id];
  }
}

/** Null when the run is not narrowed in this account (no --only, or one names the account); else whether a subject is kept. */
export function onlySelection(only: readonly string[], account: string): ((subject: Subject) => boolean) | null {
  if (only.length === 0 || only.some((value) => realm(value) === realm(account))) return null;
  const wanted = new Set(only.map((value) => value.trim()));
  return (subject) => namesOf(subject).some((name) => wanted.has(name));
}
