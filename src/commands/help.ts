import { COMMAND_NAMES, COMMAND_SPECS, EXIT_CODES, GLOBAL_OPTIONS, type CommandSpec, type OptionSpec } from './command-specs.js';
import { wrapText } from '../domain/text-layout.js';

/** `netsuite-tokens --help` and `netsuite-tokens COMMAND --help`, made from the command specs, wrapped to the terminal. */

/** Help is wrapped to the terminal, or to this many columns where there is none. */
export const HELP_WIDTH = 100;

const PROGRAM = 'netsuite-tokens';

const ENVIRONMENT = 'NETSUITE_CONSUMER_KEY, NETSUITE_CONSUMER_SECRET, NETSUITE_TOKEN_ID, NETSUITE_TOKEN_SECRET (or NETSUITE_CLIENT_ID, NETSUITE_CERTIFICATE_ID, NETSUITE_PRIVATE_KEY for an M2M certificate; or NETSUITE_CREDENTIALS, a credentials bundle of either kind), NETSUITE_REST_URL, NETSUITE_RESTLETS_URL, NETSUITE_UI_URL, NETSUITE_CONCURRENCY (default 2), NETSUITE_TIMEOUT (default 60s), GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_RUN_ID, GITHUB_STEP_SUMMARY, GITHUB_SECRETS_TOKEN (delivery to GitHub Actions secrets), the AWS SDK’s own variables (delivery to AWS Secrets Manager), CI, NO_COLOR, TERM (dumb: no colour, plain progress lines), COLUMNS.';

/** A no-break space keeps `[--only SUBJECT]...` on one line when the usage wraps. */
const KEEP_TOGETHER = '\u00a0';

function optionUsage(flag: string, option: OptionSpec): string {
  const value = option.type === 'string' ? `${KEEP_TOGETHER}${option.value ?? 'VALUE'}` : '';
  const usage = `--${flag}${value}`;
  return `${option.required === true ? usage : `[${usage}]`}${option.multiple === true ? '...' : ''}`;
}

/** `[--config PATH] [--format FORMAT] …`: what follows `netsuite-tokens plan` in the usage line. */
export function usageArguments(spec: CommandSpec): string {
  const parts: string[] = [];
  if (spec.positional !== undefined) parts.push(spec.positional.name);
  for (const [flag, option] of Object.entries(spec.options)) parts.push(optionUsage(flag, option));
  return parts.join(' ');
}

export function globalHelp(width: number = HELP_WIDTH): string {
  const nameWidth = Math.max(...COMMAND_NAMES.map((name) => name.length));
  const commands = COMMAND_NAMES.flatMap((name) => hanging(`  ${name.padEnd(nameWidth)}  `, COMMAND_SPECS[name].summary, width));
  const globals = GLOBAL_OPTIONS.flatMap((option) => hanging(`  ${option.flag.padEnd(14)}  `, option.description, width));
  return [
    `${PROGRAM} — GitOps for NetSuite TBA access tokens and OAuth 2.0 (M2M) certificates`,
    '',
    'Usage:',
    `  ${PROGRAM} COMMAND [OPTIONS]`,
    `  ${PROGRAM} COMMAND --help      every option of one command, with an example`,
    `  ${PROGRAM} help COMMAND        the same`,
    '',
    'Commands:',
    ...commands,
    '',
    'Options for every command:',
    ...globals,
    '',
    ...wrapText(EXIT_CODES, width),
    ...hanging('Environment: ', ENVIRONMENT, width),
    '',
  ].join('\n');
}

/** `left` then the text, wrapped so every further line starts under the text's first word. */
function hanging(left: string, text: string, width: number): string[] {
  const indent = ' '.repeat(left.length);
  const [first = '', ...rest] = wrapText(text, width, indent);
  return [(left + first.slice(indent.length)).trimEnd(), ...rest];
}

export function commandHelp(spec: CommandSpec, width: number = HELP_WIDTH): string {
  const lines = [...wrapText(`${PROGRAM} ${spec.name} — ${spec.summary}`, width), '', 'Usage:', ...hanging(`  ${PROGRAM} ${spec.name} `, usageArguments(spec), width).map((line) => line.replaceAll(KEEP_TOGETHER, ' ')), ''];
  const rows: { readonly left: string; readonly description: string; readonly example: string }[] = [];
  if (spec.positional !== undefined) rows.push({ left: spec.positional.name, description: spec.positional.description, example: spec.positional.example });
  for (const [flag, option] of Object.entries(spec.options)) {
    rows.push({ left: `--${flag}${option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : ''}`, description: option.description, example: option.example });
  }
  if (rows.length > 0) {
    const leftWidth = Math.max(...rows.map((row) => row.left.length));
    lines.push('Options:');
    for (const row of rows) {
      const left = `  ${row.left.padEnd(leftWidth)}  `;
      lines.push(...hanging(left, row.description, width), ...wrapText(`e.g. ${row.example}`, width, ' '.repeat(left.length)));
    }
    lines.push('');
  } else {
    lines.push(`${spec.name} takes no options of its own.`, '');
  }
  for (const note of spec.notes ?? []) lines.push(...wrapText(note, width), '');
  // Every global option, --version too: it works after a command as before one.
  lines.push(...wrapText(`Also: ${GLOBAL_OPTIONS.map((option) => option.flag).join(', ')}.`, width), ...wrapText(EXIT_CODES, width), '');
  return lines.join('\n');
}
