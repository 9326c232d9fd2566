import { parseCommandArgs } from './command-args.js';
import { COMMAND_SPECS, DEFAULT_CONFIG_PATH } from './command-specs.js';
import { loadConfig, type LoadedConfigFile } from '../config/load-config.js';
import { formatDuration } from '../domain/duration.js';
import { policyOf } from '../config/policy.js';
import { ConfigError } from '../support/errors.js';
import type { Io } from '../support/io.js';

/**
 * `netsuite-tokens validate [--config PATH]`: checks the desired-state file (or every file of a
 * directory) without touching NetSuite. Prints one line per valid file; any problem is a ConfigError (exit 3).
 */
export async function validateCommand(args: readonly string[], io: Io): Promise<number> {
  const { flags } = parseCommandArgs(COMMAND_SPECS.validate, args);
  const { files, problems } = await loadConfig(flags.config ?? DEFAULT_CONFIG_PATH, io.cwd);
  for (const file of files) io.stdout.write(`✓ ${summaryOf(file)}\n`);
  if (problems.length > 0) throw new ConfigError(problems, { hint: `Fix ${problems.length === 1 ? 'it' : 'them'} and run "netsuite-tokens validate" again.` });
  return 0;
}

/**
 * `netsuite-tokens.yaml: account 1234567_SB1, 7 tokens declared (2 with credentials), policy: unmanaged=report, ...`
 * From the file alone: validate needs no secret and resolves none (a fork's pull request runs it).
 */
function summaryOf(loaded: LoadedConfigFile): string {
  const { account, tokens } = loaded.config;
  const policy = policyOf(loaded.config.policy);
  const withCredentials = tokens.filter((token) => token.credentials !== undefined).length;
  const mappings = loaded.config.certificates ?? [];
  const withRotation = mappings.filter((mapping) => mapping.rotation !== undefined).length;
  const tokensText = `${tokens.length} token${tokens.length === 1 ? '' : 's'} declared (${withCredentials} with credentials)`;
  // A file of certificate mappings only says so, rather than "0 tokens declared" alone.
  const mappingsText = `${mappings.length} certificate mapping${mappings.length === 1 ? '' : 's'} declared (${withRotation} with rotation)`;
  const declared = mappings.length === 0 ? tokensText : tokens.length === 0 ? mappingsText : `${tokensText}, ${mappingsText}`;
  const policyText = [
    `unmanaged=${policy.unmanaged}`,
    `maxAge=${durationText(policy.maxAgeMs)}`,
    `unusedFor=${durationText(policy.unusedForMs)}`,
    `maxChangesPerRun=${policy.maxChangesPerRun}`,
  ].join(', ');
  return `${loaded.file}: account ${account}, ${declared}, policy: ${policyText}`;
}

function durationText(ms: number | null): string {
  return ms === null ? 'never' : formatDuration(ms);
}
