import { parseCommandArgs } from './command-args.js';
import { COMMAND_SPECS, DEFAULT_CONFIG_PATH } from './command-specs.js';
import { loadConfig, type LoadedConfigFile } from '../config/load-config.js';
import { formatDuration } from '../domain/duration.js';
import { policyOf } from '../config/policy.js';
import { ConfigError } from '../support/errors.js';
import type { Io } from '../support/io.js';
import type * as Fs from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { statusPathFor } from '../status/status-path.js';

// Through require: node:fs is loaded already, and an import of it would load more than a stat needs (issue 18).
const { statSync } = createRequire(import.meta.url)('node:fs') as typeof Fs;

/**
 * `netsuite-tokens validate [--config PATH]`: checks the desired-state file (or every file of a
 * directory) without touching NetSuite. Prints one line per valid file; any problem is a ConfigError (exit 3).
 */
export async function validateCommand(args: readonly string[], io: Io): Promise<number> {
  const { flags } = parseCommandArgs(COMMAND_SPECS.validate, args);
  const { files, problems } = await loadConfig(flags.config ?? DEFAULT_CONFIG_PATH, io.cwd);
  for (const file of files) io.stdout.write(`✓ ${summaryOf(file)}\n`);
  if (problems.length > 0) throw new ConfigError(problems, { hint: `Fix ${problems.length === 1 ? 'it' : 'them'} and run "netsuite-tokens validate" again.` });
  await checkStatusFiles(files, io.cwd);
  return 0;
}

/**
 * Each file's status file, when there is one, is read as plan and apply read it: a corrupt one stops
 * them (it remembers protection and rotations under way), so the check that runs on every pull request
 * says so first. Its reader loads only when a status file exists.
 */
async function checkStatusFiles(files: readonly LoadedConfigFile[], cwd: string): Promise<void> {
  const present = files.map((file) => ({ path: statusPathFor(resolve(cwd, file.file)), label: statusPathFor(file.file) })).filter(({ path }) => statSync(path, { throwIfNoEntry: false }) !== undefined);
  if (present.length === 0) return;
  const { readStatus } = await import('../status/status-file.js');
  const refusals: ConfigError[] = [];
  for (const { path, label } of present) {
    try {
      await readStatus(path, label);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      refusals.push(error);
    }
  }
  const first = refusals[0];
  if (first === undefined) return;
  throw new ConfigError(refusals.flatMap((refusal) => refusal.problems), { subject: 'status file', ...(first.hint === null ? {} : { hint: first.hint }) });
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
