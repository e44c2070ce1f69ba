// What a version of the channel's content consists of: the files under the content folders (playbooks, content,
// lessons) and the caches the source carries beside them (`.pbt-cache/`, checked before use: rootCaches.ts).
// Only regular files are taken: a link in a shared folder never leads the copy elsewhere.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_FOLDERS } from '../../core/interchange/pack/packPaths';
import { ROOT_CACHE_DIR, ROOT_CACHE_FILES } from '../content/rootCaches';

/** The `/`-separated paths of a version's content files, sorted. */
export async function contentFilesOf(root: string): Promise<string[]> {
  const found: string[] = [];
  for (const folder of CONTENT_FOLDERS) {
    const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isFile()) found.push(path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    }
  }
  return found.sort();
}

/** Copies the content folders and carried caches of `from` into `to`. */
export async function copyVersionFiles(from: string, to: string): Promise<void> {
  const caches = ROOT_CACHE_FILES.map((file) => `${ROOT_CACHE_DIR}/${file}`);
  for (const file of [...(await contentFilesOf(from)), ...caches]) {
    const target = path.join(to, ...file.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(path.join(from, ...file.split('/')), target).catch((error: NodeJS.ErrnoException) => {
      if (!(error.code === 'ENOENT' && caches.includes(file))) throw error;
    });
  }
}

/** sha256 over the content files' paths and bytes: equal for the same content, whatever it came from. */
export async function hashVersion(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await contentFilesOf(root)) {
    const data = await readFile(path.join(root, ...file.split('/')));
    hash.update(`${file}\0${data.length}\0`).update(data);
  }
  return hash.digest('hex');
}
