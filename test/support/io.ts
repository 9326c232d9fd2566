import type { Io } from '../../src/support/io.js';
import type { Environment } from '../../src/ports.js';

export interface CapturedIo extends Io {
  out(): string;
  err(): string;
}

/** An Io that records what a command prints; environment, clock and cwd are the test's own. */
export function captureIo(options: { env?: Environment; cwd?: string; now?: () => Date; fetch?: typeof fetch; signal?: AbortSignal } = {}): CapturedIo {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text) => { out += text; } },
    stderr: { write: (text) => { err += text; } },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    interactive: false,
    clock: { now: options.now ?? (() => new Date()) },
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    signal: options.signal ?? new AbortController().signal,
    debug: false,
    out: () => out,
    err: () => err,
  };
}
