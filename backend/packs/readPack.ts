// Opens a content-pack zip without trusting it: size limits are checked from the zip's directory before anything
// is inflated and held to while inflating (inflatePack); every entry path is checked before it is used, and every
// problem is collected (not just the first).
import { stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../../core/model';
import { readManifest, type PackManifest } from '../../core/interchange/pack/packManifest';
import { CONTENT_FILE_FOLDERS, CONTENT_FOLDERS, MANIFEST_FILE, packEntryKind, unsafePathProblem, type PackEntryKind } from '../../core/interchange/pack/packPaths';
import { ROOT_CACHE_DIR, ROOT_CACHE_FILES } from '../content/rootCaches';
import { imageMimeType } from '../files/mimeTypes';
import { inflatePack } from './inflatePack';
import { readZipDirectory, type ZipDirectoryEntry } from './zipDirectory';

export interface PackLimits {
  /** Size of the zip file itself. */
  packBytes: number;
  /** Unpacked size of one entry. */
  entryBytes: number;
  /** Unpacked size of all entries together. */
  totalBytes: number;
  entries: number;
  /**
   * How many times its packed size an entry over 1 MB may unpack to (default 100). Real text packs to a third of its
   * size and images hardly shrink; only a zip bomb's filler shrinks a thousandfold.
   */
  ratio?: number;
}

const DEFAULT_RATIO = 100;
const RATIO_CHECKED_FROM = 1024 * 1024;

export const DEFAULT_PACK_LIMITS: PackLimits = {
  packBytes: 100 * 1024 * 1024,
  entryBytes: 10 * 1024 * 1024,
  totalBytes: 200 * 1024 * 1024,
  entries: 5000,
};

export interface PackEntry {
  /** Path inside the pack, which is also the path inside the content folder it is imported into. */
  path: string;
  kind: PackEntryKind;
  data: Uint8Array;
}

export interface OpenedPack {
  manifest?: PackManifest;
  entries: PackEntry[];
  /** The caches the pack carries (`.pbt-cache/…`, see rootCaches.ts), not yet checked against its files. */
  caches: { path: string; data: Uint8Array }[];
  diagnostics: Diagnostic[];
}

/** The paths of the cache files a pack may carry beside its content. */
const CACHE_ENTRIES = new Set<string>(ROOT_CACHE_FILES.map((file) => `${ROOT_CACHE_DIR}/${file}`));

export function entryKindOf(entryPath: string): PackEntryKind | undefined {
  return packEntryKind(entryPath, (p) => imageMimeType(p) !== null);
}

/** Diagnostics about a file inside the pack name it as if the zip were a folder: `packs/sales.zip/playbooks/a.md`. */
export function fileInPack(zipFile: string, entryPath: string): string {
  return path.join(zipFile, ...entryPath.split('/'));
}

export async function readPack(zipFile: string, limits: PackLimits = DEFAULT_PACK_LIMITS): Promise<OpenedPack> {
  const diagnostics: Diagnostic[] = [];
  const problem = (message: string, file = zipFile) => diagnostics.push({ file, line: 1, column: 1, severity: 'error', message });
  const size = await stat(zipFile).then((s) => (s.isFile() ? s.size : undefined), () => undefined);
  if (size === undefined) {
    problem('pack not found: give the path of a .zip file');
    return { entries: [], caches: [], diagnostics };
  }
  if (size > limits.packBytes) {
    problem(`the pack is ${byteSize(size)}, more than the ${byteSize(limits.packBytes)} allowed`);
    return { entries: [], caches: [], diagnostics };
  }

  const zip = await readFile(zipFile);
  let directory: ZipDirectoryEntry[];
  try {
    directory = readZipDirectory(zip);
  } catch (error) {
    problem(`not a readable zip file (${error instanceof Error ? error.message : String(error)})`);
    return { entries: [], caches: [], diagnostics };
  }

  // Everything the directory claims is checked before a byte is inflated; inflatePack holds the entries to it.
  const seen = new Set<string>();
  const wanted = new Map<string, ZipDirectoryEntry>();
  let total = 0;
  if (directory.length > limits.entries) problem(`the pack holds more than ${limits.entries} entries`);
  for (const entry of directory.slice(0, limits.entries)) {
    const { name, size: originalSize } = entry;
    const unsafe = unsafePathProblem(name);
    if (unsafe) {
      problem(`entry "${name}" is refused: ${unsafe}`);
      continue;
    }
    if (name.endsWith('/')) continue;
    const folded = name.normalize('NFC').toLowerCase();
    if (seen.has(folded)) {
      problem(`entry "${name}" appears twice (names differing only in case count as the same file)`);
      continue;
    }
    seen.add(folded);
    if (name !== MANIFEST_FILE && !CACHE_ENTRIES.has(name) && !entryKindOf(name)) {
      problem(`entry "${name}" is not content: a pack holds ${MANIFEST_FILE}, content files (under ${CONTENT_FILE_FOLDERS}) and images under ${CONTENT_FOLDERS.map((f) => `${f}/`).join(', ')}`);
      continue;
    }
    if (originalSize > limits.entryBytes) {
      problem(`entry "${name}" unpacks to ${byteSize(originalSize)}, more than the ${byteSize(limits.entryBytes)} allowed per file`);
      continue;
    }
    const ratio = limits.ratio ?? DEFAULT_RATIO;
    if (originalSize > RATIO_CHECKED_FROM && originalSize > entry.compressedSize * ratio) {
      problem(`entry "${name}" unpacks to ${byteSize(originalSize)} from ${byteSize(entry.compressedSize)}, more than ${ratio} times its packed size (a zip bomb, not content)`);
      continue;
    }
    total += originalSize;
    wanted.set(name, entry);
  }
  if (total > limits.totalBytes) problem(`the pack unpacks to ${byteSize(total)}, more than the ${byteSize(limits.totalBytes)} allowed`);
  if (diagnostics.length > 0) return { entries: [], caches: [], diagnostics };

  let inflated: ReturnType<typeof inflatePack>;
  try {
    inflated = inflatePack(zip, wanted);
  } catch (error) {
    problem(`not a readable zip file (${error instanceof Error ? error.message : String(error)})`);
    return { entries: [], caches: [], diagnostics };
  }
  if ('problem' in inflated) {
    problem(inflated.problem);
    return { entries: [], caches: [], diagnostics };
  }
  const unzipped = Object.fromEntries(inflated.files);

  const caches = Object.entries(unzipped)
    .filter(([name]) => CACHE_ENTRIES.has(name))
    .map(([name, data]) => ({ path: name, data }));
  const entries = Object.entries(unzipped)
    .filter(([name]) => name !== MANIFEST_FILE && !CACHE_ENTRIES.has(name))
    .map(([name, data]): PackEntry => ({ path: name, kind: entryKindOf(name)!, data }))
    .sort((a, b) => a.path.localeCompare(b.path));
  const manifestData = unzipped[MANIFEST_FILE];
  if (!manifestData) {
    problem(`the pack has no ${MANIFEST_FILE}; make packs with "pbt pack export"`);
    return { entries, caches, diagnostics };
  }
  const text = decodeUtf8(manifestData);
  const manifestFile = fileInPack(zipFile, MANIFEST_FILE);
  if (text === undefined) {
    problem(`${MANIFEST_FILE} is not UTF-8 text`, manifestFile);
    return { entries, caches, diagnostics };
  }
  const { manifest, diagnostics: manifestProblems } = readManifest(text, manifestFile, entries);
  return { manifest, entries, caches, diagnostics: manifestProblems };
}

/** The text of a UTF-8 file, or undefined when the bytes are not UTF-8. */
export function decodeUtf8(data: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return undefined;
  }
}

function byteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
