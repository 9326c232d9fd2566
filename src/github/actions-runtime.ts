import type { Environment } from '../ports.js';
import { fitMarkdown } from './fit-markdown.js';

/**
 * The parts of the GitHub Actions runner protocol the operator uses, written out rather than taken
 * from @actions/core: the job summary file, the outputs file, and workflow commands on stdout.
 * Every function takes the environment and a write function, so tests need no global patching.
 */

/** Appends text to a file (GITHUB_STEP_SUMMARY, GITHUB_OUTPUT); creates it when missing. */
export type AppendFile = (path: string, text: string) => Promise<void>;

/** Writes to the step's stdout, where the runner reads workflow commands. */
export type WriteStdout = (text: string) => void;

export function inGitHubActions(env: Environment): boolean {
  return env['GITHUB_ACTIONS'] === 'true';
}

/** GitHub rejects a step summary over 1 MiB; the margin keeps several appends within it. */
const SUMMARY_LIMIT_BYTES = 1_000_000;

/** Adds markdown to the job summary. False (and nothing written) outside GitHub Actions. */
export async function appendStepSummary(env: Environment, markdown: string, append: AppendFile): Promise<boolean> {
  const path = env['GITHUB_STEP_SUMMARY'];
  if (!inGitHubActions(env) || path === undefined || path === '') return false;
  const fitted = fitMarkdown(markdown, {
    limit: SUMMARY_LIMIT_BYTES,
    measure: (text) => Buffer.byteLength(text, 'utf8'),
    omittedRows: (count) => `_…and ${count} more rows not shown (job summaries are limited to 1 MiB); the status file lists them all._`,
    cutNote: '_The rest was cut: job summaries are limited to 1 MiB._',
  });
  await append(path, fitted.endsWith('\n') ? fitted : `${fitted}\n`);
  return true;
}

const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Sets step outputs through GITHUB_OUTPUT in the multi-line form `name<<DELIMITER`. The delimiter is
 * chosen so that no line of the value equals it, so a value can never end early or forge another output.
 * False (and nothing written) outside GitHub Actions.
 */
export async function setOutputs(env: Environment, outputs: Readonly<Record<string, string>>, append: AppendFile): Promise<boolean> {
  const path = env['GITHUB_OUTPUT'];
  if (!inGitHubActions(env) || path === undefined || path === '') return false;
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    if (!OUTPUT_NAME.test(name)) throw new Error(`"${name}" is not a valid step output name.`);
    const delimiter = delimiterFor(value);
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  }
  if (text !== '') await append(path, text);
  return true;
}

function delimiterFor(value: string): string {
  const lines = new Set(value.split(/\r?\n/));
  let delimiter = 'NETSUITE_TOKENS_EOF';
  for (let suffix = 1; lines.has(delimiter); suffix += 1) delimiter = `NETSUITE_TOKENS_EOF_${suffix}`;
  return delimiter;
}

/**
 * Asks the runner to hide `value` in all later log output. Each line of a multi-line value is masked
 * too, because the runner matches line by line. Values shorter than 4 characters are not masked
 * (masking "1" would garble every log line); real credentials are much longer.
 */
export function maskValue(env: Environment, value: string, write: WriteStdout): void {
  if (!inGitHubActions(env)) return;
  const parts = new Set([value, ...value.split(/\r?\n/)].map((part) => part.trim()).filter((part) => part.length >= 4));
  for (const part of parts) write(`::add-mask::${escapeCommandData(part)}\n`);
}

/** Masks the values of the named environment variables that are set. */
export function maskVariables(env: Environment, names: readonly string[], write: WriteStdout): void {
  for (const name of names) {
    const value = env[name];
    if (value !== undefined && value !== '') maskValue(env, value, write);
  }
}

/** A warning annotation in the run's summary (plain text outside GitHub Actions). */
export function warning(env: Environment, message: string, write: WriteStdout): void {
  write(inGitHubActions(env) ? `::warning::${escapeCommandData(message)}\n` : `warning: ${message}\n`);
}

/** Workflow command data: `%`, CR and LF are the characters the runner treats specially. */
function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * What a run leaves for GitHub Actions, decided once per process from the environment: the job
 * summary, step outputs, masked values and warnings. Outside Actions the summary and outputs are
 * skipped and a warning is a plain line on stderr.
 */
export interface ActionsRuntime {
  readonly active: boolean;
  /**
   * Adds markdown (when given) to the job summary and sets the step outputs. Outputs published again
   * (one account after another) add up: counts are summed, other values listed one per line.
   */
  publish(markdown: string | null, outputs: Readonly<Record<string, string>>): Promise<void>;
  /** Hides these values, and every line of each, in later log output. */
  mask(values: readonly string[]): void;
  warn(message: string): void;
}

export function actionsRuntimeFor(options: { readonly env: Environment; readonly stdout: WriteStdout; readonly stderr: WriteStdout; readonly append: AppendFile }): ActionsRuntime {
  const { env, append } = options;
  const active = inGitHubActions(env);
  let published: Readonly<Record<string, string>> = {};
  return {
    active,
    async publish(markdown, outputs) {
      if (!active) return;
      if (markdown !== null) await appendStepSummary(env, markdown, append);
      // The runner keeps a name's last value: each account's outputs are written with the earlier ones added in.
      published = combineOutputs(published, outputs);
      await setOutputs(env, published, append);
    },
    mask(values) {
      for (const value of values) maskValue(env, value, options.stdout);
    },
    warn(message) {
      warning(env, message, active ? options.stdout : options.stderr);
    },
  };
}

/**
 * Outputs of several accounts as one step's: whole numbers are summed (`changes`, `pending`, `blocked`),
 * any other value is listed once per line, empty ones left out (`pr-url`, one per account's pull request).
 */
export function combineOutputs(earlier: Readonly<Record<string, string>>, later: Readonly<Record<string, string>>): Record<string, string> {
  const combined: Record<string, string> = { ...earlier };
  for (const [name, value] of Object.entries(later)) {
    const before = earlier[name];
    if (before === undefined) combined[name] = value;
    else if (WHOLE_NUMBER.test(before) && WHOLE_NUMBER.test(value)) combined[name] = String(Number(before) + Number(value));
    else combined[name] = [...new Set([...before.split('\n'), ...value.split('\n')])].filter((line) => line !== '').join('\n');
  }
  return combined;
}

const WHOLE_NUMBER = /^\d{1,15}$/;
