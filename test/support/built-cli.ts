import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The real CLI binary (dist/cli.js), for tests that must run it as its own process — to kill it, or
 * to see exactly what a user's terminal sees. `npm test` builds it first; the tests never rebuild it
 * themselves (the build empties dist/, which would pull it from under other test files running at
 * the same time).
 */

export const BUILT_CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export function requireBuiltCli(): string {
  if (!existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} is missing: run "npm run build" first (npm test does).`);
  return BUILT_CLI;
}

export interface SpawnedCli {
  readonly child: ChildProcess;
  /** Resolves when the process has ended, with its exit code (null when killed) and output. */
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>;
}

/** Starts `node dist/cli.js ...args` with exactly `env` (plus PATH), in `cwd`. */
export function spawnCli(args: readonly string[], options: { env: Readonly<Record<string, string>>; cwd: string }): SpawnedCli {
  const child = spawn(process.execPath, [BUILT_CLI, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { out += chunk; });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { err += chunk; });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => { resolve({ code, signal, out, err }); });
  });
  return { child, done };
}

export async function runBuiltCli(args: readonly string[], options: { env: Readonly<Record<string, string>>; cwd: string }): Promise<{ code: number | null; out: string; err: string }> {
  return spawnCli(args, options).done;
}
