import { formatDuration, parseDuration } from '../domain/duration.js';
import { quoteValue } from './describe-value.js';
import type { DocumentProblem, LineOf } from './document-problem.js';

/** NetSuite shortens a longer certificate validity to two years (reference §7.5). */
export const MAX_VALIDITY_MS = 730 * 86_400_000;

/** SPEC §11: a validity is 1d..730d. */
const MIN_VALIDITY_MS = 86_400_000;

/**
 * SPEC §11's rules for `certificates:` that JSON Schema cannot express: a mapping name once, a
 * (clientId, entity, role) once, `rotation` only with credentials and at least one target, a validity
 * of 1d to 730d (NetSuite keeps no more), and an overlap shorter than the validity. Deliver targets
 * are checked file-wide in deliver-rules.ts. Runs on the raw data, valid or not, so every problem is
 * reported at once.
 */
export function checkCertificateRules(data: unknown, lineOf: LineOf): DocumentProblem[] {
  if (!isRecord(data) || !Array.isArray(data['certificates'])) return [];
  const problems: DocumentProblem[] = [];
  const byName = new Map<string, number>();
  const byTriple = new Map<string, number>();
  data['certificates'].forEach((entry: unknown, index) => {
    if (!isRecord(entry)) return;
    const at = (...rest: (string | number)[]): (string | number)[] => ['certificates', index, ...rest];
    const name = entry['mapping'];
    if (typeof name === 'string') {
      const first = byName.get(name);
      if (first === undefined) byName.set(name, index);
      else problems.push({ path: at('mapping'), at: 'value', message: `mapping ${quoteValue(name)} is already declared at line ${lineOf(['certificates', first])}; give each mapping its own name.` });
    }
    const { clientId, entity, role } = entry;
    if (typeof clientId === 'string' && typeof entity === 'string' && typeof role === 'string') {
      const triple = JSON.stringify([clientId, entity, role]);
      const first = byTriple.get(triple);
      if (first === undefined) byTriple.set(triple, index);
      else problems.push({ path: at('clientId'), at: 'value', message: `This clientId, entity and role are already declared by the mapping at line ${lineOf(['certificates', first])}; one certificate serves one integration, entity and role, so merge the two entries.` });
    }
    problems.push(...rotationProblems(entry, at));
  });
  return problems;
}

function rotationProblems(entry: Readonly<Record<string, unknown>>, at: (...rest: (string | number)[]) => (string | number)[]): DocumentProblem[] {
  const rotation = entry['rotation'];
  if (!isRecord(rotation)) return [];
  const problems: DocumentProblem[] = [];
  if (entry['credentials'] === undefined) {
    problems.push({ path: at('rotation'), at: 'key', message: "rotation needs credentials: the operator uploads the new certificate with the mapping's own token; add credentials: env:NAME (the mapping's bundle)." });
  }
  if (!Array.isArray(entry['deliver']) || entry['deliver'].length === 0) {
    problems.push({ path: at('rotation'), at: 'key', message: 'rotation needs at least one deliver target: a new key that reaches no consumer is useless; add deliver: with a github, aws or file target.' });
  }
  const validityText = typeof rotation['validity'] === 'string' ? rotation['validity'] : null;
  const validity = validityText === null ? null : parseDuration(validityText);
  if (validityText !== null && validity !== null && validity > MAX_VALIDITY_MS) {
    problems.push({ path: at('rotation', 'validity'), at: 'value', message: `validity ${quoteValue(validityText)} is longer than NetSuite keeps (730d, two years); use 730d or less.` });
  }
  if (validityText !== null && validity !== null && validity < MIN_VALIDITY_MS) {
    problems.push({ path: at('rotation', 'validity'), at: 'value', message: `validity ${quoteValue(validityText)} is shorter than a day, but a certificate is valid for at least 1d; use 1d to 730d, such as 365d.` });
  }
  const overlapText = typeof rotation['overlap'] === 'string' ? rotation['overlap'] : null;
  const overlap = overlapText === null ? null : overlapMs(overlapText);
  const effectiveValidity = validity ?? 365 * 86_400_000;
  if (overlapText !== null && overlap !== null && overlap >= effectiveValidity) {
    problems.push({ path: at('rotation', 'overlap'), at: 'value', message: `overlap ${quoteValue(overlapText)} is not shorter than the certificate's validity (${formatDuration(effectiveValidity)}); the old certificate must be retired while the new one is valid.` });
  }
  return problems;
}

/** `0d` is allowed for overlap only (retire in the same run). */
export function overlapMs(text: string): number | null {
  return /^0[hdw]$/.test(text) ? 0 : parseDuration(text);
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
