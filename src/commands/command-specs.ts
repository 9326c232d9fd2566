/**
 * What each command takes, said once: the parser reads the options from here and `COMMAND --help`
 * prints them, so the help cannot drift from what is accepted. Kept free of imports so `--help`
 * starts without loading any command.
 */

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** May be given more than once (`--only 4711 --only 4712`). */
  readonly multiple?: boolean;
  /** The placeholder the help shows for the value: `PATH`, `FILE`. */
  readonly value?: string;
  /** The command refuses to run without it; the usage line shows it without brackets. */
  readonly required?: boolean;
  readonly description: string;
  /** A whole command line using the option, as a person would type it. */
  readonly example: string;
}

export interface CommandSpec {
  readonly name: string;
  /** One line: what the command does. */
  readonly summary: string;
  /** The positional argument, when the command takes one (`show PLAN.json`). */
  readonly positional?: { readonly name: string; readonly description: string; readonly example: string };
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Further lines of help after the options. */
  readonly notes?: readonly string[];
  /** Runs until Ctrl-C (the emulator): stopping it so is how it ends, not an interrupted run. */
  readonly runsUntilInterrupted?: boolean;
}

export const DEFAULT_CONFIG_PATH = 'netsuite-tokens.yaml';

/** The emulator's REST origin by default; RESTlets listen on the next port and the UI on the one after. */
export const DEFAULT_EMULATOR_PORT = 7470;

const CONFIG = {
  type: 'string',
  value: 'PATH',
  description: `desired-state file, or a directory of them (default: ${DEFAULT_CONFIG_PATH})`,
  example: 'netsuite-tokens plan --config netsuite/production.yaml',
} as const satisfies OptionSpec;

const TIMEOUT = {
  type: 'string',
  value: 'DURATION',
  description: 'how long NetSuite may take to answer one request, which is sent twice at most: 100ms to 15m, such as 90s, 5m or 500ms; a bare number is seconds (default 60s; also NETSUITE_TIMEOUT)',
  example: 'netsuite-tokens plan --timeout 5m',
} as const satisfies OptionSpec;

const ONLY = {
  type: 'string',
  multiple: true,
  value: 'SUBJECT',
  description: 'narrow the run to a token id or a certificate mapping name (or the account id: all of it); repeat for several',
  example: 'netsuite-tokens plan --only 4713 --only 4714',
} as const satisfies OptionSpec;

const FORMAT_EXAMPLE = (command: string): string => `netsuite-tokens ${command} --format markdown`;

export const COMMAND_SPECS = {
  validate: {
    name: 'validate',
    summary: 'check the desired-state file (or a directory of them), and the status file beside each, without touching NetSuite',
    options: { config: { ...CONFIG, example: 'netsuite-tokens validate --config netsuite/' } },
  },
  plan: {
    name: 'plan',
    summary: 'observe the account and show what apply would change; changes nothing',
    options: {
      config: CONFIG,
      format: { type: 'string', value: 'FORMAT', description: 'text (default), markdown or json', example: FORMAT_EXAMPLE('plan') },
      out: {
        type: 'string',
        value: 'FILE',
        description: 'save the plan: a .json name holds JSON for `apply --plan`; any other name needs --format text or markdown',
        example: 'netsuite-tokens plan --out plan.json',
      },
      'detailed-exitcode': { type: 'boolean', description: 'exit 2 when there is a change no guard blocks, 4 when a guard would refuse apply, 0 otherwise', example: 'netsuite-tokens plan --detailed-exitcode' },
      'allow-over-limit': { type: 'boolean', description: 'plan as if policy.maxChangesPerRun did not apply', example: 'netsuite-tokens plan --allow-over-limit' },
      only: ONLY,
      timeout: TIMEOUT,
    },
  },
  apply: {
    name: 'apply',
    summary: 'plan afresh (or take a saved plan), make what the API allows, verify, record the status file',
    options: {
      config: { ...CONFIG, example: 'netsuite-tokens apply --config netsuite/production.yaml' },
      plan: { type: 'string', value: 'FILE', description: 'apply this saved plan (from `plan --out`) with the same --config it was made from; refused (exit 4) if NetSuite or the file no longer matches it; never asks', example: 'netsuite-tokens apply --config netsuite/production.yaml --plan plan.json' },
      format: { type: 'string', value: 'FORMAT', description: 'text (default), markdown or json for the results', example: 'netsuite-tokens apply --format json' },
      'pull-request': {
        type: 'boolean',
        description: 'commit the status file on netsuite-tokens/<account> and open or update the results pull request (needs GITHUB_TOKEN, GITHUB_REPOSITORY, and the desired-state file in a git clone with an origin remote; all checked before the first request)',
        example: 'netsuite-tokens apply --pull-request',
      },
      'allow-over-limit': { type: 'boolean', description: 'apply even when the plan has more changes than policy.maxChangesPerRun', example: 'netsuite-tokens apply --allow-over-limit' },
      yes: { type: 'boolean', description: 'do not ask before changing anything through the API (on a terminal apply shows the plan and asks)', example: 'netsuite-tokens apply --yes' },
      only: { ...ONLY, example: 'netsuite-tokens apply --only 4713' },
      rotate: {
        type: 'string',
        multiple: true,
        value: 'MAPPING',
        description: 'rotate this certificate mapping now, whatever its expiry (it must declare rotation:); a rotation delivered earlier that still waits for its overlap is taken over, and its certificates retire after the overlap from the new delivery; repeat for several',
        example: 'netsuite-tokens apply --rotate expense-sync',
      },
      timeout: { ...TIMEOUT, example: 'netsuite-tokens apply --timeout 2m' },
    },
    notes: ['On a terminal, apply shows the plan and, when it would change something through NetSuite\'s API, asks first; only "yes" goes ahead. It does not ask when its output is not a terminal, in CI, with --yes or with --plan. Administrator changes become a checklist and are never asked about.'],
  },
  show: {
    name: 'show',
    summary: 'print a saved plan (from `plan --out`) again, in any format',
    positional: { name: 'PLAN.json', description: 'the saved plan', example: 'netsuite-tokens show plan.json' },
    options: {
      format: { type: 'string', value: 'FORMAT', description: 'text (default), markdown or json', example: 'netsuite-tokens show plan.json --format markdown' },
    },
  },
  import: {
    name: 'import',
    summary: 'write a desired-state file declaring every token of the live account as it is now',
    options: {
      account: { type: 'string', value: 'ID', required: true, description: 'the account id (required): 1234567_SB1, or 1234567-sb1 as in its URLs', example: 'netsuite-tokens import --account 1234567_SB1' },
      out: { type: 'string', value: 'FILE', description: 'write the file here instead of printing it', example: 'netsuite-tokens import --account 1234567_SB1 --out netsuite-tokens.yaml' },
      force: { type: 'boolean', description: 'overwrite --out when it exists', example: 'netsuite-tokens import --account 1234567_SB1 --out netsuite-tokens.yaml --force' },
      'operator-token': {
        type: 'string',
        value: 'ID',
        description: 'internal id of the token netsuite-tokens signs in with: required when it signs in with a TBA token; its entry is written protected, with the NETSUITE_* credentials. Signed in with an M2M certificate, the operator’s own mapping is adopted instead and this is not needed',
        example: 'netsuite-tokens import --account 1234567_SB1 --operator-token 4712',
      },
      timeout: { ...TIMEOUT, example: 'netsuite-tokens import --account 1234567_SB1 --timeout 2m' },
    },
  },
  emulator: {
    name: 'emulator',
    summary: 'run a local NetSuite emulator (NOT NetSuite) for trying and testing, until Ctrl-C',
    runsUntilInterrupted: true,
    options: {
      seed: { type: 'string', value: 'FILE', description: 'the account to serve (default: examples/demo-seed.yaml)', example: 'netsuite-tokens emulator --seed my-seed.yaml' },
      port: {
        type: 'string',
        value: 'N',
        description: `REST on port N, RESTlets on N+1, the UI on N+2 (default ${DEFAULT_EMULATOR_PORT}; 0 picks free ports)`,
        example: 'netsuite-tokens emulator --port 9000',
      },
      'operator-token': {
        type: 'string',
        value: 'ID',
        description: 'the seed token whose (fake) credentials the export lines give the operator (default: the demo\'s 4712, else the first that can sign)',
        example: 'netsuite-tokens emulator --seed my-seed.yaml --operator-token 101',
      },
      tls: { type: 'boolean', description: 'serve HTTPS under a certificate authority made at start', example: 'netsuite-tokens emulator --tls' },
      'tls-ca-file': { type: 'string', value: 'FILE', description: 'with --tls: where to write the authority\'s certificate (public) for clients to trust', example: 'netsuite-tokens emulator --tls --tls-ca-file emulator-ca.pem' },
      bundles: {
        type: 'string',
        value: 'DIR',
        description: 'write each certificate mapping\'s credentials bundle (a fake key made at start) to DIR/<mapping>.json, mode 0600, to sign in with as its consumer would; removed when the emulator stops',
        example: 'netsuite-tokens emulator --bundles emulator-bundles',
      },
    },
  },
  demo: {
    name: 'demo',
    summary: 'a guided tour of the whole loop against the embedded emulator (what npm start runs)',
    options: {},
  },
  rotate: {
    name: 'rotate',
    summary: 'replace one TBA token through NetSuite\'s authorization flow: you approve in a browser, the new token is delivered and the file re-keyed by pull request',
    options: {
      token: { type: 'string', value: 'ID', required: true, description: 'internal id of the token to replace (required); its entry needs credentials and deliver targets', example: 'netsuite-tokens rotate --token 4711' },
      config: { ...CONFIG, example: 'netsuite-tokens rotate --token 4711 --config netsuite/production.yaml' },
      paste: { type: 'boolean', description: 'nothing listens for the redirect: paste the address the browser ends on after Allow', example: 'netsuite-tokens rotate --token 4711 --paste' },
      'callback-port': {
        type: 'string',
        value: 'N',
        description: 'listen for the redirect on http://localhost:N/callback (default: a free port, which needs the Callback URL http://localhost:*/callback)',
        example: 'netsuite-tokens rotate --token 4711 --callback-port 8765',
      },
      'revoke-old': { type: 'boolean', description: 'revoke the old token with its own credentials once the new one is delivered (else an administrator does; refused for a protected entry)', example: 'netsuite-tokens rotate --token 4711 --revoke-old' },
      timeout: { type: 'string', value: 'DURATION', description: 'how long to wait for the approval in the browser: 100ms to 1h, such as 90s, 5m or 10m (default 5m)', example: 'netsuite-tokens rotate --token 4711 --timeout 10m' },
    },
    notes: [
      'Run it as someone who can sign in to NetSuite as the token\'s user with its role: NetSuite mints the new token for whoever approves, and rotate refuses any other user or role.',
      'The integration record needs "TBA: Authorization Flow" checked and the Callback URL http://localhost:*/callback (an administrator sets both once).',
      'It needs a person and a browser, so it cannot run in CI. It needs GITHUB_TOKEN and GITHUB_REPOSITORY for the pull request.',
    ],
  },
} as const satisfies Readonly<Record<string, CommandSpec>>;

export type CommandName = keyof typeof COMMAND_SPECS;

export const COMMAND_NAMES = Object.keys(COMMAND_SPECS) as readonly CommandName[];

/** Options every command takes; main() handles them before the command runs. */
export const GLOBAL_OPTIONS: readonly { readonly flag: string; readonly description: string }[] = [
  { flag: '--debug', description: 'show stack traces and request details (never secret values)' },
  { flag: '--no-color', description: 'no ANSI colour (also NO_COLOR=1)' },
  { flag: '--help, -h', description: 'show help; COMMAND --help for one command' },
  { flag: '--version, -v', description: 'print the version' },
];

export const EXIT_CODES = 'Exit codes: 0 success, 1 runtime error, 2 changes pending (plan --detailed-exitcode), 3 invalid configuration or usage, 4 refused by a safety guard, 130 interrupted.';
