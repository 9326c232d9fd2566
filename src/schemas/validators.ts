import type { ErrorObject, ValidateFunction } from 'ajv';
import type { DesiredFile } from '../config/desired-file.js';
import type { StatusFile } from '../domain/status.js';

/**
 * What each validator accepts, by name. Seeds stay unknown after validation because YAML lets ids be
 * numbers (seed-validation normalises them); a plan stays unknown until its reader gives it a type.
 */
export interface ValidatedData {
  readonly 'netsuite-tokens': DesiredFile;
  readonly status: StatusFile;
  readonly plan: unknown;
  readonly 'plan-v1': unknown;
  readonly 'emulator-seed': unknown;
  readonly 'emulator-login-audit-row': unknown;
}

export type ValidatorName = keyof ValidatedData;

/** Schema file of each validator, for messages that tell people where the format is written down. */
export const SCHEMA_FILES: Readonly<Record<ValidatorName, string>> = {
  'netsuite-tokens': 'schemas/netsuite-tokens.schema.json',
  status: 'schemas/status.schema.json',
  plan: 'schemas/plan.schema.json',
  'plan-v1': 'schemas/plan-v1.schema.json',
  'emulator-seed': 'schemas/emulator-seed.schema.json',
  'emulator-login-audit-row': 'schemas/emulator-seed.schema.json',
};

/**
 * One dynamic import per validator, so a command loads only the validators it uses (the bundler
 * gives each its own chunk): `validate` must not pay for parsing the plan, status and seed ones.
 */
const MODULES: Readonly<Record<ValidatorName, () => Promise<{ default: ValidateFunction }>>> = {
  'netsuite-tokens': () => import('./generated/netsuite-tokens.validator.js'),
  status: () => import('./generated/status.validator.js'),
  plan: () => import('./generated/plan.validator.js'),
  'plan-v1': () => import('./generated/plan-v1.validator.js'),
  'emulator-seed': () => import('./generated/emulator-seed.validator.js'),
  'emulator-login-audit-row': () => import('./generated/emulator-login-audit-row.validator.js'),
};

/**
 * The validator for one of schemas/, compiled at build time (scripts/compile-schemas.mjs) with every
 * error reported (allErrors) and the offending value and parent schema in each (verbose). The
 * desired-state schema's verdict-only validator is imported, not loaded by name: desired-state-check.ts.
 */
export async function loadValidator<N extends ValidatorName>(name: N): Promise<SchemaValidator<ValidatedData[N]>> {
  const validate = (await MODULES[name]()).default as ValidateFunction<ValidatedData[N]>;
  return (data) => (validate(data) ? { valid: true, value: data } : { valid: false, errors: [...(validate.errors ?? [])] });
}

/** Checks one value; the errors are a copy, so the next check does not overwrite them. */
export type SchemaValidator<T> = (data: unknown) => SchemaCheck<T>;

export type SchemaCheck<T> =
  | { readonly valid: true; readonly value: T }
  | { readonly valid: false; readonly errors: readonly ErrorObject[] };
