// Notices files changed on disk by any editor under a content root's folders (playbooks/, content/, lessons/),
// and reports them in batches once writes settle. Only those folders are watched, not the whole root: a
// workspace is often a Git repository whose other folders (node_modules, .git) are large and irrelevant.
// chokidar, not Node's recursive fs.watch: on Linux the latter loses a file for good once it is replaced by
// rename (how this app, `sed -i` and most editors save), so later edits by another program never arrived.
import path from 'node:path';
import { watch } from 'chokidar';
import { CONTENT_LAYOUT } from '../../core/content/parseContentFile';

/** The top-level folders of a content root that hold content. */
export const CONTENT_FOLDERS = [...new Set(Object.values(CONTENT_LAYOUT).map((layout) => layout.folder.split('/')[0]!))];

export interface ContentFolderWatcher {
  /** Settles once the folders are being watched: changes made after it are reported. */
  ready: Promise<void>;
  close(): void;
}

export interface WatchOptions {
  /** Quiet time after the last change before the batch is reported. */
  debounceMs?: number;
  /** Told when watching fails (the batch still arrives for what is watched). */
  onError?: (error: Error) => void;
}

/**
 * Calls `onChange` with the absolute paths changed since the last call (files created, edited, replaced or
 * deleted). `rescan` is set when the watcher cannot tell which files changed (a folder appeared or went away):
 * the caller should re-read the root.
 */
export function watchContentFolders(
  root: string,
  onChange: (changed: string[], rescan: boolean) => void,
  { debounceMs = 150, onError = () => {} }: WatchOptions = {},
): ContentFolderWatcher {
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
  const outsideContent = (file: string) => {
    const relative = path.relative(root, file);
    return relative !== '' && !CONTENT_FOLDERS.includes(relative.split(path.sep)[0]!);
  };

  // Watching never keeps a process alive on its own: the host's server or window does.
  const watcher = watch(root, { ignoreInitial: true, persistent: false, followSymlinks: false, ignored: outsideContent });
  watcher.on('all', (event, file) => {
    if (event === 'addDir' || event === 'unlinkDir') rescan = true;
    else pending.add(path.resolve(root, file));
    schedule();
  });
  watcher.on('error', (error) => onError(error instanceof Error ? error : new Error(String(error))));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  return {
    ready,
    close() {
      closed = true;
      clearTimeout(timer);
      void watcher.close();
    },
  };
}
