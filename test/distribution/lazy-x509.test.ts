import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCli } from '../support/built-cli.js';

/**
 * Issue #18: a command that never makes a certificate does not load @peculiar/x509 (about 0.8 MB of
 * bundled ASN.1 code). In the build, the library sits in chunks that only dynamic imports reach: no
 * entry point or chunk imports one statically, so loading it waits for the first generateCertificate.
 */

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
/** Code only the library has: its certificate writer. */
const LIBRARY_MARK = 'X509CertificateGenerator';

function staticImports(source: string): string[] {
  const patterns = [/^(?:import|export)\b[^;]*?\bfrom\s*"(\.\/[^"]+)";?$/gm, /^import\s*"(\.\/[^"]+)";?$/gm];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => (match[1] ?? '').slice(2)));
}

describe('the built bundle', () => {
  beforeAll(() => {
    requireBuiltCli();
  });

  it('keeps @peculiar/x509 out of every static import chain: only a dynamic import loads it', () => {
    const files = readdirSync(DIST).filter((name) => name.endsWith('.js'));
    const sources = new Map(files.map((name) => [name, readFileSync(join(DIST, name), 'utf8')]));
    const libraryChunks = files.filter((name) => sources.get(name)?.includes(LIBRARY_MARK));
    expect(libraryChunks.length).toBeGreaterThan(0);
    for (const entry of ['cli.js', 'action.js']) expect(libraryChunks).not.toContain(entry);
    const importers = files.filter((name) => staticImports(sources.get(name) ?? '').some((target) => libraryChunks.includes(target)));
    expect(importers).toEqual([]);
    const dynamic = files.filter((name) => libraryChunks.some((chunk) => sources.get(name)?.includes(`import("./${chunk}")`)));
    expect(dynamic.length).toBeGreaterThan(0);
  });
});
