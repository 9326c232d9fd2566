import type { ValidateFunction } from 'ajv';
import type { DesiredFile } from '../config/desired-file.js';
import validate from './generated/netsuite-tokens-check.validator.js';
import { schemaValidator } from './validators.js';

/**
 * The desired-state schema's verdict only (the `netsuite-tokens-check` validator), imported, not loaded
 * by name: the bundle then puts it in the chunk of the code that reads plain files, and `validate`
 * loads one module less, in the same step as the rest (issue 18).
 */
export const checkDesiredStateSchema = schemaValidator(validate as ValidateFunction<DesiredFile>);
