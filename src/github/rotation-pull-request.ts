import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Environment } from '../ports.js';
import { GitHubApi } from './github-api.js';
import { readGitHubContext } from './github-context.js';
import { GitHubError } from './github-error.js';
import { branchFor, publishStatusBranch } from './git-branch.js';
import { accountLabel, Labels, RESULTS_LABEL } from './labels.js';
import { reviewRequestFor } from './owners.js';
import { PullRequests } from './pull-request.js';

export interface RotationPullRequest {
  readonly env: Environment;
  readonly fetch: typeof fetch;
  readonly account: string;
  /** The desired-state file in the working copy; the pull request proposes `editedText` at its path. */
  readonly configPath: string;
  readonly editedText: string;
  readonly title: string;
  readonly body: string;
  readonly commitMessage: string;
  /** Who answers for the token (its entry's owner), asked to review. */
  readonly owners: readonly (string | null)[];
  readonly warn: (message: string) => void;
}

/** The open pull request, and a way to comment on it once the run knows more (the old token's revoke). */
export interface PublishedRotation {
  readonly url: string;
  readonly comment: (body: string) => Promise<void>;
}

/**
 * The open pull request of an earlier rotation in this account, or null. Its branch holds that
 * rotation's re-keyed file; a new rotation's proposal is made from the working copy and would replace
 * it, losing the earlier token's new id, so `rotate` asks before anything is minted.
 */
export async function openRotationPullRequest(env: Environment, fetchImpl: typeof fetch, account: string, warn: (message: string) => void): Promise<{ readonly number: number; readonly url: string } | null> {
  const context = readGitHubContext(env);
  const api = new GitHubApi(context, fetchImpl, warn);
  const open = await new PullRequests(api, new Labels(api)).findOpen(branchFor(rotationBranchAccount(account)));
  return open === null ? null : { number: open.number, url: open.url };
}

/** The branch a rotation proposes its re-keyed file on, one per account (SPEC §13). */
export function rotationBranchAccount(account: string): string {
  return `rotate-${account}`;
}

/**
 * SPEC §13 step 6: commits the re-keyed desired-state file on `netsuite-tokens/rotate-<account>` (one
 * commit on the default branch, the working copy untouched) and opens or updates its pull request.
 */
export async function publishRotation(request: RotationPullRequest): Promise<PublishedRotation> {
  const context = readGitHubContext(request.env);
  const api = new GitHubApi(context, request.fetch, request.warn);
  const scratch = await mkdtemp(join(tmpdir(), 'netsuite-tokens-rotate-'));
  try {
    const contentFile = join(scratch, 'netsuite-tokens.yaml');
    await writeFile(contentFile, request.editedText, { mode: 0o600 });
    const branch = await publishStatusBranch({
      repoDir: dirname(request.configPath),
      statusFile: request.configPath,
      contentFile,
      account: rotationBranchAccount(request.account),
      message: request.commitMessage,
      runId: `local rotation of ${request.account}`,
      env: request.env,
      fallbackBase: 'main',
      auth: request.env['GITHUB_ACTIONS'] === 'true' ? { token: context.token, origin: context.serverUrl } : null,
    });
    if (branch.kind === 'foreign-commits') {
      throw new GitHubError(`The branch ${branch.branch} has commits not made by netsuite-tokens, so the re-keyed file was not pushed.`, {
        hint: 'Merge or close the earlier rotation pull request and delete its branch, then re-key the entry by hand as this run said.',
      });
    }
    const pulls = new PullRequests(api, new Labels(api));
    const outcome = await pulls.upsert({
      branch: branch.branch,
      base: branch.base,
      title: request.title,
      body: request.body,
      labels: [RESULTS_LABEL, accountLabel(request.account)],
      review: reviewRequestFor(request.owners, context.owner),
    });
    const { number, url } = outcome.pullRequest;
    return { url, comment: (body) => pulls.comment(number, body) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
