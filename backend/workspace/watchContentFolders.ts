// Notices files changed on disk by any editor under a content root's folders (playbooks/, content/, lessons/),
// and reports them in batches once writes settle. Only those folders are watched, not the whole root: a
// workspace is often a Git repository whose other folders (node_modules, .git) are large and irrelevant.
// Node's recursive fs.watch works on every platform from Node 20 on, so no watcher library is needed.
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { CONTENT_LAYOUT } from '../../core/content/parseContentFile';

/** The top-level folders of a content root that hold content. */
export const CONTENT_FOLDERS = [...new Set(Object.values(CONTENT_LAYOUT).map((layout) => layout.folder.split('/')[0]!))];

export interface ContentFolderWatcher {
  close(): void;
}

export interface WatchOptions {
  /** Quiet time after the last change before the batch is reported. */
  debounceMs?: number;
  /** Told when a folder cannot be watched (the batch still arrives for the others). */
  onError?: (error: Error) => void;
}

/**
 * Calls `onChange` with the absolute paths changed since the last call (files or folders, created, edited,
 * renamed or deleted). `rescan` is set when the watcher cannot tell which files changed (a whole folder appeared
 * or went away): the caller should re-read the root.
 */
export function watchContentFolders(
  root: string,
  onChange: (changed: string[], rescan: boolean) => void,
  { debounceMs = 150, onError = () => {} }: WatchOptions = {},
): ContentFolderWatcher {
  const folders = new Map<string, FSWatcher>();
  const pending = new Set<string>();
  let rescan = false;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const flush = () => {
    timer = undefined;
    const changed = [...pending];
    const whole = rescan;
    pending.clear();
    rescan = false;
    if (changed.length > 0 || whole) onChange(changed, whole);
  };
  const schedule = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
    timer.unref();
  };
  const watchFolder = (name: string) => {
    folders.get(name)?.close();
    folders.delete(name);
    const folder = path.join(root, name);
    try {
      const watcher = watch(folder, { recursive: true }, (_event, file) => {
        if (file === null) rescan = true;
        else pending.add(path.join(folder, file.toString()));
        schedule();
      });
      watcher.on('error', () => {
        // The folder went away (deleted or renamed): the root watcher re-arms it if it comes back.
        watcher.close();
        if (folders.get(name) === watcher) folders.delete(name);
        rescan = true;
        schedule();
      });
      // Watching never keeps a process alive on its own: the host's server or window does.
      watcher.unref();
      folders.set(name, watcher);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') onError(error as Error);
    }
  };

  // A content folder created, deleted or renamed shows as a 'rename' of that name in the root.
  const rootWatcher = watch(root, (event, file) => {
    const name = file?.toString();
    if (event !== 'rename' || name === undefined || !CONTENT_FOLDERS.includes(name)) return;
    watchFolder(name);
    rescan = true;
    schedule();
  });
  rootWatcher.on('error', onError);
  rootWatcher.unref();
  for (const name of CONTENT_FOLDERS) watchFolder(name);

  return {
    close() {
      closed = true;
      clearTimeout(timer);
      rootWatcher.close();
      for (const watcher of folders.values()) watcher.close();
      folders.clear();
    },
  };
}
