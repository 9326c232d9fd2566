import type { Ask, AskOptions, Io, StatusLine } from './support/io.js';
import { columnsFrom, noColorRequested, terminalStreams } from './support/io.js';
import { RuntimeFailure, UsageError } from './support/errors.js';
import { reportFailure } from './support/report-failure.js';
import { COMMAND_NAMES, COMMAND_SPECS, type CommandName, type CommandSpec } from './commands/command-specs.js';
import { HELP_WIDTH, commandHelp, globalHelp } from './commands/help.js';
import { closestName } from './config/did-you-mean.js';

declare const __PACKAGE_VERSION__: string;
export const VERSION: string = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.0.0-dev';

/** A command receives its own arguments (after the command name) and the injected world. */
export type Command = (args: readonly string[], io: Io) => Promise<number>;

/** Commands are loaded on demand so `--version` and `--help` start without loading any SDK. */
const COMMANDS: Readonly<Record<CommandName, () => Promise<Command>>> = {
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  plan: async () => (await import('./commands/plan.js')).planCommand,
  apply: async () => (await import('./commands/apply.js')).applyCommand,
  show: async () => (await import('./commands/show.js')).showCommand,
  import: async () => (await import('./commands/import.js')).importCommand,
  emulator: async () => (await import('./commands/emulator.js')).emulatorCommand,
  demo: async () => (await import('./commands/demo.js')).demoCommand,
  rotate: async () => (await import('./commands/rotate.js')).rotateCommand,
};

/** Options every command takes, taken out before the command parses its own. */
const GLOBAL_FLAGS = new Set(['--debug', '--no-color']);
/** After `help`, words that ask for help itself: the general help. */
const HELP_WORDS = new Set(['help', '--help', '-h']);

function isCommandName(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}

/** Runs the CLI and returns its exit code. The one catch that maps error classes to exit codes. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((arg) => !GLOBAL_FLAGS.has(arg));
  const color = io.color && !argv.includes('--no-color') && !noColorRequested(io.env);
  const { ask } = io;
  const world: Io = {
    ...io,
    debug,
    color,
    columns: columnsFrom(io.env, io.columns),
    // Without colour, a question is plain text too: readline's line editing would move the cursor with escapes.
    ask: ask === null || color ? ask : (question, options) => ask(question, { ...options, plain: true }),
  };
  try {
    const [name, ...rest] = args;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      // `help --help`, `help -h` and `help help` are asking for the general help.
      const topic = name === 'help' && !HELP_WORDS.has(rest[0] ?? '') ? rest[0] : undefined;
      if (topic !== undefined && !isCommandName(topic)) throw unknownCommand(topic);
      if (topic !== undefined && isCommandName(topic)) io.stdout.write(commandHelp(COMMAND_SPECS[topic], helpWidth(world)));
      else io.stdout.write(globalHelp(helpWidth(world)));
      return name === undefined ? 3 : 0;
    }
    if (name === '--version' || name === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (!isCommandName(name)) throw unknownCommand(name);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(commandHelp(COMMAND_SPECS[name], helpWidth(world)));
      return 0;
    }
    // The help lists --version among the options for every command, so it works after one too.
    if (rest.includes('--version') || rest.includes('-v')) {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const command = await COMMANDS[name]();
    const code = await command(rest, world);
    // Work that stops at a safe point after Ctrl-C may still finish normally (apply records how far its
    // changes got and reports them): the run was interrupted all the same, and says so once (exit 130).
    const spec: CommandSpec = COMMAND_SPECS[name];
    if (world.signal.aborted && spec.runsUntilInterrupted !== true) return reportFailure(new RuntimeFailure('Interrupted.'), world, debug);
    return code;
  } catch (error) {
    return reportFailure(error, world, debug);
  }
}

function helpWidth(io: Io): number {
  return Math.min(io.columns ?? HELP_WIDTH, HELP_WIDTH);
}

function unknownCommand(name: string): UsageError {
  const shown = name.slice(0, 60);
  if (name.startsWith('-')) {
    return new UsageError(`"${shown}" comes before a command, but options follow the command they belong to.`, {
      hint: `Run "netsuite-tokens COMMAND ${shown}", one of: ${COMMAND_NAMES.join(', ')}; "netsuite-tokens --help" lists them.`,
    });
  }
  const suggestion = closestName(name, COMMAND_NAMES);
  return new UsageError(`Unknown command "${shown}"${suggestion === null ? '.' : `; did you mean "${suggestion}"?`}`, {
    hint: `The commands are ${COMMAND_NAMES.join(', ')}; "netsuite-tokens --help" describes them.`,
  });
}

/** Wires the real process into an Io value. */
export function processIo(signal: AbortSignal): Io {
  const ci = process.env['CI'] === 'true';
  const interactive = process.stdout.isTTY && !ci;
  // A terminal that cannot move its cursor (TERM=dumb) gets plain progress lines and no colour.
  const capable = process.env['TERM'] !== 'dumb';
  const streams = terminalStreams({ write: (text) => process.stdout.write(text) }, { write: (text) => process.stderr.write(text) }, () => stderrWidth());
  return {
    stdout: streams.stdout,
    stderr: streams.stderr,
    env: process.env,
    cwd: process.cwd(),
    interactive,
    // Drawn on stderr, so it is stderr that must be a terminal: redirected, it gets plain lines.
    status: process.stderr.isTTY && !ci && capable ? streams.status : null,
    color: interactive && capable,
    columns: process.stdout.isTTY ? process.stdout.columns : null,
    // The prompt goes to stderr: redirected, or a terminal that cannot move its cursor, it gets no escapes.
    ask: interactive && process.stdin.isTTY ? askAfter(streams.status, terminalAsk(signal, undefined, { plain: !(process.stderr.isTTY && capable) })) : null,
    clock: { now: () => new Date() },
    signal,
    debug: false,
  };
}

/** stderr's width; a pseudo-terminal nobody sized reports 0 columns, which says nothing. */
function stderrWidth(): number | null {
  const { columns } = process.stderr;
  return columns > 0 ? columns : null;
}

/** The prompt goes to the terminal directly (readline), so a status line still open is ended first. */
function askAfter(status: StatusLine, ask: Ask): Ask {
  return (question, options) => {
    status.end();
    return ask(question, options);
  };
}

/** The terminal a question is asked on, and what Ctrl-C there does. */
export interface QuestionTerminal {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Ctrl-C while a question waits: the terminal is in raw mode, so it arrives as a key, not as SIGINT. */
  readonly interrupt: () => void;
}

/** The process's terminal, made only when a question is asked (process.stdin opens the stream). */
function processTerminal(): QuestionTerminal {
  return {
    input: process.stdin,
    output: process.stderr,
    // Raised as the real signal, so bin.ts's handler stops the run as it does for any Ctrl-C (exit 130).
    interrupt: () => { process.kill(process.pid, 'SIGINT'); },
  };
}

/**
 * One question on the terminal: the prompt on stderr (stdout keeps only the command's output), the answer
 * from stdin. Plain (`defaults` or the question's options): readline does not drive the terminal, so it
 * writes no escape sequences, the terminal edits the line itself, and Ctrl-C is the real SIGINT.
 */
export function terminalAsk(signal: AbortSignal, given?: QuestionTerminal, defaults: AskOptions = {}): Ask {
  return async (question, options) => {
    const terminal = given ?? processTerminal();
    const plain = options?.plain === true || defaults.plain === true;
    // Loaded only when someone is asked: --version and --help stay fast.
    const { createInterface } = await import('node:readline/promises');
    const reader = createInterface({ input: terminal.input, output: terminal.output, terminal: !plain });
    reader.on('SIGINT', terminal.interrupt);
    try {
      return await reader.question(question, { signal });
    } finally {
      reader.close();
    }
  };
}
