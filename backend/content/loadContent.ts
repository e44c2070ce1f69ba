// Reads content roots from disk and hands the texts to the pure parsers in core/content.
// Paths: every Diagnostic.file and SourceRef.file is absolute; the CLI shows them relative to the working directory.
import { access, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentItem, ContentSet, Diagnostic } from '../../core/model';
import { buildContentSet } from '../../core/content/buildContentSet';
import { CONTENT_LAYOUT, contentKindOf, parseContentFile } from '../../core/content/parseContentFile';
import type { ParseResult } from '../../core/content/parseResult';

/** The repository itself (the folder holding the shipped `playbooks/` and `content/`), found from this file, not the cwd. */
export function defaultContentRoots(): string[] {
  return [fileURLToPath(new URL('../../', import.meta.url)).replace(/[\\/]+$/, '')];
}

export async function loadContent(roots: string[]): Promise<ContentSet> {
  return (await ContentRepository.open(roots)).content;
}

type ParsedFiles = Map<string, ParseResult<ContentItem>>;

/** The loaded content of several roots (later ones override earlier ones), kept up to date file by file. */
export class ContentRepository {
  private current: ContentSet;

  private constructor(
    readonly roots: readonly string[],
    private readonly files: ParsedFiles[],
    private readonly rootProblems: Diagnostic[],
  ) {
    this.current = this.assemble();
  }

  static async open(roots: string[]): Promise<ContentRepository> {
    const absolute = roots.map((root) => path.resolve(root));
    const rootProblems: Diagnostic[] = [];
    const files = await Promise.all(
      absolute.map(async (root) => {
        const problem = await checkRoot(root);
        if (problem) rootProblems.push(problem);
        return problem?.severity === 'error' ? new Map() : readRoot(root);
      }),
    );
    return new ContentRepository(absolute, files, rootProblems);
  }

  get content(): ContentSet {
    return this.current;
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
    const text = await readFile(absolute, 'utf8').catch(() => undefined);
    if (text === undefined) files.delete(absolute);
    else files.set(absolute, await parseFile(root, absolute, text, kind));
    this.current = this.assemble();
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

  private assemble(): ContentSet {
    const set = buildContentSet(this.files.map((files) => [...files.values()]));
    set.diagnostics.unshift(...this.rootProblems);
    return set;
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

async function readRoot(root: string): Promise<ParsedFiles> {
  const files: ParsedFiles = new Map();
  const folders = [...new Set(Object.values(CONTENT_LAYOUT).map((layout) => layout.folder))];
  for (const folder of folders) {
    const entries = await readdir(path.join(root, folder), { recursive: true }).catch(() => [] as string[]);
    for (const entry of entries.sort()) {
      const absolute = path.join(root, folder, entry);
      const kind = contentKindOf(toPosix(path.relative(root, absolute)));
      if (!kind) continue;
      const text = await readFile(absolute, 'utf8').catch((error: NodeJS.ErrnoException) => error);
      if (typeof text !== 'string') {
        if (text.code !== 'EISDIR') files.set(absolute, { diagnostics: [{ file: absolute, line: 1, column: 1, severity: 'error', message: `cannot read the file: ${text.message}` }] });
        continue;
      }
      files.set(absolute, await parseFile(root, absolute, text, kind));
    }
  }
  return files;
}

async function parseFile(root: string, file: string, text: string, kind: NonNullable<ReturnType<typeof contentKindOf>>): Promise<ParseResult<ContentItem>> {
  const result = parseContentFile(kind, text, { root, file });
  for (const image of result.images ?? []) {
    const exists = await access(path.join(root, ...image.path.split('/'))).then(() => true, () => false);
    if (!exists) result.diagnostics.push({ file, line: image.line, column: image.column, severity: 'error', message: `image "${image.path}" not found in the content folder` });
  }
  return result;
}

function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}
