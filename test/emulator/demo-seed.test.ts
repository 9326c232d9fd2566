import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadSeedFile } from '../../src/emulator/index.js';
import { packageRoot } from '../../src/package-root.js';

describe('examples/demo-seed.yaml', () => {
  it('loads', async () => {
    const seed = await loadSeedFile(join(packageRoot(), 'examples', 'demo-seed.yaml'));
    expect(seed.tokens.map((token) => token.id)).toContain('4712');
  });
});
