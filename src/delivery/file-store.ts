import { constants } from 'node:fs';
import { access, mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { targetLabel } from '../domain/delivery-target.js';
import { writeFileAtomic } from '../support/atomic-write.js';
import { DeliveryError, targetProblem } from './delivery-errors.js';
import { gitTracking } from './git-tracking.js';
import type { DeliveryContext, TargetOfKind, TargetStore } from './target-store.js';

type FileTarget = TargetOfKind<'file'>;

const GIT_HINT = 'Add the path to .gitignore (after `git rm --cached` if git already tracks it), or point the target outside the repository.';

/**
 * A file (SPEC §12.2): the path is relative to the desired-state file; written atomically with mode
 * 0600 from the moment it exists, and read back. Refused inside a git work tree unless git ignores the
 * path, so a key is never committed; the check runs again before every write.
 */
export function createFileStore(context: DeliveryContext): TargetStore<FileTarget> {
  const check = async (target: FileTarget): Promise<string> => {
    const path = resolve(context.configDirectory, target.path);
    const existing = await nearestExisting(path);
    const info = await stat(existing);
    // The directory the file goes in, or the nearest one that exists and must let its parents be created.
    const directory = existing === path ? dirname(path) : existing;
    if (existing === path && info.isDirectory()) {
      throw targetProblem(target, context.locate, `The file target ${targetLabel(target)} is a directory (${path}).`, 'Name a file in `path:`.');
    }
    if (existing !== path && !info.isDirectory()) {
      throw targetProblem(target, context.locate, `The directory for ${targetLabel(target)} cannot be created: ${existing} is a file, not a directory.`, 'Correct `path:` in the target.');
    }
    if (!(await writable(directory))) {
      throw targetProblem(
        target,
        context.locate,
        directory === dirname(path)
          ? `The file target ${targetLabel(target)} cannot be written: this user may not write to its directory ${directory}.`
          : `The directory ${dirname(path)} for ${targetLabel(target)} does not exist and cannot be created: this user may not write to ${directory}.`,
        'Create the directory with write access for the user the operator runs as, or correct `path:` in the target.',
      );
    }
    const git = await gitTracking(path, directory, context.env);
    switch (git.state) {
      case 'outside':
      case 'ignored':
        return path;
      case 'tracked':
        throw targetProblem(target, context.locate, `The file target ${targetLabel(target)} is tracked by git in ${git.workTree}, so the key written there would be committed.`, GIT_HINT);
      case 'not-ignored':
        throw targetProblem(target, context.locate, `The file target ${targetLabel(target)} is inside the git work tree ${git.workTree} and git does not ignore it, so the key written there could be committed.`, GIT_HINT);
      case 'unknown':
        throw targetProblem(target, context.locate, `The file target ${targetLabel(target)} is inside the git work tree ${git.workTree}, and git is not installed to say whether it ignores the path.`, `Install git (on PATH), or point the target outside the repository.`);
    }
  };

  return {
    async preflight(target) {
      await check(target);
    },

    async deliver(target, bundle) {
      const path = await check(target);
      try {
        await mkdir(dirname(path), { recursive: true, mode: 0o700 });
        // A run killed inside an earlier write left its temporary file, with a key in it: it goes now.
        await writeFileAtomic(path, bundle.reveal(), { mode: 0o600, abandonedAfterMs: 0 });
      } catch (error) {
        throw new DeliveryError(`Could not write ${targetLabel(target)} (${errorCode(error)}).`, { hint: 'Check the directory and its permissions, then run apply again.' });
      }
      const written = await readFile(path, 'utf8').catch(() => null);
      if (written !== bundle.reveal()) {
        throw new DeliveryError(`${targetLabel(target)} does not hold the bundle just written to it when read back.`, { hint: 'Something else writes that file; give the target a path of its own, then run apply again.' });
      }
    },
  };
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
