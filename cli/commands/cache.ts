import path from 'node:path';
import { writeRootCaches } from '../../backend/content/rootCaches';
import type { CliIo, ExitCode } from '../io';
import { displayPath } from '../io';

/** `pbt cache [DIR…]`: writes each root's own caches, so the app's first start on it does not parse or index. */
export async function cache(roots: string[], io: CliIo): Promise<ExitCode> {
  for (const root of roots) {
    const { files, indexedItems } = await writeRootCaches(root);
    const shown = path.resolve(root) === path.resolve(io.cwd) ? '.' : displayPath(path.resolve(root), io.cwd);
    io.out(`${shown}: parse results of ${files} files and the search index of ${indexedItems} items in .pbt-cache/`);
  }
  return 0;
}
