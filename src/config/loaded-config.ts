import type { SourcePosition } from '../domain/desired.js';
import type { ConfigProblem } from '../support/errors.js';
import type { DesiredFile } from './desired-file.js';
import type { DocumentPath } from './json-pointer.js';

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

/** A checked file with the positions later messages point at, whichever reader read it. */
export function loadedConfigFile(file: string, config: DesiredFile, sourceOf: (path: DocumentPath) => SourcePosition): LoadedConfigFile {
  return {
    file,
    config,
    accountSource: sourceOf(['account']),
    tokenSources: config.tokens.map((_, index) => sourceOf(['tokens', index])),
    certificateSources: (config.certificates ?? []).map((_, index) => sourceOf(['certificates', index])),
  };
}
