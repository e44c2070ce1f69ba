// A content-pack zip → a content folder, all or nothing. Before anything is written, the folder as it would be
// after the import (its content plus the pack) is assembled in a temporary folder and loaded with the normal
// loader, so every file of the pack is parsed and every reference is checked against the folder and the pack.
// A pack with any error, or one that would break content already in the folder, is refused and nothing changes.
import { cp, lstat, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic } from '../../core/model';
import type { PackManifest } from '../../core/interchange/pack/packManifest';
import { CONTENT_FOLDERS } from '../../core/interchange/pack/packPaths';
import { loadContent } from '../content/loadContent';
import { verifyRootCaches, type VerifiedCaches } from '../content/rootCaches';
import { pathInside } from '../files/pathInside';
import { DEFAULT_PACK_LIMITS, decodeUtf8, fileInPack, readPack, type PackEntry, type PackLimits } from './readPack';
import { writeFileAtomically } from '../files/writeFileAtomically';

export type FileChange = 'added' | 'updated' | 'unchanged';

export interface PackImportResult {
  manifest?: PackManifest;
  /** What the import does (or, when refused or a dry run, would do) to each file of the pack. */
  files: { path: string; change: FileChange }[];
  /** Problems in the pack (files named inside the zip, `sales.zip/playbooks/a.md`) and in the folder it would break. */
  diagnostics: Diagnostic[];
  /** True once the files are written. */
  imported: boolean;
  /** What was kept of the caches the pack carries, once checked against the imported files. */
  caches?: VerifiedCaches;
}

export interface PackImportOptions {
  /** Check and report, write nothing. */
  dryRun?: boolean;
  limits?: PackLimits;
}

export async function importPack(zipFile: string, targetDir: string, options: PackImportOptions = {}): Promise<PackImportResult> {
  const zip = path.resolve(zipFile);
  const target = path.resolve(targetDir);
  const pack = await readPack(zip, options.limits ?? DEFAULT_PACK_LIMITS);
  const refused = (diagnostics: Diagnostic[]): PackImportResult => ({ ...(pack.manifest ? { manifest: pack.manifest } : {}), files: [], diagnostics, imported: false });
  if (!pack.manifest) return refused(pack.diagnostics);

  const targetInfo = await stat(target).catch(() => undefined);
  if (targetInfo && !targetInfo.isDirectory()) return refused([{ file: target, line: 1, column: 1, severity: 'error', message: 'the target is not a folder' }]);
  // Checked before anything is copied or written, even for a dry run: a link would lead the import elsewhere.
  const links = targetInfo ? await linksIn(target) : [];
  if (links.length > 0) {
    return refused(links.map((link) => ({ file: path.join(target, link), line: 1, column: 1, severity: 'error', message: `${link} is a symbolic link; a pack is only imported into real folders, so that nothing is written outside the target` })));
  }
  const diagnostics = [...pack.diagnostics, ...textProblems(zip, pack.entries), ...(await validateInPlace(zip, target, pack.entries, Boolean(targetInfo)))];
  const files = await Promise.all(pack.entries.map(async (entry) => ({ path: entry.path, change: await changeOf(target, entry) })));
  if (diagnostics.some((d) => d.severity === 'error')) return { ...refused(diagnostics), files };
  if (options.dryRun) return { manifest: pack.manifest, files, diagnostics, imported: false };
  for (const [i, entry] of pack.entries.entries()) {
    if (files[i]!.change !== 'unchanged') await writeFileAtomically(pathInside(target, entry.path)!, entry.data);
  }
  if (pack.caches.length === 0) return { manifest: pack.manifest, files, diagnostics, imported: true };
  // The carried caches are written, then kept only as far as they match the files now in the folder.
  for (const cache of pack.caches) await writeFileAtomically(pathInside(target, cache.path)!, cache.data);
  return { manifest: pack.manifest, files, diagnostics, imported: true, caches: await verifyRootCaches(target) };
}

/** The symbolic links among the target's content folders and everything in them (paths relative to the target, `/`-separated). */
async function linksIn(target: string): Promise<string[]> {
  const links: string[] = [];
  for (const folder of CONTENT_FOLDERS) {
    const info = await lstat(path.join(target, folder)).catch(() => undefined);
    if (info?.isSymbolicLink()) links.push(folder);
    if (!info?.isDirectory()) continue;
    const entries = await readdir(path.join(target, folder), { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (entry.isSymbolicLink()) links.push(path.relative(target, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    }
  }
  return links.sort();
}

/** Content files must be UTF-8 text (the loader would silently replace broken bytes). */
function textProblems(zip: string, entries: PackEntry[]): Diagnostic[] {
  return entries
    .filter((entry) => entry.kind !== 'image' && decodeUtf8(entry.data) === undefined)
    .map((entry) => ({ file: fileInPack(zip, entry.path), line: 1, column: 1, severity: 'error' as const, message: 'the file is not UTF-8 text' }));
}

/**
 * Loads the target's content folders with the pack laid over them, in a temporary folder. Returns the problems
 * of the pack's files and those of the target's files that the pack causes (ones the target already had are not
 * the pack's doing and do not block it).
 */
async function validateInPlace(zip: string, target: string, entries: PackEntry[], targetExists: boolean): Promise<Diagnostic[]> {
  const staging = await mkdtemp(path.join(os.tmpdir(), 'pbt-pack-'));
  try {
    if (targetExists) {
      for (const folder of CONTENT_FOLDERS) {
        const from = path.join(target, folder);
        if (await stat(from).then((s) => s.isDirectory(), () => false)) await cp(from, path.join(staging, folder), { recursive: true });
      }
    }
    for (const entry of entries) await writeFileAtomically(pathInside(staging, entry.path)!, entry.data);
    const merged = await loadContent([staging]);
    const before = targetExists ? await loadContent([target]) : undefined;
    const known = new Set((before?.diagnostics ?? []).map((d) => diagnosticKey(path.relative(target, d.file), d)));
    const fromPack = new Set(entries.map((e) => path.join(...e.path.split('/'))));
    return merged.diagnostics.flatMap((d) => {
      const inRoot = path.relative(staging, d.file);
      if (fromPack.has(inRoot)) return [{ ...d, file: fileInPack(zip, inRoot.split(path.sep).join('/')) }];
      if (inRoot === '' || known.has(diagnosticKey(inRoot, d))) return [];
      return [{ ...d, file: path.join(target, inRoot) }];
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function diagnosticKey(fileInRoot: string, d: Diagnostic): string {
  return [fileInRoot, d.line, d.column, d.severity, d.message].join('\u0000');
}

async function changeOf(target: string, entry: PackEntry): Promise<FileChange> {
  const existing = await readFile(pathInside(target, entry.path)!).catch(() => undefined);
  if (!existing) return 'added';
  return Buffer.compare(existing, entry.data) === 0 ? 'unchanged' : 'updated';
}
