import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { simpleGit } from 'simple-git';
import type { Environment } from '../ports.js';
import type { Secret } from '../secrets/secret.js';
import { GitHubError, scrubToken } from './github-error.js';
import { gitEnvironment } from '../support/git-environment.js';

/**
 * Puts the status file — and nothing else — on the fixed branch `netsuite-tokens/<account>`, one
 * commit on top of the default branch, and pushes it to `origin`.
 *
 * Everything happens with plumbing in the object database (hash-object, a temporary index, write-tree,
 * commit-tree, push of a commit id), so the person's working tree, index and current branch are never
 * touched. The push carries a lease on the tip the run saw, so a concurrent push is never overwritten.
 */

/** The trailer that marks the operator's own commits on its branch. */
export const RUN_TRAILER = 'Netsuite-Tokens-Run';

/** Who commits when git has no identity configured (as on a fresh CI runner). */
export const OPERATOR_IDENTITY = { name: 'netsuite-tokens', email: 'netsuite-tokens@users.noreply.github.com' } as const;

export interface StatusBranchRequest {
  /** A directory inside the working copy of the config's repository. */
  readonly repoDir: string;
  /** The status file to commit (absolute, or relative to `repoDir`); must be inside that repository. */
  readonly statusFile: string;
  /** Where the bytes to commit at `statusFile`'s path are read from, when not the file itself (rotate proposes an edited copy). */
  readonly contentFile?: string;
  readonly account: string;
  /** Commit subject and body; the run trailer is appended. */
  readonly message: string;
  /** Identifies the run in the trailer (the run URL, or a local run's start time). */
  readonly runId: string;
  readonly env: Environment;
  /** Used when origin does not advertise its HEAD. */
  readonly fallbackBase: string;
  /**
   * GitHub Actions without persisted checkout credentials: the token is sent to origin as an HTTP
   * Authorization header, only to URLs under `origin` (the GitHub server), never to another host.
   */
  readonly auth: { readonly token: Secret; readonly origin: string } | null;
}

export interface ForeignCommit {
  readonly sha: string;
  readonly author: string;
  readonly subject: string;
}

interface BranchFacts {
  readonly branch: string;
  /** The default branch. */
  readonly base: string;
  /** The status file's path in the repository, with forward slashes. */
  readonly statusPath: string;
  /** The status file as the default branch holds it (what merging is compared with); null when it has none, or holds this very file. */
  readonly baseStatus: string | null;
}

export type StatusBranchOutcome =
  | (BranchFacts & { readonly kind: 'pushed'; readonly commit: string; readonly previousTip: string | null })
  /**
   * Nothing to push. `proposed`: the branch holds this status file and the default branch does not
   * (a pull request should show it); false when the default branch already has it (merged, or never changed).
   */
  | (BranchFacts & { readonly kind: 'unchanged'; readonly tip: string | null; readonly proposed: boolean })
  /** The branch has commits the operator did not make; nothing was pushed. */
  | (BranchFacts & { readonly kind: 'foreign-commits'; readonly tip: string; readonly commits: readonly ForeignCommit[] });

export function branchFor(account: string): string {
  const branch = `netsuite-tokens/${account}`;
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(account) || account.includes('..') || account.endsWith('.lock') || account.endsWith('.')) {
    throw new GitHubError(`The account "${account}" cannot be part of a git branch name.`, { hint: 'Use the account id in realm form, such as 1234567_SB1.' });
  }
  return branch;
}

/** Leases can lose a race with another run; one fresh attempt settles it (the second sees the winner). */
const ATTEMPTS = 2;

export async function publishStatusBranch(request: StatusBranchRequest): Promise<StatusBranchOutcome> {
  const branch = branchFor(request.account);
  const git = new Git(request);
  const statusPath = await repositoryPath(await topLevelOf(git), resolve(request.repoDir, request.statusFile));
  const blob = (await git.run(['hash-object', '-w', '--', resolve(request.repoDir, request.contentFile ?? request.statusFile)], 'store the status file in git')).trim();

  for (let attempt = 1; ; attempt += 1) {
    const remote = await readRemote(git, branch, request.fallbackBase);
    const outcome = await prepare(git, request, { branch, statusPath, blob, ...remote });
    if (outcome.kind !== 'commit') return outcome;
    if (await push(git, branch, outcome.commit, remote.tip)) {
      return { kind: 'pushed', branch, base: remote.base, statusPath, baseStatus: outcome.baseStatus, commit: outcome.commit, previousTip: remote.tip };
    }
    if (attempt >= ATTEMPTS) {
      throw new GitHubError(`The push to ${branch} was rejected because the branch changed on origin while this run was preparing it.`, {
        hint: 'Another run or a person pushed to it at the same time; run again (the concurrency group in the workflow prevents this).',
      });
    }
  }
}

/**
 * The local half of publishStatusBranch, for a command that must not start what only a pull request
 * can finish (rotate): `file` is inside a git repository with an `origin` remote. Nothing is fetched or pushed.
 */
export async function checkBranchRepository(repoDir: string, file: string, env: Environment): Promise<void> {
  const git = new Git({ repoDir, env, auth: null });
  await repositoryPath(await topLevelOf(git), resolve(repoDir, file));
  await git.run(['remote', 'get-url', 'origin'], 'find the `origin` remote to push to');
}

async function topLevelOf(git: Git): Promise<string> {
  return realpath((await git.run(['rev-parse', '--show-toplevel'], 'find the repository of the configuration')).trim());
}

interface RemoteState {
  /** The default branch's name, e.g. `main`. */
  readonly base: string;
  readonly baseCommit: string;
  /** The operator branch's tip on origin, or null when it does not exist. */
  readonly tip: string | null;
}

/** Asks origin for its default branch and the operator branch, then fetches both (no tags, no checkout). */
async function readRemote(git: Git, branch: string, fallbackBase: string): Promise<RemoteState> {
  const listing = await git.run(['ls-remote', '--symref', 'origin', 'HEAD', `refs/heads/${branch}`], 'read the branches on origin', { network: true });
  const base = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(listing)?.[1] ?? fallbackBase;
  const hasBranch = listing.split('\n').some((line) => line.endsWith(`\trefs/heads/${branch}`));
  const refspecs = [`+refs/heads/${base}:refs/remotes/origin/${base}`, ...(hasBranch ? [`+refs/heads/${branch}:refs/remotes/origin/${branch}`] : [])];
  // In a shallow clone (actions/checkout's default) the default branch's history ends early, so its
  // old commits under the operator's commit would look foreign; a config repository is small to deepen.
  const shallow = (await git.run(['rev-parse', '--is-shallow-repository'], 'inspect the clone')).trim() === 'true';
  await git.run(['fetch', '--no-tags', '--quiet', ...(shallow ? ['--unshallow'] : []), 'origin', ...refspecs], `fetch ${base} from origin`, { network: true });
  const baseCommit = (await git.run(['rev-parse', '--verify', `refs/remotes/origin/${base}^{commit}`], `find ${base}`)).trim();
  const tip = hasBranch ? (await git.run(['rev-parse', '--verify', `refs/remotes/origin/${branch}^{commit}`], `find ${branch}`)).trim() : null;
  return { base, baseCommit, tip };
}

type Prepared = Exclude<StatusBranchOutcome, { kind: 'pushed' }> | { readonly kind: 'commit'; readonly commit: string; readonly baseStatus: string | null };

async function prepare(
  git: Git,
  request: StatusBranchRequest,
  state: RemoteState & { readonly branch: string; readonly statusPath: string; readonly blob: string },
): Promise<Prepared> {
  const { branch, base, baseCommit, tip, statusPath, blob } = state;
  const baseBlob = await git.blobAt(baseCommit, statusPath);
  if (baseBlob === blob) return { kind: 'unchanged', branch, base, statusPath, baseStatus: null, tip, proposed: false };
  // Only to describe the pull request: a copy that cannot be read leaves it with this run's results alone.
  const baseStatus = baseBlob === null ? null : await git.raw(['cat-file', 'blob', baseBlob]).catch(() => null);
  if (tip !== null && (await git.blobAt(tip, statusPath)) === blob) return { kind: 'unchanged', branch, base, statusPath, baseStatus, tip, proposed: true };
  if (tip !== null) {
    const foreign = await foreignCommits(git, `${baseCommit}..${tip}`, statusPath);
    if (foreign.length > 0) return { kind: 'foreign-commits', branch, base, statusPath, baseStatus, tip, commits: foreign };
  }
  const tree = await treeWithStatus(git, baseCommit, statusPath, blob);
  const message = `${request.message.trimEnd()}\n\n${RUN_TRAILER}: ${request.runId.replace(/\s+/g, ' ')}\n`;
  const identity = await identityEnvironment(git, request.env);
  const commit = (await git.run(['commit-tree', tree, '-p', baseCommit, '-m', message], 'commit the status file', { env: identity })).trim();
  return { kind: 'commit', commit, baseStatus };
}

/**
 * Commits in `range` that are not the operator's: an operator commit carries the run trailer, has one
 * parent and changes only the status file. Anything else (a person's fix, a merge from the web UI)
 * is someone's work, which a force-push would silently throw away.
 */
async function foreignCommits(git: Git, range: string, statusPath: string): Promise<ForeignCommit[]> {
  const format = `%H%x1f%P%x1f%an <%ae>%x1f%s%x1f%(trailers:key=${RUN_TRAILER},valueonly,separator=%x20)%x1e`;
  const log = await git.run(['log', `--format=${format}`, range], 'read the commits on the operator branch');
  const foreign: ForeignCommit[] = [];
  for (const record of log.split('\x1e')) {
    const [sha = '', parents = '', author = '', subject = '', trailer = ''] = record.trim().split('\x1f');
    if (sha === '') continue;
    const ours = trailer.trim() !== '' && parents.trim().split(' ').length === 1 && (await changedPaths(git, sha)) === statusPath;
    if (!ours) foreign.push({ sha, author, subject });
  }
  return foreign;
}

async function changedPaths(git: Git, commit: string): Promise<string> {
  const names = await git.run(['diff-tree', '--no-commit-id', '--name-only', '-r', '-z', commit], 'read an operator commit');
  return names.split('\0').filter((name) => name !== '').join('\n');
}

/** The default branch's tree with the status file replaced, built in a temporary index. */
async function treeWithStatus(git: Git, baseCommit: string, statusPath: string, blob: string): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'netsuite-tokens-index-'));
  const env = { GIT_INDEX_FILE: join(directory, 'index') };
  try {
    await git.run(['read-tree', baseCommit], 'read the default branch', { env });
    await git.run(['update-index', '--add', '--cacheinfo', `100644,${blob},${statusPath}`], 'stage the status file', { env });
    return (await git.run(['write-tree'], 'write the tree', { env })).trim();
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** Pushes `commit` as the branch, leased on the tip this run saw (or on its absence). False when the lease lost. */
async function push(git: Git, branch: string, commit: string, expectedTip: string | null): Promise<boolean> {
  const ref = `refs/heads/${branch}`;
  const args = ['push', `--force-with-lease=${ref}:${expectedTip ?? ''}`, 'origin', `${commit}:${ref}`];
  try {
    await git.raw(args, { network: true });
    return true;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // Lost the lease: refused before sending (stale info) or by origin's own compare-and-swap.
    if (/stale info|fetch first|non-fast-forward|cannot lock ref|reference already exists|but expected/i.test(text)) return false;
    throw git.failure(`push ${branch} to origin`, text);
  }
}

/**
 * The identity for the operator's commit: git's own when the repository or user configuration has one,
 * otherwise netsuite-tokens' (set only for this command, never written to any config).
 */
async function identityEnvironment(git: Git, env: Environment): Promise<Record<string, string>> {
  const fromEnvironment = ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL'].every((name) => (env[name] ?? '') !== '');
  if (fromEnvironment || ((await git.configured('user.name')) && (await git.configured('user.email')))) return {};
  return {
    GIT_AUTHOR_NAME: OPERATOR_IDENTITY.name,
    GIT_AUTHOR_EMAIL: OPERATOR_IDENTITY.email,
    GIT_COMMITTER_NAME: OPERATOR_IDENTITY.name,
    GIT_COMMITTER_EMAIL: OPERATOR_IDENTITY.email,
  };
}

/** The status file's path inside the repository, with forward slashes. */
async function repositoryPath(topLevel: string, statusFile: string): Promise<string> {
  const absolute = join(await realpath(dirname(statusFile)), basename(statusFile));
  const path = relative(topLevel, absolute);
  if (path === '' || path.startsWith('..') || isAbsolute(path)) {
    throw new GitHubError(`The status file ${statusFile} is not inside the git repository at ${topLevel}.`, {
      hint: 'Keep the configuration and its status file in the repository the pull request is for.',
    });
  }
  return path.split(sep).join('/');
}

type GitContext = Pick<StatusBranchRequest, 'repoDir' | 'env' | 'auth'>;

/** Runs git in the repository with a minimal environment; each command gets its own simple-git instance. */
class Git {
  readonly #request: GitContext;

  constructor(request: GitContext) {
    this.#request = request;
  }

  /** Runs a command; a failure becomes a GitHubError saying what could not be done. */
  async run(args: string[], doing: string, options: { env?: Record<string, string>; network?: boolean } = {}): Promise<string> {
    try {
      return await this.raw(args, options);
    } catch (error) {
      throw this.failure(doing, error instanceof Error ? error.message : String(error));
    }
  }

  async raw(args: string[], options: { env?: Record<string, string>; network?: boolean } = {}): Promise<string> {
    const auth = options.network === true ? this.#request.auth : null;
    const git = simpleGit({ baseDir: this.#request.repoDir, unsafe: { allowUnsafeConfigEnvCount: auth !== null } });
    return git.env({ ...this.#environment(auth), ...options.env }).raw(args);
  }

  async blobAt(commit: string, path: string): Promise<string | null> {
    try {
      return (await this.raw(['rev-parse', '--verify', '--quiet', `${commit}:${path}`])).trim() || null;
    } catch {
      return null;
    }
  }

  async configured(key: string): Promise<boolean> {
    try {
      return (await this.raw(['config', '--get', key])).trim() !== '';
    } catch {
      return false;
    }
  }

  failure(doing: string, text: string): GitHubError {
    const firstLine = text.split('\n').map((line) => line.trim()).find((line) => line !== '') ?? 'git failed';
    const auth = this.#request.auth;
    const clean = auth === null ? firstLine : scrubToken(firstLine, auth.token);
    return new GitHubError(`git could not ${doing}: ${clean.replace(/^(fatal|error): /, '')}`, {
      hint: /permission|403|denied|authentication|could not read username/i.test(text)
        ? "The push needs `contents: write` for GITHUB_TOKEN in the job's `permissions:`; NetSuite results are already in the status file."
        : 'Check that the directory is a git clone with an `origin` remote this run may push to.',
    });
  }

  #environment(auth: StatusBranchRequest['auth']): Record<string, string> {
    const result = gitEnvironment(this.#request.env);
    if (auth !== null) {
      // Through the environment, not argv (which other processes can read); scoped to the GitHub
      // server's URL so it never goes to another host; the empty value first clears a header
      // persisted by actions/checkout, so exactly one is sent.
      const key = `http.${auth.origin.replace(/\/+$/, '')}/.extraheader`;
      const basic = Buffer.from(`x-access-token:${auth.token.reveal()}`).toString('base64');
      Object.assign(result, {
        GIT_CONFIG_COUNT: '2',
        GIT_CONFIG_KEY_0: key,
        GIT_CONFIG_VALUE_0: '',
        GIT_CONFIG_KEY_1: key,
        GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
      });
    }
    return result;
  }
}
