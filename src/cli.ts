import type { Io } from './support/io.js';
import { UsageError } from './support/errors.js';
import { reportFailure } from './support/report-failure.js';

declare const __PACKAGE_VERSION__: string;
export const VERSION: string = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.0.0-dev';

const USAGE = `netsuite-tokens — GitOps for NetSuite Token-Based Authentication access tokens

Usage:
  netsuite-tokens validate [--config PATH]
  netsuite-tokens plan     [--config PATH] [--format text|markdown|json] [--out FILE] [--detailed-exitcode]
  netsuite-tokens apply    [--config PATH] [--plan FILE] [--format ...] [--pull-request] [--allow-over-limit]
  netsuite-tokens import   --account ID [--out FILE]
  netsuite-tokens emulator [--seed FILE] [--port N] [--tls [--tls-ca-file FILE]]
  netsuite-tokens demo                  a guided tour of the whole loop against the embedded emulator

Options:
  --config PATH   desired-state file or a directory of them (default: netsuite-tokens.yaml)
  --debug         show stack traces and retry details (never secret values)
  --help, -h      show this help
  --version, -v   print the version

Exit codes: 0 success, 1 runtime error, 2 changes pending (plan --detailed-exitcode),
            3 invalid configuration or usage, 4 refused by a safety guard, 130 interrupted.
Environment: NETSUITE_CONSUMER_KEY, NETSUITE_CONSUMER_SECRET, NETSUITE_TOKEN_ID, NETSUITE_TOKEN_SECRET,
             NETSUITE_REST_URL, NETSUITE_RESTLETS_URL, NETSUITE_UI_URL, NETSUITE_CONCURRENCY (default 2),
             GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_RUN_ID, GITHUB_STEP_SUMMARY.
`;

/** A command receives its own arguments (after the command name) and the injected world. */
export type Command = (args: readonly string[], io: Io) => Promise<number>;

/** Commands are loaded on demand so `--version` and `--help` start without loading any SDK. */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  plan: async () => (await import('./commands/plan.js')).planCommand,
  apply: async () => (await import('./commands/apply.js')).applyCommand,
  import: async () => (await import('./commands/import.js')).importCommand,
  emulator: async () => (await import('./commands/emulator.js')).emulatorCommand,
  demo: async () => (await import('./commands/demo.js')).demoCommand,
};

/** Runs the CLI and returns its exit code. The one catch that maps error classes to exit codes. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((arg) => arg !== '--debug');
  try {
    const [name, ...rest] = args;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout.write(USAGE);
      return name === undefined ? 3 : 0;
    }
    if (name === '--version' || name === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const load = COMMANDS[name];
    if (load === undefined) {
      throw new UsageError(`Unknown command "${name}".`, { hint: `Run "netsuite-tokens --help" to see the commands: ${Object.keys(COMMANDS).join(', ')}.` });
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(USAGE);
      return 0;
    }
    const command = await load();
    return await command(rest, { ...io, debug });
  } catch (error) {
    return reportFailure(error, io, debug);
  }
}

/** Wires the real process into an Io value. */
export function processIo(signal: AbortSignal): Io {
  return {
    stdout: { write: (text) => process.stdout.write(text) },
    stderr: { write: (text) => process.stderr.write(text) },
    env: process.env,
    cwd: process.cwd(),
    interactive: process.stdout.isTTY && process.env['CI'] !== 'true',
    clock: { now: () => new Date() },
    fetch: globalThis.fetch.bind(globalThis),
    signal,
    debug: false,
  };
}
