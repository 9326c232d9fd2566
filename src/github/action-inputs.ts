import type { Environment } from '../ports.js';
import { UsageError } from '../support/errors.js';

/**
 * Maps the Action's inputs (the runner passes each as `INPUT_<NAME>`, upper-cased, hyphens kept) to
 * the CLI's arguments and environment, so the Action is the CLI and nothing else.
 */

export type ActionCommand = 'plan' | 'apply' | 'validate';
const COMMANDS: readonly ActionCommand[] = ['plan', 'apply', 'validate'];
const FORMATS = ['text', 'markdown', 'json'] as const;

function input(env: Environment, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** YAML 1.2 core booleans, as GitHub documents for boolean inputs. */
function booleanInput(env: Environment, name: string): boolean {
  const value = input(env, name);
  if (value === '' || ['false', 'False', 'FALSE'].includes(value)) return false;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  throw new UsageError(`The input "${name}" must be true or false, not "${value}".`, { hint: `Set \`${name}: true\` or leave it out.` });
}

export function actionArguments(env: Environment): string[] {
  const command = input(env, 'command') || 'plan';
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(`The input "command" must be one of ${COMMANDS.join(', ')}, not "${command}".`, { hint: 'Set `command: plan` (or apply, validate).' });
  }
  const args = [command];
  const config = input(env, 'config');
  if (config !== '') args.push('--config', config);
  const format = input(env, 'format');
  if (format !== '') {
    if (command === 'validate' || !(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`The input "format" must be one of ${FORMATS.join(', ')} and only goes with plan or apply, not "${format}" with ${command}.`, { hint: 'Remove it, or set command: plan.' });
    }
    args.push('--format', format);
  }
  const out = input(env, 'out');
  if (out !== '') {
    if (command !== 'plan') throw new UsageError('The input "out" only goes with command: plan.', { hint: 'Remove it, or set command: plan.' });
    args.push('--out', out);
  }
  const plan = input(env, 'plan');
  if (plan !== '') {
    if (command !== 'apply') throw new UsageError('The input "plan" only goes with command: apply.', { hint: 'Remove it, or set command: apply.' });
    args.push('--plan', plan);
  }
  if (booleanInput(env, 'detailed-exitcode')) {
    if (command !== 'plan') throw new UsageError('The input "detailed-exitcode" only goes with command: plan.', { hint: 'Remove it, or set command: plan.' });
    args.push('--detailed-exitcode');
  }
  actionMarkdownOut(env);
  const pullRequest = booleanInput(env, 'pull-request');
  const allowOverLimit = booleanInput(env, 'allow-over-limit');
  if ((pullRequest || allowOverLimit) && command !== 'apply') {
    throw new UsageError(`The inputs "pull-request" and "allow-over-limit" only go with command: apply, not ${command}.`, { hint: 'Remove them, or set command: apply.' });
  }
  if (pullRequest) args.push('--pull-request');
  if (allowOverLimit) args.push('--allow-over-limit');
  const only = listInput(env, 'only');
  if (only.length > 0 && command === 'validate') throw new UsageError('The input "only" only goes with command: plan or apply.', { hint: 'Remove it, or set command: plan.' });
  for (const subject of only) args.push('--only', subject);
  const rotate = listInput(env, 'rotate');
  if (rotate.length > 0 && command !== 'apply') throw new UsageError('The input "rotate" only goes with command: apply.', { hint: 'Remove it, or set command: apply.' });
  for (const mapping of rotate) args.push('--rotate', mapping);
  // A re-run with "Enable debug logging" sets RUNNER_DEBUG: the log then gets what --debug adds (stack traces).
  if (env['RUNNER_DEBUG'] === '1') args.push('--debug');
  return args;
}

/** A list input: items separated by new lines, commas or spaces, as people write them in a workflow. */
function listInput(env: Environment, name: string): string[] {
  return input(env, name).split(/[\s,]+/).filter((item) => item !== '');
}

/**
 * `markdown-out`: where the Action also writes the markdown the run puts in the job summary (the plan,
 * or the results), e.g. for a pull-request comment of the same plan `out` saves as JSON. Null when not set.
 */
export function actionMarkdownOut(env: Environment): string | null {
  const path = input(env, 'markdown-out');
  if (path === '') return null;
  if ((input(env, 'command') || 'plan') === 'validate') {
    throw new UsageError('The input "markdown-out" only goes with command: plan or apply.', { hint: 'Remove it, or set command: plan.' });
  }
  return path;
}

/** The environment the CLI runs with: `concurrency` and `github-token` become the variables the CLI reads. */
export function actionEnvironment(env: Environment): Environment {
  const result: Record<string, string | undefined> = { ...env };
  const concurrency = input(env, 'concurrency');
  if (concurrency !== '') {
    if (!/^[1-9]\d*$/.test(concurrency)) {
      throw new UsageError(`The input "concurrency" must be a whole number of requests (1 or more), not "${concurrency}".`, {
        hint: "NetSuite's limit is shared by every integration of the account; 2 is a safe default.",
      });
    }
    result['NETSUITE_CONCURRENCY'] = concurrency;
  }
  const token = input(env, 'github-token');
  if (token !== '') result['GITHUB_TOKEN'] = token;
  return result;
}
