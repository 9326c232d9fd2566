import type { DocumentProblem, LineOf, PositionOf } from './document-problem.js';
export type { LineOf, PositionOf } from './document-problem.js';
import { quoteValue } from './describe-value.js';
import { checkCertificateRules } from './certificate-rules.js';
import { repeatedTargets } from './deliver-rules.js';


interface EntryIdentity {
  readonly index: number;
  readonly id: string | null;
  readonly name: string | null;
}

/**
 * The rules JSON Schema cannot express (SPEC §3, §11): a token id is declared once, two entries may
 * share a name only when both pin an id, the certificate rules, and no two deliver targets of the file
 * name one place. `directory` is the desired-state file's, which `file` targets are relative to (null
 * when unknown: see repeatedTargets). Runs on the raw data, valid or not, so every problem is reported
 * at once.
 */
export function checkSemanticRules(data: unknown, positionOf: PositionOf, directory: string | null): DocumentProblem[] {
  const lineOf: LineOf = (path) => positionOf(path).line;
  const entries = tokenEntries(data);
  return [...duplicateIds(entries, lineOf), ...ambiguousNames(entries, lineOf), ...repeatedTargets(data, positionOf, directory), ...checkCertificateRules(data, lineOf)];
}

function tokenEntries(data: unknown): EntryIdentity[] {
  if (!isRecord(data) || !Array.isArray(data['tokens'])) return [];
  return data['tokens'].map((entry: unknown, index) => ({
    index,
    id: isRecord(entry) && typeof entry['id'] === 'string' ? entry['id'] : null,
    name: isRecord(entry) && typeof entry['name'] === 'string' ? entry['name'] : null,
  }));
}

function duplicateIds(entries: readonly EntryIdentity[], lineOf: LineOf): DocumentProblem[] {
  const firstById = new Map<string, EntryIdentity>();
  const problems: DocumentProblem[] = [];
  for (const entry of entries) {
    if (entry.id === null) continue;
    const first = firstById.get(entry.id);
    if (first === undefined) {
      firstById.set(entry.id, entry);
      continue;
    }
    problems.push({
      path: ['tokens', entry.index, 'id'],
      at: 'value',
      message: `id ${quoteValue(entry.id)} is already declared by the entry at line ${lineOf(['tokens', first.index])}; declare each token once, so merge the two entries.`,
    });
  }
  return problems;
}

function ambiguousNames(entries: readonly EntryIdentity[], lineOf: LineOf): DocumentProblem[] {
  const earlierByName = new Map<string, { readonly first: EntryIdentity; firstWithoutId: EntryIdentity | null }>();
  const problems: DocumentProblem[] = [];
  for (const entry of entries) {
    if (entry.name === null) continue;
    const earlier = earlierByName.get(entry.name);
    if (earlier === undefined) {
      earlierByName.set(entry.name, { first: entry, firstWithoutId: entry.id === null ? entry : null });
      continue;
    }
    // Sharing a name is fine only between entries that both pin an id.
    const clash = entry.id === null ? earlier.first : earlier.firstWithoutId;
    if (entry.id === null) earlier.firstWithoutId ??= entry;
    if (clash === null) continue;
    problems.push({
      path: ['tokens', entry.index, 'name'],
      at: 'value',
      message: `name ${quoteValue(entry.name)} is also used by the entry at line ${lineOf(['tokens', clash.index])}; two entries may share a name only when both pin an id, so add id: to both.`,
    });
  }
  return problems;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
