import { resolve } from 'node:path';
import { parseCommandArgs } from './command-args.js';
import type { Io } from '../support/io.js';
import { requireValidConfig } from '../config/load-config.js';
import { readSavedPlan } from '../config/saved-plan.js';
import { UsageError } from '../support/errors.js';
import type { RunReport } from '../domain/report.js';
import { countOutcomes } from '../domain/report.js';
import { renderReportText, renderReportMarkdown, renderReportJson } from '../domain/render-report.js';
import { reconcile } from '../reconcile.js';
import type { ResultsPublisher } from '../ports.js';
import { composeAccount, composeActionsRuntime, pullRequestPublisher, runUrlFrom } from '../composition-root.js';
import { DEFAULT_CONFIG_PATH, parseFormat, type OutputFormat } from './shared-options.js';
import { eachAccount, mostSevere, sectionHeading } from './accounts.js';
import { reportOutputs } from '../github/action-outputs.js';
import type { ActionsRuntime } from '../github/actions-runtime.js';

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
  const savedPlan = flags.plan === undefined ? null : await readSavedPlan(resolve(io.cwd, flags.plan), flags.plan);
  if (savedPlan !== null && files.length > 1) {
    throw new UsageError('--plan applies one saved plan, but --config names a directory of several accounts.', { hint: 'Point --config at the file the plan was made from.' });
  }
  const actions = composeActionsRuntime(io);
  // Every account's credentials are checked before the first request to any of them.
  const accounts = files.map((file) => composeAccount(file, io, actions));
  const several = accounts.length > 1;
  const jsonArray = several && format === 'json';
  const documents: string[] = [];

  const codes = await eachAccount(accounts, io, async (account) => {
    const uiOrigin = account.client.endpoints.ui;
    if (several && !jsonArray) io.stdout.write(sectionHeading(account, format));
    // The person's terminal and the job summary first, so a rejected push still leaves the record in the run.
    const terminal: ResultsPublisher = jsonArray ? collect(documents, format, uiOrigin) : terminalReport(io, format, uiOrigin);
    const publishers: ResultsPublisher[] = [terminal, jobSummary(actions, uiOrigin)];
    if (flags['pull-request'] === true) publishers.push(pullRequestPublisher(io, account, actions));
    const { report, published } = await reconcile(account.ports, { desired: account.built.state, credentials: account.built.credentials }, {
      allowOverLimit: flags['allow-over-limit'] === true,
      savedPlan,
      runUrl: runUrlFrom(io.env),
      publishers,
    });
    if (published.pullRequestUrl !== null) {
      io.stdout.write(`Results pull request: ${published.pullRequestUrl}\n`);
      await actions.publish(null, reportOutputs(report, published.pullRequestUrl));
    }
    return countOutcomes(report.results).failed > 0 ? 1 : 0;
  });
  if (jsonArray) io.stdout.write(`[\n${documents.join(',\n')}]\n`);
  return mostSevere(codes);
}

function terminalReport(io: Io, format: OutputFormat, uiOrigin: string): ResultsPublisher {
  return {
    publish(report) {
      io.stdout.write(renderReport(report, format, uiOrigin, io.interactive));
      return Promise.resolve({ pullRequestUrl: null, dashboardIssueUrl: null });
    },
  };
}

/** With several accounts, JSON reports are gathered and printed as one array. */
function collect(documents: string[], format: OutputFormat, uiOrigin: string): ResultsPublisher {
  return {
    publish(report) {
      documents.push(renderReport(report, format, uiOrigin, false));
      return Promise.resolve({ pullRequestUrl: null, dashboardIssueUrl: null });
    },
  };
}

function jobSummary(actions: ActionsRuntime, uiOrigin: string): ResultsPublisher {
  return {
    async publish(report) {
      await actions.publish(renderReportMarkdown(report, { uiOrigin }), reportOutputs(report, null));
      return { pullRequestUrl: null, dashboardIssueUrl: null };
    },
  };
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
