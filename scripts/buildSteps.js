// Build steps shared by `npm run build:*`, `npm start` and `npm run web`: the renderer (Vite) and the
// Electron main/preload bundles (esbuild), each rebuilt only when its sources are newer than its output.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const RENDERER_ENTRY = path.join(REPO_ROOT, 'dist', 'renderer', 'index.html');
const ELECTRON_OUT = path.join(REPO_ROOT, 'dist', 'electron');
const ELECTRON_OUTPUTS = ['main.cjs', 'preload.cjs'].map((name) => path.join(ELECTRON_OUT, name));

const RENDERER_SOURCES = ['renderer', 'core', 'vite.config.ts', 'package.json'];
const ELECTRON_SOURCES = ['electron', 'backend', 'core', 'package.json'];

export async function buildRenderer() {
  const { build } = await import('vite');
  await build({ configFile: path.join(REPO_ROOT, 'vite.config.ts'), logLevel: 'warn' });
}

export async function buildElectron() {
  const { build } = await import('esbuild');
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    sourcemap: true,
    logLevel: 'warning',
  };
  await build({
    ...common,
    entryPoints: [path.join(REPO_ROOT, 'electron', 'main.ts')],
    outfile: ELECTRON_OUTPUTS[0],
    // Bundled ES modules that locate files through import.meta.url keep working inside the CommonJS bundle.
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
  });
  await build({ ...common, entryPoints: [path.join(REPO_ROOT, 'electron', 'preload.ts')], outfile: ELECTRON_OUTPUTS[1] });
}

export async function ensureRendererBuilt() {
  if (isStale([RENDERER_ENTRY], RENDERER_SOURCES)) {
    console.log('Building the renderer…');
    await buildRenderer();
  }
}

export async function ensureElectronBuilt() {
  if (isStale(ELECTRON_OUTPUTS, ELECTRON_SOURCES)) {
    console.log('Building the Electron main process…');
    await buildElectron();
  }
}

function isStale(outputs, sources) {
  const oldestOutput = Math.min(...outputs.map((file) => mtimeOf(file) ?? 0));
  return oldestOutput === 0 || sources.some((source) => newestMtime(path.join(REPO_ROOT, source)) > oldestOutput);
}

function mtimeOf(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

function newestMtime(entry) {
  const stat = statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (child === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}
