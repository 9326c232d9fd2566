import { terminalStreams, type Ask, type Io } from '../../src/support/io.js';
import type { Environment } from '../../src/ports.js';

export interface CapturedIo extends Io {
  out(): string;
  err(): string;
}

export interface CaptureOptions {
  env?: Environment;
  cwd?: string;
  now?: () => Date;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** A terminal: progress rewrites its line and colour is on (main() still honours NO_COLOR and --no-color). */
  terminal?: { readonly columns?: number; readonly ask?: Ask };
}

/** An Io that records what a command prints; environment, clock and cwd are the test's own. Not a terminal unless `terminal` is given. */
export function captureIo(options: CaptureOptions = {}): CapturedIo {
  let out = '';
  let err = '';
  const terminal = options.terminal;
  const streams = terminalStreams({ write: (text) => { out += text; } }, { write: (text) => { err += text; } }, () => terminal?.columns ?? null);
  return {
    stdout: streams.stdout,
    stderr: streams.stderr,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    interactive: terminal !== undefined,
    status: terminal === undefined ? null : streams.status,
    color: terminal !== undefined,
    columns: terminal?.columns ?? null,
    ask: terminal?.ask ?? null,
    clock: { now: options.now ?? (() => new Date()) },
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    signal: options.signal ?? new AbortController().signal,
    debug: false,
    out: () => out,
    err: () => err,
  };
}

/** A person at the terminal who answers each question in turn, and the questions they were asked. */
export function answering(...answers: string[]): Ask & { readonly questions: string[] } {
  const questions: string[] = [];
  const ask = (question: string): Promise<string> => {
    questions.push(question);
    const answer = answers.shift();
    return answer === undefined ? Promise.reject(new Error(`asked once more than expected: ${question}`)) : Promise.resolve(answer);
  };
  return Object.assign(ask, { questions });
}
