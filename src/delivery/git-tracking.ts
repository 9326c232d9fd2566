import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import type { Environment } from '../ports.js';
import { temporaryNameLike } from '../support/atomic-write.js';
import { gitEnvironment } from '../support/git-environment.js';

/** Whether git could commit a file written at a path (SPEC §12.2: a key is never committed). */
export type GitTracking =
  | { readonly state: 'outside' }
  | { readonly state: 'ignored'; readonly workTree: string }
  | { readonly state: 'tracked' | 'not-ignored'; readonly workTree: string }
  /** The path is ignored, but the temporary file written beside it first is not: a crash would leave a key git could commit. */
  | { readonly state: 'temporary-not-ignored'; readonly workTree: string; readonly temporary: string }
  /** Inside what looks like a work tree (a `.git` above it), but git is not installed to ask, or failed to answer (`reason`: its words). */
  | { readonly state: 'unknown'; readonly workTree: string; readonly reason: string | null };

/**
 * Asks git about `path`, running it in `existingDirectory` (the nearest directory of the path that
 * exists; the file and its parents may not exist yet). A tracked file is never "ignored" to git, even
 * when a pattern matches it, so it is reported as tracked: it would be committed. When git fails (a
 * broken configuration, a repository it refuses to trust) the answer is `unknown`, never `outside`,
 * unless no `.git` is above the path at all.
 */
export async function gitTracking(path: string, existingDirectory: string, env: Environment): Promise<GitTracking> {
  // Only what git needs: nothing that points it at another repository (git sets GIT_DIR for its hooks), and no secret.
  const gitEnv = gitEnvironment(env);
  const top = await git(['rev-parse', '--show-toplevel'], existingDirectory, gitEnv);
  if (top.kind === 'missing') {
    const workTree = await dotGitAbove(existingDirectory);
    return workTree === null ? { state: 'outside' } : { state: 'unknown', workTree, reason: null };
  }
  if (top.code !== 0) {
    // Not a repository, or inside .git itself: nothing there is committed. Anything else is git failing.
    const workTree = await dotGitAbove(existingDirectory);
    if (workTree === null || `${existingDirectory}${sep}`.startsWith(join(workTree, '.git') + sep)) return { state: 'outside' };
    return { state: 'unknown', workTree, reason: firstLine(top.stderr) };
  }
  const workTree = top.stdout.trim();
  const ignored = await git(['check-ignore', '--quiet', '--', path], existingDirectory, gitEnv);
  if (ignored.kind === 'ran' && ignored.code === 0) {
    const temporary = temporaryNameLike(path);
    const alsoIgnored = await git(['check-ignore', '--quiet', '--', temporary], existingDirectory, gitEnv);
    return alsoIgnored.kind === 'ran' && alsoIgnored.code === 0 ? { state: 'ignored', workTree } : { state: 'temporary-not-ignored', workTree, temporary };
  }
  const tracked = await git(['ls-files', '--error-unmatch', '--', path], existingDirectory, gitEnv);
  return { state: tracked.kind === 'ran' && tracked.code === 0 ? 'tracked' : 'not-ignored', workTree };
}

type GitResult = { readonly kind: 'ran'; readonly code: number; readonly stdout: string; readonly stderr: string } | { readonly kind: 'missing' };

function git(args: readonly string[], cwd: string, env: Readonly<Record<string, string>>): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, env, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error === null) {
        resolve({ kind: 'ran', code: 0, stdout, stderr });
        return;
      }
      const code = (error as { code?: unknown }).code;
      if (code === 'ENOENT') resolve({ kind: 'missing' });
      else if (typeof code === 'number') resolve({ kind: 'ran', code, stdout, stderr });
      else reject(new Error(`git ${args[0] ?? ''} could not run: ${error.message}`));
    });
  });
}

async function dotGitAbove(directory: string): Promise<string | null> {
  for (let current = directory; ; current = dirname(current)) {
    if ((await stat(join(current, '.git')).catch(() => null)) !== null) return current;
    if (dirname(current) === current) return null;
  }
}

function firstLine(text: string): string | null {
  const line = (text.split('\n')[0] ?? '').trim();
  return line === '' ? null : line;
}
