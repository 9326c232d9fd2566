import type { ErrorObject } from 'ajv';
import { fromJsonPointer, type DocumentPath } from '../config/json-pointer.js';

/**
 * A schema violation in words, pointed at by its path in the document; `at: 'key'` means the key of the
 * last segment (an unknown key), `at: 'value'` its value. For files the operator writes and reads back
 * (status, seeds); the desired-state file, which people write, has its own wording (config/schema-messages).
 */
export interface SchemaProblem {
  readonly path: DocumentPath;
  readonly at: 'key' | 'value';
  readonly message: string;
}

/**
 * One problem per distinct violation (ajv reports some twice), and one per mapping for all the keys it
 * lacks. `whole` names the document in messages about its top level, such as "The seed".
 */
export function schemaProblems(errors: readonly ErrorObject[], whole: string): SchemaProblem[] {
  const missingByPointer = new Map<string, Set<string>>();
  for (const error of errors) {
    if (error.keyword !== 'required') continue;
    const missing = missingByPointer.get(error.instancePath) ?? new Set<string>();
    missing.add(String(error.params['missingProperty']));
    missingByPointer.set(error.instancePath, missing);
  }
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // An if/then reports its `if` besides what the `then` requires; the "required" error says it all.
    if (error.keyword === 'if') continue;
    const problem = error.keyword === 'required'
      ? missingKeysProblem(fromJsonPointer(error.instancePath), [...(missingByPointer.get(error.instancePath) ?? [])], whole)
      : describe(error, whole);
    const key = `${problem.path.join('/')}|${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}

function missingKeysProblem(path: DocumentPath, missing: readonly string[], whole: string): SchemaProblem {
  const keys = missing.length === 1 ? `${missing.join('')}; add it` : `${missing.slice(0, -1).join(', ')} or ${missing.at(-1) ?? ''}; add them`;
  return { path, at: 'value', message: `${entryLabel(path, whole)} has no ${keys}.` };
}

function describe(error: ErrorObject, whole: string): SchemaProblem {
  const path = fromJsonPointer(error.instancePath);
  const subject = entryLabel(path, whole);
  const parent = error.parentSchema as { description?: string; properties?: Record<string, unknown> } | undefined;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params['additionalProperty']);
      const known = Object.keys(parent?.properties ?? {}).join(', ');
      return { path: [...path, key], at: 'key', message: `Unknown key "${key}"; the known keys here are ${known}.` };
    }
    case 'dependentRequired':
      return { path, at: 'value', message: `${entryLabel(path, whole)} has ${String(error.params['property'])} but no ${String(error.params['missingProperty'])}; give both or neither.` };
    case 'enum':
      return { path, at: 'value', message: `${subject} must be one of ${(error.params['allowedValues'] as unknown[]).map((value) => JSON.stringify(value)).join(', ')}.` };
    case 'const':
      return { path, at: 'value', message: `${subject} must be ${JSON.stringify(error.params['allowedValue'])}.` };
    case 'type':
      return { path, at: 'value', message: `${subject} must be ${String(error.params['type']).split(',').join(' or ')}.` };
    case 'pattern':
    case 'minimum':
    case 'maximum':
    case 'minLength':
    case 'maxLength':
      return { path, at: 'value', message: `${subject} is not valid: ${parent?.description ?? error.message ?? 'see the schema'}` };
    default:
      return { path, at: 'value', message: `${subject} ${error.message ?? 'is not valid'}.` };
  }
}

/** "Entry 2 of tokens" for an item of a list, else the key, or `whole` for the top level. */
function entryLabel(path: DocumentPath, whole: string): string {
  const collection = path.at(-2);
  const index = path.at(-1);
  if (typeof collection === 'string' && typeof index === 'number') return `Entry ${index + 1} of ${collection}`;
  return path.length === 0 ? whole : String(index);
}
