import type { Clock, Environment } from '../ports.js';

/** Where a command writes text; process.stdout in production, a buffer in tests. */
export interface TextSink {
  write(text: string): void;
}

/**
 * Everything a command may touch of the outside world, injected so tests run commands in-process
 * with their own environment, clock, working directory and fetch.
 */
export interface Io {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly env: Environment;
  readonly cwd: string;
  /** True when stdout is a terminal and not CI: colour and progress are allowed. */
  readonly interactive: boolean;
  readonly clock: Clock;
  readonly fetch: typeof fetch;
  /** Aborted on SIGINT/SIGTERM; long work stops at the next safe point. */
  readonly signal: AbortSignal;
  /** `--debug`: stack traces and request retries are shown (never secret values). */
  readonly debug: boolean;
}
