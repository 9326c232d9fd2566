import { loadValidator } from '../schemas/validators.js';
import type { DesiredFile } from './desired-file.js';
import type { DocumentProblem } from './document-problem.js';
import { describeSchemaError } from './schema-messages.js';

export type SchemaCheck =
  | { readonly valid: true; readonly file: DesiredFile }
  | { readonly valid: false; readonly problems: readonly DocumentProblem[] };

// Loaded with this module, so checking stays synchronous; compiled at build time from the schema with
// its $refs inlined (see scripts/validator-catalog.ts).
const checkDesiredState = await loadValidator('netsuite-tokens');

/** Checks data against schemas/netsuite-tokens.schema.json, reporting every violation. */
export function checkAgainstSchema(data: unknown): SchemaCheck {
  const check = checkDesiredState(data);
  if (check.valid) return { valid: true, file: check.value };
  const problems = check.errors.map(describeSchemaError).filter((problem) => problem !== null);
  return { valid: false, problems };
}
