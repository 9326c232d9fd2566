import { createRequire } from 'node:module';
import type * as Util from 'node:util';
import { closestName } from '../config/did-you-mean.js';
import { UsageError } from '../support/errors.js';
import type { CommandSpec, OptionSpec } from './command-specs.js';

// Required, not imported: an import of node:util builds its whole namespace, which runs every lazy getter
// (MIME, diff and stream code a command never uses), a few milliseconds on every start (issue 18).
const { parseArgs } = createRequire(import.meta.url)('node:util') as typeof Util;

/** The values of a command's options, typed from its spec: booleans, strings, and lists for repeatable options. */
export type OptionValues<O extends Readonly<Record<string, OptionSpec>>> = {
  readonly [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : O[K]['multiple'] extends true ? string[] : string;
};

export interface ParsedArgs<O extends Readonly<Record<string, OptionSpec>>> {
  readonly flags: OptionValues<O>;
  /** The positional argument, for a command that takes one. */
  readonly positional: string | null;
}

/**
 * Parses a command's arguments by its spec. An unknown option names the closest known one ("did you
 * mean --format?"), every mistake says where the command's help is, and nothing is a stack trace.
 */
export function parseCommandArgs<const S extends CommandSpec>(spec: S, args: readonly string[]): ParsedArgs<S['options']> {
  const help = `Run "netsuite-tokens ${spec.name} --help" for its options, each with an example.`;
  rejectUnknownOptions(spec, args, help);
  const options = Object.fromEntries(
    Object.entries(spec.options).map(([flag, option]) => [flag, { type: option.type, ...(option.multiple === true ? { multiple: true } : {}) }]),
  );
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: spec.positional !== undefined, strict: true });
  } catch (error) {
    throw new UsageError(parseErrorMessage(spec, error), { hint: help, cause: error });
  }
  const [positional, ...extra] = parsed.positionals;
  if (extra.length > 0) {
    throw new UsageError(`"${spec.name}" takes one ${spec.positional?.name ?? 'argument'}, but was given ${parsed.positionals.length}: ${parsed.positionals.map((value) => `"${value.slice(0, 60)}"`).join(', ')}.`, { hint: help });
  }
  return { flags: parsed.values as OptionValues<S['options']>, positional: positional ?? null };
}

/** Every `--name` (or `--name=value`) must be one of the command's options; the first that is not is reported with a suggestion. */
function rejectUnknownOptions(spec: CommandSpec, args: readonly string[], help: string): void {
  const known = Object.keys(spec.options);
  for (const arg of args) {
    if (arg === '--') return;
    if (!arg.startsWith('-') || arg === '-') continue;
    const name = arg.replace(/^--?/, '').split('=')[0] ?? '';
    if (known.includes(name) && arg.startsWith('--')) continue;
    const suggestion = closestName(name, known);
    const shown = arg.split('=')[0] ?? arg;
    const message = known.length === 0
      ? `"${spec.name}" takes no options, but was given ${quoted(shown)}.`
      : `Unknown option ${quoted(shown)} for "${spec.name}"${suggestion === null ? '' : `; did you mean --${suggestion}?`}`;
    throw new UsageError(message.endsWith('?') || message.endsWith('.') ? message : `${message}.`, {
      hint: known.length === 0 ? help : `${spec.name} takes ${known.map((flag) => `--${flag}`).join(', ')}. ${help}`,
    });
  }
}

function quoted(text: string): string {
  return `"${text.slice(0, 60)}"`;
}

/** Node's parseArgs messages, in the house's words. */
function parseErrorMessage(spec: CommandSpec, error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : '';
  const flag = /'--([a-z-]+)/.exec(message)?.[1];
  const option = flag === undefined ? undefined : spec.options[flag];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag !== undefined && option !== undefined) {
    return option.type === 'boolean'
      ? `--${flag} is a switch and takes no value; write --${flag} alone.`
      : `--${flag} needs a value (${option.value ?? 'VALUE'}), such as: ${option.example}.`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const value = /'([^']*)'/.exec(message)?.[1] ?? '';
    return `"${spec.name}" takes no arguments besides its options, but was given "${value.slice(0, 60)}".`;
  }
  return `${message.replace(/\.$/, '')} for "${spec.name}".`;
}
