import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: the run's temporary files (test fixtures, git repositories, what the CLI and the
 * emulator make under test, in this process and every child) go to one directory of its own, removed
 * when the run ends, instead of piling up in the machine's temporary directory run after run. Every
 * `os.tmpdir()` reads TMPDIR when called, and test workers and spawned CLIs inherit the environment.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const previous = process.env['TMPDIR'];
  const directory = await mkdtemp(join(tmpdir(), 'nst-test-run-'));
  process.env['TMPDIR'] = directory;
  return async () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    await rm(directory, { recursive: true, force: true, maxRetries: 3 });
  };
}
