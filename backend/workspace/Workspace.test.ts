import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../core/api/contract';
import { markdownOf } from '../../core/content/playbookBody';
import type { ContentSet } from '../../core/model';
import { buildSearchIndex, type SearchIndex } from '../../core/search/SearchIndex';
import type { PlaybookText } from '../content/readPlaybookBody';
import { Workspace } from './Workspace';
import { SETTINGS_FILE, WorkspaceSettings } from './WorkspaceSettings';

const builtIn = fileURLToPath(new URL('../../test/fixtures/valid', import.meta.url));
const temps: string[] = [];
const opened: Workspace[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-workspace-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  opened.splice(0).forEach((workspace) => workspace.close());
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function open(dir: string | null, dataDir?: string): Promise<Workspace> {
  const settings = await WorkspaceSettings.open(dataDir ?? (await tempDir()));
  const workspace = await Workspace.open({ builtInRoots: [builtIn], settings, dir, debounceMs: 50 });
  opened.push(workspace);
  return workspace;
}

/** Polls until `check` passes or `ms` have passed; returns the time it took. */
async function within(ms: number, check: () => void | Promise<void>): Promise<number> {
  const started = Date.now();
  for (;;) {
    try {
      await check();
      return Date.now() - started;
    } catch (error) {
      if (Date.now() - started > ms) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

const playbook = (title: string, body = '## Objections {#objections}\n\nListen to the objection first.\n') =>
  `---\nid: price-talks\ntitle: ${title}\nlang: en\n---\nIntro.\n\n${body}`;

describe('Workspace', () => {
  it('overlays the workspace on the built-in pack and remembers the folder', async () => {
    const dir = await tempDir();
    const dataDir = await tempDir();
    await mkdir(path.join(dir, 'playbooks'));
    await writeFile(path.join(dir, 'playbooks', 'discovery.md'), '---\nid: discovery-call\ntitle: Our discovery call\nlang: en\n---\n## Ours {#prep}\n\nText.\n## Ask about the decision process\n\nAsk.\n');
    const workspace = await open(dir, dataDir);
    expect(workspace.roots).toEqual([builtIn, dir]);
    expect(workspace.content.playbooks.find((p) => p.id === 'discovery-call' && p.lang === 'en')?.title).toBe('Our discovery call');
    expect(JSON.parse(await readFile(path.join(dataDir, SETTINGS_FILE), 'utf8')).workspace).toBe(dir);
    const again = await Workspace.open({ builtInRoots: [builtIn], settings: await WorkspaceSettings.open(dataDir), watch: false });
    expect(again.dir).toBe(dir);
    expect(again.roots).toEqual([builtIn, dir]);
  });

  it('picks up files written by another program within a second: content, diagnostics and search', async () => {
    const dir = await tempDir();
    const workspace = await open(dir);
    const revision = workspace.revision;
    await mkdir(path.join(dir, 'playbooks', 'en'), { recursive: true });
    const file = path.join(dir, 'playbooks', 'en', 'price-talks.md');
    await writeFile(file, playbook('Price talks'));
    const took = await within(1000, async () => {
      expect(workspace.content.playbooks.map((p) => p.id)).toContain('price-talks');
      expect((await workspace.searchIndex()).search('objection', { types: ['section'] }).map((hit) => hit.id)).toContain('price-talks');
    });
    expect(took).toBeLessThan(1000);
    expect(workspace.revision).toBeGreaterThan(revision);

    await writeFile(file, playbook('Price talks', '## Objections {#objections}\n\n::: tatic Oops\nx\n:::\n'));
    await within(1000, async () => {
      expect(workspace.content.diagnostics).toContainEqual(expect.objectContaining({ file, line: 10, severity: 'error', message: expect.stringContaining('unknown block "tatic"') }));
      expect((await workspace.searchIndex()).search('objection', { types: ['section'] }).map((hit) => hit.id)).not.toContain('price-talks');
    });

    await unlink(file);
    await within(1000, () => expect(workspace.content.diagnostics.filter((d) => d.file === file)).toEqual([]));
  });

  it('keeps hearing a file replaced by rename and then appended to by another process, ten times in a row', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'playbooks', 'en'), { recursive: true });
    const file = path.join(dir, 'playbooks', 'en', 'price-talks.md');
    await writeFile(file, playbook('Price talks'));
    const workspace = await open(dir);
    const searchFor = async (word: string) => (await workspace.searchIndex()).search(word, { types: ['section'] }).map((hit) => hit.id);
    for (let round = 1; round <= 10; round++) {
      // Saved the way the app, sed -i and most editors save: a new file renamed over the old one.
      const staged = `${file}.tmp`;
      await writeFile(staged, playbook(`Price talks ${round}`));
      await rename(staged, file);
      await within(1000, () => expect(workspace.content.playbooks.find((p) => p.id === 'price-talks')?.title).toBe(`Price talks ${round}`));
      // Then appended to in place by another process (no rename): the watch on the new file must be live.
      const word = `zebrawatch${'q'.repeat(round)}`;
      execFileSync('sh', ['-c', `printf '\\n%s\\n' "$1" >> "$2"`, 'sh', `Also ${word}.`, file]);
      const took = await within(1000, async () => expect(await searchFor(word)).toContain('price-talks'));
      expect(took).toBeLessThan(1000);
    }
  });

  it('re-reads the workspace when a whole content folder appears', async () => {
    const dir = await tempDir();
    const workspace = await open(dir);
    const staged = path.join(dir, 'staging');
    await mkdir(path.join(staged, 'en'), { recursive: true });
    await writeFile(path.join(staged, 'en', 'price-talks.md'), playbook('Moved in'));
    await rename(staged, path.join(dir, 'playbooks'));
    await within(1000, () => expect(workspace.content.playbooks.find((p) => p.id === 'price-talks')?.title).toBe('Moved in'));
  });

  it('opens without waiting for the search index, and brings the index up to date once it is there', async () => {
    const dir = await tempDir();
    let release = () => {};
    const workspace = await Workspace.open({
      builtInRoots: [builtIn],
      settings: await WorkspaceSettings.open(await tempDir()),
      dir,
      watch: false,
      openSearch: (content) => new Promise<SearchIndex>((resolve) => (release = () => resolve(buildSearchIndex(content)))),
    });
    opened.push(workspace);
    expect(workspace.content.playbooks.map((p) => p.id)).toContain('walk-away-point');

    const saved = workspace.write([{ path: 'playbooks/en/price-talks.md', text: playbook('Quokka pricing') }]);
    release();
    await saved;
    expect((await workspace.searchIndex()).search('quokka', { types: ['playbook'] })[0]?.id).toBe('price-talks');
  });

  it('keeps the library and saving working when the search index cannot be opened', async () => {
    const dir = await tempDir();
    const workspace = await Workspace.open({
      builtInRoots: [builtIn],
      settings: await WorkspaceSettings.open(await tempDir()),
      dir,
      watch: false,
      openSearch: () => Promise.reject(new Error('the index is broken')),
    });
    opened.push(workspace);
    await workspace.write([{ path: 'playbooks/en/price-talks.md', text: playbook('Saved anyway') }]);
    expect(workspace.content.playbooks.find((p) => p.id === 'price-talks')?.title).toBe('Saved anyway');
    await expect(workspace.searchIndex()).rejects.toThrow('the index is broken');
  });

  it('writes only content files inside the workspace, and loads them at once', async () => {
    const dir = await tempDir();
    const workspace = await open(dir);
    await workspace.write([{ path: 'playbooks/en/price-talks.md', text: playbook('Saved') }]);
    expect(workspace.content.playbooks.find((p) => p.id === 'price-talks')?.title).toBe('Saved');
    expect((await workspace.searchIndex()).search('saved', { types: ['playbook'] })[0]?.id).toBe('price-talks');
    for (const bad of ['../outside.md', '/etc/x.md', 'playbooks/../../x.md', 'notes.txt', 'playbooks/en/x.txt']) {
      await expect(workspace.write([{ path: bad, text: 'x' }])).rejects.toThrow(ApiError);
    }
    const outside = await tempDir();
    await symlink(outside, path.join(dir, 'lessons'));
    await expect(workspace.write([{ path: 'lessons/deeper/escape.md', text: 'x' }])).rejects.toThrow(/outside the workspace/);
    expect(await readdir(outside)).toEqual([]);
  });

  it('refuses the built-in pack as a workspace and a folder that does not exist', async () => {
    const workspace = await open(null);
    await expect(workspace.openFolder(builtIn)).rejects.toThrow(/read-only/);
    await expect(workspace.openFolder(path.join(builtIn, 'playbooks', 'en'))).rejects.toThrow(/read-only/);
    await expect(workspace.openFolder(path.join(os.tmpdir(), 'no-such-pbt-folder'))).rejects.toThrow(/does not exist/);
    expect(() => workspace.requireDir()).toThrow(/Open a workspace folder first/);
  });
});

describe('Workspace.playbookText', () => {
  async function unwatched(dir: string): Promise<Workspace> {
    const workspace = await Workspace.open({ builtInRoots: [builtIn], settings: await WorkspaceSettings.open(await tempDir()), dir, watch: false });
    opened.push(workspace);
    return workspace;
  }
  const byId = (id: string) => (content: ContentSet) => content.playbooks.find((p) => p.id === id && p.lang === 'en');
  const sectionsOf = ({ playbook, body }: PlaybookText) => playbook.sections.map((section) => [section.anchor, markdownOf(body, section)]);

  async function withPriceTalks(): Promise<{ workspace: Workspace; file: string }> {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'playbooks', 'en'), { recursive: true });
    const file = path.join(dir, 'playbooks', 'en', 'price-talks.md');
    await writeFile(file, playbook('Price talks'));
    return { workspace: await unwatched(dir), file };
  }

  it('reads the body of the loaded playbook without reloading anything', async () => {
    const { workspace } = await withPriceTalks();
    const revision = workspace.revision;
    const found = await workspace.playbookText(byId('price-talks'));
    expect(found?.playbook).toBe(byId('price-talks')(workspace.content));
    expect(found && sectionsOf(found)).toEqual([['objections', '\nListen to the objection first.\n']]);
    expect(workspace.revision).toBe(revision);
  });

  it('serves the fresh parse of a file edited on disk before the content was reloaded', async () => {
    const { workspace, file } = await withPriceTalks();
    await writeFile(file, playbook('Price talks', '## Anchoring {#anchoring}\n\nName your number first.\n\n## Objections {#objections}\n\nListen twice.\n'));
    expect(byId('price-talks')(workspace.content)?.sections.map((section) => section.anchor)).toEqual(['objections']);
    const found = await workspace.playbookText(byId('price-talks'));
    expect(found && sectionsOf(found)).toEqual([
      ['anchoring', '\nName your number first.\n'],
      ['objections', '\nListen twice.\n'],
    ]);
    expect(byId('price-talks')(workspace.content)).toBe(found?.playbook);
    expect((await workspace.searchIndex()).search('anchoring', { types: ['section'] }).map((hit) => hit.section)).toEqual(['anchoring']);
  });

  it('finds nothing once the file is deleted, and the built-in playbook once the workspace copy over it is', async () => {
    const { workspace, file } = await withPriceTalks();
    const copy = path.join(path.dirname(file), 'discovery-call.md');
    await writeFile(copy, '---\nid: discovery-call\ntitle: Our discovery call\nlang: en\n---\n## Ours {#prep}\n\nText.\n');
    await workspace.reload([copy]);
    await Promise.all([unlink(file), unlink(copy)]);
    expect(await workspace.playbookText(byId('price-talks'))).toBeUndefined();
    const builtInCall = await workspace.playbookText(byId('discovery-call'));
    expect(builtInCall?.playbook.source.file).toBe(path.join(builtIn, 'playbooks', 'en', 'discovery-call.md'));
    expect(builtInCall && markdownOf(builtInCall.body, builtInCall.playbook.sections[0]!)).toContain('Read the account history the company keeps');
  });

  it('gives up with a conflict when the file still does not hold what was parsed after a reload', async () => {
    const { workspace, file } = await withPriceTalks();
    const stale = byId('price-talks')(workspace.content);
    await writeFile(file, playbook('Price talks', '## Objections {#objections}\n\nEdited.\n'));
    await expect(workspace.playbookText(() => stale)).rejects.toMatchObject({ code: 'conflict' });
  });
});
