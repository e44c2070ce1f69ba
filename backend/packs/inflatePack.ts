// Inflates the entries of a zip that passed the size checks, streaming, and trusts none of the claims: an entry
// that inflates past the size its directory entry claims is stopped there (so the pack's limits, checked
// against the claims, bound the memory used), and one that ends short of it or fails its CRC is refused.
import { crc32 } from 'node:zlib';
import { Unzip, UnzipInflate } from 'fflate';
import type { ZipDirectoryEntry } from './zipDirectory';

/** Small pieces of the zip at a time: one piece of deflate data inflates to at most about 1,000 times its size. */
const PIECE_BYTES = 16 * 1024;

/**
 * The inflated data of each entry of `wanted` (by name), or the problem that stopped the inflating. Entries of the
 * zip that are not wanted are skipped without being inflated.
 */
export function inflatePack(zip: Uint8Array, wanted: ReadonlyMap<string, ZipDirectoryEntry>): { files: Map<string, Uint8Array> } | { problem: string } {
  const files = new Map<string, Uint8Array>();
  let problem: string | undefined;
  const unzip = new Unzip((file) => {
    const entry = wanted.get(file.name);
    if (!entry || problem !== undefined) return;
    // The claimed size is within the limits, and no more than it is ever written.
    const whole = new Uint8Array(entry.size);
    let size = 0;
    let crc = 0;
    file.ondata = (error, data, final) => {
      if (problem !== undefined) return;
      if (error) {
        problem = `entry "${file.name}" cannot be inflated (${error.message})`;
        return;
      }
      if (size + data.length > entry.size) {
        problem = `entry "${file.name}" unpacks to more than the ${entry.size} bytes its header claims`;
        file.terminate();
        return;
      }
      whole.set(data, size);
      size += data.length;
      crc = crc32(data, crc);
      if (!final) return;
      if (size !== entry.size) problem = `entry "${file.name}" unpacks to ${size} bytes, not the ${entry.size} bytes its header claims`;
      else if (crc !== entry.crc) problem = `entry "${file.name}" is damaged: its CRC does not match its content`;
      else files.set(file.name, whole);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let offset = 0; offset < zip.length && problem === undefined; offset += PIECE_BYTES) {
    unzip.push(zip.subarray(offset, offset + PIECE_BYTES), offset + PIECE_BYTES >= zip.length);
  }
  if (problem !== undefined) return { problem };
  const missing = [...wanted.keys()].find((name) => !files.has(name));
  return missing === undefined ? { files } : { problem: `entry "${missing}" is listed in the zip's directory but its data is missing` };
}
