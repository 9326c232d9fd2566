import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A CLI run as a user starts it: wall time from spawn to exit, and the CPU the process itself used. */
export interface CliRun {
  readonly wallMs: number;
  /** User + system CPU of the CLI's own process (its resource usage when it exited), ms. */
  readonly cpuMs: number;
}

/**
 * Writes a preload that reports the process's resource usage on fd 3 as it exits (node reports no
 * child's usage to its parent, so the child tells it), and returns the path to pass to --require.
 */
export async function writeUsageReporter(directory: string): Promise<string> {
  const path = join(directory, 'report-usage.cjs');
  await writeFile(path, [
    "'use strict';",
    "const { writeSync } = require('node:fs');",
    "process.on('exit', () => { const usage = process.resourceUsage(); writeSync(3, JSON.stringify({ user: usage.userCPUTime, system: usage.systemCPUTime })); });",
    '',
  ].join('\n'));
  return path;
}

/** Runs `node --require reporter ...args`; a non-zero exit is a failure of the benchmark, not a figure. */
export function runCli(args: readonly string[], options: { cwd: string; env: Readonly<Record<string, string>>; reporter: string }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--require', options.reporter, ...args], {
      cwd: options.cwd,
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      env: { PATH: process.env['PATH'] ?? '', ...options.env },
    });
    let stderr = '';
    let usage = '';
    child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.stdio[3]?.on('data', (chunk: Buffer) => { usage += chunk.toString('utf8'); });
    child.once('error', reject);
    child.once('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) {
        reject(new Error(`node ${args.join(' ')} exited with ${String(code)}: ${stderr.trim().slice(0, 500)}`));
        return;
      }
      try {
        const { user, system } = JSON.parse(usage) as { user: number; system: number };
        resolve({ wallMs, cpuMs: (user + system) / 1000 });
      } catch {
        reject(new Error(`node ${args.join(' ')} did not report its resource usage (${JSON.stringify(usage.slice(0, 100))}).`));
      }
    });
  });
}
