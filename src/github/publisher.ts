import { resolve } from 'node:path';
import type { RunReport } from '../domain/report.js';
import { recordedChanges, type RecordedChange } from '../domain/status-difference.js';
import { parseStatus, readStatus } from '../status/status-file.js';
import { countOutcomes } from '../domain/report.js';
import { codeSpan } from '../domain/markdown.js';
import type { Environment, PublishOutcome, ResultsPublisher } from '../ports.js';
import { DashboardIssue } from './dashboard-issue.js';
import { fitMarkdown } from './fit-markdown.js';
import { GitHubApi } from './github-api.js';
import { readGitHubContext, type GitHubContext } from './github-context.js';
import { GitHubError } from './github-error.js';
import { publishStatusBranch, type ForeignCommit, type StatusBranchOutcome } from './git-branch.js';
import { accountLabel, Labels, RESULTS_LABEL } from './labels.js';
import { reviewRequestFor } from './owners.js';
import { PullRequests } from './pull-request.js';
import { BODY_LIMIT, resultsBody, resultsTitle } from './results-body.js';
import { safeLink } from './safe-link.js';

export interface GitHubPublisherOptions {
  /** GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_RUN_ID; PATH and HOME for git. */
  readonly env: Environment;
  readonly fetch: typeof fetch;
  /** A directory in the working copy of the repository that holds the configuration. */
  readonly repoDir: string;
  readonly account: string;
  /** NetSuite UI origin for deep links. */
  readonly uiOrigin: string;
  /** Non-fatal problems (a reviewer that cannot be requested); never contains the token. */
  readonly warn: (message: string) => void;
  /** The default branch when origin does not advertise one (default `main`). */
  readonly fallbackBase?: string;
  /**
   * Send GITHUB_TOKEN to origin as an HTTP header (default: only in GitHub Actions, where
   * actions/checkout may have been told not to persist credentials). Scoped to GITHUB_SERVER_URL.
   */
  readonly pushWithToken?: boolean;
}

/**
 * SPEC §6: commits the status file on `netsuite-tokens/<account>`, opens or updates the one results
 * pull request, and keeps the account's dashboard issue of administrator work in step.
 */
export class GitHubPublisher implements ResultsPublisher {
  readonly #options: GitHubPublisherOptions;

  constructor(options: GitHubPublisherOptions) {
    this.#options = options;
  }

  async publish(report: RunReport, statusFile: string): Promise<PublishOutcome> {
    const options = this.#options;
    const context = readGitHubContext(options.env);
    const api = new GitHubApi(context, options.fetch, options.warn);
    const labels = new Labels(api);
    const pulls = new PullRequests(api, labels);
    const runUrl = report.run.url ?? context.runUrl;

    const branch = await publishStatusBranch({
      repoDir: options.repoDir,
      statusFile,
      account: options.account,
      message: commitMessage(report, runUrl),
      runId: runUrl ?? `local run started ${report.run.startedAt}`,
      env: options.env,
      fallbackBase: options.fallbackBase ?? 'main',
      auth: (options.pushWithToken ?? options.env['GITHUB_ACTIONS'] === 'true') ? { token: context.token, origin: context.serverUrl } : null,
    });

    if (branch.kind === 'foreign-commits') throw await foreignCommitsStop(pulls, branch, runUrl);

    const recorded = await recordedSinceBase(branch, resolve(options.repoDir, statusFile));
    const pullRequestUrl = await this.#pullRequest(pulls, context, report, branch, runUrl, recorded);
    const dashboard = await new DashboardIssue(api, labels, options.account, options.uiOrigin).sync(report, runUrl);
    return { pullRequestUrl, dashboardIssueUrl: dashboard.url };
  }

  async #pullRequest(
    pulls: PullRequests,
    context: GitHubContext,
    report: RunReport,
    branch: Exclude<StatusBranchOutcome, { kind: 'foreign-commits' }>,
    runUrl: string | null,
    recorded: readonly RecordedChange[] | null,
  ): Promise<string | null> {
    if (branch.kind === 'unchanged') {
      // Nothing new to propose. The open pull request (if any) already shows this status; when the
      // branch holds it without one, a run that stopped after its push left it behind: open it now,
      // unless a person closed a pull request of exactly this commit.
      const open = await pulls.findOpen(branch.branch);
      if (open !== null || !branch.proposed || branch.tip === null) return open?.url ?? null;
      if (await pulls.wasClosedAt(branch.branch, branch.tip)) return null;
    }
    const owners = report.results.map((result) => result.change.owner);
    const outcome = await pulls.upsert({
      branch: branch.branch,
      base: branch.base,
      title: resultsTitle(report, recorded),
      body: resultsBody(report, {
        account: this.#options.account,
        uiOrigin: this.#options.uiOrigin,
        runUrl,
        statusPath: branch.statusPath,
        branch: branch.branch,
        base: branch.base,
        recorded,
      }),
      labels: [RESULTS_LABEL, accountLabel(this.#options.account)],
      review: reviewRequestFor(owners, context.owner),
    });
    return outcome.pullRequest.url;
  }
}

/**
 * What merging records against the default branch's status file; null when that branch has none (the
 * first status file records everything) or when either file cannot be read as a status file, in which
 * case the pull request shows this run's results alone, as it always did.
 */
async function recordedSinceBase(branch: Exclude<StatusBranchOutcome, { kind: 'foreign-commits' }>, statusFile: string): Promise<RecordedChange[] | null> {
  if (branch.baseStatus === null) return null;
  try {
    const [base, current] = await Promise.all([parseStatus(branch.baseStatus, `${branch.base}:${branch.statusPath}`), readStatus(statusFile)]);
    return current === null ? null : recordedChanges(base, current);
  } catch {
    return null;
  }
}

/** Says so on the open pull request (once per offending tip); returns the error that stops the run. */
async function foreignCommitsStop(pulls: PullRequests, branch: Extract<StatusBranchOutcome, { kind: 'foreign-commits' }>, runUrl: string | null): Promise<GitHubError> {
  const open = await pulls.findOpen(branch.branch);
  if (open !== null) {
    const marker = `<!-- netsuite-tokens:foreign-commits tip=${branch.tip} -->`;
    if (!(await pulls.hasComment(open.number, marker))) await pulls.comment(open.number, foreignCommitsComment(marker, branch.branch, branch.commits, runUrl));
  }
  const count = branch.commits.length;
  return new GitHubError(
    `The branch ${branch.branch} has ${count} commit${count === 1 ? '' : 's'} not made by netsuite-tokens (${branch.commits.map((commit) => commit.sha.slice(0, 12)).join(', ')}), so this run did not overwrite it${open === null ? '' : ` and said so on ${open.url}`}.`,
    { hint: 'Move those commits to another branch or delete the branch, then run again; the NetSuite results of this run are in the status file and the job summary.' },
  );
}

function commitMessage(report: RunReport, runUrl: string | null): string {
  const counts = countOutcomes(report.results);
  return [
    `netsuite-tokens: status of ${report.plan.account} (${counts.done} done, ${counts.pending} pending, ${counts.failed} failed)`,
    '',
    `Observed ${report.plan.observedAt}, verified ${report.verifiedAt}${runUrl === null ? '' : ` in ${runUrl}`}.`,
  ].join('\n');
}

function foreignCommitsComment(marker: string, branch: string, commits: readonly ForeignCommit[], runUrl: string | null): string {
  const rows = commits.map((commit) => `| ${codeSpan(commit.sha.slice(0, 12))} | ${codeSpan(commit.author)} | ${codeSpan(commit.subject)} |`);
  const body = [
    marker,
    `**netsuite-tokens stopped without updating this pull request.** The branch ${codeSpan(branch)} has commits that netsuite-tokens did not make, and a run never overwrites someone's work:`,
    '',
    '| Commit | Author | Subject |',
    '| --- | --- | --- |',
    ...rows,
    '',
    `The NetSuite results of ${runUrl === null ? 'the run' : `[the run](${safeLink(runUrl)})`} are in its job summary and status file, but were not pushed.`,
    'To continue, move these commits to another branch (or delete this branch) and run again: netsuite-tokens then rebuilds the branch from the default branch.',
    '',
  ].join('\n');
  return fitMarkdown(body, {
    limit: BODY_LIMIT,
    omittedRows: (count) => `_…and ${count} more commits._`,
    cutNote: '_Cut to fit GitHub\'s size limit._',
  });
}
