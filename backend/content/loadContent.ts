// Reads content roots from disk and hands the texts to the pure parsers in core/content.
// Paths: every Diagnostic.file and SourceRef.file is absolute; the CLI shows them relative to the working directory.
import { createHash } from 'node:crypto';
import { access, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pMap from 'p-map';
import type { ContentItem, ContentKind, ContentSet, Diagnostic } from '../../core/model';
import { buildContentSet } from '../../core/content/buildContentSet';
import { CONTENT_LAYOUT, CONTENT_PARSE_VERSION, contentKindOf, parseContentFile } from '../../core/content/parseContentFile';
import type { ParseResult } from '../../core/content/parseResult';
import { decodeContentText } from './decodeContentText';
import type { ParseCache } from './ParseCache';

/**
 * Files read at once: reading one after another leaves the CPU idle between reads (0.7 s of 2.4 s for 1,000
 * playbooks); more at once would only hold more file handles.
 */
const READ_CONCURRENCY = 32;

export interface ReadOptions {
  /** Parse results of earlier reads: files unchanged since are not read again. */
  cache?: ParseCache | undefined;
}

/** The repository itself (the folder holding the shipped `playbooks/` and `content/`), found from this file, not the cwd. */
export function defaultContentRoots(): string[] {
  return [fileURLToPath(new URL('../../', import.meta.url)).replace(/[\\/]+$/, '')];
}

export async function loadContent(roots: string[], options: ReadOptions = {}): Promise<ContentSet> {
  return (await ContentRepository.open(roots, options)).content;
}

/**
 * A file's parse result, and its size and modification time when it was read; no stamp when those cannot be
 * trusted to tell a later change: the file was unreadable, or modified so shortly before it was read that an edit
 * within the same tick of a coarse file-system clock (2 s on FAT) would keep both (git's "racy" files).
 */
interface ParsedFile {
  result: ParseResult<ContentItem>;
  stamp?: string;
}

const RACY_MS = 2000;
const NOT_UTF8 = 'this file is not valid UTF-8 (the first bad byte is here); save it as UTF-8: an editor that saved it in another encoding, such as GBK, garbles Chinese text';
type ParsedFiles = Map<string, ParsedFile>;

/** The loaded content of several roots (later ones override earlier ones), kept up to date file by file. */
export class ContentRepository {
  private current: ContentSet;
  private currentStamp: string | undefined;

  private constructor(
    readonly roots: readonly string[],
    private readonly files: ParsedFiles[],
    private readonly rootProblems: Diagnostic[],
    private readonly options: ReadOptions,
  ) {
    [this.current, this.currentStamp] = this.assemble();
  }

  /** Reads every content file of the roots; with a cache, files unchanged since they were cached are not read. */
  static async open(roots: string[], options: ReadOptions = {}): Promise<ContentRepository> {
    const absolute = roots.map((root) => path.resolve(root));
    const rootProblems: Diagnostic[] = [];
    const files = await Promise.all(
      absolute.map(async (root) => {
        const problem = await checkRoot(root);
        if (problem) rootProblems.push(problem);
        return problem?.severity === 'error' ? new Map() : readRoot(root, options);
      }),
    );
    options.cache?.saveLater();
    return new ContentRepository(absolute, files, rootProblems, options);
  }

  get content(): ContentSet {
    return this.current;
  }

  /**
   * Identifies the files the content comes from — each one's root, path, size and modification time — and the
   * parser version: the same stamp means the same content, known without hashing any text (the search index
   * cache is keyed by it). Undefined while some file's stamp cannot be trusted (see ParsedFile).
   */
  get filesStamp(): string | undefined {
    return this.currentStamp;
  }

  /** Re-reads one file (changed, added or deleted) and returns the new content set. Files outside the roots are ignored. */
  async reloadFile(file: string): Promise<ContentSet> {
    const absolute = path.resolve(file);
    const index = this.rootIndexOf(absolute);
    if (index < 0) return this.current;
    const root = this.roots[index]!;
    const files = this.files[index]!;
    const kind = contentKindOf(toPosix(path.relative(root, absolute)));
    if (!kind) return this.current;
    const { cache } = this.options;
    const parsed = await readFileCached(root, absolute, kind, this.options);
    if (parsed) files.set(absolute, parsed);
    else {
      files.delete(absolute);
      cache?.delete(root, absolute);
    }
    cache?.saveLater();
    [this.current, this.currentStamp] = this.assemble();
    return this.current;
  }

  private rootIndexOf(file: string): number {
    // The most specific root wins when one root lies inside another.
    let best = -1;
    this.roots.forEach((root, i) => {
      if (file.startsWith(root + path.sep) && (best < 0 || root.length > this.roots[best]!.length)) best = i;
    });
    return best;
  }

  private assemble(): [ContentSet, string | undefined] {
    const set = buildContentSet(this.files.map((files) => [...files.values()].map((file) => file.result)));
    set.diagnostics.unshift(...this.rootProblems);
    if (this.files.some((files) => [...files.values()].some((file) => file.stamp === undefined))) return [set, undefined];
    const stamp = createHash('sha256').update(`content ${CONTENT_PARSE_VERSION}\n`);
    this.files.forEach((files, i) => {
      stamp.update(`${this.roots[i]}\n`);
      for (const [file, { stamp: fileStamp }] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) stamp.update(`${file}\0${fileStamp}\n`);
    });
    return [set, stamp.digest('hex')];
  }
}

async function checkRoot(root: string): Promise<Diagnostic | undefined> {
  const problem = (severity: Diagnostic['severity'], message: string): Diagnostic => ({ file: root, line: 1, column: 1, severity, message });
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) return problem('error', 'content folder not found; give a folder that holds playbooks/ and/or content/');
  const folders = await Promise.all(['playbooks', 'content', 'lessons'].map((name) => stat(path.join(root, name)).then((s) => s.isDirectory(), () => false)));
  if (!folders.some(Boolean)) return problem('warning', 'this folder holds neither playbooks/, content/ nor lessons/, so no content was found in it');
  return undefined;
}

/** Every content file of a root, in a stable order: its absolute path, its `/`-separated path inside the root and its kind. */
export async function listContentFiles(root: string): Promise<{ absolute: string; inRoot: string; kind: ContentKind }[]> {
  const found: { absolute: string; inRoot: string; kind: ContentKind }[] = [];
  const folders = [...new Set(Object.values(CONTENT_LAYOUT).map((layout) => layout.folder))];
  for (const folder of folders) {
    const entries = await readdir(path.join(root, folder), { recursive: true }).catch(() => [] as string[]);
    for (const entry of entries.sort()) {
      const absolute = path.join(root, folder, entry);
      const inRoot = toPosix(path.relative(root, absolute));
      const kind = contentKindOf(inRoot);
      if (kind) found.push({ absolute, inRoot, kind });
    }
  }
  return found;
}

async function readRoot(root: string, options: ReadOptions): Promise<ParsedFiles> {
  await options.cache?.load(root);
  const found = await listContentFiles(root);
  const parsed = await pMap(found, ({ absolute, kind }) => readFileCached(root, absolute, kind, options), { concurrency: READ_CONCURRENCY });
  options.cache?.keepOnly(root, new Set(found.map(({ absolute }) => absolute)));
  const files: ParsedFiles = new Map();
  found.forEach(({ absolute }, i) => {
    const file = parsed[i];
    if (file) files.set(absolute, file);
  });
  return files;
}

/**
 * The parse result of one file: from the cache when the file is unchanged since, else read and parsed (and
 * cached). Undefined when the file is gone or is a folder.
 */
async function readFileCached(root: string, file: string, kind: ContentKind, { cache }: ReadOptions): Promise<ParsedFile | undefined> {
  // Stamped before reading: a change made while the file is read gives it a newer stamp than the cached one.
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) return undefined;
  const stamp = info && Date.now() - info.mtimeMs >= RACY_MS ? `${info.size}:${info.mtimeMs}` : undefined;
  const cached = info && cache?.get(root, file, info);
  if (cached) return { result: await checkImages(root, file, cached), ...(stamp ? { stamp } : {}) };
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => error);
  if (bytes instanceof Error) {
    return bytes.code === 'ENOENT' ? undefined : { result: { diagnostics: [{ file, line: 1, column: 1, severity: 'error', message: `cannot read the file: ${bytes.message}` }] } };
  }
  const decoded = decodeContentText(bytes);
  const result =
    'text' in decoded
      ? (cache?.carriedResult(root, file, decoded.text) ?? parseContentFile(kind, decoded.text, { root, file }))
      : { diagnostics: [{ file, ...decoded.badByteAt, severity: 'error' as const, message: NOT_UTF8 }] };
  if (info && stamp) cache?.set(root, file, info, result);
  return { result: await checkImages(root, file, result), ...(stamp ? { stamp } : {}) };
}

/** Images can come and go without the file that shows them changing, so they are checked at every read. */
async function checkImages(root: string, file: string, result: ParseResult<ContentItem>): Promise<ParseResult<ContentItem>> {
  const missing = await Promise.all(
    (result.images ?? []).map(async (image): Promise<Diagnostic | undefined> => {
      const exists = await access(path.join(root, ...image.path.split('/'))).then(() => true, () => false);
      return exists ? undefined : { file, line: image.line, column: image.column, severity: 'error', message: `image "${image.path}" not found in the content folder` };
    }),
  );
  const problems = missing.filter((problem) => problem !== undefined);
  return problems.length === 0 ? result : { ...result, diagnostics: [...result.diagnostics, ...problems] };
}

function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}
