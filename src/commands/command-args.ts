import { parseArgs } from 'node:util';
import { UsageError } from '../support/errors.js';


/** Parses a command's flags; unknown flags are a usage error with the command's own flag list. */
export function parseCommandArgs<const T extends Record<string, { type: 'string' | 'boolean'; short?: string }>>(
  command: string,
  args: readonly string[],
  options: T,
): ReturnType<typeof parseArgs<{ options: T; allowPositionals: false; strict: true; args: string[] }>>['values'] {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: false, strict: true }).values;
  } catch (error) {
    const known = Object.keys(options).map((flag) => `--${flag}`).join(', ');
    throw new UsageError(`${error instanceof Error ? error.message.split('\n')[0] ?? 'bad arguments' : 'bad arguments'} for "${command}".`, {
      hint: `Known options: ${known}.`,
      cause: error,
    });
  }
}
