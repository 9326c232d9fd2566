import { constants } from 'node:fs';
import type { Stats } from 'node:fs';
import { access, lstat, mkdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { targetLabel } from '../domain/delivery-target.js';
import { writeFileAtomic } from '../support/atomic-write.js';
import { DeliveryError, UntouchedDeliveryError, targetProblem } from './delivery-errors.js';
import { gitTracking } from './git-tracking.js';
import type { DeliveryContext, TargetOfKind, TargetStore } from './target-store.js';

type FileTarget = TargetOfKind<'file'>;

/** What to ignore: the file and the temporary files a write puts the key in first (or the whole directory). */
const gitHint = (path: string): string =>
  `Add the target's directory to .gitignore, or both the file and \`.${basename(path)}.*.tmp\` (the temporary file a write puts the key in first), after \`git rm --cached\` if git already tracks it; or point the target outside the repository.`;

/** Symbolic links followed before a chain is taken for a loop (Linux's own limit for a path is 40). */
const MAX_LINKS = 40;

/**
 * A file (SPEC §12.2): the path is relative to the desired-state file; written atomically with mode
 * 0600 from the moment it exists, and read back. Refused inside a git work tree unless git ignores the
 * path, so a key is never committed; the check runs again before every write. A path through symbolic
 * links is judged and written where the links lead: consumers read the file there, and a link replaced
 * by a file of its own would leave them the old key.
 */
export function createFileStore(context: DeliveryContext): TargetStore<FileTarget> {
  /** Where writing the target lands (links followed), and the nearest part of that path that exists. */
  const locate = async (target: FileTarget): Promise<{ path: string; existing: string; info: Stats }> => {
    const declared = resolve(context.configDirectory, target.path);
    const path = await followLinks(declared);
    if (path === null) {
      throw targetProblem(target, `The file target ${targetLabel(target)} is a symbolic link that leads in a loop (${declared}).`, 'Point `path:` at a file, or correct the link.');
    }
    const existing = await nearestExisting(path);
    return { path, existing, info: await stat(existing) };
  };

  const check = async (target: FileTarget): Promise<string> => {
    const { path, existing, info } = await locate(target);
    // The directory the file goes in, or the nearest one that exists and must let its parents be created.
    const directory = existing === path ? dirname(path) : existing;
    if (existing === path && info.isDirectory()) {
      throw targetProblem(target, `The file target ${targetLabel(target)} is a directory (${path}).`, 'Name a file in `path:`.');
    }
    if (existing !== path && !info.isDirectory()) {
      throw targetProblem(target, `The directory for ${targetLabel(target)} cannot be created: ${existing} is a file, not a directory.`, 'Correct `path:` in the target.');
    }
    if (!(await writable(directory))) {
      throw targetProblem(target,
        directory === dirname(path)
          ? `The file target ${targetLabel(target)} cannot be written: this user may not write to its directory ${directory}.`
          : `The directory ${dirname(path)} for ${targetLabel(target)} does not exist and cannot be created: this user may not write to ${directory}.`,
        'Create the directory with write access for the user the operator runs as, or correct `path:` in the target.',
      );
    }
    await refuseIfCommitted(target, path, directory);
    return path;
  };

  /** Refuses a path git would commit, asking git in `directory` (the nearest that exists). */
  const refuseIfCommitted = async (target: FileTarget, path: string, directory: string): Promise<void> => {
    const git = await gitTracking(path, directory, context.env);
    switch (git.state) {
      case 'outside':
      case 'ignored':
        return;
      case 'tracked':
        throw targetProblem(target, `The file target ${targetLabel(target)} is tracked by git in ${git.workTree}, so the key written there would be committed.`, gitHint(path));
      case 'not-ignored':
        throw targetProblem(target, `The file target ${targetLabel(target)} is inside the git work tree ${git.workTree} and git does not ignore it, so the key written there could be committed.`, gitHint(path));
      case 'temporary-not-ignored':
        throw targetProblem(target,
          `Git ignores the file target ${targetLabel(target)}, but not the temporary file the key is written to first (${basename(git.temporary)}, beside it), so a run killed mid-write could leave the key where git would commit it.`,
          `Ignore the target's whole directory in .gitignore (such as \`${basename(dirname(path))}/\`), or add \`.${basename(path)}.*.tmp\` beside the file's own pattern.`,
        );
      case 'unknown':
        if (git.reason !== null) {
          throw targetProblem(target, `The file target ${targetLabel(target)} is inside the git work tree ${git.workTree}, and git could not say whether it ignores the path (${git.reason}).`, 'Fix git so that `git check-ignore` answers in that directory (its configuration, or `safe.directory` for a repository another user owns), or point the target outside the repository.');
        }
        throw targetProblem(target, `The file target ${targetLabel(target)} is inside the git work tree ${git.workTree}, and git is not installed to say whether it ignores the path.`, `Install git (on PATH), or point the target outside the repository.`);
    }
  };

  return {
    async preflight(target) {
      await check(target);
    },

    async checkNotCommitted(target) {
      const { path, existing, info } = await locate(target);
      await refuseIfCommitted(target, path, existing === path || !info.isDirectory() ? dirname(existing) : existing);
    },

    async holdsValue(target) {
      const path = await check(target);
      try {
        await stat(path);
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw error;
      }
    },

    async deliver(target, bundle) {
      const path = await check(target);
      try {
        await mkdir(dirname(path), { recursive: true, mode: 0o700 });
        // A run killed inside an earlier write left its temporary file, with a key in it: it goes now.
        await writeFileAtomic(path, bundle.reveal(), { mode: 0o600, abandonedAfterMs: 0 });
      } catch (error) {
        const message = `Could not write ${targetLabel(target)} (${errorCode(error)}).`;
        const hint = 'Check the directory and its permissions, then run apply again.';
        // The file is what consumers read: if it does not hold the new bundle, nothing of it was delivered.
        const holds = await readFile(path, 'utf8').then((text) => text === bundle.reveal(), () => false);
        throw holds ? new DeliveryError(message, { hint }) : new UntouchedDeliveryError(message, { hint });
      }
      const written = await readFile(path, 'utf8').catch(() => null);
      if (written !== bundle.reveal()) {
        throw new DeliveryError(`${targetLabel(target)} does not hold the bundle just written to it when read back.`, { hint: 'Something else writes that file; give the target a path of its own, then run apply again.' });
      }
    },
  };
}

/**
 * Where writing `path` lands: every symbolic link on the way resolved, the file's own included (to a file
 * that may not exist yet). Null for a loop.
 */
async function followLinks(path: string): Promise<string | null> {
  let current = path;
  for (let hop = 0; hop <= MAX_LINKS; hop += 1) {
    const real = join(await realDirectory(dirname(current)), basename(current));
    const info = await lstat(real).catch(() => null);
    if (info === null || !info.isSymbolicLink()) return real;
    current = resolve(dirname(real), await readlink(real));
  }
  return null;
}

/** `directory` with the links of the part that exists resolved; the part that does not exist yet as written. */
async function realDirectory(directory: string): Promise<string> {
  const existing = await nearestExisting(directory);
  const real = await realpath(existing).catch(() => existing);
  return existing === directory ? real : join(real, relative(existing, directory));
}

/** `path` itself or its nearest ancestor that exists. */
async function nearestExisting(path: string): Promise<string> {
  for (let current = path; ; current = dirname(current)) {
    if ((await stat(current).catch(() => null)) !== null || dirname(current) === current) return current;
  }
}

async function writable(directory: string): Promise<boolean> {
  return access(directory, constants.W_OK | constants.X_OK).then(() => true, () => false);
}

/** The system's error code only (EACCES, ENOSPC): a message could quote a path, never the bundle, but stays short. */
function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : 'unknown error';
}
