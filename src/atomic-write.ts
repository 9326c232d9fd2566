import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Writes a file so that readers see the old content or the new, never a mix: the bytes go to a
 * temporary file in the same directory, are flushed to disk, and replace the target by rename.
 */
export async function writeFileAtomic(path: string, content: string | Iterable<string>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o644);
  try {
    if (typeof content === 'string') await handle.writeFile(content, 'utf8');
    else await writePieces(handle, content);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** Writes many small pieces in writes of about 64 KiB, so a plan of 100,000 findings is not 100,000 system calls. */
async function writePieces(handle: FileHandle, pieces: Iterable<string>): Promise<void> {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= 65_536) {
      await handle.write(batch, null, 'utf8');
      batch = '';
    }
  }
  if (batch !== '') await handle.write(batch, null, 'utf8');
}
