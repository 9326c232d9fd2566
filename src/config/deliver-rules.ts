import type { DocumentProblem } from './document-problem.js';

/**
 * A `deliver:` list names each target once, for tokens and certificate mappings alike: a target listed
 * twice would be written twice per rotation, and the second write would only race the first. Targets
 * are compared as values, whatever order their keys are written in.
 */
export function repeatedTargets(deliver: unknown, at: (...rest: (string | number)[]) => (string | number)[]): DocumentProblem[] {
  if (!Array.isArray(deliver)) return [];
  const seen = new Set<string>();
  const problems: DocumentProblem[] = [];
  deliver.forEach((target: unknown, index) => {
    const key = canonicalJson(target);
    if (seen.has(key)) problems.push({ path: at('deliver', index), at: 'value', message: 'This deliver target is listed twice; list each target once.' });
    seen.add(key);
  });
  return problems;
}

/** JSON with every object's keys sorted, so equal values give equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Readonly<Record<string, unknown>>;
    return `{${Object.keys(record).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
