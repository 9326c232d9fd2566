import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CRASH_TEST_KILL_VARIABLE, writeFileAtomic } from '../../src/support/atomic-write.js';

describe('writeFileAtomic', () => {
  it('replaces the file whole, from a string or from pieces', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nst-atomic-'));
    const path = join(dir, 'status.yaml');
    await writeFileAtomic(path, 'first\n');
    await writeFileAtomic(path, (function* () { for (let index = 0; index < 10_000; index += 1) yield `${index}\n`; })());
    const text = await readFile(path, 'utf8');
    expect(text.split('\n')).toHaveLength(10_001);
    expect(await readdir(dir)).toEqual(['status.yaml']);
  });

  it('tidies away what a killed writer left behind, but not a write that may still be in progress', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nst-atomic-'));
    const path = join(dir, 'status.yaml');
    const abandoned = join(dir, '.status.yaml.0123456789ab.tmp');
    const recent = join(dir, '.status.yaml.ba9876543210.tmp');
    const unrelated = join(dir, '.other.yaml.0123456789ab.tmp');
    for (const file of [abandoned, recent, unrelated]) await writeFile(file, 'half');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await utimes(abandoned, anHourAgo, anHourAgo);
    await utimes(unrelated, anHourAgo, anHourAgo);
    await writeFileAtomic(path, 'whole\n');
    expect((await readdir(dir)).sort()).toEqual(['.other.yaml.0123456789ab.tmp', '.status.yaml.ba9876543210.tmp', 'status.yaml']);
  });

  // The kills themselves are exercised by test/reliability/crash.test.ts, in a process of their own.
  it('honours the crash-test kill point only for the stage and file it names exactly', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nst-atomic-'));
    const path = join(dir, 'status.yaml');
    const previous = process.env[CRASH_TEST_KILL_VARIABLE];
    try {
      for (const setting of ['created:other.yaml', 'created', 'status.yaml', 'crashed:status.yaml', 'CREATED:status.yaml', ' created:status.yaml', `created:${path}`]) {
        process.env[CRASH_TEST_KILL_VARIABLE] = setting;
        await writeFileAtomic(path, `${setting}\n`);
        expect(await readFile(path, 'utf8')).toBe(`${setting}\n`);
      }
    } finally {
      if (previous === undefined) Reflect.deleteProperty(process.env, CRASH_TEST_KILL_VARIABLE);
      else process.env[CRASH_TEST_KILL_VARIABLE] = previous;
    }
    expect(await readdir(dir)).toEqual(['status.yaml']);
  });

  it('creates the file with the mode asked for, and the temporary file has it from the start', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nst-atomic-'));
    const path = join(dir, 'bundle.json');
    await writeFile(path, 'readable by all', { mode: 0o644 });
    await writeFileAtomic(path, 'owner only\n', { mode: 0o600 });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    // A process killed right after creating the temporary file (the crash-test seam) leaves it behind as it was born.
    const script = join(dir, 'write.mjs');
    await build({
      stdin: { contents: `import { writeFileAtomic } from './atomic-write.ts'; await writeFileAtomic(process.argv[2], 'key', { mode: 0o600 });`, resolveDir: fileURLToPath(new URL('../../src/support/', import.meta.url)), loader: 'ts' },
      bundle: true, platform: 'node', format: 'esm', outfile: script, logLevel: 'silent',
    });
    const killed = spawnSync(process.execPath, [script, join(dir, 'key.json')], { env: { [CRASH_TEST_KILL_VARIABLE]: 'created:key.json' } });
    expect(killed.signal).toBe('SIGKILL');
    const leftovers = (await readdir(dir)).filter((name) => name.startsWith('.key.json.'));
    expect(leftovers).toHaveLength(1);
    expect((await stat(join(dir, leftovers[0] ?? ''))).mode & 0o777).toBe(0o600);
  });
});
