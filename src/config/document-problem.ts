import type { DocumentPath } from './json-pointer.js';

/**
 * A problem found in a parsed document, before it is given a line and column. `at: 'key'` points at
 * the key of the last path segment (an unknown key), `at: 'value'` at its value.
 */
export interface DocumentProblem {
  readonly path: DocumentPath;
  readonly at: 'key' | 'value';
  readonly message: string;
}

/** The line a path is written on, so a message can point back at an earlier entry. */
export type LineOf = (path: DocumentPath) => number;
