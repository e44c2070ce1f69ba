// Where progress lives when the host is not told otherwise: the platform's per-user application folder.
// It is the folder Electron uses for userData, so the desktop app, the CLI and the web host share one progress file.
// Caches that can be rebuilt at any time go to the platform's cache folder instead, which backups and roaming skip.
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'playbook-trainer';

export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.win32.join(env.APPDATA || path.win32.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_DIR_NAME);
}

export function defaultCacheDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.win32.join(env.LOCALAPPDATA || path.win32.join(home, 'AppData', 'Local'), APP_DIR_NAME, 'Cache');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Caches', APP_DIR_NAME);
  return path.posix.join(env.XDG_CACHE_HOME || path.posix.join(home, '.cache'), APP_DIR_NAME);
}
