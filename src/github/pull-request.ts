import type { GitHubApi } from './github-api.js';
import { ISSUES_READ, ISSUES_WRITE, PULL_REQUESTS_READ, PULL_REQUESTS_WRITE } from './github-api.js';
import { GitHubError, gitHubMessage, gitHubValidationMessages, isHttpFailure } from './github-error.js';
import type { LabelSpec, Labels } from './labels.js';
import type { ReviewRequest } from './owners.js';

/**
 * The results pull request: exactly one open pull request per operator branch. It is found by its
 * head branch (never by title), created when there is none, and updated in place otherwise.
 */

export interface PullRequestState {
  readonly number: number;
  readonly url: string;
  readonly title: string;
  readonly body: string;
  readonly headSha: string;
  readonly labels: readonly string[];
  readonly requestedUsers: readonly string[];
  readonly requestedTeams: readonly string[];
}

export interface PullRequestContent {
  readonly branch: string;
  readonly base: string;
  readonly title: string;
  readonly body: string;
  readonly labels: readonly LabelSpec[];
  readonly review: ReviewRequest;
}

export type PullRequestOutcome = { readonly pullRequest: PullRequestState; readonly action: 'created' | 'updated' | 'unchanged' };

export class PullRequests {
  readonly #api: GitHubApi;
  readonly #labels: Labels;

  constructor(api: GitHubApi, labels: Labels) {
    this.#api = api;
    this.#labels = labels;
  }

  /** The open pull request from `branch`, or null. */
  async findOpen(branch: string): Promise<PullRequestState | null> {
    const found = await this.#list(branch, 'open');
    return found[0] ?? null;
  }

  /** Whether someone closed (without merging) a pull request whose head was exactly `sha`: a decision to respect. */
  async wasClosedAt(branch: string, sha: string): Promise<boolean> {
    const closed = await this.#list(branch, 'closed');
    return closed.some((pull) => pull.headSha === sha);
  }

  /** Opens the pull request for `content.branch`, or brings the open one up to date. */
  async upsert(content: PullRequestContent): Promise<PullRequestOutcome> {
    const existing = await this.findOpen(content.branch);
    let outcome: PullRequestOutcome;
    if (existing === null) {
      const created = await this.#create(content);
      outcome = created ?? (await this.#updateRaced(content));
    } else {
      outcome = await this.#update(existing, content);
    }
    if (outcome.action !== 'unchanged') {
      await this.#label(outcome.pullRequest, content.labels);
      await this.#requestReviews(outcome.pullRequest, content.review);
    }
    return outcome;
  }

  async comment(number: number, body: string): Promise<void> {
    await this.#api.call(ISSUES_WRITE, () => this.#api.octokit.rest.issues.createComment({ ...this.#api.repository, issue_number: number, body }));
  }

  /** Whether a comment on `number` already contains `marker` (so a repeated stop does not repeat itself). */
  async hasComment(number: number, marker: string): Promise<boolean> {
    const comments = await this.#api.call(ISSUES_READ, () =>
      this.#api.octokit.paginate(this.#api.octokit.rest.issues.listComments, { ...this.#api.repository, issue_number: number, per_page: 100 }),
    );
    return comments.some((comment) => (comment.body ?? '').includes(marker));
  }

  async #list(branch: string, state: 'open' | 'closed'): Promise<PullRequestState[]> {
    const pulls = await this.#api.call(PULL_REQUESTS_READ, () =>
      this.#api.octokit.paginate(this.#api.octokit.rest.pulls.list, { ...this.#api.repository, head: `${this.#api.context.owner}:${branch}`, state, per_page: 100 }),
    );
    return pulls
      .filter((pull) => pull.head.ref === branch && (state === 'open' || pull.merged_at === null))
      .sort((a, b) => a.number - b.number)
      .map((pull) => ({
        number: pull.number,
        url: pull.html_url,
        title: pull.title,
        body: pull.body ?? '',
        headSha: pull.head.sha,
        labels: pull.labels.map((label) => label.name),
        requestedUsers: (pull.requested_reviewers ?? []).map((user) => user.login.toLowerCase()),
        requestedTeams: (pull.requested_teams ?? []).map((team) => team.slug.toLowerCase()),
      }));
  }

  /** Null when GitHub says a pull request for this branch already exists (another run won the race). */
  async #create(content: PullRequestContent): Promise<PullRequestOutcome | null> {
    return this.#api.call(PULL_REQUESTS_WRITE, async () => {
      try {
        const { data } = await this.#api.octokit.rest.pulls.create({
          ...this.#api.repository,
          head: content.branch,
          base: content.base,
          title: content.title,
          body: content.body,
        });
        const pullRequest: PullRequestState = {
          number: data.number,
          url: data.html_url,
          title: data.title,
          body: data.body ?? '',
          headSha: data.head.sha,
          labels: data.labels.map((label) => label.name),
          requestedUsers: [],
          requestedTeams: [],
        };
        return { pullRequest, action: 'created' as const };
      } catch (error) {
        if (isHttpFailure(error) && error.status === 422 && /already exists/i.test(`${gitHubMessage(error) ?? ''} ${gitHubValidationMessages(error)}`)) return null;
        throw error;
      }
    });
  }

  async #updateRaced(content: PullRequestContent): Promise<PullRequestOutcome> {
    const existing = await this.findOpen(content.branch);
    if (existing === null) {
      throw new GitHubError(`GitHub said a pull request for ${content.branch} already exists, but none is open.`, { hint: 'Run again; if it persists, close or reopen the pull request by hand.' });
    }
    return this.#update(existing, content);
  }

  async #update(existing: PullRequestState, content: PullRequestContent): Promise<PullRequestOutcome> {
    if (existing.title === content.title && existing.body === content.body) return { pullRequest: existing, action: 'unchanged' };
    await this.#api.call(PULL_REQUESTS_WRITE, () =>
      this.#api.octokit.rest.pulls.update({ ...this.#api.repository, pull_number: existing.number, title: content.title, body: content.body }),
    );
    return { pullRequest: { ...existing, title: content.title, body: content.body }, action: 'updated' };
  }

  async #label(pullRequest: PullRequestState, labels: readonly LabelSpec[]): Promise<void> {
    const present = new Set(pullRequest.labels.map((name) => name.toLowerCase()));
    const missing = labels.filter((label) => !present.has(label.name.toLowerCase()));
    if (missing.length === 0) return;
    await this.#labels.ensure(missing);
    await this.#api.call(ISSUES_WRITE, () =>
      this.#api.octokit.rest.issues.addLabels({ ...this.#api.repository, issue_number: pullRequest.number, labels: missing.map((label) => label.name) }),
    );
  }

  /** Review requests are a courtesy: a failure is a warning, never the end of the run. */
  async #requestReviews(pullRequest: PullRequestState, review: ReviewRequest): Promise<void> {
    for (const reason of review.skipped) this.#api.warn(`Not requesting a review: ${reason}.`);
    const users = review.reviewers.filter((login) => !pullRequest.requestedUsers.includes(login.toLowerCase()));
    const teams = review.teamReviewers.filter((slug) => !pullRequest.requestedTeams.includes(slug.toLowerCase()));
    if (users.length === 0 && teams.length === 0) return;
    if (await this.#tryRequest(pullRequest.number, users, teams) === null) return;
    // One unknown handle fails the whole request; ask each alone so the others still get asked.
    for (const login of users) await this.#requestOne(pullRequest.number, [login], [], `@${login}`);
    for (const slug of teams) await this.#requestOne(pullRequest.number, [], [slug], `team ${slug}`);
  }

  async #requestOne(number: number, users: string[], teams: string[], who: string): Promise<void> {
    const failure = await this.#tryRequest(number, users, teams);
    if (failure !== null) this.#api.warn(`Could not request a review from ${who}: ${failure}`);
  }

  /** Null on success, else GitHub's reason. */
  async #tryRequest(number: number, reviewers: string[], teamReviewers: string[]): Promise<string | null> {
    try {
      await this.#api.octokit.rest.pulls.requestReviewers({ ...this.#api.repository, pull_number: number, reviewers, team_reviewers: teamReviewers });
      return null;
    } catch (error) {
      if (!isHttpFailure(error)) return 'GitHub could not be reached.';
      const details = gitHubValidationMessages(error);
      const reason = details === '' ? (gitHubMessage(error) ?? `GitHub answered ${error.status}`) : details;
      return `${reason.replace(/\.$/, '')} (${error.status === 403 || error.status === 404 ? 'GITHUB_TOKEN needs `pull-requests: write`; team reviews also need read access to the organisation\'s teams' : `HTTP ${error.status}`}).`;
    }
  }
}
