// Files served to the UI (renderer assets, content images) must stay inside the folder they are served from:
// `..` segments, absolute paths and symlinks pointing elsewhere are refused.
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** The absolute path of `relativePath` inside `root`, or null when it would leave `root`. Purely lexical. */
export function pathInside(root: string, relativePath: string): string | null {
  if (relativePath.includes('\0') || path.isAbsolute(relativePath) || /^[a-zA-Z]:/.test(relativePath)) return null;
  const base = path.resolve(root);
  const resolved = path.resolve(base, relativePath);
  return isWithin(base, resolved) ? resolved : null;
}

/** Like `pathInside`, but the target must be an existing regular file whose real path (symlinks followed) is inside `root`. */
export async function existingFileInside(root: string, relativePath: string): Promise<string | null> {
  const candidate = pathInside(root, relativePath);
  if (!candidate) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!isWithin(realRoot, realFile)) return null;
    return (await stat(realFile)).isFile() ? realFile : null;
  } catch {
    return null;
  }
}

export function isWithin(base: string, target: string): boolean {
  const relative = path.relative(base, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
