// Content roots (or a selection of their items) → a content-pack zip with a manifest. Only content that loads
// without errors is packed, and a pack is never written that `importPack` would refuse for its size.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { ContentItem, Diagnostic } from '../../core/model';
import { parseContentFile } from '../../core/content/parseContentFile';
import { buildManifest, type PackFile, type PackManifest } from '../../core/interchange/pack/packManifest';
import { CONTENT_FOLDERS, isPackFolderPath, MANIFEST_FILE } from '../../core/interchange/pack/packPaths';
import { ContentRepository } from '../content/loadContent';
import { ROOT_CACHE_DIR, ROOT_CACHE_FILES, writeRootCaches } from '../content/rootCaches';
import { DEFAULT_PACK_LIMITS, entryKindOf, type PackLimits } from './readPack';
import { writeFileAtomically } from '../files/writeFileAtomically';

export interface PackExportOptions {
  roots: string[];
  /** The zip file to write. */
  out: string;
  /** Defaults to the name of the last root's folder. */
  name?: string;
  version?: string;
  /** Ids of the items to pack (every kind and language with that id); all items when absent. */
  only?: string[];
  created?: Date;
  limits?: PackLimits;
  /** Pack the parse results and search index of the packed files (default true), so a first start on them is warm. */
  caches?: boolean;
}

export const DEFAULT_PACK_VERSION = '1.0.0';

interface SourceFile extends PackFile {
  absolute: string;
}

export async function exportPack(options: PackExportOptions): Promise<{ manifest?: PackManifest; diagnostics: Diagnostic[] }> {
  const repository = await ContentRepository.open(options.roots);
  const content = repository.content;
  const lastRoot = repository.roots.at(-1)!;
  const items = [...content.playbooks, ...content.quizzes, ...content.cases, ...content.paths, ...content.lessons];
  const selected = options.only ? items.filter((item) => options.only!.includes(item.id)) : items;
  const diagnostics: Diagnostic[] = [];
  const files = new Map<string, SourceFile>();
  const error = (file: string, line: number, column: number, message: string) => diagnostics.push({ file, line, column, severity: 'error', message });
  const add = (file: SourceFile, where: { line: number; column: number }, from: string) => {
    const other = files.get(file.path);
    if (other && other.absolute !== file.absolute) {
      error(from, where.line, where.column, `two content folders hold "${file.path}" (also ${other.absolute}); export them as separate packs`);
    }
    files.set(file.path, file);
  };
  for (const id of options.only ?? []) {
    if (!items.some((item) => item.id === id)) error(lastRoot, 1, 1, `no playbook, quiz, case, path or lesson has the id "${id}" in these folders`);
  }
  for (const item of selected) {
    const { root, file } = item.source;
    add({ path: relativePath(root, file), kind: item.kind, lang: item.lang, absolute: file }, { line: 1, column: 1 }, file);
    for (const image of await imagesOf(item)) {
      if (isPackFolderPath(image.path) && entryKindOf(image.path) === 'image') {
        add({ path: image.path, kind: 'image', absolute: path.join(root, ...image.path.split('/')) }, image, file);
      } else {
        error(file, image.line, image.column, `image "${image.path}" cannot travel in a pack: keep images under ${CONTENT_FOLDERS.map((f) => `${f}/`).join(', ')} (svg, png, jpg, gif, webp)`);
      }
    }
  }

  // Every error blocks a whole export; with --only, errors in the selected files do.
  const packed = new Set([...files.values()].map((f) => f.absolute));
  diagnostics.push(...content.diagnostics.filter((d) => d.severity === 'error' && (!options.only || packed.has(d.file))));
  if (files.size === 0 && diagnostics.length === 0) error(lastRoot, 1, 1, 'no content to pack');
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };

  const limits = options.limits ?? DEFAULT_PACK_LIMITS;
  const zippable: Zippable = {};
  let total = 0;
  for (const file of files.values()) {
    const data = new Uint8Array(await readFile(file.absolute));
    total += data.length;
    if (data.length > limits.entryBytes) error(file.absolute, 1, 1, `the file is larger than the ${limits.entryBytes} bytes a pack may hold per file`);
    zippable[file.path] = data;
  }
  if (options.caches !== false) {
    for (const [name, data] of await cachesOf(zippable)) {
      total += data.length;
      zippable[name] = data;
    }
  }
  if (total > limits.totalBytes || Object.keys(zippable).length + 1 > limits.entries) error(lastRoot, 1, 1, 'the selection is larger than a pack may be; export it as several packs');
  if (diagnostics.length > 0) return { diagnostics };

  const created = options.created ?? new Date();
  const manifest = buildManifest(
    { name: options.name ?? path.basename(lastRoot), version: options.version ?? DEFAULT_PACK_VERSION, created },
    [...files.values()].map(({ path: p, kind, lang }) => ({ path: p, kind, ...(lang ? { lang } : {}) })),
  );
  zippable[MANIFEST_FILE] = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const zip = zipSync(zippable, { level: 9, mtime: created });
  await writeFileAtomically(options.out, zip);
  return { manifest, diagnostics: content.diagnostics.filter((d) => packed.has(d.file)) };
}

/** The caches (`.pbt-cache/…`) of the packed files as a content root of their own, built as `pbt cache` builds them. */
async function cachesOf(files: Zippable): Promise<[string, Uint8Array][]> {
  const staging = await mkdtemp(path.join(os.tmpdir(), 'pbt-pack-cache-'));
  try {
    for (const [name, data] of Object.entries(files)) await writeFileAtomically(path.join(staging, ...name.split('/')), data as Uint8Array);
    await writeRootCaches(staging);
    return await Promise.all(ROOT_CACHE_FILES.map(async (file): Promise<[string, Uint8Array]> => [`${ROOT_CACHE_DIR}/${file}`, new Uint8Array(await readFile(path.join(staging, ROOT_CACHE_DIR, file)))]));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** The images a playbook shows, as paths inside its content root, where they are written. */
async function imagesOf(item: ContentItem): Promise<{ path: string; line: number; column: number }[]> {
  if (item.kind !== 'playbook') return [];
  const text = await readFile(item.source.file, 'utf8');
  return parseContentFile('playbook', text, item.source).images ?? [];
}

function relativePath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
