// An exported prep sheet is a standalone file: its images must travel inside it.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../openBackend';
import { inlineContentImages, MAX_INLINE_IMAGE_BYTES } from './inlineImages';
import { BUILT_IN } from '../trainer/trainerBackend.fixture';

let folders: string[] = [];
const tempDir = async (prefix: string) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  folders.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  folders = [];
});

describe('inlineContentImages', () => {
  it('carries a content image as a data URI, loaded eagerly for print', async () => {
    const html = '<p><img src="/content/0/playbooks/en/img/floor.svg" alt="How the floor is set" loading="lazy"></p>';
    const svg = await readFile(path.join(BUILT_IN, 'playbooks', 'en', 'img', 'floor.svg'));
    expect(await inlineContentImages(html, [BUILT_IN])).toBe(
      `<p><img src="data:image/svg+xml;base64,${svg.toString('base64')}" alt="How the floor is set"></p>`,
    );
  });

  it('falls back to the alt text for an image too large to carry or not found', async () => {
    const root = await tempDir('pbt-inline-');
    await writeFile(path.join(root, 'big.png'), Buffer.alloc(MAX_INLINE_IMAGE_BYTES + 1));
    const html = [
      '<img src="/content/0/big.png" alt="Pipeline &quot;funnel&quot;" title="Funnel" loading="lazy">',
      '<img src="/content/0/gone.png" alt="Gone" loading="lazy">',
      '<img src="/content/7/x.png" alt="Elsewhere" loading="lazy">',
    ].join('');
    expect(await inlineContentImages(html, [root])).toBe(
      '<span class="image-refused">Pipeline &quot;funnel&quot;</span><span class="image-refused">Gone</span><span class="image-refused">Elsewhere</span>',
    );
  });
});

describe('exporting a prep sheet', () => {
  let backend: Backend;
  beforeEach(async () => {
    backend = await openBackend({ contentRoots: [BUILT_IN], dataDir: await tempDir('pbt-export-'), workspace: null });
  });
  afterEach(() => backend.close());

  it('writes an HTML file whose images need no server', async () => {
    const { api } = backend;
    const profile = await api.createProfile({ name: 'Li Wei', role: 'sales-rep', uiLang: 'en' });
    const sheet = await api.pin({ profileId: profile.id, item: { kind: 'section', playbookId: 'walk-away-point', anchor: 'know-your-floor', lang: 'en' } });
    const exported = await api.exportPrepSheet({ profileId: profile.id, sheetId: sheet.id, format: 'html' });
    expect(exported.content).toMatch(/<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" alt="How the floor is set">/);
    expect(exported.content).not.toContain('/content/');
    // The page itself still shows the image from the host.
    expect((await api.getPrepSheet({ profileId: profile.id, sheetId: sheet.id })).itemViews[0]!.html).toContain('src="/content/0/playbooks/en/img/floor.svg"');
  });
});
