// Shared by the pack tests: temporary folders, hand-made zips (including hostile ones) and folder snapshots.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { buildManifest } from '../../core/interchange/pack/packManifest';
import { entryKindOf } from './readPack';

export const VALID_ROOT = fileURLToPath(new URL('../../test/fixtures/valid', import.meta.url));
export const BROKEN_ROOT = fileURLToPath(new URL('../../test/fixtures/broken', import.meta.url));

export async function temporaryFolder(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-pack-test-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Every file under `dir` (relative `/` paths) with its text; empty when the folder does not exist. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = names.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  const entries = await Promise.all(files.map(async (file) => [path.relative(dir, file).split(path.sep).join('/'), await readFile(file, 'utf8')] as const));
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Writes a zip holding `files` and, unless `manifest` is given (or `null` for none), a manifest that
 * describes them correctly, so each test breaks exactly one thing.
 */
export async function writeZip(file: string, files: Record<string, string>, manifest?: unknown): Promise<string> {
  const described = Object.keys(files).map((p) => ({ path: p, kind: entryKindOf(p) ?? 'image' }));
  const written = manifest === undefined ? buildManifest({ name: 'test', version: '1', created: new Date('2025-01-01T00:00:00Z') }, described) : manifest;
  const zippable = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]));
  if (written !== null) zippable['manifest.json'] = strToU8(JSON.stringify(written, null, 2));
  await writeFile(file, zipSync(zippable));
  return file;
}

/**
 * Rewrites what a zip's local and central headers claim about one entry (its unpacked size, its CRC), leaving
 * the compressed data as it is: the lies a hostile pack tells.
 */
export function lieAboutEntry(zip: Uint8Array, name: string, claims: { size?: number; crc?: number }): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const encodedName = Buffer.from(name);
  // Local header: CRC at 14, unpacked size at 22, name length at 26, name at 30. Central: 16, 24, 28, 46.
  const layouts = [
    { signature: 0x04034b50, crc: 14, size: 22, nameLength: 26, name: 30 },
    { signature: 0x02014b50, crc: 16, size: 24, nameLength: 28, name: 46 },
  ];
  for (let offset = 0; offset + 4 <= out.length; offset++) {
    const layout = layouts.find((l) => view.getUint32(offset, true) === l.signature);
    if (!layout) continue;
    const length = view.getUint16(offset + layout.nameLength, true);
    if (!Buffer.from(out.subarray(offset + layout.name, offset + layout.name + length)).equals(encodedName)) continue;
    if (claims.crc !== undefined) view.setUint32(offset + layout.crc, claims.crc >>> 0, true);
    if (claims.size !== undefined) view.setUint32(offset + layout.size, claims.size, true);
  }
  return out;
}
