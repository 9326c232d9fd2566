import type { Environment } from '../ports.js';
import { Secret } from '../secrets/secret.js';
import { GitHubError } from './github-error.js';

/** Where results are published, read from the environment GitHub Actions provides (SPEC §7). */
export interface GitHubContext {
  readonly token: Secret;
  readonly owner: string;
  readonly repo: string;
  /** `owner/repo`. */
  readonly repository: string;
  /** REST API base, `https://api.github.com` unless GITHUB_API_URL says otherwise (GHES). */
  readonly apiUrl: string;
  /** Web origin, `https://github.com` unless GITHUB_SERVER_URL says otherwise. */
  readonly serverUrl: string;
  /** The Actions run page, when the run is in GitHub Actions. */
  readonly runUrl: string | null;
}

const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/;

export function readGitHubContext(env: Environment): GitHubContext {
  const token = env['GITHUB_TOKEN'] ?? '';
  if (token.trim() === '') {
    throw new GitHubError('GITHUB_TOKEN is not set, so the results cannot be published to GitHub.', {
      hint: 'In a workflow pass `github-token: ${{ github.token }}` (with `contents: write`, `pull-requests: write`, `issues: write`); locally export a token, or run apply without --pull-request.',
    });
  }
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const match = REPOSITORY.exec(repository);
  if (match === null) {
    throw new GitHubError(repository === '' ? 'GITHUB_REPOSITORY is not set, so the operator does not know where to open the pull request.' : `GITHUB_REPOSITORY must be "owner/repo", not "${repository}".`, {
      hint: 'GitHub Actions sets it; elsewhere export GITHUB_REPOSITORY=owner/repo.',
    });
  }
  const serverUrl = trimSlash(env['GITHUB_SERVER_URL'] ?? 'https://github.com');
  return {
    token: new Secret(token.trim()),
    owner: match[1] ?? '',
    repo: match[2] ?? '',
    repository,
    apiUrl: trimSlash(env['GITHUB_API_URL'] ?? 'https://api.github.com'),
    serverUrl,
    runUrl: runUrlFrom(env),
  };
}

/** `GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID`, or null outside GitHub Actions. */
function runUrlFrom(env: Environment): string | null {
  const repository = env['GITHUB_REPOSITORY'];
  const runId = env['GITHUB_RUN_ID'];
  if (repository === undefined || runId === undefined || !REPOSITORY.test(repository) || !/^\d+$/.test(runId)) return null;
  return `${trimSlash(env['GITHUB_SERVER_URL'] ?? 'https://github.com')}/${repository}/actions/runs/${runId}`;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
