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
export function schemaProblems(allErrors: readonly ErrorObject[], whole: string): SchemaProblem[] {
  const errors = withoutOneOfNoise(allErrors);
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

/**
 * A `oneOf` that no branch matched reports itself and every branch's errors: for `rotation: null |
 * {…}` with a bad state inside, "must be null", "must match exactly one schema in oneOf" and the state's
 * own error. When exactly one branch has the value's type (no `type` error at the value itself), that
 * branch is the one meant: only its errors are kept. A value of no branch's type gets one error naming
 * the types allowed ("must be null or object").
 */
function withoutOneOfNoise(errors: readonly ErrorObject[]): readonly ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  const merged = new Map<ErrorObject, ErrorObject>();
  for (const oneOf of errors) {
    // passingSchemas is null when no branch matched; a list when several did, which is no noise.
    if (oneOf.keyword !== 'oneOf' || oneOf.params['passingSchemas'] !== null) continue;
    const prefix = `${oneOf.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const error of errors) {
      const branch = error.schemaPath.startsWith(prefix) ? /^(\d+)\//.exec(error.schemaPath.slice(prefix.length))?.[1] : undefined;
      if (branch !== undefined) branches.set(branch, [...(branches.get(branch) ?? []), error]);
    }
    const isTypeError = (error: ErrorObject): boolean => error.keyword === 'type' && error.instancePath === oneOf.instancePath;
    const typed = [...branches.values()].filter((branch) => !branch.some(isTypeError));
    const meant = typed[0];
    if (typed.length === 1 && meant !== undefined) {
      dropped.add(oneOf);
      for (const branch of branches.values()) if (branch !== meant) for (const error of branch) dropped.add(error);
    } else if (typed.length === 0 && branches.size > 0) {
      // A value of no branch's type: one error naming every type allowed, in place of one per branch.
      const typeErrors = [...branches.values()].flatMap((branch) => branch.filter(isTypeError));
      const [first] = typeErrors;
      if (first === undefined) continue;
      dropped.add(oneOf);
      for (const error of typeErrors) dropped.add(error);
      merged.set(first, { ...first, params: { type: [...new Set(typeErrors.map((error) => String(error.params['type'])))].join(',') } });
    }
  }
  return errors.flatMap((error) => {
    const replacement = merged.get(error);
    if (replacement !== undefined) return [replacement];
    return dropped.has(error) ? [] : [error];
  });
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
