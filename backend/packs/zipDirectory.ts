// A zip's central directory: what the archive claims about each entry (name, CRC, sizes). The claims are checked
// against the limits before anything is inflated, and against the inflated bytes while inflating (inflatePack).
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;

export interface ZipDirectoryEntry {
  name: string;
  crc: number;
  compressedSize: number;
  /** Unpacked size as claimed. */
  size: number;
}

/** The entries the central directory lists; throws when there is none to read (not a zip, or Zip64, which packs never need). */
export function readZipDirectory(zip: Uint8Array): ZipDirectoryEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= Math.max(0, zip.length - END_SEARCH) && view.getUint32(end, true) !== END_OF_DIRECTORY) end--;
  if (end < 0 || end < zip.length - END_SEARCH) throw new Error('no central directory');
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new Error('Zip64 archives are not supported');
  const names = new TextDecoder();
  const entries: ZipDirectoryEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > zip.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY) throw new Error('damaged central directory');
    const nameLength = view.getUint16(offset + 28, true);
    const skip = nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    if (offset + 46 + skip > zip.length) throw new Error('damaged central directory');
    entries.push({
      name: names.decode(zip.subarray(offset + 46, offset + 46 + nameLength)),
      crc: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
    });
    offset += 46 + skip;
  }
  return entries;
}
