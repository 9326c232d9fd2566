import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { captureIo } from './support/io.js';

describe('cli', () => {
  it('prints the version', async () => {
    const io = captureIo();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('rejects an unknown command with a usage error and exit 3', async () => {
    const io = captureIo();
    expect(await main(['frobnicate'], io)).toBe(3);
    expect(io.err()).toContain('Unknown command "frobnicate"');
    expect(io.err()).not.toContain('    at ');
  });
});
