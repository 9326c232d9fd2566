import { Octokit } from '@octokit/rest';
import type { GitHubContext } from './github-context.js';
import { scrubToken, toGitHubError, type GitHubAction } from './github-error.js';

/**
 * The REST client with the repository it works on. Every call goes through `call`, which turns a
 * refusal into a GitHubError naming the permission the call needs, with the token scrubbed.
 */
export class GitHubApi {
  readonly octokit: Octokit;
  readonly context: GitHubContext;
  readonly #warn: (message: string) => void;

  constructor(context: GitHubContext, fetchImpl: typeof fetch, warn: (message: string) => void) {
    this.context = context;
    this.#warn = (message) => {
      warn(scrubToken(message, context.token));
    };
    const quiet = (): void => undefined;
    this.octokit = new Octokit({
      auth: context.token.reveal(),
      baseUrl: context.apiUrl,
      userAgent: 'netsuite-token-gitops',
      request: { fetch: fetchImpl },
      // Failed requests become GitHubErrors (or deliberate outcomes such as a missing label), not log lines.
      log: { debug: quiet, info: quiet, warn: this.#warn, error: quiet },
    });
  }

  /** `{ owner, repo }` for Octokit calls. */
  get repository(): { owner: string; repo: string } {
    return { owner: this.context.owner, repo: this.context.repo };
  }

  async call<T>(action: GitHubAction, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw toGitHubError(error, action, this.context.repository, this.context.token);
    }
  }

  warn(message: string): void {
    this.#warn(message);
  }
}

export const PULL_REQUESTS_READ: GitHubAction = { doing: 'read pull requests', permission: 'pull-requests: read' };
export const PULL_REQUESTS_WRITE: GitHubAction = {
  doing: 'create or update pull requests',
  permission: 'pull-requests: write',
  refusedHint: 'If the permission is granted, also allow it in Settings > Actions > General > "Allow GitHub Actions to create and approve pull requests".',
};
export const ISSUES_READ: GitHubAction = { doing: 'read issues', permission: 'issues: read' };
export const ISSUES_WRITE: GitHubAction = { doing: 'create or update issues, comments and labels', permission: 'issues: write' };
