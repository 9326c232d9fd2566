import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { main } from '../../src/cli.js';
import type { StatusFile } from '../../src/domain/status.js';
import { loadSeedFile, startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { packageRoot } from '../../src/support/package-root.js';
import { TEST_CONFIG, netsuiteUrls, testSeed } from '../support/account.js';
import { captureIo } from '../support/io.js';
import { demoBundle, demoCertificatesConfig } from '../support/m2m-demo.js';

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

describe('Ctrl-C during a certificate rotation', () => {
  it('exits 130 with one sentence, after journaling how far the rotation got', async () => {
    const seed = await loadSeedFile(join(packageRoot(), 'examples', 'demo-seed.yaml'));
    const controller = new AbortController();
    let seeded = Number.POSITIVE_INFINITY;
    // The person presses Ctrl-C once the new certificate is uploaded, as the new key's sign-in is sent.
    const running = await startEmulator({
      seed,
      origins: 'split',
      holdInFlight: (request) => {
        if (request.path.endsWith('/oauth2/v1/token') && running.state().certificates.length > seeded) controller.abort();
        return Promise.resolve();
      },
    });
    emulator = running;
    seeded = running.state().certificates.length;
    const dir = await mkdtemp(join(tmpdir(), 'nst-interrupt-rotation-'));
    await writeFile(join(dir, 'netsuite-tokens.yaml'), `${demoCertificatesConfig(running, 'active')}    rotation: { validity: 365d, overlap: 0d }
    deliver:
      - file: { path: secrets/expense-sync.json }
`);
    const io = captureIo({ env: { ...netsuiteUrls(running.origins), NETSUITE_CREDENTIALS: demoBundle(running, 'token-gitops'), EXPENSE_SYNC_M2M: demoBundle(running, 'expense-sync') }, cwd: dir, signal: controller.signal });

    const code = await main(['apply', '--yes'], io);

    expect(controller.signal.aborted).toBe(true);
    expect(code).toBe(130);
    expect(io.err().match(/^error: Interrupted\./gm)).toHaveLength(1);
    // The interruption is the reason, said once: not the cancelled request it cut short.
    expect(io.out().match(/Stopped: the run was interrupted; the next apply resumes it\./g)).toHaveLength(1);
    expect(io.out()).toContain('Interrupted before delivery finished; the next apply resumes it.');
    expect(io.out()).not.toContain('was cancelled');
    expect(io.out()).not.toContain('The next apply tries again');
    // Crash-safety as before: the journal says the certificate was uploaded, so the next apply resumes from there.
    const status = parse(await readFile(join(dir, 'netsuite-tokens.status.yaml'), 'utf8')) as StatusFile;
    expect(status.certificates?.find((row) => row.mapping === 'expense-sync')?.rotation?.state).toBe('uploaded');
  });
});
