import type { DesiredFile } from '../config/desired-file.js';
import validate from './generated/netsuite-tokens-check.validator.js';

/**
 * Whether data is a valid desired-state file (schemas/netsuite-tokens.schema.json): the verdict only,
 * from the `netsuite-tokens-check` validator. Imported, not loaded by name through validators.ts, so the
 * bundle puts it in the chunk of the code that reads plain files: `validate` loads fewer modules (issue 18).
 */
export function isDesiredStateFile(data: unknown): data is DesiredFile {
  return validate(data);
}
