// The import allow-list in eslint.config.js, run through ESLint's own API: what each layer may not import fails
// lint, what it may passes, and every file of the repository falls under a layer's rule.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: REPO_ROOT, overrideConfigFile: path.join(REPO_ROOT, 'eslint.config.js') });

/** The allow-list's complaints about `code` as if it were the file `file` (a path from the repository root). */
async function importErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(REPO_ROOT, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'imports/allowed-imports').map((message) => message.message);
}

describe('imports that fail lint', () => {
  it.each([
    ['electron/main.ts', "import { startWebServer } from '../web/server';", 'electron/ may import from core, backend, electron; "../web/server" is in web.'],
    ['cli/commands/serve.ts', "import { startWebServer } from '../../web/server';", 'cli/ may import from core, backend, cli; "../../web/server" is in web.'],
    ['web/server.ts', "import { answerApiCall } from '../electron/ipcHandlers';", 'web/ may import from core, backend, web; "../electron/ipcHandlers" is in electron.'],
    ['core/content/shippedPack.test.ts', "import { loadContent } from '../../backend/content/loadContent';", 'a core test may import from core, test; "../../backend/content/loadContent" is in backend.'],
    ['core/search/SearchIndex.ts', "import type { Workspace } from '../../backend/workspace/Workspace';", 'core/ may import from core; "../../backend/workspace/Workspace" is in backend.'],
    ['core/team/itemAnalysis.ts', "export { LrsClient } from '../../backend/records/LrsClient';", 'core/ may import from core; "../../backend/records/LrsClient" is in backend.'],
    ['backend/ApiService.ts', "import { renderApp } from '../renderer/App';", 'backend/ may import from core, backend; "../renderer/App" is in renderer.'],
    ['renderer/App.tsx', "const api = await import('../backend/openBackend');", 'renderer/ may import from core, renderer; "../backend/openBackend" is in backend.'],
  ])('%s: %s', async (file, code, message) => {
    expect(await importErrors(file, code)).toEqual([message]);
  });

  it.each([
    ['core/content/parseQuiz.ts', "import { readFileSync } from 'node:fs';", 'node'],
    ['core/content/parseQuiz.ts', "import { join } from 'path';", 'node'],
    ['core/quiz/presentQuiz.ts', "import { useState } from 'react';", 'react'],
    ['backend/store/ProgressStore.ts', "import { app } from 'electron';", 'electron'],
    ['renderer/screens/HomeScreen.tsx', "import { readFile } from 'node:fs/promises';", 'node'],
    ['renderer/screens/HomeScreen.tsx', "import { Low } from 'lowdb';", 'lowdb'],
  ])('%s: %s', async (file, code, name) => {
    const errors = await importErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`not "${name}"`);
  });
});

describe('imports that pass', () => {
  it.each([
    ['core/search/SearchIndex.ts', "import Fuse from 'fuse.js';\nimport type { Lang } from '../model';\nimport { toPlainText } from '../markdown/createMarkdown';"],
    ['core/content/parseQuiz.test.ts', "import { readFileSync } from 'node:fs';\nimport { describe } from 'vitest';\nimport { valid } from '../../test/fixtures/valid';"],
    ['backend/records/LrsClient.ts', "import XAPI from '@xapi/xapi';\nimport { VERBS } from '../../core/records/xapiVocabulary';\nimport { writeFileAtomically } from '../files/writeFileAtomically';"],
    ['backend/git/repository.ts', "import git from 'isomorphic-git';\nimport http from 'isomorphic-git/http/node';\nimport fs from 'node:fs';"],
    ['electron/main.ts', "import { app } from 'electron';\nimport { openBackend } from '../backend/openBackend';\nimport { apiArgs } from '../core/api/contract';"],
    ['renderer/team/TeamView.tsx', "import { useState } from 'react';\nimport type { Api } from '../../core/api/contract';\nimport { t } from '../i18n/i18n';"],
    ['renderer/screens/HomeScreen.test.tsx', "import { render } from '@testing-library/react';\nimport yaml from '../../content/paths/en/path-sales-rep.yaml?raw';"],
    ['test/lrs/LrsStandIn.ts', "import { createServer } from 'node:http';\nimport validate from '@learninglocker/xapi-validation';"],
    ['test/e2e/team.test.ts', "import { chromium } from 'playwright-core';\nimport { startWebHost } from './webHost';"],
  ])('%s', async (file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});

describe('the allow-list', () => {
  it('gives every file of the repository the rule of a layer', async () => {
    const files = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.js'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(files.length).toBeGreaterThan(300);
    const unclaimed: string[] = [];
    for (const file of files) {
      const config = await eslint.calculateConfigForFile(path.join(REPO_ROOT, file));
      const [, options] = config.rules['imports/allowed-imports'] as [number, { layer: string }];
      if (options.layer === 'a file outside every layer') unclaimed.push(file);
    }
    expect(unclaimed).toEqual([]);
  });

  it('refuses every import of a file no layer claims', async () => {
    expect(await importErrors('tools/generate.ts', "import fs from 'node:fs';\nimport { x } from '../core/model';")).toEqual([
      'a file outside every layer may use the packages none; not "node".',
      'a file outside every layer may import from nowhere; "../core/model" is in core.',
    ]);
  });
});
