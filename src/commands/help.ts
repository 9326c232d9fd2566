import { COMMAND_NAMES, COMMAND_SPECS, EXIT_CODES, GLOBAL_OPTIONS, type CommandSpec, type OptionSpec } from './command-specs.js';

/** `netsuite-tokens --help` and `netsuite-tokens COMMAND --help`, made from the command specs. */

const PROGRAM = 'netsuite-tokens';

const ENVIRONMENT = `Environment: NETSUITE_CONSUMER_KEY, NETSUITE_CONSUMER_SECRET, NETSUITE_TOKEN_ID, NETSUITE_TOKEN_SECRET
             (or NETSUITE_CREDENTIALS, a credentials bundle), NETSUITE_REST_URL, NETSUITE_RESTLETS_URL,
             NETSUITE_UI_URL, NETSUITE_CONCURRENCY (default 2), NETSUITE_TIMEOUT (default 60s),
             GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_RUN_ID,
             GITHUB_STEP_SUMMARY, NO_COLOR, COLUMNS.
`;

function optionUsage(flag: string, option: OptionSpec): string {
  const value = option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : '';
  return `[--${flag}${value}]${option.multiple === true ? '...' : ''}`;
}

/** `netsuite-tokens plan [--config PATH] [--format FORMAT] …` */
export function usageLine(spec: CommandSpec): string {
  const parts = [PROGRAM, spec.name];
  if (spec.positional !== undefined) parts.push(spec.positional.name);
  for (const [flag, option] of Object.entries(spec.options)) parts.push(optionUsage(flag, option));
  return parts.join(' ');
}

export function globalHelp(): string {
  const width = Math.max(...COMMAND_NAMES.map((name) => name.length));
  const commands = COMMAND_NAMES.map((name) => `  ${name.padEnd(width)}  ${COMMAND_SPECS[name].summary}`);
  const globals = GLOBAL_OPTIONS.map((option) => `  ${option.flag.padEnd(14)}  ${option.description}`);
  return [
    `${PROGRAM} — GitOps for NetSuite Token-Based Authentication access tokens`,
    '',
    'Usage:',
    `  ${PROGRAM} COMMAND [OPTIONS]`,
    `  ${PROGRAM} COMMAND --help      every option of one command, with an example`,
    '',
    'Commands:',
    ...commands,
    '',
    'Options for every command:',
    ...globals,
    '',
    EXIT_CODES,
    ENVIRONMENT,
  ].join('\n');
}

export function commandHelp(spec: CommandSpec): string {
  const lines = [`${PROGRAM} ${spec.name} — ${spec.summary}`, '', 'Usage:', `  ${usageLine(spec)}`, ''];
  const rows: { readonly left: string; readonly description: string; readonly example: string }[] = [];
  if (spec.positional !== undefined) rows.push({ left: spec.positional.name, description: spec.positional.description, example: spec.positional.example });
  for (const [flag, option] of Object.entries(spec.options)) {
    rows.push({ left: `--${flag}${option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : ''}`, description: option.description, example: option.example });
  }
  if (rows.length > 0) {
    const width = Math.max(...rows.map((row) => row.left.length));
    lines.push('Options:');
    for (const row of rows) {
      lines.push(`  ${row.left.padEnd(width)}  ${row.description}`, `  ${' '.repeat(width)}  e.g. ${row.example}`);
    }
    lines.push('');
  } else {
    lines.push(`${spec.name} takes no options of its own.`, '');
  }
  for (const note of spec.notes ?? []) lines.push(note, '');
  lines.push(`Also: ${GLOBAL_OPTIONS.filter((option) => !option.flag.startsWith('--version')).map((option) => option.flag).join(', ')}.`, EXIT_CODES, '');
  return lines.join('\n');
}
