import type { SourcePosition } from '../domain/desired.js';
import type { ConfigProblem } from '../support/errors.js';
import type { DesiredFile } from './desired-file.js';
import type { PositionOf } from './document-problem.js';
import type { DocumentPath } from './json-pointer.js';

export type { PositionOf } from './document-problem.js';

/** A desired-state file that passed the schema and the semantic rules. */
export interface LoadedConfigFile {
  /** The path as shown in messages: relative to the working directory when inside it. */
  readonly file: string;
  readonly config: DesiredFile;
  readonly accountSource: SourcePosition;
  /** Where each entry of `config.tokens` is written, by index. */
  readonly tokenSources: readonly SourcePosition[];
  readonly certificateSources: readonly SourcePosition[];
}

export type FileLoad =
  | { readonly ok: true; readonly loaded: LoadedConfigFile }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

/**
 * A checked file with the positions later messages point at, whichever reader read it. The pointers are
 * written out (keys and indexes that need no escaping) rather than built by json-pointer.ts, which would
 * cost the plain reader's path a module of its own in the bundle (issue 18).
 */
export function loadedConfigFile(file: string, config: DesiredFile, positionOf: PositionOf): LoadedConfigFile {
  const sourceOf = (path: DocumentPath, pointer: string): SourcePosition => {
    const { line, column } = positionOf(path);
    return { file, line, column, pointer };
  };
  return {
    file,
    config,
    accountSource: sourceOf(['account'], '/account'),
    tokenSources: config.tokens.map((_, index) => sourceOf(['tokens', index], `/tokens/${index}`)),
    certificateSources: (config.certificates ?? []).map((_, index) => sourceOf(['certificates', index], `/certificates/${index}`)),
  };
}
