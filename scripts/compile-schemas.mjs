// Compiles every JSON Schema the operator validates with into a standalone ajv validator module under
// src/schemas/generated/ (git-ignored), so no command compiles a schema at run time. The work is in
// scripts/generate-validators.ts, TypeScript so it is type-checked and shares the $ref inlining with
// its tests; esbuild turns it into JavaScript first. `npm run build` runs this; so does `npm ci`.
//   node scripts/compile-schemas.mjs
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Writes src/schemas/generated/*.validator.js and returns the names of the files that changed. */
export async function compileSchemas() {
  // Under node_modules so the bundle's imports (ajv) resolve from there; the file is a build artefact.
  const outfile = fileURLToPath(new URL('../node_modules/.cache/netsuite-tokens/generate-validators.mjs', import.meta.url));
  await build({
    entryPoints: [fileURLToPath(new URL('generate-validators.ts', import.meta.url))],
    outfile,
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  const { writeValidators } = await import(`${pathToFileURL(outfile).href}?${Date.now()}`);
  return writeValidators(root);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const written = await compileSchemas();
  console.log(written.length === 0 ? 'compile-schemas: validators up to date' : `compile-schemas: wrote ${written.join(', ')}`);
}
