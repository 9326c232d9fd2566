import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/generate-validators.setup.ts', 'test/support/private-tmpdir.setup.ts'],
    // Tests start loopback servers and git repositories; keep them isolated per file.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
