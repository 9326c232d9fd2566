// Bundles the entry points into dist/ so the CLI and the Action start without a TypeScript loader.
// sql.js stays external: only the emulator needs it, and it loads its WebAssembly from node_modules.
// The schema validators are compiled first (scripts/compile-schemas.mjs): the bundle imports them.
import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { compileSchemas } from './compile-schemas.mjs';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

await compileSchemas();

// Chunk names carry content hashes: start from an empty dist/ so old chunks do not pile up.
await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });

// Some bundled dependencies are CommonJS and call require(); give them one in ESM.
const REQUIRE_BANNER = "import { createRequire as __nstCreateRequire } from 'node:module'; const require = __nstCreateRequire(import.meta.url);";

const result = await build({
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
  banner: { js: REQUIRE_BANNER },
  logLevel: 'warning',
  write: false,
});

// The banner costs each module that loads it a require() of its own (about half a millisecond on Node 20,
// issue 18): it stays only in the files that mention require. Blanked, not removed, so the source maps'
// lines still match.
for (const output of result.outputFiles) {
  const text = output.path.endsWith('.js') && !/\brequire\b/.test(output.text.replace(REQUIRE_BANNER, '')) ? output.text.replace(REQUIRE_BANNER, '') : output.text;
  await mkdir(dirname(output.path), { recursive: true });
  await writeFile(output.path, text);
}
