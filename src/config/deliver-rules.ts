import { isAbsolute, normalize, resolve } from 'node:path';
import { quoteValue } from './describe-value.js';
import type { DocumentProblem, PositionOf } from './document-problem.js';
import type { DocumentPath } from './json-pointer.js';

/**
 * SPEC §11 "deliver targets unique", file-wide: every deliver target of the file (of token entries and
 * certificate mappings alike) names a place no other target names. Two credentials delivered to one
 * place would overwrite each other's bundle, so the consumers of one would read the other's; one
 * target listed twice would be written twice per rotation, the second write only racing the first.
 *
 * Targets are compared as the stores see them: a file by its path resolved against the desired-state
 * file's directory (`directory`; when it is not known, relative paths are compared with each other,
 * normalised, and absolute paths with each other); a GitHub secret by repository and environment,
 * ignoring case, and secret name, ignoring case (GitHub stores names upper-case); an AWS secret by
 * secret id and region. Runs on the raw data, valid or not: a target the schema refuses is compared as
 * written.
 */
export function repeatedTargets(data: unknown, positionOf: PositionOf, directory: string | null): DocumentProblem[] {
  const first = new Map<string, DeclaredTarget>();
  const problems: DocumentProblem[] = [];
  for (const declared of declaredTargets(data)) {
    const identity = identityOf(declared.target, directory);
    const earlier = first.get(identity);
    if (earlier === undefined) {
      first.set(identity, declared);
      continue;
    }
    problems.push({ path: declared.at, at: 'value', message: repeatedMessage(declared, earlier, positionOf, directory) });
  }
  return problems;
}

/**
 * Where a target is written, for messages about it: a file target at its `path:` value (what a person
 * corrects), any other at the target's item in `deliver:`.
 */
export function targetPath(entryPath: DocumentPath, index: number, target: unknown): DocumentPath {
  const item = [...entryPath, 'deliver', index];
  return isRecord(target) && isRecord(target['file']) && typeof target['file']['path'] === 'string' ? [...item, 'file', 'path'] : item;
}

interface DeclaredTarget {
  /** Where the target is written (targetPath). */
  readonly at: DocumentPath;
  readonly target: unknown;
  /** The entry whose list it is in: `/certificates/0`. */
  readonly entry: string;
  /** That entry, as a message names it: `mapping "expense-sync"`. */
  readonly owner: string;
}

function declaredTargets(data: unknown): DeclaredTarget[] {
  if (!isRecord(data)) return [];
  return (['tokens', 'certificates'] as const).flatMap((collection) => {
    const entries = data[collection];
    if (!Array.isArray(entries)) return [];
    return entries.flatMap((entry: unknown, index): DeclaredTarget[] => {
      if (!isRecord(entry) || !Array.isArray(entry['deliver'])) return [];
      const owner = ownerOf(collection, entry);
      return entry['deliver'].map((target: unknown, item) => ({ at: targetPath([collection, index], item, target), target, entry: `/${collection}/${index}`, owner }));
    });
  });
}

function ownerOf(collection: 'tokens' | 'certificates', entry: Readonly<Record<string, unknown>>): string {
  if (collection === 'certificates') return typeof entry['mapping'] === 'string' ? `mapping ${quoteValue(entry['mapping'])}` : 'a certificate mapping';
  if (typeof entry['id'] === 'string') return `token ${quoteValue(entry['id'])}`;
  return typeof entry['name'] === 'string' ? `token ${quoteValue(entry['name'])}` : 'a token entry';
}

/** What makes two targets one place; a target of no known shape is compared as written. */
function identityOf(target: unknown, directory: string | null): string {
  const github = field(target, 'github');
  if (github !== null && typeof github['secret'] === 'string') {
    return JSON.stringify(['github', lowerOrNull(github['repository']), lowerOrNull(github['environment']), github['secret'].toUpperCase()]);
  }
  const aws = field(target, 'aws');
  if (aws !== null && typeof aws['secretId'] === 'string') return JSON.stringify(['aws', aws['secretId'], stringOrNull(aws['region'])]);
  const file = field(target, 'file');
  if (file !== null && typeof file['path'] === 'string' && file['path'] !== '') return JSON.stringify(['file', ...filePlace(file['path'], directory)]);
  return JSON.stringify(['as written', canonicalJson(target)]);
}

/** Where a file target's path leads: absolute when the file's directory is known or the path is absolute. */
function filePlace(path: string, directory: string | null): [kind: 'absolute' | 'relative', place: string] {
  if (directory !== null) return ['absolute', resolve(directory, path)];
  return isAbsolute(path) ? ['absolute', normalize(path)] : ['relative', normalize(path)];
}

function repeatedMessage(declared: DeclaredTarget, earlier: DeclaredTarget, positionOf: PositionOf, directory: string | null): string {
  const { line, column } = positionOf(earlier.at);
  const where = `line ${line}, column ${column}`;
  const same = sameNote(declared.target, earlier.target, directory);
  if (declared.entry === earlier.entry) return `This deliver target is already listed at ${where}${same}; list each target once.`;
  return `This deliver target is already a deliver target of ${earlier.owner} at ${where}${same}; two credentials delivered to one place overwrite each other's bundle, so give this one ${ownPlace(declared.target)}.`;
}

/** Why two targets written differently are one place; empty when they are written alike. */
function sameNote(target: unknown, earlier: unknown, directory: string | null): string {
  if (canonicalJson(target) === canonicalJson(earlier)) return '';
  const file = field(target, 'file');
  const earlierFile = field(earlier, 'file');
  if (file !== null && earlierFile !== null && typeof file['path'] === 'string' && typeof earlierFile['path'] === 'string') {
    const [, place] = filePlace(file['path'], directory);
    return ` (written there as ${quoteValue(earlierFile['path'])}; both are the file ${place})`;
  }
  if (field(target, 'github') !== null) return ' (written differently there, but GitHub ignores the case of repository, environment and secret names)';
  return ' (written differently there)';
}

function ownPlace(target: unknown): string {
  if (field(target, 'file') !== null) return 'a path of its own';
  if (field(target, 'github') !== null) return 'a secret of its own';
  if (field(target, 'aws') !== null) return 'a secretId of its own';
  return 'a place of its own';
}

function field(target: unknown, kind: 'github' | 'aws' | 'file'): Readonly<Record<string, unknown>> | null {
  if (!isRecord(target)) return null;
  const value = target[kind];
  return isRecord(value) ? value : null;
}

function lowerOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value.toLowerCase() : null;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with every object's keys sorted, so equal values give equal text. */
function canonicalJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Readonly<Record<string, unknown>>;
    return `{${Object.keys(record).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
