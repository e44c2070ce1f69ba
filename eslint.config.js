// Lint: TypeScript rules plus the architecture's import boundaries (see docs/architecture.md).
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'fs', 'fs/promises', 'path', 'os', 'http', 'https', 'net', 'child_process', 'crypto', 'url', 'stream', 'worker_threads', 'events', 'util',
];
const forbid = (groups, message) => ({ group: groups, message });

// Dependencies point inward: adapters and UI depend on the domain, never the other way round.
const boundaries = {
  core: [
    forbid(['node:*', ...nodeBuiltins], 'core/ is framework-free: no Node built-ins (do I/O in backend/).'),
    forbid(['electron', 'react', 'react-dom', 'react/*', 'lowdb', 'lowdb/*'], 'core/ imports neither Electron, React nor the store.'),
    forbid(['**/backend/**', '**/cli/**', '**/web/**', '**/electron/**', '**/renderer/**'], 'core/ imports nothing outside core/.'),
  ],
  backend: [
    forbid(['electron', 'react', 'react-dom', 'react/*'], 'backend/ is shared by every host: no Electron, no React.'),
    forbid(['**/cli/**', '**/web/**', '**/electron/**', '**/renderer/**'], 'backend/ depends only on core/.'),
  ],
  adapter: [
    forbid(['react', 'react-dom', 'react/*'], 'Hosts do not render UI.'),
    forbid(['**/renderer/**'], 'Hosts talk to the UI only through the API contract.'),
  ],
  renderer: [
    forbid(['node:*', ...nodeBuiltins, 'electron', 'lowdb', 'lowdb/*'], 'The UI runs in a sandboxed page: no Node, no Electron, no store.'),
    forbid(['**/backend/**', '**/cli/**', '**/web/**', '**/electron/**'], 'The UI reaches the back end only through the API contract (core/api).'),
  ],
};
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'bench/results/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['core/**/*.ts'], ignores: ['core/**/*.test.ts'], rules: restrict(boundaries.core) },
  { files: ['backend/**/*.ts'], ignores: ['backend/**/*.test.ts'], rules: restrict(boundaries.backend) },
  { files: ['cli/**/*.ts', 'web/**/*.ts', 'electron/**/*.ts'], rules: restrict(boundaries.adapter) },
  { files: ['renderer/**/*.{ts,tsx}'], ignores: ['renderer/**/*.test.{ts,tsx}'], rules: restrict(boundaries.renderer) },
);
