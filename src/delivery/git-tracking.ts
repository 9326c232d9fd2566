import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Environment } from '../ports.js';

/** Whether git could commit a file written at a path (SPEC §12.2: a key is never committed). */
export type GitTracking =
  | { readonly state: 'outside' }
  | { readonly state: 'ignored'; readonly workTree: string }
  | { readonly state: 'tracked' | 'not-ignored'; readonly workTree: string }
  /** Inside what looks like a work tree (a `.git` above it), but git is not installed to ask. */
  | { readonly state: 'unknown'; readonly workTree: string };

/**
 * Asks git about `path`, running it in `existingDirectory` (the nearest directory of the path that
 * exists; the file and its parents may not exist yet). A tracked file is never "ignored" to git, even
 * when a pattern matches it, so it is reported as tracked: it would be committed.
 */
export async function gitTracking(path: string, existingDirectory: string, env: Environment): Promise<GitTracking> {
  const top = await git(['rev-parse', '--show-toplevel'], existingDirectory, env);
  if (top.kind === 'missing') {
    const workTree = await dotGitAbove(existingDirectory);
    return workTree === null ? { state: 'outside' } : { state: 'unknown', workTree };
  }
  // Not a repository, or inside .git itself: nothing there is committed.
  if (top.code !== 0) return { state: 'outside' };
  const workTree = top.stdout.trim();
  const ignored = await git(['check-ignore', '--quiet', '--', path], existingDirectory, env);
  if (ignored.kind === 'ran' && ignored.code === 0) return { state: 'ignored', workTree };
  const tracked = await git(['ls-files', '--error-unmatch', '--', path], existingDirectory, env);
  return { state: tracked.kind === 'ran' && tracked.code === 0 ? 'tracked' : 'not-ignored', workTree };
}

type GitResult = { readonly kind: 'ran'; readonly code: number; readonly stdout: string } | { readonly kind: 'missing' };

function git(args: readonly string[], cwd: string, env: Environment): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, env: { ...env, GIT_TERMINAL_PROMPT: '0' }, encoding: 'utf8' }, (error, stdout) => {
      if (error === null) {
        resolve({ kind: 'ran', code: 0, stdout });
        return;
      }
      const code = (error as { code?: unknown }).code;
      if (code === 'ENOENT') resolve({ kind: 'missing' });
      else if (typeof code === 'number') resolve({ kind: 'ran', code, stdout });
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
