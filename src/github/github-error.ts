import { RuntimeFailure } from '../support/errors.js';
import type { Secret } from '../secrets/secret.js';
import { withoutUrlCredentials } from '../secrets/redact.js';

/** Something GitHub (or git talking to GitHub) refused; the message names what to grant or fix. */
export class GitHubError extends RuntimeFailure {}

/** What a call to GitHub was for, so a refusal can name the permission it needs. */
export interface GitHubAction {
  /** Completes "GITHUB_TOKEN cannot …": `create pull requests`. */
  readonly doing: string;
  /** The workflow `permissions:` entry that allows it: `pull-requests: write`. */
  readonly permission: string;
  /** Said after the message when GitHub refused (403/404), for causes other than the permission. */
  readonly refusedHint?: string;
}

/** The parts of an Octokit RequestError we read; duck-typed so no transitive package is imported. */
interface HttpFailure {
  readonly status: number;
  readonly response?: { readonly data?: unknown; readonly headers?: Readonly<Record<string, string | number | undefined>> };
}

export function isHttpFailure(error: unknown): error is HttpFailure {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}

/** GitHub's own error message (`{"message": "..."}`), or null. */
export function gitHubMessage(error: unknown): string | null {
  if (!isHttpFailure(error)) return null;
  const data = error.response?.data;
  if (typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string') {
    return (data as { message: string }).message;
  }
  return null;
}

/** The messages of GitHub's validation `errors` array (422), joined; empty when there are none. */
export function gitHubValidationMessages(error: unknown): string {
  if (!isHttpFailure(error)) return '';
  const data = error.response?.data;
  const errors = typeof data === 'object' && data !== null ? (data as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(errors)) return '';
  return errors
    .map((item: unknown) => (typeof item === 'string' ? item : typeof item === 'object' && item !== null && typeof (item as { message?: unknown }).message === 'string' ? (item as { message: string }).message : ''))
    .filter((text) => text !== '')
    .join('; ');
}

/**
 * Turns a failed GitHub call into one sentence a person can act on. Refusals (401/403/404) name the
 * missing permission; the token never appears (callers pass it so that any echo of it is removed).
 */
export function toGitHubError(error: unknown, action: GitHubAction, repository: string, token: Secret): GitHubError {
  if (error instanceof GitHubError) return error;
  const scrub = (text: string): string => scrubToken(text, token);
  // Octokit reports a request that got no answer at all (DNS, refused, reset) as a 500 without a response.
  if (!isHttpFailure(error) || error.response === undefined) {
    const reason = error instanceof Error ? scrub(error.message) : 'unknown error';
    return new GitHubError(`Could not reach the GitHub API to ${action.doing} (${reason}).`, {
      hint: 'Check GITHUB_API_URL and the network, then run again; NetSuite results are already recorded in the status file.',
    });
  }
  const message = gitHubMessage(error);
  const said = message === null ? '' : ` GitHub said: "${scrub(message)}".`;
  const headers = error.response.headers ?? {};
  if ((error.status === 403 || error.status === 429) && (String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(message ?? ''))) {
    return new GitHubError(`GitHub's API rate limit stopped the run while trying to ${action.doing}.`, { hint: `${rateLimitWait(headers)}; the status file already records the NetSuite results.` });
  }
  switch (error.status) {
    case 401:
      return new GitHubError('GitHub rejected GITHUB_TOKEN (401 Bad credentials): it is expired, revoked or not a token.', {
        hint: 'In a workflow pass `github-token: ${{ github.token }}`; locally export a valid token.',
      });
    case 403:
    case 404:
      return new GitHubError(`GITHUB_TOKEN cannot ${action.doing} in ${repository}: grant \`${action.permission}\` to the job's \`permissions:\` (or to the token).`, {
        hint: [action.refusedHint, error.status === 404 ? 'GitHub answers 404 when a token may not see a repository; check GITHUB_REPOSITORY too.' : null, said.trim() === '' ? null : said.trim()]
          .filter((part): part is string => part !== null && part !== undefined)
          .join(' '),
      });
    case 410:
      // GitHub's answer for a feature the repository has turned off (issues, for the dashboard).
      return new GitHubError(`GitHub refused to ${action.doing} in ${repository} (410 Gone): that feature is turned off in the repository.${said}`, {
        hint: action.permission.startsWith('issues')
          ? 'The dashboard of administrator work is an issue: turn Issues on in the repository\'s Settings > General > Features, then run again.'
          : 'Turn the feature on in the repository\'s settings, then run again.',
      });
    default: {
      const details = gitHubValidationMessages(error);
      return new GitHubError(`GitHub answered ${error.status} when trying to ${action.doing}.${said}${details === '' ? '' : ` (${scrub(details)})`}`, {
        hint: error.status >= 500 ? 'GitHub had a problem; run again in a few minutes.' : 'This is unexpected; run again with --debug and report it.',
      });
    }
  }
}

/**
 * When the limit lets the run go on, from GitHub's headers: `retry-after` (seconds, the secondary
 * limit) or `x-ratelimit-reset` (epoch seconds, the primary one); an instant is given in UTC.
 */
function rateLimitWait(headers: Readonly<Record<string, unknown>>): string {
  const retryAfter = Number(headers['retry-after']);
  if (Number.isInteger(retryAfter) && retryAfter > 0) return `GitHub asks to wait ${retryAfter} second${retryAfter === 1 ? '' : 's'} before the next request, then run again`;
  const reset = Number(headers['x-ratelimit-reset']);
  if (Number.isInteger(reset) && reset > 0) return `Run again after ${new Date(reset * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC, when GitHub resets the limit`;
  return 'Run again later';
}

/** Removes the token (and its Basic-auth encoding) from text that may have echoed it. */
export function scrubToken(text: string, token: Secret): string {
  const value = token.reveal();
  const scrubbed = withoutUrlCredentials(text);
  if (value === '') return scrubbed;
  const basic = Buffer.from(`x-access-token:${value}`).toString('base64');
  return scrubbed.split(value).join('[redacted]').split(basic).join('[redacted]');
}
