import { resolve } from 'node:path';
import { parseCommandArgs } from './command-args.js';
import { COMMAND_SPECS } from './command-specs.js';
import type { Io } from '../support/io.js';
import { readSavedPlan } from '../config/saved-plan.js';
import { UsageError } from '../support/errors.js';
import { resolveEndpoints } from '../netsuite/endpoints.js';
import { batched } from '../support/batched.js';
import { parseFormat } from './shared-options.js';
import { renderPlan } from './plan.js';

/**
 * `netsuite-tokens show PLAN.json [--format text|markdown|json]`: a saved plan (either formatVersion)
 * read back through its schema and printed again, as `plan` would have printed it. No NetSuite, no
 * credentials; deep links point at the account's UI (or NETSUITE_UI_URL).
 */
export async function showCommand(args: readonly string[], io: Io): Promise<number> {
  const { flags, positional } = parseCommandArgs(COMMAND_SPECS.show, args);
  const format = parseFormat(flags.format);
  if (positional === null) {
    throw new UsageError('show needs the saved plan to print.', { hint: 'Run "netsuite-tokens show plan.json"; "netsuite-tokens plan --out plan.json" saves one.' });
  }
  const plan = await readSavedPlan(resolve(io.cwd, positional), positional);
  for (const piece of batched(renderPlan(plan, format, resolveEndpoints(plan.account, io.env).ui, io))) io.stdout.write(piece);
  return 0;
}
