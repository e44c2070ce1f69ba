// One back end at a time per data folder: two processes on the same progress.json (the desktop app and a web
// host, or two web hosts) would each write their own copy over the other's answers. The lock is a file holding
// the owner's process id; a lock whose process is gone (after a crash) is taken over.
import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';

export const LOCK_FILE = 'playbook-trainer.lock';

/** Another process has the data folder open. */
export class DataFolderLockedError extends Error {
  override name = 'DataFolderLockedError';
}

export class DataFolderLock {
  private constructor(private readonly file: string) {}

  /** Takes the data folder for this process; throws DataFolderLockedError while another running process has it. */
  static async acquire(dataDir: string): Promise<DataFolderLock> {
    const dir = path.resolve(dataDir);
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, LOCK_FILE);
    for (let attempt = 0; ; attempt++) {
      try {
        const handle = await open(file, 'wx');
        await handle.writeFile(`${process.pid}\n`);
        await handle.close();
        return new DataFolderLock(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      }
      const owner = await ownerOf(file);
      // The same process opening its folder again (a host reopening the back end) is no second writer.
      if (owner === process.pid) return new DataFolderLock(file);
      if (owner !== undefined && isRunning(owner)) {
        throw new DataFolderLockedError(
          `Playbook Trainer is already open with the data folder ${dir} (process ${owner}). Close it first, or start this one with another data folder. If no Playbook Trainer is running, delete ${file}.`,
        );
      }
      await unlink(file).catch(() => undefined);
    }
  }

  /** Gives the folder up, unless another process has taken it over meanwhile. */
  async release(): Promise<void> {
    if ((await ownerOf(this.file)) === process.pid) await unlink(this.file).catch(() => undefined);
  }
}

async function ownerOf(file: string): Promise<number | undefined> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
