import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { COMMAND_NAMES, COMMAND_SPECS, type CommandSpec } from '../src/commands/command-specs.js';
import { captureIo } from './support/io.js';

describe('cli', () => {
  it('prints the version', async () => {
    const io = captureIo();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints the version after a command too, as the help lists --version among the options for every command', async () => {
    for (const flag of ['--version', '-v']) {
      const io = captureIo();
      expect(await main(['plan', flag], io)).toBe(0);
      expect(io.out()).toMatch(/^\d+\.\d+\.\d+/);
      expect(io.err()).toBe('');
    }
  });

  it('rejects an unknown command with a usage error and exit 3', async () => {
    const io = captureIo();
    expect(await main(['frobnicate'], io)).toBe(3);
    expect(io.err()).toContain('Unknown command "frobnicate".');
    expect(io.err()).not.toContain('    at ');
  });
});

describe('help', () => {
  it('lists every command, the options every command takes, and how to get one command\'s help', async () => {
    const io = captureIo();
    expect(await main(['--help'], io)).toBe(0);
    const text = io.out();
    for (const name of COMMAND_NAMES) expect(text).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    expect(text).toContain('  demo      a guided tour of the whole loop against the embedded emulator (what npm start runs)');
    expect(text).toContain('  show      print a saved plan (from `plan --out`) again, in any format');
    expect(text).toContain('  --debug         show stack traces and request details (never secret values)');
    expect(text).toContain('  --no-color      no ANSI colour (also NO_COLOR=1)');
    expect(text).toContain('netsuite-tokens COMMAND --help      every option of one command, with an example');
  });

  it.each(COMMAND_NAMES)('%s --help shows that command\'s usage and every option, each with an example', async (name) => {
    const io = captureIo();
    expect(await main([name, '--help'], io)).toBe(0);
    const lines = io.out().split('\n');
    const spec: CommandSpec = COMMAND_SPECS[name];
    const words = (text: string): string => text.replace(/\s+/g, ' ').trim();
    expect(words(lines.slice(0, lines.indexOf('')).join(' '))).toBe(`netsuite-tokens ${name} — ${spec.summary}`);
    for (const [flag, option] of Object.entries(spec.options)) {
      const at = lines.findIndex((line) => line.startsWith(`  --${flag} `));
      expect(at, `--${flag}`).toBeGreaterThan(0);
      // The option's block runs to the next option or the blank line after the last.
      const end = lines.findIndex((line, index) => index > at && (line === '' || line.startsWith('  --')));
      const block = words(lines.slice(at, end).join(' '));
      expect(block).toContain(option.description);
      // The example closes its option's block, and it uses that option.
      expect(block).toMatch(new RegExp(`e\\.g\\. netsuite-tokens ${name} [^]*--${flag}\\b[^]*$`));
      expect(block.endsWith(option.example)).toBe(true);
    }
    // Nobody is sent to the global help by mistake: no other command's options appear.
    if (name !== 'apply') expect(io.out()).not.toContain('--pull-request');
  });

  it('plan --help reads as a person would want it', async () => {
    const io = captureIo();
    await main(['plan', '--help'], io);
    expect(io.out()).toContain([
      'Usage:',
      '  netsuite-tokens plan [--config PATH] [--format FORMAT] [--out FILE] [--detailed-exitcode]',
      '                       [--allow-over-limit] [--only SUBJECT]... [--timeout DURATION]',
      '',
      'Options:',
      '  --config PATH        desired-state file, or a directory of them (default: netsuite-tokens.yaml)',
      '                       e.g. netsuite-tokens plan --config netsuite/production.yaml',
      '  --format FORMAT      text (default), markdown or json',
      '                       e.g. netsuite-tokens plan --format markdown',
      '  --out FILE           save the plan: a .json name holds JSON for `apply --plan`; any other name',
      '                       needs --format text or markdown',
      '                       e.g. netsuite-tokens plan --out plan.json',
    ].join('\n'));
    for (const line of io.out().split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('wraps help to a narrow terminal', async () => {
    const io = captureIo({ env: { COLUMNS: '60' } });
    await main(['apply', '--help'], io);
    for (const line of io.out().split('\n')) expect(line.length, line).toBeLessThanOrEqual(60);
    expect(io.out()).toContain('  --pull-request      commit the status file on\n                      netsuite-tokens/<account> and open or\n');
    expect(io.out()).toContain('                        [--allow-over-limit] [--yes]\n                        [--only SUBJECT]...\n                        [--rotate MAPPING]...\n                        [--timeout DURATION]\n');
  });

  it('help COMMAND is COMMAND --help, and -h works anywhere after the command', async () => {
    const viaHelp = captureIo();
    const viaFlag = captureIo();
    const viaShort = captureIo();
    await main(['help', 'apply'], viaHelp);
    await main(['apply', '--help'], viaFlag);
    await main(['apply', '--yes', '-h'], viaShort);
    expect(viaHelp.out()).toBe(viaFlag.out());
    expect(viaShort.out()).toBe(viaFlag.out());
    expect(viaFlag.out()).toContain('  --yes               do not ask before changing anything');
    // The options every command takes, as the main help lists them; --version works after a command too.
    expect(viaFlag.out()).toContain('Also: --debug, --no-color, --help, -h, --version, -v.');
    const version = captureIo();
    expect(await main(['apply', '--version'], version)).toBe(0);
    expect(version.out()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('help of a command that does not exist says so (exit 3), with the closest one', async () => {
    const io = captureIo();
    expect(await main(['help', 'aply'], io)).toBe(3);
    expect(io.err()).toContain('Unknown command "aply"');
    expect(io.err()).toContain('apply');
    expect(io.out()).toBe('');
    for (const words of [['help', '--help'], ['help', '-h'], ['help', 'help']]) {
      const general = captureIo();
      expect(await main(words, general), words.join(' ')).toBe(0);
      expect(general.out()).toContain('Usage:');
    }
  });
});

describe('did you mean', () => {
  it('suggests the command a typo was meant to be', async () => {
    const io = captureIo();
    expect(await main(['plna'], io)).toBe(3);
    expect(io.err()).toBe('error: Unknown command "plna"; did you mean "plan"?\n  The commands are validate, plan, apply, show, import, emulator, demo, rotate; "netsuite-tokens --help" describes them.\n');
  });

  it('suggests the option a typo was meant to be, naming the command\'s own options', async () => {
    const io = captureIo();
    expect(await main(['plan', '--fromat', 'json'], io)).toBe(3);
    expect(io.err()).toBe([
      'error: Unknown option "--fromat" for "plan"; did you mean --format?',
      '  plan takes --config, --format, --out, --detailed-exitcode, --allow-over-limit, --only, --timeout. Run "netsuite-tokens plan --help" for its options, each with an example.',
      '',
    ].join('\n'));
  });

  it('says when an option needs a value, or takes none, with an example', async () => {
    const missing = captureIo();
    expect(await main(['plan', '--format'], missing)).toBe(3);
    expect(missing.err()).toContain('error: --format needs a value (FORMAT), such as: netsuite-tokens plan --format markdown.');
    const extra = captureIo();
    expect(await main(['apply', '--yes=please'], extra)).toBe(3);
    expect(extra.err()).toContain('error: --yes is a switch and takes no value; write --yes alone.');
  });

  it('says options follow the command when one comes first', async () => {
    const io = captureIo();
    expect(await main(['--format', 'json', 'plan'], io)).toBe(3);
    expect(io.err()).toContain('error: "--format" comes before a command, but options follow the command they belong to.');
  });

  it('refuses a stray argument to a command that takes none', async () => {
    const io = captureIo();
    expect(await main(['plan', 'json'], io)).toBe(3);
    expect(io.err()).toContain('error: "plan" takes no arguments besides its options, but was given "json".');
  });
});

describe('README', () => {
  it('lists every command and the global options in its command-line section', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Command line'), readme.indexOf('## In GitHub Actions'));
    for (const name of COMMAND_NAMES) expect(section).toContain(`netsuite-tokens ${name}`);
    for (const flag of ['--debug', '--no-color', '--help', '--yes', '--only', '--timeout']) expect(section).toContain(flag);
  });
});
