import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { DesiredFile } from './desired-file.js';
import type { DocumentProblem } from './document-problem.js';
import { inlineLocalRefs } from './inline-refs.js';
import { DESIRED_STATE_SCHEMA } from './schema.js';
import { describeSchemaError } from './schema-messages.js';

let compiled: ValidateFunction<DesiredFile> | undefined;

/**
 * Compiled on first use and kept for the life of the process: compiling costs more than validating.
 * `strictRequired` is off because the token's `anyOf` requires properties declared beside it, not in it.
 * `verbose` gives messages the offending value and the parent schema (for "did you mean").
 * The schema is compiled with its $refs inlined: see inlineLocalRefs for why.
 */
function validator(): ValidateFunction<DesiredFile> {
  compiled ??= new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false })
    .compile<DesiredFile>(inlineLocalRefs(DESIRED_STATE_SCHEMA));
  return compiled;
}

export type SchemaCheck =
  | { readonly valid: true; readonly file: DesiredFile }
  | { readonly valid: false; readonly problems: readonly DocumentProblem[] };

/** Checks data against schemas/netsuite-tokens.schema.json, reporting every violation. */
export function checkAgainstSchema(data: unknown): SchemaCheck {
  const validate = validator();
  if (validate(data)) return { valid: true, file: data };
  const problems = (validate.errors ?? []).map(describeSchemaError).filter((problem) => problem !== null);
  return { valid: false, problems };
}
