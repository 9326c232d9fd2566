import { resolve } from 'node:path';
import { parseCommandArgs } from './command-args.js';
import type { Io } from '../support/io.js';
import { requireValidConfig } from '../config/load-config.js';
import { UsageError } from '../support/errors.js';
import type { Plan } from '../domain/plan.js';
import { renderPlanText } from '../domain/render-text.js';
import { renderPlanMarkdown } from '../domain/render-markdown.js';
import { planJsonChunks } from '../domain/render-json.js';
import { planSummaryLine } from '../domain/plan-wording.js';
import { planAccount } from '../reconcile.js';
import { composeAccount, composeActionsRuntime } from '../composition-root.js';
import { writeFileAtomic } from '../support/atomic-write.js';
import { batched } from '../support/batched.js';
import { DEFAULT_CONFIG_PATH, parseFormat, type OutputFormat } from './shared-options.js';
import { eachAccount, mostSevere, sectionHeading } from './accounts.js';
import { planOutputs } from '../github/action-outputs.js';

/**
 * `netsuite-tokens plan`: observe and plan, change nothing. With --detailed-exitcode the exit code
 * says whether there is work: 0 none, 2 changes that are not blocked, 4 a guard would refuse apply.
 */
export async function planCommand(args: readonly string[], io: Io): Promise<number> {
  const flags = parseCommandArgs('plan', args, {
    config: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    'detailed-exitcode': { type: 'boolean' },
    'allow-over-limit': { type: 'boolean' },
  });
  const format = parseFormat(flags.format);
  const files = await requireValidConfig(flags.config ?? DEFAULT_CONFIG_PATH, io.cwd);
  if (flags.out !== undefined && files.length > 1) {
    throw new UsageError('--out writes one plan, but --config names a directory of several accounts.', { hint: 'Plan each account file separately, or leave out --out.' });
  }

  const actions = composeActionsRuntime(io);
  // Every account's credentials are checked before the first request to any of them.
  const accounts = files.map((file) => composeAccount(file, io, actions));
  const several = accounts.length > 1;
  const jsonArray = several && format === 'json';
  if (jsonArray) io.stdout.write('[\n');
  let written = 0;

  const codes = await eachAccount(accounts, io, async (account) => {
    const { plan } = await planAccount(account.ports, { desired: account.built.state, credentials: account.built.credentials }, { allowOverLimit: flags['allow-over-limit'] === true });
    const uiOrigin = account.client.endpoints.ui;
    const rendered = renderPlan(plan, format, uiOrigin, io.interactive);
    if (flags.out === undefined) {
      if (jsonArray && written > 0) io.stdout.write(',\n');
      if (several) io.stdout.write(sectionHeading(account, format));
      for (const piece of batched(rendered)) io.stdout.write(piece);
      written += 1;
    } else {
      await writeFileAtomic(resolve(io.cwd, flags.out), rendered);
      io.stdout.write(`${planSummaryLine(plan)}\nPlan written to ${flags.out}.\n`);
    }
    await actions.publish(renderPlanMarkdown(plan, { uiOrigin }), planOutputs(plan));
    return flags['detailed-exitcode'] === true ? detailedExitCode(plan) : 0;
  });
  if (jsonArray) io.stdout.write(']\n');
  return mostSevere(codes);
}

/** The plan in a format, as pieces to write in order (JSON comes a change or finding at a time). */
export function renderPlan(plan: Plan, format: OutputFormat, uiOrigin: string, color: boolean): Iterable<string> {
  switch (format) {
    case 'text':
      return [renderPlanText(plan, { color, uiOrigin })];
    case 'markdown':
      return [renderPlanMarkdown(plan, { uiOrigin })];
    case 'json':
      return planJsonChunks(plan);
  }
}

function detailedExitCode(plan: Plan): number {
  if (plan.refusal !== null) return 4;
  return plan.summary.changes > 0 ? 2 : 0;
}
