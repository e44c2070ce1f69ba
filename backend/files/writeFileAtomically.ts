// The one way the app writes a file (content, progress, settings, caches, packs). A temporary file with a random
// name is created exclusively beside the target, so a link planted there is never followed and two writers never
// share one; it is flushed to disk, renamed over the target (a link at the target is replaced, not written
// through), and the folder is flushed so the rename itself survives a crash or power loss.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

// O_EXCL already refuses any existing name, a link included; O_NOFOLLOW says so again where the platform has it.
const CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

export interface WriteOptions {
  /** False: never replace an existing file (or link): fails with EEXIST instead. */
  replace?: boolean;
}

/** Resolves once the new content is durably on disk under `file`; on failure the old file is left as it was. */
export async function writeFileAtomically(file: string, data: Uint8Array | string, options: WriteOptions = {}): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const temporary = path.join(dir, `.${path.basename(file)}.${randomBytes(8).toString('hex')}.tmp`);
  const handle = await open(temporary, CREATE_NEW, 0o666);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.replace === false) {
      // A hard link appears only where no name is, in one step; the temporary name then goes.
      await link(temporary, file).catch((error: NodeJS.ErrnoException) => {
        // File systems without hard links (FAT on a USB stick): an exclusive copy, which never follows a link either.
        if (error.code === 'EPERM' || error.code === 'ENOTSUP' || error.code === 'ENOSYS') return copyFile(temporary, file, constants.COPYFILE_EXCL);
        throw error;
      });
      await unlink(temporary);
    } else {
      await rename(temporary, file);
    }
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncFolder(dir);
}

/** Makes a rename in `dir` durable. Windows cannot open a folder for flushing; there the rename is durable as NTFS logs it. */
async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
