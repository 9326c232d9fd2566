import type { Options } from 'ajv';

/**
 * Every validator the operator uses, compiled at build time by scripts/compile-schemas.mjs into
 * src/schemas/generated/<name>.validator.js and loaded by src/schemas/validators.ts. Compiling a
 * schema costs far more than validating with it, and it would cost it on every start.
 */
export interface ValidatorSpec {
  /** File name under src/schemas/generated/ (without .validator.js) and the name validatorFor takes. */
  readonly name: string;
  readonly schemaFile: string;
  /** A JSON pointer into the schema for a sub-schema ('' for the whole schema). */
  readonly pointer: string;
  /**
   * Compile a copy with local $refs inlined (see inline-local-refs.ts): one pass over a file with many
   * bad entries, and errors whose parentSchema is the property as written (messages read its keys).
   */
  readonly inlineRefs: boolean;
  readonly options: Options;
}

/**
 * allErrors: a file's problems are reported all at once. verbose: messages need the offending value
 * and the parent schema (for known keys, "did you mean" and descriptions).
 */
const REPORT_EVERYTHING: Options = { allErrors: true, verbose: true, strict: true };

/**
 * Only whether the data is valid: stops at the first error and builds no messages, and with the $refs
 * kept, ajv gives each definition its own function, so V8 compiles only the ones a file uses. About half
 * the start-up cost of a REPORT_EVERYTHING validator; for the files that are valid, as most are (issue 18).
 */
const CHECK_ONLY: Options = { allErrors: false, verbose: false, messages: false, strict: true };

export const VALIDATORS: readonly ValidatorSpec[] = [
  // strictRequired is off because the token's anyOf requires properties declared beside it, not in it.
  { name: 'netsuite-tokens', schemaFile: 'schemas/netsuite-tokens.schema.json', pointer: '', inlineRefs: true, options: { ...REPORT_EVERYTHING, strictRequired: false } },
  // The same schema for the plain reader's files (src/config/plain-config.ts): valid or not, nothing more.
  // Its $refs have only descriptions beside them, so inlining them changes no verdict (test/schemas).
  // Imported by src/schemas/desired-state-check.ts rather than loaded by name.
  { name: 'netsuite-tokens-check', schemaFile: 'schemas/netsuite-tokens.schema.json', pointer: '', inlineRefs: false, options: { ...CHECK_ONLY, strictRequired: false } },
  { name: 'status', schemaFile: 'schemas/status.schema.json', pointer: '', inlineRefs: true, options: REPORT_EVERYTHING },
  { name: 'plan', schemaFile: 'schemas/plan.schema.json', pointer: '', inlineRefs: false, options: REPORT_EVERYTHING },
  // Plans saved by netsuite-tokens 0.1 (formatVersion 1), read and upgraded by apply --plan.
  { name: 'plan-v1', schemaFile: 'schemas/plan-v1.schema.json', pointer: '', inlineRefs: false, options: REPORT_EVERYTHING },
  // strictTypes is off because an internal id may be a string or an integer (a pattern for the one,
  // bounds for the other); strictRequired is off because the `then` of revoked requires revokedAt,
  // declared beside it. Seed messages quote the description of the $defs entry, so refs stay refs.
  { name: 'emulator-seed', schemaFile: 'schemas/emulator-seed.schema.json', pointer: '', inlineRefs: false, options: { ...REPORT_EVERYTHING, strictTypes: false, strictRequired: false } },
  { name: 'emulator-login-audit-row', schemaFile: 'schemas/emulator-seed.schema.json', pointer: '/$defs/loginAuditRow', inlineRefs: false, options: { ...REPORT_EVERYTHING, strictTypes: false, strictRequired: false } },
];
