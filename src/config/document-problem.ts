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

/** Where a path is written: 1-based line and column; a message can point back at an earlier entry. */
export type PositionOf = (path: DocumentPath) => { readonly line: number; readonly column: number };

/** The line a path is written on. */
export type LineOf = (path: DocumentPath) => number;
