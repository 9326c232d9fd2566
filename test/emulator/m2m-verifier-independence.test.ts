import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/support/package-root.js';

describe("the emulator's M2M verifier", () => {
  it('is written apart from the client: nothing in src/emulator imports a JWT or JOSE library', async () => {
    const folder = join(packageRoot(), 'src', 'emulator');
    const files = (await readdir(folder)).filter((name) => name.endsWith('.ts'));
    expect(files).toContain('jws.ts');
    for (const name of files) {
      const text = await readFile(join(folder, name), 'utf8');
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((match) => match[1] ?? '');
      expect(imports.filter((specifier) => /jose|jwt|jws|jsonwebtoken/i.test(specifier) && !specifier.startsWith('./')), name).toEqual([]);
    }
  });
});
