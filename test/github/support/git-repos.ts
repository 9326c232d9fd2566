import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Real git repositories for the tests: a bare `origin` (default branch `main`, one initial commit)
 * and a clone of it as the working copy the operator runs in. HOME points at an empty directory and
 * system config is off, so git has no identity — as on a fresh CI runner.
 */
export interface Repos {
  readonly root: string;
  readonly origin: string;
  readonly work: string;
  /** Environment for git: PATH, an empty HOME, no system config. */
  readonly env: Readonly<Record<string, string>>;
  readonly configFile: string;
  readonly statusFile: string;
  git(cwd: string, args: readonly string[], extraEnv?: Readonly<Record<string, string>>): string;
  /** The commit `branch` points at in origin, or null. */
  tip(branch: string): string | null;
  /** A file's content on a branch of origin, or null. */
  show(branch: string, path: string): string | null;
  writeStatus(content: string): Promise<void>;
  /** Clones origin into a new directory as a person with an identity. */
  humanClone(name: string): Promise<string>;
  cleanup(): Promise<void>;
}

const HUMAN = { GIT_AUTHOR_NAME: 'Alice Admin', GIT_AUTHOR_EMAIL: 'alice@example.com', GIT_COMMITTER_NAME: 'Alice Admin', GIT_COMMITTER_EMAIL: 'alice@example.com' };

export async function createRepos(): Promise<Repos> {
  const root = await mkdtemp(join(tmpdir(), 'nst-github-'));
  const home = join(root, 'home');
  await mkdir(home);
  const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home, XDG_CONFIG_HOME: join(home, '.config'), GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C' };
  const git = (cwd: string, args: readonly string[], extraEnv: Readonly<Record<string, string>> = {}): string =>
    execFileSync('git', args, { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  const origin = join(root, 'origin.git');
  git(root, ['init', '--quiet', '--bare', '--initial-branch=main', origin]);
  const seed = join(root, 'seed');
  git(root, ['clone', '--quiet', origin, seed]);
  await writeFile(join(seed, 'README.md'), '# NetSuite tokens\n');
  await mkdir(join(seed, 'netsuite'));
  await writeFile(join(seed, 'netsuite', 'netsuite-tokens.yaml'), 'version: 1\naccount: "1234567_SB1"\ntokens: []\n');
  git(seed, ['add', '.']);
  git(seed, ['commit', '--quiet', '-m', 'Initial commit'], HUMAN);
  git(seed, ['push', '--quiet', 'origin', 'HEAD:main']);
  const work = join(root, 'work');
  git(root, ['clone', '--quiet', origin, work]);

  const tip = (branch: string): string | null => {
    try {
      return git(origin, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]).trim();
    } catch {
      return null;
    }
  };
  return {
    root,
    origin,
    work,
    env,
    configFile: join(work, 'netsuite', 'netsuite-tokens.yaml'),
    statusFile: join(work, 'netsuite', 'netsuite-tokens.status.yaml'),
    git,
    tip,
    show: (branch, path) => {
      try {
        return git(origin, ['show', `refs/heads/${branch}:${path}`]);
      } catch {
        return null;
      }
    },
    writeStatus: async (content) => {
      await writeFile(join(work, 'netsuite', 'netsuite-tokens.status.yaml'), content);
    },
    humanClone: async (name) => {
      const directory = join(root, name);
      git(root, ['clone', '--quiet', origin, directory]);
      git(directory, ['config', 'user.name', HUMAN.GIT_AUTHOR_NAME]);
      git(directory, ['config', 'user.email', HUMAN.GIT_AUTHOR_EMAIL]);
      return Promise.resolve(directory);
    },
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}
