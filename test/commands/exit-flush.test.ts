import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { requireBuiltCli } from '../support/built-cli.js';
import { startTestAccount, testAccountEnv, testSeed, type TestAccount } from '../support/account.js';

/**
 * The built CLI exits as soon as its work is done instead of waiting for V8's background tasks (issue
 * 18), and stdout to a pipe is written asynchronously on POSIX: what it printed must all arrive first,
 * even when the reader is slow.
 */
describe('the built CLI exits once its output has flushed', () => {
  let account: TestAccount | null = null;
  afterEach(async () => {
    await account?.close();
    account = null;
  });

  it('a plan of megabytes in JSON reaches a pipe that is read late whole, with its exit code', async () => {
    const seed = testSeed();
    const extra = Array.from({ length: 4_000 }, (_, index) => ({
      id: String(1_000 + index),
      name: `Unmanaged token ${index} ${'x'.repeat(200)}`,
      integration: '3',
      entity: '13',
      role: '21',
      created: '2026-10-01T00:00:00Z',
    }));
    account = await startTestAccount({ seed: { ...seed, tokens: [...seed.tokens, ...extra] } });
    const child = spawn(process.execPath, [requireBuiltCli(), 'plan', '--format', 'json', '--detailed-exitcode', '--config', account.configPath], {
      cwd: account.dir,
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...testAccountEnv(account.emulator.origins) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { err += chunk; });
    // Nothing is read from stdout until the CLI exits, or for two seconds if it waits for its output to
    // be read: a CLI that exited with output still queued would lose it here.
    child.stdout.pause();
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => { resolve(code); }));
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2_000))]);
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { out += chunk; }).resume();
    const [code] = await Promise.all([exited, new Promise((resolve) => child.once('close', resolve))]);
    expect(err).not.toMatch(/error/i);
    expect(out.length).toBeGreaterThan(1_000_000);
    const plan = JSON.parse(out) as { findings: { kind: string }[]; changes: unknown[] };
    expect(plan.findings.filter((finding) => finding.kind === 'unmanaged')).toHaveLength(4_001);
    expect(code).toBe(plan.changes.length > 0 ? 2 : 0);
  });
});
