import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdir, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { TEST_CONFIG, testSeed } from '../support/account.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

let emulator: RunningEmulator | undefined;
let releaseHeld: () => void = () => undefined;
afterEach(async () => {
  releaseHeld();
  await emulator?.close();
  emulator = undefined;
});

describe('Ctrl-C', () => {
  it('stops a slow apply at once with one sentence, and leaves no partial status file', async () => {
    // NetSuite never answers while the test holds its requests: the apply is as slow as it gets.
    const held = new Promise<void>((resolve) => { releaseHeld = resolve; });
    emulator = await startEmulator({ seed: testSeed(), origins: 'split', holdInFlight: () => held });
    const dir = await mkdtemp(join(tmpdir(), 'nst-interrupt-'));
    await writeFile(join(dir, 'netsuite-tokens.yaml'), TEST_CONFIG);
    const child = spawn(process.execPath, [CLI, 'apply'], {
      cwd: dir,
      env: {
        PATH: process.env['PATH'],
        NETSUITE_REST_URL: emulator.origins.rest,
        NETSUITE_RESTLETS_URL: emulator.origins.restlets,
        NETSUITE_UI_URL: emulator.origins.system,
        NETSUITE_CONSUMER_KEY: 'ck-operator-0000000000000000000000000001',
        NETSUITE_CONSUMER_SECRET: 'CANARY-operator-consumer-secret-7f3a9c',
        NETSUITE_TOKEN_ID: 'tk-operator-000000000000000000000101',
        NETSUITE_TOKEN_SECRET: 'CANARY-operator-token-secret-5b21e8',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    // Interrupt once the first SuiteQL request is in flight and being held.
    await emulator.until((state) => state.counters.inFlight >= 1, { description: 'a SuiteQL request in flight' });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(stderr).toMatch(/^error: Interrupted/m);
    expect(stderr).not.toContain('    at ');
    expect(await readdir(dir)).toEqual(['netsuite-tokens.yaml']);
  });
});
