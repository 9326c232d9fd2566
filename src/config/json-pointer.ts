/** A path into the document: mapping keys and list indexes, from the root. */
export type DocumentPath = readonly (string | number)[];

/** RFC 6901 JSON pointer for a path ('' is the whole document). */
export function toJsonPointer(path: DocumentPath): string {
  return path.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** The path a JSON pointer (as ajv's instancePath) names; digit-only segments are list indexes. */
export function fromJsonPointer(pointer: string): DocumentPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((segment) => (/^(?:0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}
