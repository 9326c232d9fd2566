import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { requireBuiltCli, runBuiltCli } from '../support/built-cli.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/netsuite-tokens.yaml', import.meta.url));

/**
 * Runs the built CLI with a module hook that records every module it loads, and returns the source
 * files those modules were bundled from (the bundle names each one in a `// path` comment).
 */
async function sourcesLoadedBy(args: readonly string[]): Promise<{ code: number | null; sources: string[] }> {
  requireBuiltCli();
  const directory = await mkdtemp(join(tmpdir(), 'nst-loads-'));
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
  const run = await runBuiltCli(args, { env: { NODE_OPTIONS: `--import=${join(directory, 'register.mjs')}` }, cwd: directory });
  const files = (await readFile(log, 'utf8')).split('\n').filter((url) => url.startsWith('file:') && url.includes('/dist/'));
  const sources = new Set<string>();
  for (const url of files) {
    for (const match of (await readFile(fileURLToPath(url), 'utf8')).matchAll(/^\/\/ ((?:src|node_modules|schemas)\/\S+)$/gm)) sources.add(match[1] ?? '');
  }
  return { code: run.code, sources: [...sources].sort() };
}

describe('what the built CLI loads', () => {
  it('validate loads the config code, YAML and the desired-state validator: no NetSuite client, GitHub, emulator or schema compiler', async () => {
    const { code, sources } = await sourcesLoadedBy(['validate', '--config', EXAMPLE]);
    expect(code).toBe(0);
    expect(sources).toContain('src/config/load-config.ts');
    expect(sources).toContain('src/schemas/generated/netsuite-tokens.validator.js');
    const unwanted = sources.filter((source) => /^src\/(netsuite|github|emulator)\/|^node_modules\/(@octokit|simple-git|sql\.js|ajv)\/|\.validator\.js$/.test(source)
      && source !== 'src/schemas/generated/netsuite-tokens.validator.js');
    expect(unwanted).toEqual([]);
  });
});
