// The content the app runs on: the built-in pack (read-only) overlaid by the trainer's workspace folder, the
// search index over it, and the watcher that keeps both current when files change on disk. Every write to
// content goes through here, so it can only land inside the workspace and is searchable as soon as it is saved.
import { mkdir, readdir, readFile, realpath, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../core/api/contract';
import { contentChanges } from '../../core/authoring/contentChanges';
import type { SourceText } from '../../core/authoring/sourceText';
import { referencedSectionHashes } from '../../core/authoring/staleReferences';
import { contentKindOf } from '../../core/content/parseContentFile';
import type { ContentItem, ContentSet, Playbook } from '../../core/model';
import { buildSearchIndex, type SearchIndex } from '../../core/search/SearchIndex';
import { ContentRepository, type ReadOptions } from '../content/loadContent';
import { readPlaybookBody, type PlaybookText } from '../content/readPlaybookBody';
import { imageMimeType } from '../files/mimeTypes';
import { isWithin, pathInside } from '../files/pathInside';
import { writeFileAtomically } from '../files/writeFileAtomically';
import { CONTENT_FOLDERS, watchContentFolders, type ContentFolderWatcher } from './watchContentFolders';
import { systemFolderProblem } from './systemFolders';
import type { WorkspaceSettings } from './WorkspaceSettings';

export interface WorkspaceOptions {
  /** The built-in content roots, read-only. */
  builtInRoots: string[];
  settings: WorkspaceSettings;
  /** The workspace folder; the remembered one when undefined, none when null. */
  dir?: string | null | undefined;
  /** Watch the workspace for changes made by other programs (default true). */
  watch?: boolean;
  debounceMs?: number;
  /**
   * The search index over the content at start (e.g. from a cache), told what files the content comes from
   * (ContentRepository.filesStamp); built from the content when absent.
   */
  openSearch?: (content: ContentSet, filesStamp: string | undefined) => Promise<SearchIndex>;
  /** Told after each change to the search index, with the content it now covers and the files that comes from. */
  onSearchChange?: (search: SearchIndex, content: ContentSet, filesStamp: string | undefined) => void;
  /** How content files are read (the parse cache). */
  read?: ReadOptions;
}

export interface WriteOptions {
  /** Runs just before the files are written, after every earlier write has finished; throwing cancels the write. */
  check?: () => Promise<void>;
}

/** Where an item's file lives: in the read-only built-in pack or in the workspace, by its path in that root. */
export interface ItemLocation {
  root: 'built-in' | 'workspace';
  path: string;
  absolute: string;
}

export class Workspace {
  /**
   * Content roots in overlay order, the workspace last. The same array for the whole session, updated in place
   * when another workspace is opened: the hosts serve content images by root index from it.
   */
  readonly roots: string[];
  private folder: string | null = null;
  private reopenProblem: string | undefined;
  private watcher: ContentFolderWatcher | undefined;
  private changes = 0;
  /**
   * Reloads run one after another, so each compares against the content the previous one left; the first waits
   * for the search index it updates.
   */
  private queue: Promise<unknown>;
  private writes: Promise<void> = Promise.resolve();

  private constructor(
    private builtInRoots: string[],
    private repository: ContentRepository,
    private readonly index: Promise<SearchIndex>,
    readonly settings: WorkspaceSettings,
    private readonly options: Pick<WorkspaceOptions, 'watch' | 'debounceMs' | 'onSearchChange' | 'read'>,
  ) {
    this.roots = [...repository.roots];
    // Also marks a failed index as handled here: searches get the error, reloads still run.
    this.queue = index.catch(() => undefined);
  }

  static async open(options: WorkspaceOptions): Promise<Workspace> {
    const builtInRoots = options.builtInRoots.map((root) => path.resolve(root));
    const remembered = options.dir === undefined;
    const wanted = remembered ? options.settings.workspace : options.dir;
    const folder = wanted === null || wanted === undefined ? null : path.resolve(wanted);
    if (folder === null || !remembered) return Workspace.openAt(folder, builtInRoots, options);
    try {
      return await Workspace.openAt(folder, builtInRoots, options);
    } catch (error) {
      // A remembered folder that has gone away or cannot be read is forgotten rather than keeping the app from
      // starting: the built-in content opens and the trainer is told why.
      const workspace = await Workspace.openAt(null, builtInRoots, options);
      workspace.reopenProblem = `The workspace ${folder} could not be reopened: ${error instanceof Error ? error.message : String(error)}`;
      return workspace;
    }
  }

  private static async openAt(folder: string | null, builtInRoots: string[], options: WorkspaceOptions): Promise<Workspace> {
    const { settings } = options;
    if (folder !== null) await checkWorkspaceFolder(folder, builtInRoots);
    const repository = await ContentRepository.open(folder === null ? builtInRoots : [...builtInRoots, folder], options.read);
    // Not awaited: the library is usable while the index is loaded or built; a search waits for it.
    const search = (options.openSearch ?? (async (content: ContentSet) => buildSearchIndex(content)))(repository.content, repository.filesStamp);
    const workspace = new Workspace(builtInRoots, repository, search, settings, options);
    workspace.folder = folder;
    try {
      await workspace.startWatching();
      if (settings.workspace !== folder) await settings.save({ workspace: folder });
      await workspace.takeBaseline();
    } catch (error) {
      workspace.close();
      throw error;
    }
    return workspace;
  }

  get content(): ContentSet {
    return this.repository.content;
  }

  /** The search index over the content, once it is loaded or built. */
  searchIndex(): Promise<SearchIndex> {
    return this.index;
  }

  /** The open workspace folder (absolute), or null. */
  get dir(): string | null {
    return this.folder;
  }

  /** Grows with every change to the content, so a client can tell its view is out of date. */
  get revision(): number {
    return this.changes;
  }

  /** Why the remembered workspace could not be reopened at start, or the settings could not be read. */
  get notice(): string | undefined {
    return this.reopenProblem ?? this.settings.notice ?? undefined;
  }

  requireDir(): string {
    if (this.folder === null) throw new ApiError('conflict', 'Open a workspace folder first: the built-in content is read-only.');
    return this.folder;
  }

  /** Switches to another workspace folder (null: the built-in content alone) and remembers it. */
  async openFolder(dir: string | null): Promise<void> {
    const folder = dir === null ? null : path.resolve(dir);
    if (folder !== null) await checkWorkspaceFolder(folder, this.builtInRoots);
    await this.enqueue(async () => {
      this.close();
      const repository = await ContentRepository.open(folder === null ? this.builtInRoots : [...this.builtInRoots, folder], this.options.read);
      this.folder = folder;
      this.roots.splice(0, this.roots.length, ...repository.roots);
      await this.replace(repository);
      await this.startWatching();
    });
    this.reopenProblem = undefined;
    await this.settings.save({ workspace: folder });
    await this.takeBaseline();
  }

  /**
   * Replaces the read-only roots under the workspace (the built-in pack, then the content channel's current
   * version): the content, the search index and the revision follow, as for any other change of content.
   */
  async setBaseRoots(roots: readonly string[]): Promise<void> {
    await this.enqueue(async () => {
      this.builtInRoots = roots.map((root) => path.resolve(root));
      const repository = await ContentRepository.open(this.folder === null ? this.builtInRoots : [...this.builtInRoots, this.folder], this.options.read);
      this.roots.splice(0, this.roots.length, ...repository.roots);
      await this.replace(repository);
    });
    await this.takeBaseline();
  }

  /** Re-reads files (absolute paths) changed, added or deleted on disk. */
  reload(files: readonly string[]): Promise<void> {
    return this.enqueue(async () => {
      const before = this.repository.content;
      for (const file of files) await this.repository.reloadFile(file);
      await this.apply(before);
      await this.takeBaseline();
    });
  }

  /** Re-reads every root, when it is not known which files changed. */
  rescan(): Promise<void> {
    return this.enqueue(async () => {
      await this.replace(await ContentRepository.open([...this.roots], this.options.read));
      await this.takeBaseline();
    });
  }

  /** Where an item's file is. */
  locate(item: ContentItem): ItemLocation {
    const root = path.resolve(item.source.root);
    return { root: root === this.folder ? 'workspace' : 'built-in', path: toPosix(path.relative(root, item.source.file)), absolute: item.source.file };
  }

  /**
   * Writes content files into the workspace (paths relative to it), copies in images they show, then loads them.
   * Nothing is written outside the workspace, and only content files and images under its content folders.
   */
  write(files: readonly SourceText[], images: readonly { from: string; to: string }[] = [], options: WriteOptions = {}): Promise<void> {
    // One write at a time: saves of one file arriving together are applied in turn, each after its own check.
    const run = this.writes.then(async () => {
      await options.check?.();
      await this.writeNow(files, images);
    });
    this.writes = run.catch(() => undefined);
    return run;
  }

  private async writeNow(files: readonly SourceText[], images: readonly { from: string; to: string }[]): Promise<void> {
    const folder = this.requireDir();
    const texts = files.map((file) => ({ text: file.text, absolute: this.writablePath(folder, file.path) }));
    const copies = images.map((image) => ({ from: image.from, absolute: this.writablePath(folder, image.to) }));
    // A new content folder changes what the root holds as a whole (and its "no content here" warning).
    const tops = new Set([...texts, ...copies].map(({ absolute }) => path.relative(folder, absolute).split(path.sep)[0]!));
    const newFolder = (await Promise.all([...tops].map((top) => stat(path.join(folder, top)).then(() => false, () => true)))).some(Boolean);
    for (const { absolute } of [...texts, ...copies]) {
      await this.checkRealPath(folder, path.dirname(absolute));
      await mkdir(path.dirname(absolute), { recursive: true });
    }
    // Images are only copied where none is: never over an existing file or through a link.
    for (const { from, absolute } of copies) await writeFileAtomically(absolute, await readFile(from), { replace: false });
    for (const { text, absolute } of texts) await writeFileAtomically(absolute, text);
    await (newFolder ? this.rescan() : this.reload(texts.map((target) => target.absolute)));
  }

  /** The text of a file in the workspace, by its path there; undefined when it does not exist. */
  async readWorkspaceFile(relative: string): Promise<string | undefined> {
    const absolute = pathInside(this.requireDir(), relative);
    return absolute === null ? undefined : readFile(absolute, 'utf8').catch(() => undefined);
  }

  /** Every content file of the workspace, by its path there. */
  async workspaceFiles(): Promise<SourceText[]> {
    const folder = this.requireDir();
    const files: SourceText[] = [];
    for (const top of CONTENT_FOLDERS) {
      const entries = await readdir(path.join(folder, top), { recursive: true }).catch(() => [] as string[]);
      for (const entry of entries.sort()) {
        const relative = toPosix(path.join(top, entry));
        if (!contentKindOf(relative)) continue;
        const text = await readFile(path.join(folder, relative), 'utf8').catch(() => undefined);
        if (text !== undefined) files.push({ path: relative, text });
      }
    }
    return files;
  }

  close(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }

  /** Settles once changes on disk are noticed. */
  private startWatching(): Promise<void> {
    const folder = this.folder;
    if (folder === null || this.options.watch === false) return Promise.resolve();
    const report = (error: unknown) => console.error(`Watching ${folder} failed:`, error);
    this.watcher = watchContentFolders(folder, (changed, rescan) => void this.onDiskChange(changed, rescan).catch(report), {
      debounceMs: this.options.debounceMs ?? 150,
      onError: report,
    });
    return this.watcher.ready;
  }

  private async onDiskChange(changed: string[], rescan: boolean): Promise<void> {
    const folder = this.folder;
    if (folder === null) return;
    const kinds = changed.map((file) => ({ file, kind: contentKindOf(toPosix(path.relative(folder, file))) }));
    // An image appearing or going away changes which playbooks have missing images; a folder moved changes many files.
    const unknown = await Promise.all(kinds.filter(({ kind }) => !kind).map(({ file }) => needsRescan(file)));
    if (rescan || unknown.some(Boolean)) await this.rescan();
    else await this.reload(kinds.map(({ file }) => file));
  }

  private replace(repository: ContentRepository): Promise<void> {
    const before = this.repository.content;
    this.repository = repository;
    return this.apply(before);
  }

  /** Brings the search index up to date with what changed since `before`. */
  private async apply(before: ContentSet): Promise<void> {
    const after = this.repository.content;
    if (after === before) return;
    const { changed, removed } = contentChanges(before, after);
    // An index that failed to open stays failed (searches report it); the content still changes.
    const index = changed.length > 0 || removed.length > 0 ? await this.index.catch(() => undefined) : undefined;
    if (index) {
      index.update(changed, removed);
      this.options.onSearchChange?.(index, after, this.repository.filesStamp);
    }
    this.changes++;
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * The fingerprints re-checks compare against: a referenced section's text when it was first seen referenced.
   * Known fingerprints are kept (so a change shows until the trainer accepts it); new references are added.
   */
  private async takeBaseline(): Promise<void> {
    const baseline = this.settings.sectionHashes(this.folder);
    const current = referencedSectionHashes(this.content);
    if (baseline !== undefined && Object.keys(current).every((key) => key in baseline)) return;
    await this.settings.save({ baselineOf: this.folder, sectionHashes: { ...current, ...baseline } });
  }

  private writablePath(folder: string, relative: string): string {
    const absolute = pathInside(folder, relative);
    if (absolute === null || !isWithin(folder, absolute)) throw new ApiError('bad-request', `"${relative}" is outside the workspace; files are saved only inside it.`);
    const inRoot = toPosix(path.relative(folder, absolute));
    if (!contentKindOf(inRoot) && !(imageMimeType(inRoot) && CONTENT_FOLDERS.some((top) => inRoot.startsWith(`${top}/`)))) {
      throw new ApiError('bad-request', `"${relative}" is not a content file: playbooks go under playbooks/ (.md), quizzes, cases and paths under content/quizzes|cases|paths/ (.yaml), lessons under lessons/ (.md).`);
    }
    return absolute;
  }

  /** Symbolic links must not lead a write out of the workspace: checked on the deepest folder that exists yet. */
  private async checkRealPath(folder: string, dir: string): Promise<void> {
    let existing = dir;
    while (existing !== folder && !(await stat(existing).then(() => true, () => false))) existing = path.dirname(existing);
    const [realFolder, realDir] = await Promise.all([realpath(folder), realpath(existing)]);
    if (realDir !== realFolder && !isWithin(realFolder, realDir)) throw new ApiError('bad-request', `${dir} leads outside the workspace.`);
  }

  /**
   * The playbook `find` picks, with its body read from its file. A file changed on disk since it was loaded (before
   * the watcher caught up, or in an unwatched root) is reloaded and the playbook looked up again, so the body and
   * the section offsets always come from one parse. Undefined when `find` finds no playbook.
   */
  async playbookText(find: (content: ContentSet) => Playbook | undefined): Promise<PlaybookText | undefined> {
    for (let reloaded = false; ; reloaded = true) {
      const playbook = find(this.content);
      if (!playbook) return undefined;
      const body = await readPlaybookBody(playbook);
      if (body !== undefined) return { playbook, body };
      if (reloaded) throw new ApiError('conflict', `${playbook.source.file} changed again while it was read; try again.`);
      await this.reload([playbook.source.file]);
    }
  }
}

/**
 * A workspace is an existing folder of the trainer's own: never the built-in pack or a folder inside its content,
 * however it is reached (real paths are compared, so a link to the pack is the pack), and never the file-system
 * root, the home folder itself or a system folder.
 */
async function checkWorkspaceFolder(folder: string, builtInRoots: readonly string[]): Promise<void> {
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw new ApiError('bad-request', `The workspace folder ${folder} does not exist or is not a folder.`);
  const real = await realpath(folder);
  const system = systemFolderProblem(real, await realpath(os.homedir()).catch(() => os.homedir()));
  if (system) throw new ApiError('bad-request', `${folder} cannot be a workspace: ${system}. Choose or create a folder of your own for the content.`);
  for (const root of await Promise.all(builtInRoots.map((builtIn) => realpath(builtIn).catch(() => builtIn)))) {
    if (real === root || CONTENT_FOLDERS.some((top) => real === path.join(root, top) || isWithin(path.join(root, top), real))) {
      throw new ApiError('bad-request', 'The built-in content is read-only; choose a folder of your own as the workspace.');
    }
  }
}

async function needsRescan(file: string): Promise<boolean> {
  if (imageMimeType(file)) return true;
  const info = await stat(file).catch(() => undefined);
  return info ? info.isDirectory() : path.extname(file) === '';
}

function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}
