import type { SourcePosition } from '../domain/desired.js';
import type { ConfigProblem } from '../support/errors.js';
import { targetPath } from './deliver-rules.js';
import type { DeliveryEntry, DesiredFile } from './desired-file.js';
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
  /** Where each token entry's deliver targets are written (deliver-rules.ts `targetPath`), by entry and target index. */
  readonly tokenTargetSources: readonly (readonly SourcePosition[])[];
  /** Where each mapping's deliver targets are written, by mapping and target index. */
  readonly certificateTargetSources: readonly (readonly SourcePosition[])[];
  /** Where each mapping's `credentials:` reference is written; null for a mapping without one. */
  readonly certificateCredentialSources: readonly (SourcePosition | null)[];
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
  const targetSources = (entry: 'tokens' | 'certificates', index: number, deliver: readonly DeliveryEntry[] | undefined): SourcePosition[] =>
    (deliver ?? []).map((target, item) => {
      const path = targetPath([entry, index], item, target);
      return sourceOf(path, `/${path.join('/')}`);
    });
  const certificates = config.certificates ?? [];
  return {
    file,
    config,
    accountSource: sourceOf(['account'], '/account'),
    tokenSources: config.tokens.map((_, index) => sourceOf(['tokens', index], `/tokens/${index}`)),
    certificateSources: certificates.map((_, index) => sourceOf(['certificates', index], `/certificates/${index}`)),
    tokenTargetSources: config.tokens.map((entry, index) => targetSources('tokens', index, entry.deliver)),
    certificateTargetSources: certificates.map((entry, index) => targetSources('certificates', index, entry.deliver)),
    certificateCredentialSources: certificates.map((entry, index) => (entry.credentials === undefined ? null : sourceOf(['certificates', index, 'credentials'], `/certificates/${index}/credentials`))),
  };
}
