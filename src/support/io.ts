import type { Clock, Environment } from '../ports.js';

/** Where a command writes text; process.stdout in production, a buffer in tests. */
export interface TextSink {
  write(text: string): void;
}

/**
 * A line rewritten in place on a terminal (progress). Whatever else is written meanwhile takes its
 * place: the line is cleared and the text written there, and the next `show` draws it again below.
 */
export interface StatusLine {
  show(text: string): void;
  /** Ends the line where it stands, its text kept (nothing when none is shown). */
  end(): void;
  /** The terminal's width now, to fit a line to; null when unknown. */
  readonly width: number | null;
}

/**
 * stdout and stderr of one terminal, with the status line they share on stderr. Output on stdout ends
 * the line first (the last count stays above it); a message on stderr (a notice, an error) clears it
 * and takes its place, so no message lands on the end of a count and no stale count is left between
 * messages.
 */
export function terminalStreams(stdout: TextSink, stderr: TextSink, width: () => number | null = () => null): { readonly stdout: TextSink; readonly stderr: TextSink; readonly status: StatusLine } {
  let open = false;
  // Whether the last text written to stderr ended its line: a question or other partial line is kept, the count drawn below it.
  let lineEnded = true;
  const status: StatusLine = {
    show(text) {
      // Back to the line's start, the text, and the rest of the line cleared: a shorter text leaves nothing behind.
      stderr.write(`${lineEnded || open ? '' : '\n'}\r${text}\u001b[K`);
      open = true;
      lineEnded = true;
    },
    end() {
      if (!open) return;
      open = false;
      stderr.write('\n');
    },
    get width() {
      return width();
    },
  };
  return {
    stdout: { write: (text) => { status.end(); stdout.write(text); } },
    stderr: {
      write: (text) => {
        if (open) {
          open = false;
          stderr.write(`\r\u001b[K${text}`);
        } else stderr.write(text);
        if (text !== '') lineEnded = text.endsWith('\n');
      },
    },
    status,
  };
}

/** Asks a person one question on the terminal and resolves with the line they typed. */
export type Ask = (question: string, options?: AskOptions) => Promise<string>;

export interface AskOptions {
  /**
   * The question as plain text and the answer read as a line, the terminal's own line discipline
   * editing it: no cursor movement or other escape sequence (colour is off, TERM=dumb, or the prompt's
   * stream is not a terminal).
   */
  readonly plain?: boolean;
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
  /** True when stdout is a terminal and not CI: colour by default, questions, a browser may be opened. */
  readonly interactive: boolean;
  /** The terminal's status line, where progress is rewritten in place; null when stderr is not a terminal that can move its cursor, or in CI. */
  readonly status: StatusLine | null;
  /** ANSI colour in what is printed: a terminal, unless TERM=dumb, NO_COLOR or --no-color says otherwise. */
  readonly color: boolean;
  /** How wide the output may be (COLUMNS, else the terminal's width); null when it is not a terminal: nothing is fitted. */
  readonly columns: number | null;
  /** Asks on the terminal; null when nobody can answer (stdin or stdout is not a terminal, or CI). */
  readonly ask: Ask | null;
  readonly clock: Clock;
  /**
   * Every HTTP request goes through this fetch when set (tests and the benchmark watch or disturb traffic
   * there); absent, each adapter uses its own client: node:http for NetSuite, the global fetch for GitHub.
   */
  readonly fetch?: typeof fetch;
  /** Aborted on SIGINT/SIGTERM; long work stops at the next safe point. */
  readonly signal: AbortSignal;
  /** `--debug`: stack traces and request retries are shown (never secret values). */
  readonly debug: boolean;
}

/** The fetch for clients that need one (GitHub, the emulator's control API): the injected one, else the global. */
export function fetchOf(io: Pick<Io, 'fetch'>): typeof fetch {
  return io.fetch ?? globalThis.fetch;
}

/** https://no-color.org: NO_COLOR set to anything but the empty string turns colour off. */
export function noColorRequested(env: Environment): boolean {
  const value = env['NO_COLOR'];
  return value !== undefined && value !== '';
}

/** Narrowest and widest widths worth fitting to; outside them COLUMNS is taken as a mistake and ignored. */
const MIN_COLUMNS = 40;
const MAX_COLUMNS = 1000;

/** COLUMNS (a whole number, as shells export it) wins over the terminal's own width. */
export function columnsFrom(env: Environment, terminalColumns: number | null): number | null {
  const raw = env['COLUMNS']?.trim() ?? '';
  if (/^\d+$/.test(raw)) {
    const value = Number(raw);
    if (value >= MIN_COLUMNS && value <= MAX_COLUMNS) return value;
  }
  return terminalColumns !== null && terminalColumns >= MIN_COLUMNS ? Math.min(terminalColumns, MAX_COLUMNS) : null;
}
