import { main } from '../../src/cli.js';
import type { Environment } from '../../src/ports.js';
import { captureIo } from './io.js';

/** One in-process CLI run and what it printed. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function runCli(args: readonly string[], options: { env: Environment; cwd: string; now?: () => Date; fetch?: typeof fetch }): Promise<CliRun> {
  const io = captureIo({
    env: options.env,
    cwd: options.cwd,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

/** `debug: retry <endpoint> after attempt N (...)` lines of a --debug run, with N. */
export function retryLines(stderr: string): { line: string; attempt: number }[] {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith('debug: retry '))
    .map((line) => ({ line, attempt: Number(/ after attempt (\d+) /.exec(line)?.[1] ?? Number.NaN) }));
}

/** What a stack trace looks like in output: `    at fn (file:line:col)`. */
export const STACK_FRAME = /^\s+at .+[:(]/m;
