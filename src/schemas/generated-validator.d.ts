/**
 * The modules scripts/compile-schemas.mjs generates under src/schemas/generated/ (git-ignored): each
 * default-exports one standalone ajv validator. Declared here so typecheck and lint need no build.
 */
declare module '*.validator.js' {
  import type { ValidateFunction } from 'ajv';

  const validate: ValidateFunction;
  export default validate;
}
