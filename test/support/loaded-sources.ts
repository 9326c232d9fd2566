import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireBuiltCli, runBuiltCli } from './built-cli.js';

export interface LoadedSources {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
  /** The dist chunks the process loaded, by file name (`cli.js`, `chunk-ABC.js`). */
  readonly chunks: readonly string[];
  /** The source files those chunks were bundled from (`src/netsuite/client.ts`, `node_modules/yaml/…`), sorted. */
  readonly sources: readonly string[];
  /** Packages resolved outside the bundle (external or dynamically imported from node_modules), by name. */
  readonly packages: readonly string[];
  /** Node built-ins the modules import (`node:crypto`), sorted; a built-in required lazily is not among them. */
  readonly builtins: readonly string[];
}

/**
 * Runs the built CLI with a module hook that records every module it loads, and returns the dist
 * chunks, the source files those chunks were bundled from (the bundle names each one in a `// path`
 * comment) and any package loaded from node_modules directly. A chunk that a dynamic import would
 * load is listed only when that import ran, so this tells what a command really loads.
 */
export async function sourcesLoadedBy(args: readonly string[], options: { env?: Readonly<Record<string, string>>; cwd?: string } = {}): Promise<LoadedSources> {
  requireBuiltCli();
  const directory = await mkdtemp(join(tmpdir(), 'nst-loads-'));
  try {
    const log = join(directory, 'loaded.txt');
    await writeFile(join(directory, 'hooks.mjs'), [
      "import { appendFileSync } from 'node:fs';",
      'export async function load(url, context, nextLoad) {',
      `  appendFileSync(${JSON.stringify(log)}, url + '\\n');`,
      '  return nextLoad(url, context);',
      '}',
    ].join('\n'));
    await writeFile(join(directory, 'register.mjs'), "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n");
    await writeFile(log, '');
    const run = await runBuiltCli(args, { env: { ...options.env, NODE_OPTIONS: `--import=${join(directory, 'register.mjs')}` }, cwd: options.cwd ?? directory });
    const loadedUrls = (await readFile(log, 'utf8')).split('\n');
    const urls = loadedUrls.filter((url) => url.startsWith('file:'));
    const builtins = [...new Set(loadedUrls.filter((url) => url.startsWith('node:')))].sort();
    const chunks = new Set<string>();
    const sources = new Set<string>();
    const packages = new Set<string>();
    for (const url of urls) {
      const path = fileURLToPath(url);
      const inDist = /\/dist\/([^/]+\.js)$/.exec(path);
      if (inDist !== null) {
        chunks.add(inDist[1] ?? '');
        for (const match of (await readFile(path, 'utf8')).matchAll(/^\/\/ ((?:src|node_modules|schemas)\/\S+)$/gm)) sources.add(match[1] ?? '');
        continue;
      }
      const inModules = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
      if (inModules !== null) packages.add(inModules[1] ?? '');
    }
    return { code: run.code, out: run.out, err: run.err, chunks: [...chunks].sort(), sources: [...sources].sort(), packages: [...packages].sort(), builtins };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** The package a bundled source file came from (`node_modules/@octokit/rest/…` → `@octokit/rest`), or null for the project's own. */
export function packageOf(source: string): string | null {
  return /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1] ?? null;
}
