// The import allow-list as an ESLint rule: each file is given, by eslint.config.js, the places of this repository
// and the packages it may import; anything else is an error. Relative imports are resolved against the file,
// so `../../backend/x` is judged by where it lands, not by how it is spelled.
import { isBuiltin } from 'node:module';
import path from 'node:path';

/** Where a file lives, first match wins. The repository is the set of these places. */
export const PLACES = [
  ['core', ['core/']],
  ['backend', ['backend/']],
  ['cli', ['cli/']],
  ['web', ['web/']],
  ['electron', ['electron/']],
  ['renderer', ['renderer/']],
  ['e2e', ['test/e2e/']],
  ['test', ['test/']],
  ['bench', ['bench/']],
  ['tooling', ['scripts/', 'bin/', 'lint/', 'eslint.config.js', 'vite.config.ts', 'vitest.']],
  ['content', ['content/', 'playbooks/', 'docs/']],
];

export function placeOf(relativePath) {
  const file = relativePath.split(path.sep).join('/');
  return PLACES.find(([, prefixes]) => prefixes.some((prefix) => file.startsWith(prefix)))?.[0] ?? 'root';
}

/** `node:fs`, `fs` → `node`; `@codemirror/view` → `@codemirror/view`; `react-dom/client` → `react-dom`. */
function packageOf(specifier) {
  if (specifier.startsWith('node:') || isBuiltin(specifier)) return 'node';
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** `markdown-it*` and `@codemirror/*` name families of packages; anything else one package. */
function packageAllowed(name, allowed) {
  return allowed.some((pattern) => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern));
}

export const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Allows only the imports the file’s layer may use (see docs/architecture.md).' },
    schema: [
      {
        type: 'object',
        properties: {
          layer: { type: 'string' },
          places: { type: 'array', items: { type: 'string' } },
          packages: { type: 'array', items: { type: 'string' } },
        },
        required: ['layer', 'places', 'packages'],
        additionalProperties: false,
      },
    ],
    messages: {
      place: '{{layer}} may import from {{allowed}}; "{{specifier}}" is in {{place}}.',
      package: '{{layer}} may use the packages {{allowed}}; not "{{name}}".',
    },
  },
  create(context) {
    const { layer, places, packages } = context.options[0];
    const root = context.cwd;
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const specifier = node.value.replace(/\?.*$/, '');
      if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
        const target = path.relative(root, path.resolve(path.dirname(context.filename), specifier));
        const place = placeOf(target);
        if (!places.includes(place)) {
          context.report({ node, messageId: 'place', data: { layer, specifier: node.value, place, allowed: places.join(', ') || 'nowhere' } });
        }
        return;
      }
      const name = packageOf(specifier);
      if (!packageAllowed(name, packages)) {
        context.report({ node, messageId: 'package', data: { layer, name, allowed: packages.join(', ') || 'none' } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportEqualsDeclaration: (node) => check(node.moduleReference?.expression),
      TSImportType: (node) => check(node.argument?.literal ?? node.argument),
    };
  },
};

export default { rules: { 'allowed-imports': allowedImports } };
