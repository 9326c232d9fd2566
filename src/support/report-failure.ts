import { ConfigError, OperatorError } from './errors.js';
import type { Io } from './io.js';

/**
 * The one place a failure becomes what a person reads and an exit code (SPEC §7), shared by every
 * entry point (the CLI, the Action, the demo): one sentence and what to do, every located problem of
 * a bad file, and a stack only with --debug. An interrupted run is 130, the shell's convention.
 */
export function reportFailure(error: unknown, io: Pick<Io, 'stderr' | 'signal'>, debug: boolean): number {
  if (io.signal.aborted) {
    // Whatever failed after Ctrl-C is a consequence of stopping, not news.
    io.stderr.write('error: Interrupted. Files are written whole or not at all; run the command again to finish.\n');
    writeStack(error, io, debug);
    return 130;
  }
  if (error instanceof ConfigError) {
    for (const problem of error.problems) {
      io.stderr.write(`${problem.file}:${problem.line}:${problem.column}: ${problem.message}${problem.pointer === '' ? '' : ` (at ${problem.pointer})`}\n`);
    }
    io.stderr.write(`error: ${error.message}.${error.hint === null ? '' : ` ${error.hint}`}\n`);
  } else if (error instanceof OperatorError) {
    io.stderr.write(`error: ${error.message}${error.hint === null ? '' : `\n  ${error.hint}`}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`error: unexpected failure: ${message}\n  This is a bug in netsuite-tokens; run again with --debug and report it.\n`);
  }
  writeStack(error, io, debug);
  return error instanceof OperatorError ? error.exitCode : 1;
}

function writeStack(error: unknown, io: Pick<Io, 'stderr'>, debug: boolean): void {
  if (debug && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
}
