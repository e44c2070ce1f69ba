// The reader and prep sheets read a playbook's Markdown from its file. Files of the built-in pack are not watched,
// so an edit there is not loaded until a screen finds the file changed.
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Profile } from '../../../core/api/contract';
import { openBackend, type Backend } from '../../openBackend';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/valid', import.meta.url));

let folders: string[];
let backend: Backend;
let file: string;
let profile: Profile;

beforeEach(async () => {
  folders = await Promise.all(['pbt-pack-', 'pbt-data-'].map((prefix) => mkdtemp(path.join(os.tmpdir(), prefix))));
  const [pack, dataDir] = folders as [string, string];
  await cp(FIXTURES, pack, { recursive: true });
  file = path.join(pack, 'playbooks', 'en', 'discovery-call.md');
  backend = await openBackend({ contentRoots: [pack], dataDir, workspace: null });
  profile = await backend.api.createProfile({ name: 'Li Wei', role: 'sales-rep', uiLang: 'en' });
});
afterEach(async () => {
  await backend.close();
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

async function edit(from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

describe('getPlaybook', () => {
  it('renders the body read from the file, with its table of contents', async () => {
    const view = await backend.api.getPlaybook({ id: 'discovery-call', lang: 'en' });
    expect(view.html).toContain('Read the account history the company keeps');
    expect(view.toc.map((entry) => entry.anchor)).toEqual(['prep', 'ask-about-the-decision-process']);
  });

  it('shows a file edited on disk as it is now, body and sections from the same parse', async () => {
    await backend.api.getPlaybook({ id: 'discovery-call', lang: 'en' });
    await edit('## Before the call {#prep}', '## Homework {#homework}\n\nCheck the open tickets first.\n\n## Before the call {#prep}');
    const view = await backend.api.getPlaybook({ id: 'discovery-call', lang: 'en' });
    expect(view.toc.map((entry) => entry.anchor)).toEqual(['homework', 'prep', 'ask-about-the-decision-process']);
    expect(view.html).toContain('<h2 id="homework"');
    expect(view.html).toContain('Check the open tickets first.');
  });

  it('falls back to the other language once the file is deleted, and is not found without one', async () => {
    await unlink(file);
    expect(await backend.api.getPlaybook({ id: 'discovery-call', lang: 'en' })).toMatchObject({ lang: 'zh-CN', fallback: true });
    await unlink(path.join(path.dirname(file), 'walk-away-point.md'));
    await expect(backend.api.getPlaybook({ id: 'walk-away-point', lang: 'en' })).rejects.toMatchObject({ code: 'not-found', message: 'No playbook "walk-away-point" in the loaded content.' });
  });
});

describe('prep sheets', () => {
  const checklist = { kind: 'tactic' as const, playbookId: 'discovery-call', anchor: 'prep--prepare', lang: 'en' as const };
  const section = { kind: 'section' as const, playbookId: 'discovery-call', anchor: 'prep', lang: 'en' as const };

  it('show and export a pinned item as its file holds it now', async () => {
    const sheet = await backend.api.pin({ profileId: profile.id, item: checklist });
    await backend.api.pin({ profileId: profile.id, sheetId: sheet.id, item: section });
    await edit('- [ ] Read the last three meeting notes', '- [ ] Read every meeting note of this year');
    const view = await backend.api.getPrepSheet({ profileId: profile.id, sheetId: sheet.id });
    expect(view.itemViews.map((item) => item.checklist.map((entry) => entry.text))).toEqual([
      ['Read every meeting note of this year', 'Know who signed the previous contract'],
      ['Read every meeting note of this year', 'Know who signed the previous contract'],
    ]);
    expect(view.itemViews[1]!.html).toContain('Read the account history the company keeps');
    const exported = await backend.api.exportPrepSheet({ profileId: profile.id, sheetId: sheet.id, format: 'markdown' });
    expect(exported.content).toContain('- [ ] Read every meeting note of this year');
  });

  it('mark a pinned item missing once its playbook file is deleted', async () => {
    const sheet = await backend.api.pin({ profileId: profile.id, item: checklist });
    await unlink(file);
    expect((await backend.api.getPrepSheet({ profileId: profile.id, sheetId: sheet.id })).itemViews[0]).toMatchObject({ missing: true, html: '' });
  });
});
