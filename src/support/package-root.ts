import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The installed package's root directory (where package.json, examples/ and schemas/ are), found by
 * walking up from this module — the same from src/ under the test runner and from the dist/ bundle.
 */
export function packageRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'netsuite-token-gitops') return directory;
    const parent = dirname(directory);
    if (parent === directory) throw new Error('netsuite-token-gitops: cannot find the package root above this module.');
    directory = parent;
  }
}
