import { dirname, resolve } from 'node:path';
import { parseCommandArgs } from './command-args.js';
import { COMMAND_SPECS } from './command-specs.js';
import type { Ask, Io } from '../support/io.js';
import { requireValidConfig } from '../config/load-config.js';
import { readSavedPlan } from '../config/saved-plan.js';
import { GuardRefusal, RuntimeFailure, UsageError } from '../support/errors.js';
import type { Plan } from '../domain/plan.js';
import type { DesiredMapping } from '../domain/desired.js';
import type { RunReport } from '../domain/report.js';
import { countOutcomes } from '../domain/report.js';
import { renderReportText, renderReportMarkdown, renderReportJson } from '../domain/render-report.js';
import { renderPlanText } from '../domain/render-text.js';
import { plural } from '../domain/plan-wording.js';
import { planAccount, reconcile } from '../reconcile.js';
import type { ResultsPublisher } from '../ports.js';
import { composeActionsRuntime, pullRequestPublisher, runUrlFrom, type AccountRun } from '../composition-root.js';
import { closestName } from '../config/did-you-mean.js';
import { DEFAULT_CONFIG_PATH, parseFormat, withTimeout, type OutputFormat } from './shared-options.js';
import { reportOutputs } from '../github/action-outputs.js';
import type { ActionsRuntime } from '../github/actions-runtime.js';
import { readGitHubContext } from '../github/github-context.js';
import { GitHubError } from '../github/github-error.js';
import { assertOnlyFound, checkOnlyValues, foundInObservation, onlyNote, rotateOutcome, type OnlyLookup } from './only.js';
import { onlySelection } from '../domain/plan-only.js';
import { preflightDelivery } from './delivery-preflight.js';
import { unrecognisedOperatorWarning } from './operator-warning.js';
import { eachAccount, failedAccountSection, mostSevere, prepareAccounts, sectionHeading, selectAccounts } from './accounts.js';

/**
 * `netsuite-tokens apply`: plan afresh (or check a saved plan still holds), enforce the guards, revoke
 * what NetSuite lets the operator revoke, verify by observing again, write the status file, and
 * optionally open or update the results pull request. Exit 0 also when only administrator changes
 * remain pending; 1 when a change failed or a `--rotate` mapping could not be rotated; 4 when a guard
 * refused (also a `--rotate` rotation a guard held back) or the person did not answer "yes".
 *
 * On a terminal it shows the plan and asks before the operator changes anything in NetSuite, unless
 * --yes; it never asks where nobody can answer (no terminal, CI) or with --plan (the plan was reviewed).
 */
export async function applyCommand(args: readonly string[], baseIo: Io): Promise<number> {
  const { flags } = parseCommandArgs(COMMAND_SPECS.apply, args);
  const io = withTimeout(baseIo, flags.timeout);
  const format = parseFormat(flags.format);
  const only = flags.only ?? [];
  const loaded = await requireValidConfig(flags.config ?? DEFAULT_CONFIG_PATH, io.cwd);
  const lookup = checkOnlyValues(only, loaded);
  const files = selectAccounts(loaded, only);
  const savedPlan = flags.plan === undefined ? null : await readSavedPlan(resolve(io.cwd, flags.plan), flags.plan);
  if (savedPlan !== null && files.length > 1) {
    throw new UsageError('--plan applies one saved plan, but --config names a directory of several accounts.', { hint: 'Point --config at the file the plan was made from, or narrow the run to its account with --only ACCOUNT.' });
  }
  if (flags['pull-request'] === true) {
    assertGitHubVariables(io);
    for (const file of files) await assertStatusRepository(resolve(io.cwd, file.file), io);
  }
  const actions = composeActionsRuntime(io);
  const accounts = await prepareAccounts(files, io, actions);
  const rotate = flags.rotate ?? [];
  assertRotatable(rotate, accounts, only);
  for (const account of accounts) await preflightDelivery(account, only, rotate, 'everything');
  const ask = flags.yes === true || savedPlan !== null ? null : io.ask;

  const several = accounts.length > 1;
  const jsonArray = several && format === 'json';
  const documents: string[] = [];

  // How many documents existed when each account's turn began: a failure after its report was written adds none.
  const documentsBefore = new Map<AccountRun, number>();
  // --only values found in what NetSuite shows, over every account.
  const found = new Set<string>();
  if (several && lookup.pending.length > 0) await lookUpBeforeChanging(accounts, lookup, only, found);
  const failedAccounts = new Set<AccountRun>();
  const codes = await eachAccount(accounts, io, async (account) => {
    documentsBefore.set(account, documents.length);
    const uiOrigin = account.client.endpoints.ui;
    if (several && !jsonArray) io.stdout.write(sectionHeading(account, format));
    // The person's terminal and the job summary first, so a rejected push still leaves the record in the run.
    const terminal: ResultsPublisher = jsonArray ? collect(documents, format, uiOrigin, io) : terminalReport(io, format, uiOrigin);
    const publishers: ResultsPublisher[] = [terminal, jobSummary(actions, uiOrigin)];
    if (flags['pull-request'] === true) publishers.push(pullRequestPublisher(io, account, actions));
    const { report, published } = await reconcile(account.ports, { desired: account.built.state, credentials: account.built.credentials }, {
      allowOverLimit: flags['allow-over-limit'] === true,
      only,
      rotate,
      savedPlan,
      runUrl: runUrlFrom(io.env),
      publishers,
      // One account: an --only value NetSuite does not show stops the run before anything is changed.
      observed: (observation) => {
        for (const value of foundInObservation(lookup, observation)) found.add(value);
        if (!several) assertOnlyFound(lookup, found);
      },
      // Before anything is changed (and before the question): a checklist that could lock the operator out is said first.
      approve: async (plan: Plan) => {
        const warning = unrecognisedOperatorWarning(account, plan);
        if (warning !== null) io.stderr.write(`${warning}\n`);
        if (ask !== null) await confirm(plan, ask, io, uiOrigin, account.built.state.certificates);
      },
    });
    const note = onlyNote(report.plan, only);
    if (note !== null) io.stderr.write(`${note}\n`);
    // A rotation asked for that did not happen is not a success (SPEC §7, §12.1).
    let unrotated = 0;
    for (const mapping of rotate) {
      const declared = account.built.state.certificates.some((entry) => entry.mapping === mapping);
      const outcome = rotateOutcome(report, mapping, declared);
      if (outcome === null) continue;
      io.stderr.write(`error: ${outcome.message}\n`);
      unrotated = mostSevere([unrotated, outcome.code]);
    }
    if (published.pullRequestUrl !== null) {
      // With --format json stdout holds only the JSON a program parses; the link is for the person.
      (format === 'json' ? io.stderr : io.stdout).write(`Results pull request: ${published.pullRequestUrl}\n`);
      // The job summary published this account's counts already; only the link is new.
      await actions.publish(null, { 'pr-url': published.pullRequestUrl });
    }
    return mostSevere([countOutcomes(report.results).failed > 0 ? 1 : 0, unrotated]);
  }, (account, error) => {
    failedAccounts.add(account);
    // The heading was written when the account's turn began.
    if (!jsonArray) io.stdout.write(failedAccountSection(account, error, format, false));
    else if (documents.length === documentsBefore.get(account)) documents.push(failedAccountSection(account, error, 'json', false));
  });
  if (jsonArray) io.stdout.write(`[\n${documents.join(',\n')}]\n`);
  // Only when every account was observed can a value be said to be in none of them (one account: said before any change).
  if (several && failedAccounts.size === 0 && codes.length === accounts.length) assertOnlyFound(lookup, found);
  return mostSevere(codes);
}

/**
 * `--rotate MAPPING` names a mapping of the file that declares rotation:, that this run could rotate:
 * declared active, not protected, its credentials set (only its own token uploads a certificate), and
 * not left out by --only. All of it is known before the first request.
 */
function assertRotatable(rotate: readonly string[], accounts: readonly AccountRun[], only: readonly string[]): void {
  const mappings = accounts.flatMap((account) => account.built.state.certificates.map((entry) => ({ entry, account: account.built.state.account })));
  for (const name of rotate) {
    const found = mappings.find(({ entry }) => entry.mapping === name);
    const mapping = found?.entry;
    if (mapping === undefined) {
      const known = mappings.map(({ entry }) => entry.mapping);
      const suggestion = closestName(name, known);
      throw new UsageError(`--rotate ${name}: no certificate mapping of that name is declared${suggestion === null ? '.' : `; did you mean ${suggestion}?`}`, {
        hint: known.length === 0 ? 'Declare the mapping under certificates: with a rotation: block first.' : `Declared mappings: ${known.join(', ')}.`,
      });
    }
    if (mapping.rotation === null) {
      throw new UsageError(`--rotate ${name}: the mapping declares no rotation:, so the operator does not know how to make or where to deliver its new certificate.`, {
        hint: 'Add rotation: and deliver: to the mapping, or upload a new certificate in NetSuite yourself.',
      });
    }
    if (mapping.state === 'revoked') {
      throw new UsageError(`--rotate ${name}: the mapping is declared revoked, so it gets no new certificate.`, { hint: `Declare it state: active to rotate it, or leave out --rotate ${name}.` });
    }
    if (mapping.protect) {
      throw new GuardRefusal(`--rotate ${name}: the mapping is protected (protect: true), so the operator never changes it.`, { hint: 'Remove protect: true from the mapping to let the operator rotate it, or upload a new certificate in NetSuite yourself.' });
    }
    if (mapping.credentials.status === 'unresolved') {
      const names = mapping.credentials.missing.join(', ');
      throw new UsageError(`--rotate ${name}: the mapping's credentials are not set (${names}), and only its own token can upload a new certificate.`, {
        hint: `Set ${names} to the mapping's current credentials bundle; a new mapping's first certificate needs no --rotate, apply makes it by itself.`,
      });
    }
    if (found !== undefined && onlySelection(only, found.account) !== null && !only.some((value) => value.trim() === name)) {
      throw new UsageError(`--rotate ${name}: --only leaves the mapping out of this run.`, { hint: `Add --only ${name}, or leave out --only.` });
    }
  }
}

/**
 * With several accounts, a token or certificate id that --only names is looked for in every account
 * before any is changed: one that none of them shows is a mistake to stop at (exit 3), not to report
 * after the others' changes were made. This costs one observation more of each account looked in,
 * only for ids the files do not declare, and stops as soon as every one is found. An account that
 * cannot be observed now is left to its own run, which says why; the check then waits for the end.
 */
async function lookUpBeforeChanging(accounts: readonly AccountRun[], lookup: OnlyLookup, only: readonly string[], found: Set<string>): Promise<void> {
  let observedAll = true;
  for (const account of accounts) {
    try {
      const { observation } = await planAccount(account.ports, { desired: account.built.state, credentials: account.built.credentials }, { allowOverLimit: false, only });
      for (const value of foundInObservation(lookup, observation)) found.add(value);
      if (lookup.pending.every((value) => found.has(value))) return;
    } catch (error) {
      if (!(error instanceof RuntimeFailure)) throw error;
      observedAll = false;
    }
  }
  if (observedAll) assertOnlyFound(lookup, found);
}

/**
 * `--pull-request` commits the status file from the clone the config is in, after NetSuite has been
 * changed: that clone and its `origin` are checked before the first request. git loads only then.
 */
async function assertStatusRepository(configPath: string, io: Io): Promise<void> {
  const { checkBranchRepository } = await import('../github/git-branch.js');
  try {
    await checkBranchRepository(dirname(configPath), configPath, io.env);
  } catch (error) {
    throw pullRequestUsage(error);
  }
}

/** `--pull-request` publishes after NetSuite has been changed: what it needs from the environment is checked before the first request. */
function assertGitHubVariables(io: Io): void {
  try {
    readGitHubContext(io.env);
  } catch (error) {
    throw pullRequestUsage(error);
  }
}

/** What --pull-request lacks, found before the first request: a usage error naming the flag; anything else as it was. */
function pullRequestUsage(error: unknown): unknown {
  if (!(error instanceof GitHubError)) return error;
  return new UsageError(`--pull-request: ${error.message}`, { ...(error.hint === null ? {} : { hint: error.hint }), cause: error });
}

/**
 * Shows the plan (on stderr: stdout carries only the results) and asks. Only changes the operator
 * itself makes are asked about; administrator changes become a checklist, and nothing else changes.
 * Any answer but "yes" is the question's refusal, a safety guard's like the others (exit 4, SPEC §7):
 * nothing failed, and nothing was changed.
 */
async function confirm(plan: Plan, ask: Ask, io: Io, uiOrigin: string, mappings: readonly DesiredMapping[]): Promise<void> {
  const question = confirmationQuestion(plan, mappings);
  if (question === null) return;
  io.stderr.write(renderPlanText(plan, { color: io.color, uiOrigin, width: io.columns }));
  const answer = await ask(question);
  if (answer.trim().toLowerCase() !== 'yes') {
    throw new GuardRefusal('Apply cancelled: nothing was changed in NetSuite.', { hint: 'Run apply again and answer "yes", or pass --yes where nobody can be asked.' });
  }
}

/**
 * The question before the operator changes anything, worded from what it would do: revoking (a token,
 * a certificate, a retired one) cannot be undone; a rotation uploads a certificate and delivers its key,
 * and with overlap 0d revokes the one it replaces in the same run. Null when it would change nothing.
 */
export function confirmationQuestion(plan: Plan, mappings: readonly DesiredMapping[]): string | null {
  const own = plan.changes.filter((change) => change.blocked === null && change.via === 'api');
  if (own.length === 0) return null;
  const revokes = own.filter((change) => change.action === 'revoke' || change.action === 'retire').length;
  const rotations = own.filter((change) => change.action === 'rotate');
  const effects: string[] = [];
  if (rotations.length > 0) {
    const atOnce = rotations.filter((change) => mappings.find((entry) => entry.key === change.entry)?.rotation?.overlapMs === 0).length;
    const delivered = `Rotating uploads a new certificate and delivers its key to the mapping's targets`;
    // Said of each rotation only when it is true of each: with overlaps of both kinds, both sentences.
    if (atOnce > 0) effects.push(`${delivered}${atOnce === rotations.length ? '' : ' (for a mapping with overlap 0d)'}, then revokes the certificate it replaces in the same run, which cannot be undone.`);
    if (atOnce < rotations.length) effects.push(`${atOnce > 0 ? 'With an overlap, ' : `${delivered}; `}the certificate it replaces stays active for the overlap.`);
  }
  if (revokes > 0) effects.push('Revoking cannot be undone.');
  return `\nApply ${plural(own.length, 'change')} through NetSuite's API to account ${plan.account}? ${effects.join(' ')} Only "yes" is accepted: `;
}

function terminalReport(io: Io, format: OutputFormat, uiOrigin: string): ResultsPublisher {
  return {
    publish(report) {
      io.stdout.write(renderReport(report, format, uiOrigin, io));
      return Promise.resolve({ pullRequestUrl: null, dashboardIssueUrl: null });
    },
  };
}

/** With several accounts, JSON reports are gathered and printed as one array. */
function collect(documents: string[], format: OutputFormat, uiOrigin: string, io: Io): ResultsPublisher {
  return {
    publish(report) {
      documents.push(renderReport(report, format, uiOrigin, io));
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

function renderReport(report: RunReport, format: OutputFormat, uiOrigin: string, io: Io): string {
  switch (format) {
    case 'text':
      return renderReportText(report, { color: io.color, uiOrigin, width: io.columns });
    case 'markdown':
      return renderReportMarkdown(report, { uiOrigin });
    case 'json':
      return renderReportJson(report);
  }
}
