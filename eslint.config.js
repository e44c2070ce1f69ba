// Lint: TypeScript rules plus the architecture's import allow-list (see docs/architecture.md).
import tseslint from 'typescript-eslint';
import globals from 'globals';
import importRules from './lint/allowedImports.js';

// Packages by where they run. A layer lists what it may use; anything not listed fails lint.
const PURE = ['yaml', 'zod', 'markdown-it*', 'fuse.js', 'pinyin-pro', 'ts-fsrs', 'stemmer', 'diff'];
const NODE = ['node', 'lowdb', 'chokidar', 'fflate', 'p-map', 'isomorphic-git', '@xapi/xapi'];
const BROWSER = ['react', 'react-dom', 'codemirror', '@codemirror/*', '@lezer/*'];
const TEST_KIT = ['vitest'];
const TOOLS = ['esbuild', 'vite', '@vitejs/plugin-react', 'vitest', 'electron-builder', 'typescript', 'typescript-eslint', 'eslint', 'globals'];

const ADAPTER = [...PURE, ...NODE];
/** Files that belong to tests: they follow their layer, plus the test kits under test/ and the test runner. */
const TEST_FILES = ['**/*.test.{ts,tsx}', '**/*.fixture.{ts,tsx}', '**/*TestKit.ts', '**/testing/**'];

// Each layer: the files it covers, the places of the repository it may import from, and the packages.
const layers = [
  { layer: 'core/', files: ['core/**'], places: ['core'], packages: PURE },
  { layer: 'backend/', files: ['backend/**'], places: ['core', 'backend'], packages: ADAPTER },
  { layer: 'cli/', files: ['cli/**'], places: ['core', 'backend', 'cli'], packages: ADAPTER },
  { layer: 'web/', files: ['web/**'], places: ['core', 'backend', 'web'], packages: ADAPTER },
  { layer: 'electron/', files: ['electron/**'], places: ['core', 'backend', 'electron'], packages: [...ADAPTER, 'electron'] },
  { layer: 'renderer/', files: ['renderer/**'], places: ['core', 'renderer'], packages: [...PURE, ...BROWSER] },
  // Tests run in Node and read their fixtures from disk, whatever layer they test.
  { layer: 'a core test', files: TEST_FILES.map((glob) => `core/${glob}`), places: ['core', 'test'], packages: [...PURE, 'node', ...TEST_KIT] },
  // esbuild: a test that kills a process mid-write runs a bundled worker.
  { layer: 'a backend test', files: TEST_FILES.map((glob) => `backend/${glob}`), places: ['core', 'backend', 'test'], packages: [...ADAPTER, ...TEST_KIT, 'esbuild'] },
  { layer: 'a cli/ test', files: ['cli/**/*.test.ts'], places: ['core', 'backend', 'cli', 'test'], packages: [...ADAPTER, ...TEST_KIT] },
  { layer: 'a web/ test', files: ['web/**/*.test.ts'], places: ['core', 'backend', 'web', 'test'], packages: [...ADAPTER, ...TEST_KIT] },
  { layer: 'an electron/ test', files: ['electron/**/*.test.ts'], places: ['core', 'backend', 'electron', 'test'], packages: [...ADAPTER, 'electron', ...TEST_KIT] },
  {
    layer: 'a renderer test',
    files: TEST_FILES.map((glob) => `renderer/${glob}`),
    places: ['core', 'renderer', 'test', 'content'],
    packages: [...PURE, ...BROWSER, ...TEST_KIT, '@testing-library/*'],
  },
  // Test kits and tests across layers (hosts, stress, pathological content, learning records, Git).
  {
    layer: 'test/',
    files: ['test/**'],
    places: ['core', 'backend', 'cli', 'web', 'electron', 'renderer', 'test', 'tooling', 'content'],
    packages: [...ADAPTER, 'electron', ...TEST_KIT, 'esbuild', 'typescript', 'eslint', '@learninglocker/xapi-validation'],
  },
  {
    layer: 'test/e2e/',
    files: ['test/e2e/**'],
    places: ['core', 'backend', 'renderer', 'e2e', 'test', 'bench'],
    packages: [...ADAPTER, ...TEST_KIT, 'playwright-core', 'axe-core'],
  },
  // The bench measures what the app does, screens rendered to HTML included; E2E may reuse its data generators.
  { layer: 'bench/', files: ['bench/**'], places: ['core', 'backend', 'cli', 'renderer', 'bench', 'test'], packages: [...ADAPTER, 'react', 'react-dom', 'minisearch'] },
  { layer: 'build tooling', files: ['scripts/**', 'bin/**', 'lint/**', '*.{js,ts}'], places: ['tooling'], packages: ['node', ...TOOLS] },
];

const allowList = ({ layer, files, places, packages }) => ({
  files,
  rules: { 'imports/allowed-imports': ['error', { layer, places, packages }] },
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'bench/results/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { imports: importRules },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // A file no layer claims may import nothing: give its folder a rule above.
  allowList({ layer: 'a file outside every layer', files: ['**/*.{js,mjs,cjs,ts,tsx}'], places: [], packages: [] }),
  ...layers.map(allowList),
);
