import { access, constants, stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { UsageError } from '../support/errors.js';
import type { Io } from '../support/io.js';
import { formatTimeout, MAX_REQUEST_TIMEOUT_MS, MIN_REQUEST_TIMEOUT_MS, parseRequestTimeout } from '../netsuite/transport.js';

export { DEFAULT_CONFIG_PATH } from './command-specs.js';

/** Output formats shared by plan, apply and show. */
export type OutputFormat = 'text' | 'markdown' | 'json';

const FORMATS: readonly OutputFormat[] = ['text', 'markdown', 'json'];

export function parseFormat(value: string | undefined): OutputFormat {
  if (value === undefined) return 'text';
  const format = FORMATS.find((candidate) => candidate === value);
  if (format === undefined) throw new UsageError(`Unknown --format "${value.slice(0, 40)}".`, { hint: `Use one of: ${FORMATS.join(', ')}.` });
  return format;
}

/**
 * `--timeout` is NETSUITE_TIMEOUT for this run: checked here, before anything else happens, and handed
 * to the NetSuite client through the environment it already reads.
 */
export function withTimeout(io: Io, value: string | undefined): Io {
  if (value === undefined) return io;
  if (parseRequestTimeout(value) === null) {
    throw new UsageError(`--timeout must be a duration from ${formatTimeout(MIN_REQUEST_TIMEOUT_MS)} to ${formatTimeout(MAX_REQUEST_TIMEOUT_MS)}, such as 90s, 5m or 500ms, not "${value.slice(0, 20)}".`, {
      hint: 'A bare number is seconds: --timeout 90 is --timeout 90s.',
    });
  }
  return { ...io, env: { ...io.env, NETSUITE_TIMEOUT: value } };
}

/**
 * The file `--out` names must be writable before NetSuite is read: its directory exists and can be
 * written, and it is not itself a directory. Nothing is created here.
 */
export async function assertWritableFile(io: Io, file: string, option: string): Promise<void> {
  const path = resolve(io.cwd, file);
  const directory = dirname(path);
  const isDirectory = await stat(directory).then((stats) => stats.isDirectory(), () => null);
  if (isDirectory !== true) {
    throw new UsageError(`${option} ${file}: the directory ${directory} ${isDirectory === null ? 'does not exist' : 'is not a directory'}.`, {
      hint: `Create it first, or give ${option} a path in a directory that exists.`,
    });
  }
  if (await stat(path).then((stats) => stats.isDirectory(), () => false)) {
    throw new UsageError(`${option} ${file} is a directory, not a file.`, { hint: `Give ${option} a file name, such as ${file.replace(/\/+$/, '')}/plan.json.` });
  }
  try {
    await access(directory, constants.W_OK);
  } catch (error) {
    throw new UsageError(`${option} ${file}: the directory ${directory} cannot be written to.`, { hint: `Give ${option} a path in a directory you can write to.`, cause: error });
  }
}

/**
 * What `plan --out FILE` writes. A saved plan is for `apply --plan`, which reads JSON only, so JSON is
 * the default; text or markdown must be asked for, and never under a .json name.
 */
export function savedPlanFormat(file: string, requested: string | undefined): OutputFormat {
  const isJsonName = extname(file).toLowerCase() === '.json';
  if (requested === undefined) {
    if (isJsonName) return 'json';
    throw new UsageError(`--out ${file} does not say which format to save: apply --plan reads only JSON.`, {
      hint: `Save the plan for apply as JSON with a .json name (--out plan.json), or say --format text or --format markdown to save a copy for people to read.`,
    });
  }
  const format = parseFormat(requested);
  if (format !== 'json' && isJsonName) {
    throw new UsageError(`--out ${file} would hold ${format}, not JSON, under a .json name, and apply --plan could not read it.`, {
      hint: `Use --format json for a plan to apply, or a name such as ${file.replace(/\.json$/i, format === 'markdown' ? '.md' : '.txt')} for ${format}.`,
    });
  }
  return format;
}

/** Characters a POSIX shell takes literally in a word: anything else is single-quoted. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** One argument as a POSIX shell reads it back unchanged: as is when plain, else single-quoted. */
export function shellWord(value: string): string {
  return PLAIN_WORD.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * The `apply --plan` command for a plan saved by `plan --out`, as it can be pasted: the same --config,
 * --only and --allow-over-limit the plan was made with (apply refuses a plan its own fresh plan differs
 * from), each argument quoted for the shell.
 */
export function applySavedPlanCommand(out: string, flags: { readonly config?: string | undefined; readonly only?: readonly string[] | undefined; readonly allowOverLimit: boolean }): string {
  const words = ['netsuite-tokens', 'apply'];
  if (flags.config !== undefined) words.push('--config', shellWord(flags.config));
  for (const value of flags.only ?? []) words.push('--only', shellWord(value));
  if (flags.allowOverLimit) words.push('--allow-over-limit');
  words.push('--plan', shellWord(out));
  return words.join(' ');
}
