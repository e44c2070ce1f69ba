import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Written beside the target, then renamed over it: a reader never sees half a file, and a symlink there is replaced, not followed. */
export async function writeFileAtomically(file: string, data: Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.partial`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}
