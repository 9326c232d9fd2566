// Bundles the entry points into dist/ so the CLI and the Action start without a TypeScript loader.
// sql.js stays external: only the emulator needs it, and it loads its WebAssembly from node_modules.
// The schema validators are compiled first (scripts/compile-schemas.mjs): the bundle imports them.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { compileSchemas } from './compile-schemas.mjs';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

await compileSchemas();

// Chunk names carry content hashes: start from an empty dist/ so old chunks do not pile up.
await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: {
    cli: 'src/bin.ts',
    action: 'src/action.ts',
    bench: 'bench/main.ts',
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  external: ['sql.js'],
  // yaml's ES module build (the same code as its CommonJS one): the bundler can then leave out what no
  // entry uses and hoist the rest, which starts faster than CommonJS wrappers.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
  banner: {
    // Some bundled dependencies are CommonJS and call require(); give them one in ESM.
    js: "import { createRequire as __nstCreateRequire } from 'node:module'; const require = __nstCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
