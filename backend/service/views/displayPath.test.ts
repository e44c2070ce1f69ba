// Diagnostics and the reader's source line name files as authors know them, relative to their content root.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../openBackend';
import { displayPath } from './displayPath';
import { BUILT_IN } from '../trainer/trainerBackend.fixture';

const BROKEN = fileURLToPath(new URL('../../../test/fixtures/broken', import.meta.url));

describe('displayPath', () => {
  const roots = [path.resolve('/srv/pack'), path.resolve('/srv/pack/workspace')];

  it('names a file by its place inside the innermost content root holding it', () => {
    expect(displayPath(path.resolve('/srv/pack/playbooks/en/x.md'), roots)).toBe('playbooks/en/x.md');
    expect(displayPath(path.resolve('/srv/pack/workspace/content/quizzes/q.yaml'), roots)).toBe('content/quizzes/q.yaml');
  });

  it('gives the bare name of a file outside every root, and keeps a path that is already relative', () => {
    expect(displayPath(path.resolve('/home/li/.config/progress.json'), roots)).toBe('progress.json');
    expect(displayPath('playbooks/en/x.md', roots)).toBe('playbooks/en/x.md');
  });
});

describe('the API views', () => {
  it('add a display path to every diagnostic and to the playbook source, keeping the absolute file', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'pbt-display-'));
    const backend = await openBackend({ contentRoots: [BUILT_IN, BROKEN], dataDir, workspace: null });
    try {
      const diagnostics = await backend.api.getDiagnostics({});
      expect(diagnostics.length).toBeGreaterThan(0);
      for (const diagnostic of diagnostics) {
        expect(path.isAbsolute(diagnostic.file)).toBe(true);
        expect(diagnostic.path).toMatch(/^(playbooks|content)\//);
        expect(path.join(BROKEN, ...diagnostic.path.split('/'))).toBe(diagnostic.file);
      }
      expect((await backend.api.getCatalog({ lang: 'en' })).diagnostics).toEqual(diagnostics);

      const playbook = await backend.api.getPlaybook({ id: 'discovery-call', lang: 'en' });
      expect(playbook.source).toEqual({ root: BUILT_IN, file: path.join(BUILT_IN, 'playbooks', 'en', 'discovery-call.md'), path: 'playbooks/en/discovery-call.md' });
    } finally {
      await backend.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
