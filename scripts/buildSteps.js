// Build steps shared by `npm run build:*`, `npm start`, `npm run web` and `pbt`: the renderer (Vite), the
// Electron main/preload bundles and the Node hosts' bundles (esbuild), each rebuilt when its sources change.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const RENDERER_ENTRY = path.join(REPO_ROOT, 'dist', 'renderer', 'index.html');
const ELECTRON_OUT = path.join(REPO_ROOT, 'dist', 'electron');
const ELECTRON_OUTPUTS = ['main.cjs', 'preload.cjs'].map((name) => path.join(ELECTRON_OUT, name));

const RENDERER_SOURCES = ['renderer', 'core', 'vite.config.ts', 'package.json'];
const ELECTRON_SOURCES = ['electron', 'backend', 'core', 'package.json'];
const NODE_HOSTS_DIR = path.join(REPO_ROOT, 'dist', 'node');
const NODE_HOST_SOURCES = ['cli', 'web', 'backend', 'core', 'package-lock.json'];
/** The `pbt` command and the web host, bundled so a start loads plain JavaScript instead of compiling TypeScript. */
const NODE_HOST_ENTRIES = { pbt: 'cli/main.ts', webHost: 'web/main.ts' };
/** Older bundles are removed once they are this old: a process that started with one may still be loading it. */
const STALE_BUNDLE_AGE_MS = 10 * 60_000;

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

/**
 * The file URL of a Node host's bundle (`pbt` or `webHost`), built first when no bundle matches the sources.
 * Bundles live in a folder named by a hash of every source's path, size and modification time, so a changed,
 * added or deleted source never runs stale, and processes starting together never read a half-written bundle.
 */
export async function nodeHostBundle(entry) {
  const stamp = sourcesStamp(REPO_ROOT, NODE_HOST_SOURCES);
  const dir = path.join(NODE_HOSTS_DIR, stamp);
  const file = path.join(dir, `${entry}.mjs`);
  if (!existsSync(file)) await buildNodeHosts(dir);
  return pathToFileURL(file).href;
}

async function buildNodeHosts(dir) {
  const { build } = await import('esbuild');
  const building = `${dir}.${process.pid}.tmp`;
  await build({
    entryPoints: Object.fromEntries(Object.entries(NODE_HOST_ENTRIES).map(([name, source]) => [name, path.join(REPO_ROOT, source)])),
    outdir: building,
    bundle: true,
    // Commands load what they need on demand: `pbt --help` loads no parser.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    // Chunks beside the entries, so every file of the bundle sits at the same depth below the repository.
    chunkNames: 'chunk-[hash]',
    mainFields: ['module', 'main'],
    // Bundled CommonJS dependencies call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    plugins: [sourceLocations(dir)],
    // Less text for V8 to parse at every start; names stay readable in stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: true,
    logLevel: 'warning',
  });
  try {
    renameSync(building, dir);
  } catch (error) {
    // Another process finished the same build first; its bundle is identical.
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(dir)) throw error;
  }
  removeOldBundles(path.basename(dir));
}

/**
 * Sources find files next to themselves through `import.meta.url` (the built-in content, the renderer build).
 * In a bundle that URL is the bundle's, so each module's own is rewritten to where its source file lies.
 */
function sourceLocations(bundleDir) {
  return {
    name: 'source-locations',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const fromBundle = path.relative(bundleDir, args.path).split(path.sep).join('/');
        return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: 'ts' };
      });
    },
  };
}

function removeOldBundles(current) {
  for (const name of readdirSync(NODE_HOSTS_DIR)) {
    const dir = path.join(NODE_HOSTS_DIR, name);
    if (name !== current && Date.now() - (mtimeOf(dir) ?? 0) > STALE_BUNDLE_AGE_MS) rmSync(dir, { recursive: true, force: true });
  }
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

const TEST_FILE = /\.test\.tsx?$/;

/**
 * A hash of the path, size and modification time of every file under `sources` (folders or files relative to
 * `root`; tests aside).
 * @param {string} root @param {string[]} sources
 */
export function sourcesStamp(root, sources) {
  const hash = createHash('sha256');
  const add = (entry) => {
    const stat = statSync(entry, { throwIfNoEntry: false });
    if (!stat) return;
    if (!stat.isDirectory()) {
      hash.update(`${path.relative(root, entry)}\0${stat.size}\0${stat.mtimeMs}\n`);
      return;
    }
    for (const child of readdirSync(entry).sort()) if (child !== 'node_modules' && !TEST_FILE.test(child)) add(path.join(entry, child));
  };
  for (const source of sources) add(path.join(root, source));
  return hash.digest('hex').slice(0, 16);
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
