import { open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { batched } from './batched.js';

export interface AtomicWriteOptions {
  /**
   * The new file's permissions (before the umask), default 0o644. The temporary file is created with
   * them, so a file meant for its owner alone (0o600, a key) is never readable by others, not even
   * for a moment before a chmod; the rename keeps them.
   */
  readonly mode?: number;
  /**
   * How old another process's leftover temporary file of this path must be for this write to remove
   * it (15 minutes by default, so no write still in progress is taken for abandoned). 0 for a file
   * that only one writer at a time ever writes and whose content must not outlive the next write
   * (a key in a `file` delivery target): every leftover goes.
   */
  readonly abandonedAfterMs?: number;
}

/**
 * Writes a file so that readers see the old content or the new, never a mix: the bytes go to a
 * temporary file in the same directory, are flushed to disk, and replace the target by rename.
 */
export async function writeFileAtomic(path: string, content: string | Iterable<string>, options: AtomicWriteOptions = {}): Promise<void> {
  const killAt = crashTestKillPoint(path);
  const temporary = join(dirname(path), `${temporaryPrefix(path)}${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', options.mode ?? 0o644);
  try {
    if (killAt === 'created') await killThisProcess();
    if (typeof content === 'string') await handle.writeFile(content, 'utf8');
    else for (const piece of batched(content)) await handle.write(piece, null, 'utf8');
    if (killAt === 'written') await killThisProcess();
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  if (killAt === 'synced') await killThisProcess();
  try {
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  if (killAt === 'renamed') await killThisProcess();
  await removeAbandoned(path, options.abandonedAfterMs ?? ABANDONED_AFTER_MS);
}

/**
 * TEST SEAM, for the crash tests in test/reliability only: with
 * `NETSUITE_TOKENS_TEST_ONLY_SIGKILL_DURING_WRITE=<stage>:<file name>` in the environment, the process
 * SIGKILLs itself at that stage of writing the file of that name — `created` (temporary file empty),
 * `written` (content written, not flushed), `synced` (flushed, not yet renamed) or `renamed` (target
 * replaced, leftovers not tidied) — so the crash test can kill inside the write at a chosen point
 * rather than race a signal against it; `<stage>:<file name>#<n>` kills only at the nth write of that
 * file in the process (rotation-crash.test.ts: e.g. the status write right after an upload). Nobody
 * sets a variable of that name, whose value must also name the stage and the file, by accident;
 * unset, it costs one lookup per write.
 */
export const CRASH_TEST_KILL_VARIABLE = 'NETSUITE_TOKENS_TEST_ONLY_SIGKILL_DURING_WRITE';
const KILL_STAGES = ['created', 'written', 'synced', 'renamed'] as const;
type KillStage = (typeof KILL_STAGES)[number];

/** Writes of each file name so far in this process, counted only while the test seam is set. */
const crashTestWrites = new Map<string, number>();

function crashTestKillPoint(path: string): KillStage | null {
  const setting = process.env[CRASH_TEST_KILL_VARIABLE];
  if (setting === undefined) return null;
  const name = basename(path);
  const nth = (crashTestWrites.get(name) ?? 0) + 1;
  crashTestWrites.set(name, nth);
  const stage = KILL_STAGES.find((candidate) => setting === `${candidate}:${name}` || setting === `${candidate}:${name}#${String(nth)}`);
  return stage ?? null;
}

function killThisProcess(): Promise<never> {
  process.kill(process.pid, 'SIGKILL');
  // SIGKILL cannot be caught; nothing after this line runs.
  return new Promise<never>(() => undefined);
}

function temporaryPrefix(path: string): string {
  return `.${basename(path)}.`;
}

/**
 * A name of the shape the temporary file of a write to `path` takes (`.<name>.<12 hex>.tmp`, beside
 * it): what to ask git about, since a key sits there until the rename, and stays after a crash.
 */
export function temporaryNameLike(path: string): string {
  return join(dirname(path), `${temporaryPrefix(path)}000000000000.tmp`);
}

/** Long enough that no write still in progress (another run's) is ever taken for abandoned. */
const ABANDONED_AFTER_MS = 15 * 60_000;

/**
 * A process killed mid-write (SIGKILL, power loss) leaves its temporary file behind; the target was
 * never touched. The next successful write of the same file tidies such leftovers away.
 */
async function removeAbandoned(path: string, abandonedAfterMs: number): Promise<void> {
  const prefix = temporaryPrefix(path);
  const directory = dirname(path);
  const names = await readdir(directory).catch((): string[] => []);
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length))) continue;
    const leftover = join(directory, name);
    const info = await stat(leftover).catch(() => null);
    if (info !== null && Date.now() - info.mtimeMs >= abandonedAfterMs) await unlink(leftover).catch(() => undefined);
  }
}

