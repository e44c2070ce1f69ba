import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend } from '../openBackend';
import { DataFolderLock, DataFolderLockedError, LOCK_FILE } from './DataFolderLock';

const temps: string[] = [];
const children: ChildProcess[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-lock-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  children.splice(0).forEach((child) => child.kill());
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Another running process, standing in for a second Playbook Trainer. */
function otherProcess(): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
  children.push(child);
  return child;
}

describe('DataFolderLock', () => {
  it('refuses a data folder another running process has, naming it, and leaves its lock alone', async () => {
    const dataDir = await tempDir();
    const other = otherProcess();
    await writeFile(path.join(dataDir, LOCK_FILE), `${other.pid}\n`);

    const refused = DataFolderLock.acquire(dataDir);
    await expect(refused).rejects.toBeInstanceOf(DataFolderLockedError);
    await expect(refused).rejects.toThrow(`process ${other.pid}`);
    await expect(openBackend({ dataDir, workspace: null })).rejects.toThrow(/already open with the data folder/);
    expect(await readFile(path.join(dataDir, LOCK_FILE), 'utf8')).toBe(`${other.pid}\n`);
  });

  it('takes over the lock of a process that has ended, and gives it up on release', async () => {
    const dataDir = await tempDir();
    const ended = otherProcess();
    ended.kill();
    await once(ended, 'exit');
    await writeFile(path.join(dataDir, LOCK_FILE), `${ended.pid}\n`);

    const lock = await DataFolderLock.acquire(dataDir);
    expect(await readFile(path.join(dataDir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    await lock.release();
    await expect(readFile(path.join(dataDir, LOCK_FILE), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('takes over an empty or garbled lock file, and leaves no file of its own behind', async () => {
    for (const garbled of ['', '\n', 'not a pid', '-1\n', '12abc']) {
      const dataDir = await tempDir();
      await writeFile(path.join(dataDir, LOCK_FILE), garbled);
      const lock = await DataFolderLock.acquire(dataDir);
      expect(await readFile(path.join(dataDir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
      expect(await readdir(dataDir)).toEqual([LOCK_FILE]);
      await lock.release();
    }
  });

  it('is given up by a closed back end, so the next one opens', async () => {
    const dataDir = await tempDir();
    const first = await openBackend({ dataDir, workspace: null });
    expect(await readFile(path.join(dataDir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    await first.close();
    await expect(readFile(path.join(dataDir, LOCK_FILE), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
    const second = await openBackend({ dataDir, workspace: null });
    await second.close();
  });
});
