import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseCommandArgs } from '../cli.js';
import type { Io } from '../support/io.js';
import { requireValidConfig } from '../config/load-config.js';
import { RuntimeFailure, UsageError } from '../support/errors.js';
import type { RunReport } from '../domain/report.js';
import { countOutcomes } from '../domain/report.js';
import { buildStatus, sameRecord } from '../domain/status.js';
import { matchDesiredTokens } from '../domain/token-matching.js';
import type { DesiredToken } from '../domain/desired.js';
import type { Observation } from '../domain/token.js';
import { parsePlanJson } from '../domain/render-json.js';
import { renderReportText, renderReportMarkdown, renderReportJson } from '../domain/render-report.js';
import { applyPlan, assertSavedPlanStillHolds, observeAndPlan } from '../reconcile.js';
import { writeStatus } from '../status-store.js';
import { prepareAccountRun, runUrlFrom, type AccountRun } from '../composition-root.js';
import { DEFAULT_CONFIG_PATH, parseFormat, type OutputFormat } from './shared-options.js';
import { publishToActions } from './actions-output.js';
import { reportOutputs } from '../github/action-outputs.js';
import { publishResults } from './publish-results.js';

/**
 * `netsuite-tokens apply`: plan afresh (or check a saved plan still holds), enforce the guards, revoke
 * what NetSuite lets the operator revoke, verify by observing again, write the status file, and
 * optionally open or update the results pull request. Exit 0 also when only administrator changes
 * remain pending; 1 when a change failed; 4 when a guard refused.
 */
export async function applyCommand(args: readonly string[], io: Io): Promise<number> {
  const flags = parseCommandArgs('apply', args, {
    config: { type: 'string' },
    plan: { type: 'string' },
    format: { type: 'string' },
    'pull-request': { type: 'boolean' },
    'allow-over-limit': { type: 'boolean' },
  });
  const format = parseFormat(flags.format);
  const files = await requireValidConfig(flags.config ?? DEFAULT_CONFIG_PATH, io.cwd);
  const saved = flags.plan === undefined ? null : await readSavedPlan(resolve(io.cwd, flags.plan));
  if (saved !== null && files.length > 1) {
    throw new UsageError('--plan applies one saved plan, but --config names a directory of several accounts.', { hint: 'Point --config at the file the plan was made from.' });
  }

  let failed = 0;
  for (const file of files) {
    const account = await prepareAccountRun(file, io);
    const report = await applyAccount(account, io, flags['allow-over-limit'] === true, saved);
    failed += countOutcomes(report.results).failed;
    io.stdout.write(renderReport(report, format, account.client.endpoints.ui, io.interactive));
    // The job summary is written before publishing, so a rejected push still leaves the record in the run.
    await publishToActions(io, renderReportMarkdown(report, { uiOrigin: account.client.endpoints.ui }), reportOutputs(report, null));
    if (flags['pull-request'] === true) {
      const published = await publishResults(io, account, report);
      if (published.pullRequestUrl !== null) {
        io.stdout.write(`Results pull request: ${published.pullRequestUrl}\n`);
        await publishToActions(io, null, reportOutputs(report, published.pullRequestUrl));
      }
    }
  }
  return failed > 0 ? 1 : 0;
}

async function applyAccount(account: AccountRun, io: Io, allowOverLimit: boolean, saved: ReturnType<typeof parsePlanJson> | null): Promise<RunReport> {
  const run = await observeAndPlan(account.context, account.built.state, account.history, { allowOverLimit });
  if (saved !== null) assertSavedPlanStillHolds(saved, run.plan);
  const { report, verified } = await applyPlan(account.context, run, account.built.credentials, runUrlFrom(io.env));
  const status = buildStatus(report, verified, entriesByTokenId(account.built.state.tokens, verified), account.history, new Date(verified.observedAt));
  if (!sameRecord(account.previousStatus, status)) await writeStatus(account.statusPath, status);
  return report;
}

/** Which desired entry declares each observed token, by the plan's own identity rules. */
function entriesByTokenId(entries: readonly DesiredToken[], observed: Observation): Map<string, DesiredToken> {
  const { matches } = matchDesiredTokens(entries, observed.tokens);
  const byId = new Map<string, DesiredToken>();
  matches.forEach((match, index) => {
    const entry = entries[index];
    if (match.kind === 'matched' && entry !== undefined) byId.set(match.token.id, entry);
  });
  return byId;
}

function renderReport(report: RunReport, format: OutputFormat, uiOrigin: string, color: boolean): string {
  switch (format) {
    case 'text':
      return renderReportText(report, { color, uiOrigin });
    case 'markdown':
      return renderReportMarkdown(report, { uiOrigin });
    case 'json':
      return renderReportJson(report);
  }
}

async function readSavedPlan(path: string): Promise<ReturnType<typeof parsePlanJson>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new RuntimeFailure(`Could not read the saved plan ${path}.`, { cause: error, hint: 'Write one with "netsuite-tokens plan --format json --out FILE".' });
  }
  return parsePlanJson(text);
}
