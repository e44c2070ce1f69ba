// One back end at a time per data folder: two processes on the same progress.json (the desktop app and a web
// host, or two web hosts) would each write their own copy over the other's answers. The lock is a file holding
// the owner's process id; a lock whose process is gone (after a crash), or that is empty or garbled, is taken over.
//
// Race-free between processes starting together: the lock file appears with its content already in it (a hard
// link to a file written beforehand, so nobody ever reads a lock half-written), and a stale lock is replaced
// only by the one process holding the takeover file, which checks again that the lock is still the stale one it
// saw before renaming its own over it (compare-and-swap): it never deletes the lock, so nobody can create a
// fresh one meanwhile.
import { randomBytes } from 'node:crypto';
import { link, lstat, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

export const LOCK_FILE = 'playbook-trainer.lock';
const TAKEOVER_FILE = `${LOCK_FILE}.takeover`;
/** A takeover file this old was left by a process that crashed while taking over. */
const TAKEOVER_STALE_MS = 10_000;

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
      if (await createWithContent(file, `${process.pid}\n`)) return new DataFolderLock(file);
      const seen = await readFile(file, 'utf8').catch(() => undefined);
      // Gone between the two steps: its owner released it; try again.
      if (seen === undefined) continue;
      const owner = ownerIn(seen);
      // The same process opening its folder again (a host reopening the back end) is no second writer.
      if (owner === process.pid) return new DataFolderLock(file);
      if (owner !== undefined && isRunning(owner)) throw lockedError(dir, file, owner);
      if (await takeOver(file, seen)) return new DataFolderLock(file);
      // Another process is taking over (or just has): look again shortly.
      if (attempt > 200) throw new Error(`Could not take over the stale lock ${file}; delete it if no Playbook Trainer is running.`);
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 10));
    }
  }

  /** Gives the folder up, unless another process has taken it over meanwhile. */
  async release(): Promise<void> {
    const text = await readFile(this.file, 'utf8').catch(() => '');
    if (ownerIn(text) === process.pid) await unlink(this.file).catch(() => undefined);
  }
}

/**
 * Creates `file` holding `text`, only if no such file exists, in one step: false when it exists. Written to a
 * file of its own first and linked into place; where the file system has no hard links, created exclusively.
 */
async function createWithContent(file: string, text: string): Promise<boolean> {
  const prepared = `${file}.${randomBytes(8).toString('hex')}.new`;
  await writeExclusive(prepared, text);
  try {
    await link(prepared, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    return writeExclusive(file, text).then(
      () => true,
      (failure: NodeJS.ErrnoException) => (failure.code === 'EEXIST' ? false : Promise.reject(failure)),
    );
  } finally {
    await unlink(prepared).catch(() => undefined);
  }
}

async function writeExclusive(file: string, text: string): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces the stale lock that held `seen` with this process's, if this process gets the takeover file and the
 * lock still holds `seen` (its owner still gone). False when another process is taking over or has taken over.
 */
async function takeOver(file: string, seen: string): Promise<boolean> {
  const takeover = path.join(path.dirname(file), TAKEOVER_FILE);
  if (!(await createWithContent(takeover, `${process.pid}\n`))) {
    await clearAbandonedTakeover(takeover);
    return false;
  }
  try {
    const now = await readFile(file, 'utf8').catch(() => undefined);
    if (now !== seen) return false;
    const replacement = `${file}.${randomBytes(8).toString('hex')}.new`;
    await writeExclusive(replacement, `${process.pid}\n`);
    await rename(replacement, file);
    return true;
  } finally {
    await unlink(takeover).catch(() => undefined);
  }
}

/** A takeover file left by a process that crashed mid-takeover would block every later start. */
async function clearAbandonedTakeover(takeover: string): Promise<void> {
  const info = await lstat(takeover).catch(() => undefined);
  if (!info || Date.now() - info.mtimeMs < TAKEOVER_STALE_MS) return;
  const owner = ownerIn(await readFile(takeover, 'utf8').catch(() => ''));
  if (owner === undefined || !isRunning(owner)) await unlink(takeover).catch(() => undefined);
}

function lockedError(dir: string, file: string, owner: number): DataFolderLockedError {
  return new DataFolderLockedError(
    `Playbook Trainer is already open with the data folder ${dir} (process ${owner}). Close it first, or start this one with another data folder. If no Playbook Trainer is running, delete ${file}.`,
  );
}

/** The process id a lock holds; undefined when it is empty or garbled. */
function ownerIn(text: string): number | undefined {
  const match = /^\s*(\d+)\s*$/.exec(text);
  const pid = match ? Number(match[1]) : Number.NaN;
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
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
