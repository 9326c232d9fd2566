import { resolve } from 'node:path';
import { parseCommandArgs } from './command-args.js';
import { COMMAND_SPECS } from './command-specs.js';
import type { Io, TextSink } from '../support/io.js';
import { requireValidConfig } from '../config/load-config.js';
import { UsageError } from '../support/errors.js';
import type { Plan } from '../domain/plan.js';
import { renderPlanText } from '../domain/render-text.js';
import { renderPlanMarkdown } from '../domain/render-markdown.js';
import { planJsonChunks } from '../domain/render-json.js';
import { planSummaryLine } from '../domain/plan-wording.js';
import { planAccount } from '../reconcile.js';
import { composeActionsRuntime, type AccountRun } from '../composition-root.js';
import { writeFileAtomic } from '../support/atomic-write.js';
import { batched } from '../support/batched.js';
import { DEFAULT_CONFIG_PATH, applySavedPlanCommand, assertWritableFile, parseFormat, savedPlanFormat, withTimeout, type OutputFormat } from './shared-options.js';
import { eachAccount, failedAccountSection, mostSevere, prepareAccounts, sectionHeading, selectAccounts } from './accounts.js';
import { planOutputs } from '../github/action-outputs.js';
import { preflightDelivery } from './delivery-preflight.js';
import { unrecognisedOperatorWarning } from './operator-warning.js';
import { assertOnlyFound, checkOnlyValues, foundInObservation, onlyNote } from './only.js';

/**
 * `netsuite-tokens plan`: observe and plan, change nothing. With --detailed-exitcode the exit code
 * says whether there is work: 0 none, 2 changes that are not blocked, 4 a guard would refuse apply.
 * Everything that can be checked without NetSuite (the options, the files, where --out goes, whether
 * git would commit a file delivery target) is checked before the first request.
 */
export async function planCommand(args: readonly string[], baseIo: Io): Promise<number> {
  const { flags } = parseCommandArgs(COMMAND_SPECS.plan, args);
  const io = withTimeout(baseIo, flags.timeout);
  const format = flags.out === undefined ? parseFormat(flags.format) : savedPlanFormat(flags.out, flags.format);
  const only = flags.only ?? [];
  const loaded = await requireValidConfig(flags.config ?? DEFAULT_CONFIG_PATH, io.cwd);
  const lookup = checkOnlyValues(only, loaded);
  const files = selectAccounts(loaded, only);
  if (flags.out !== undefined) {
    if (files.length > 1) {
      throw new UsageError('--out writes one plan, but --config names a directory of several accounts.', { hint: 'Plan each account file separately, narrow the run to one account with --only ACCOUNT, or leave out --out.' });
    }
    await assertWritableFile(io, flags.out, '--out');
  }

  const actions = composeActionsRuntime(io);
  // Every account's credentials (and, with several, status file) are checked before the first request to any of them.
  const accounts = await prepareAccounts(files, io, actions);
  for (const account of accounts) await preflightDelivery(account, only, [], 'not-committed');
  const several = accounts.length > 1;
  const jsonArray = several && format === 'json' && flags.out === undefined;
  // With several accounts, a token or certificate id that --only names can be found in none of them only
  // once all were observed: their plans wait until then, so that such a mistake prints no plan at all.
  const holding = several && lookup.pending.length > 0;
  const held: string[] = [];
  const heldSummaries: (() => Promise<void>)[] = [];
  const stdout: TextSink = holding ? { write: (text) => { held.push(text); } } : io.stdout;
  if (jsonArray) stdout.write('[\n');
  let written = 0;

  // How many sections were written when each account's turn began: a failure after its plan was written adds none.
  const writtenBefore = new Map<AccountRun, number>();
  // --only values found in what NetSuite shows, over every account.
  const found = new Set<string>();
  const failedAccounts = new Set<AccountRun>();
  const codes = await eachAccount(accounts, io, async (account) => {
    writtenBefore.set(account, written);
    const { plan, observation } = await planAccount(account.ports, { desired: account.built.state, credentials: account.built.credentials }, { allowOverLimit: flags['allow-over-limit'] === true, only });
    for (const value of foundInObservation(lookup, observation)) found.add(value);
    // One account: a value NetSuite does not show is said before a plan that would concern nothing.
    if (!several) assertOnlyFound(lookup, found);
    const uiOrigin = account.client.endpoints.ui;
    for (const note of [onlyNote(plan, only), unrecognisedOperatorWarning(account, plan)]) if (note !== null) io.stderr.write(`${note}\n`);
    if (flags.out === undefined) {
      if (jsonArray && written > 0) stdout.write(',\n');
      if (several) stdout.write(sectionHeading(account, format));
      for (const piece of batched(renderPlan(plan, format, uiOrigin, io))) stdout.write(piece);
      written += 1;
    } else {
      await writeFileAtomic(resolve(io.cwd, flags.out), Array.from(renderPlan(plan, format, uiOrigin, null)).join(''));
      // The command on a line of its own, with nothing after it, so that it can be pasted as printed.
      const use = format === 'json'
        ? `. Apply it with:\n  ${applySavedPlanCommand(flags.out, { config: flags.config, only, allowOverLimit: flags['allow-over-limit'] === true })}\n`
        : ` (${format}, for reading; apply --plan needs --format json).\n`;
      stdout.write(`${planSummaryLine(plan)}\nPlan written to ${flags.out}${use}`);
    }
    // The job summary exists only in GitHub Actions: elsewhere the markdown is not worth rendering (issue #18).
    if (actions.active) {
      const publish = (): Promise<void> => actions.publish(renderPlanMarkdown(plan, { uiOrigin }), planOutputs(plan));
      if (holding) heldSummaries.push(publish);
      else await publish();
    }
    return flags['detailed-exitcode'] === true ? detailedExitCode(plan) : 0;
  }, (account, error) => {
    failedAccounts.add(account);
    if (flags.out !== undefined || written !== writtenBefore.get(account)) return;
    if (jsonArray && written > 0) stdout.write(',\n');
    stdout.write(failedAccountSection(account, error, format, true));
    written += 1;
  });
  if (jsonArray) stdout.write(']\n');
  // Only when every account was observed can a value be said to be in none of them.
  if (several && failedAccounts.size === 0 && codes.length === accounts.length) assertOnlyFound(lookup, found);
  for (const text of held) io.stdout.write(text);
  for (const publish of heldSummaries) await publish();
  return mostSevere(codes);
}

/**
 * The plan in a format, as pieces to write in order (JSON comes a change or finding at a time). Text is
 * fitted to the terminal and coloured as `io` says; written to a file (`io` null) it is plain and unfitted.
 */
export function renderPlan(plan: Plan, format: OutputFormat, uiOrigin: string, io: Pick<Io, 'color' | 'columns'> | null): Iterable<string> {
  switch (format) {
    case 'text':
      return [renderPlanText(plan, { color: io?.color ?? false, uiOrigin, width: io?.columns ?? null })];
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
