import { Octokit } from '@octokit/rest';
import sodium from 'libsodium-wrappers';
import { targetLabel } from '../domain/delivery-target.js';
import { gitHubMessage, isHttpFailure, scrubToken } from '../github/github-error.js';
import { withoutUrlCredentials } from '../secrets/redact.js';
import { Secret } from '../secrets/secret.js';
import { UsageError, type OperatorError } from '../support/errors.js';
import { DeliveryError, targetProblem } from './delivery-errors.js';
import { gitHubSecretNameProblem } from './github-secret-name.js';
import type { DeliveryContext, TargetOfKind, TargetStore } from './target-store.js';

type GitHubTarget = TargetOfKind<'github'>;

/** A target with its repository resolved: where the secret lives. */
interface Place {
  readonly owner: string;
  readonly repo: string;
  readonly environment: string | null;
  readonly secret: string;
  /** `owner/repo` or `owner/repo` environment `name`, for messages. */
  readonly where: string;
}

interface PublicKey {
  readonly keyId: string;
  readonly key: string;
  /** GitHub's own time when it answered (its Date header), or null when the reply had none. */
  readonly serverTime: Date | null;
}

const TOKEN_VARIABLE = 'GITHUB_SECRETS_TOKEN';
const SETUP = 'see step 5 of examples/workflows/SETUP.md';
const TOKEN_HINT = `Use a GitHub App installation token (actions/create-github-app-token) or a fine-grained token with the Secrets permission (read and write; for an environment secret also Environments: read and write) as ${TOKEN_VARIABLE}; ${SETUP}.`;
/** Allowed disagreement between this machine's clock and GitHub's when GitHub's reply has no Date header. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * GitHub Actions secrets of a repository or of one environment (SPEC §12.2): the public key, the bundle
 * sealed with it (libsodium's sealed box, as GitHub documents), PUT, then the secret's metadata read
 * back. The value is write-only at GitHub; a write is verified by its `updated_at`.
 */
export function createGitHubSecretStore(context: DeliveryContext): TargetStore<GitHubTarget> {
  const apiUrl = (context.env['GITHUB_API_URL'] ?? '').replace(/\/+$/, '') || 'https://api.github.com';
  let client: { octokit: Octokit; token: Secret } | null = null;

  const connect = (target: GitHubTarget): { octokit: Octokit; token: Secret } => {
    const value = context.env[TOKEN_VARIABLE] ?? '';
    if (value.trim() === '') {
      throw new UsageError(`${TOKEN_VARIABLE} is not set, so the bundle cannot be written to ${targetLabel(target)}.`, { hint: TOKEN_HINT });
    }
    if (client === null) {
      const quiet = (): void => undefined;
      client = {
        token: new Secret(value),
        octokit: new Octokit({
          auth: value,
          baseUrl: apiUrl,
          userAgent: 'netsuite-token-gitops',
          request: { fetch: context.fetch },
          log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
        }),
      };
    }
    return client;
  };

  const placeOf = (target: GitHubTarget): Place => {
    const nameProblem = gitHubSecretNameProblem(target.secret);
    if (nameProblem !== null) {
      throw targetProblem(target, `GitHub would refuse the secret name "${target.secret}" of ${targetLabel(target)}: ${nameProblem}.`, 'Use letters, digits and underscores, starting with a letter or underscore and not with GITHUB_ (for example NETSUITE_CREDENTIALS).');
    }
    const repository = target.repository ?? context.env['GITHUB_REPOSITORY'] ?? '';
    if (repository === '') {
      throw targetProblem(target, `The GitHub target ${targetLabel(target)} names no repository and GITHUB_REPOSITORY is not set.`, 'Add `repository: owner/repo` to the target, or run in GitHub Actions, which sets GITHUB_REPOSITORY.');
    }
    const [owner, repo, ...rest] = repository.split('/');
    if (owner === undefined || repo === undefined || owner === '' || repo === '' || rest.length > 0) {
      throw targetProblem(target, `The GitHub target ${targetLabel(target)} names the repository "${repository}", which is not "owner/repo".`, 'Write the repository as owner/repo.');
    }
    const where = target.environment === null ? `${owner}/${repo}` : `${owner}/${repo} environment "${target.environment}"`;
    return { owner, repo, environment: target.environment, secret: target.secret, where };
  };

  const failure = (error: unknown, doing: string, place: Place, token: Secret): OperatorError => gitHubFailure(error, doing, place, token, context.env, apiUrl);

  const publicKey = async (octokit: Octokit, place: Place, token: Secret): Promise<PublicKey> => {
    try {
      const response = place.environment === null
        ? await octokit.rest.actions.getRepoPublicKey({ owner: place.owner, repo: place.repo })
        : await octokit.rest.actions.getEnvironmentPublicKey({ owner: place.owner, repo: place.repo, environment_name: place.environment });
      const date = response.headers.date === undefined ? Number.NaN : Date.parse(response.headers.date);
      return { keyId: response.data.key_id, key: response.data.key, serverTime: Number.isNaN(date) ? null : new Date(date) };
    } catch (error) {
      throw failure(error, 'read the public key for secrets', place, token);
    }
  };

  /** GitHub answers 404 for a missing repository and a missing environment alike; asking for the repository's key tells them apart. */
  const explainNotFound = async (octokit: Octokit, target: GitHubTarget, place: Place, token: Secret): Promise<OperatorError> => {
    if (place.environment !== null) {
      try {
        await octokit.rest.actions.getRepoPublicKey({ owner: place.owner, repo: place.repo });
        return targetProblem(target, `The environment "${place.environment}" of ${targetLabel(target)} does not exist in ${place.owner}/${place.repo}.`, 'Create it under Settings > Environments, or correct `environment:` in the target.');
      } catch (error) {
        if (!isHttpFailure(error) || error.status !== 404) return failure(error, 'read the public key for secrets', place, token);
      }
    }
    return targetProblem(target, `The repository ${place.owner}/${place.repo} of ${targetLabel(target)} does not exist, or ${TOKEN_VARIABLE} cannot see it.`, 'Correct `repository:` in the target, or give the token access to that repository (a GitHub App must be installed on it).');
  };

  return {
    async preflight(target) {
      const place = placeOf(target);
      const { octokit, token } = connect(target);
      try {
        await (place.environment === null
          ? octokit.rest.actions.getRepoPublicKey({ owner: place.owner, repo: place.repo })
          : octokit.rest.actions.getEnvironmentPublicKey({ owner: place.owner, repo: place.repo, environment_name: place.environment }));
      } catch (error) {
        if (isHttpFailure(error) && error.status === 404) throw await explainNotFound(octokit, target, place, token);
        throw failure(error, 'read the public key for secrets', place, token);
      }
    },

    async holdsValue(target) {
      const place = placeOf(target);
      const { octokit, token } = connect(target);
      try {
        await (place.environment === null
          ? octokit.rest.actions.getRepoSecret({ owner: place.owner, repo: place.repo, secret_name: place.secret })
          : octokit.rest.actions.getEnvironmentSecret({ owner: place.owner, repo: place.repo, environment_name: place.environment, secret_name: place.secret }));
        return true;
      } catch (error) {
        if (isHttpFailure(error) && error.status === 404) return false;
        throw failure(error, `look for the secret ${place.secret}`, place, token);
      }
    },

    async deliver(target, bundle) {
      const place = placeOf(target);
      const { octokit, token } = connect(target);
      const key = await publicKey(octokit, place, token);
      // GitHub's clock, not this machine's: the key was read just before the write, so a secret updated
      // at or after that second was written by this call. Without a Date header, allow for clock skew.
      const writeStartedAt = key.serverTime ?? new Date(context.clock.now().getTime() - CLOCK_SKEW_MS);
      const sealed = await seal(bundle, key.key);
      try {
        if (place.environment === null) {
          await octokit.rest.actions.createOrUpdateRepoSecret({ owner: place.owner, repo: place.repo, secret_name: place.secret, encrypted_value: sealed, key_id: key.keyId });
        } else {
          await octokit.rest.actions.createOrUpdateEnvironmentSecret({ owner: place.owner, repo: place.repo, environment_name: place.environment, secret_name: place.secret, encrypted_value: sealed, key_id: key.keyId });
        }
      } catch (error) {
        throw failure(error, `write the secret ${place.secret}`, place, token);
      }
      let updatedAt: string;
      try {
        const response = place.environment === null
          ? await octokit.rest.actions.getRepoSecret({ owner: place.owner, repo: place.repo, secret_name: place.secret })
          : await octokit.rest.actions.getEnvironmentSecret({ owner: place.owner, repo: place.repo, environment_name: place.environment, secret_name: place.secret });
        updatedAt = response.data.updated_at;
      } catch (error) {
        throw failure(error, `read back the secret ${place.secret}`, place, token);
      }
      const updated = Date.parse(updatedAt);
      // updated_at has whole seconds; so may the Date header.
      if (Number.isNaN(updated) || updated < Math.floor(writeStartedAt.getTime() / 1000) * 1000) {
        throw new DeliveryError(`GitHub accepted the secret ${place.secret} in ${place.where} but reports it last updated at ${updatedAt}, before this write started (${writeStartedAt.toISOString()}).`, {
          hint: 'The write did not take effect; run apply again, which writes the same bundle again.',
        });
      }
    },
  };
}

/** The bundle sealed to GitHub's public key (X25519 sealed box), base64 as GitHub expects it. */
async function seal(bundle: Secret, publicKey: string): Promise<string> {
  await sodium.ready;
  const key = sodium.from_base64(publicKey, sodium.base64_variants.ORIGINAL);
  return sodium.to_base64(sodium.crypto_box_seal(sodium.from_string(bundle.reveal()), key), sodium.base64_variants.ORIGINAL);
}

/**
 * A failed GitHub call as one sentence and what to do. The token and the bundle never appear: GitHub's
 * own message is quoted with the token scrubbed, and the bundle is never in a reply (GitHub only ever
 * sees it sealed).
 */
function gitHubFailure(error: unknown, doing: string, place: Place, token: Secret, env: DeliveryContext['env'], apiUrl: string): OperatorError {
  if (error instanceof DeliveryError || error instanceof UsageError) return error;
  const scrub = (text: string): string => scrubToken(text, token);
  if (!isHttpFailure(error) || error.response === undefined) {
    const reason = error instanceof Error ? scrub(error.message) : 'unknown error';
    return new DeliveryError(`Could not reach the GitHub API at ${withoutUrlCredentials(apiUrl)} to ${doing} in ${place.where} (${reason}).`, { hint: 'Check GITHUB_API_URL and the network, then run apply again.' });
  }
  const message = gitHubMessage(error);
  const said = message === null ? '' : ` "${scrub(message)}"`;
  const headers = error.response.headers ?? {};
  if ((error.status === 403 || error.status === 429) && (String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(message ?? ''))) {
    return new DeliveryError(`GitHub's API rate limit stopped the attempt to ${doing} in ${place.where}.`, { hint: 'Run apply again later.' });
  }
  switch (error.status) {
    case 401:
      return new DeliveryError(`GitHub rejected ${TOKEN_VARIABLE} (401${said}) when trying to ${doing} in ${place.where}: it is expired, revoked or not a token.`, { hint: `GitHub App installation tokens last an hour: make a fresh one in the job. ${TOKEN_HINT}` });
    case 403: {
      const actionsToken = env['GITHUB_TOKEN'];
      if (actionsToken !== undefined && actionsToken !== '' && actionsToken === token.reveal()) {
        return new DeliveryError(`GitHub refused to let ${TOKEN_VARIABLE} ${doing} in ${place.where} (403) because it is the workflow's own GITHUB_TOKEN, which cannot read or write Actions secrets by design.`, { hint: TOKEN_HINT });
      }
      if (/not accessible by integration/i.test(message ?? '')) {
        return new DeliveryError(`GitHub refused to let ${TOKEN_VARIABLE} ${doing} in ${place.where} (403${said}): the token lacks the Secrets permission, or it is Actions' GITHUB_TOKEN, which cannot write secrets by design.`, { hint: TOKEN_HINT });
      }
      return new DeliveryError(`GitHub refused to let ${TOKEN_VARIABLE} ${doing} in ${place.where} (403${said}).`, { hint: TOKEN_HINT });
    }
    case 404:
      return new DeliveryError(`GitHub answered 404 when trying to ${doing} in ${place.where}: the repository or environment is gone, or ${TOKEN_VARIABLE} cannot see it.`, { hint: 'Check the target and the token\'s access to the repository, then run apply again.' });
    default:
      return new DeliveryError(`GitHub answered ${error.status}${said} when trying to ${doing} in ${place.where}.`, {
        hint: error.status >= 500 ? 'GitHub had a problem; run apply again in a few minutes.' : 'Check the target, then run apply again.',
      });
  }
}
