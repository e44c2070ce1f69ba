// Folders that can never be a workspace: a workspace is written to and its images are served to the UI, so the
// file-system root, the home folder itself or a system folder would expose or let the app write far too much.
import os from 'node:os';
import path from 'node:path';

/** Refused as a workspace and as any folder inside them. */
const SYSTEM_TREES = {
  posix: ['/bin', '/boot', '/dev', '/etc', '/lib', '/lib32', '/lib64', '/proc', '/sbin', '/sys', '/usr', '/System', '/private/etc'],
  win32: [process.env.SystemRoot ?? 'C:\\Windows', process.env.ProgramFiles ?? 'C:\\Program Files', process.env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)'],
};
/** Refused themselves; a folder inside them is fine (the temporary folder, a user's folder under /home). */
const SYSTEM_FOLDERS = {
  posix: ['/home', '/Users', '/var', '/tmp', '/opt', '/root', '/run', '/srv', '/mnt', '/media', '/snap', '/private', '/private/var', '/private/tmp', '/Library', '/Applications', '/Volumes'],
  win32: [process.env.ProgramData ?? 'C:\\ProgramData', 'C:\\Users'],
};

/** Why `realFolder` (a real path, links resolved) cannot be a workspace; undefined when it can. */
export function systemFolderProblem(realFolder: string, realHome = os.homedir()): string | undefined {
  const platform = process.platform === 'win32' ? 'win32' : 'posix';
  const same = (a: string, b: string) => (platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b);
  const folder = path.resolve(realFolder);
  if (same(folder, path.parse(folder).root)) return 'it is the root of the file system';
  if (same(folder, path.resolve(realHome))) return 'it is your home folder itself';
  const inside = (tree: string) => {
    const relative = path.relative(tree, folder);
    return same(folder, tree) || (!relative.startsWith('..') && !path.isAbsolute(relative));
  };
  if (SYSTEM_TREES[platform].some(inside) || SYSTEM_FOLDERS[platform].some((system) => same(folder, system))) return 'it is a system folder';
  return undefined;
}
