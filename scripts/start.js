#!/usr/bin/env node
// `npm start`: builds what is out of date and starts the desktop app. Where the Electron binary is
// missing (its download failed or was skipped), the same app opens in the browser through the web host.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { ensureElectronBuilt, ensureRendererBuilt, REPO_ROOT } from './buildSteps.js';
import { startWebHostProcess } from './webHostProcess.js';

await ensureRendererBuilt();
const electronBinary = findElectronBinary();

if (electronBinary) {
  await ensureElectronBuilt();
  const child = spawn(electronBinary, [REPO_ROOT, ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  console.log('Electron is not installed on this machine (its binary could not be downloaded); opening the web host instead.');
  await startWebHostProcess(process.argv.slice(2), { onReady: openInBrowser });
}

/** The path of the Electron executable, or null: the `electron` package throws when its binary was never downloaded. */
function findElectronBinary() {
  try {
    return createRequire(import.meta.url)('electron');
  } catch {
    return null;
  }
}

/** Best effort: a machine without a desktop browser still has the printed URL. */
function openInBrowser(url) {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  try {
    const opener = spawn(command, args, { stdio: 'ignore', detached: true });
    opener.on('error', () => {});
    opener.unref();
  } catch {
    // No opener on this system; the URL is printed above.
  }
}
