// A remembered workspace that cannot be opened must never keep the app from starting: it is forgotten, the
// built-in content opens, and the reason is shown (Workspace.notice). A folder the trainer picks now still fails.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ParseCache } from '../content/ParseCache';
import { openBackend } from '../openBackend';
import { Workspace } from './Workspace';
import { WorkspaceSettings } from './WorkspaceSettings';

const builtIn = fileURLToPath(new URL('../../test/fixtures/valid', import.meta.url));
const names = 'abcdefghi';
const ALIAS_BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]', ...[...names.slice(1)].map((name, i) => `${name}: &${name} [${Array(9).fill(`*${names[i]}`).join(', ')}]`)].join('\n');

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-remembered-'));
  temps.push(dir);
  return dir;
}
afterEach(() => Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

/** A data folder that remembers `workspace`. */
async function remembering(workspace: string): Promise<string> {
  const dataDir = await tempDir();
  await (await WorkspaceSettings.open(dataDir)).save({ workspace });
  return dataDir;
}

/** Reading the workspace's files fails the way a broken disk or an unforeseen bug would. */
class FailingCache extends ParseCache {
  constructor(dataDir: string, private readonly failingRoot: string) {
    super(dataDir);
  }
  override async load(root: string): Promise<void> {
    if (root === this.failingRoot) throw new Error('EIO: i/o error, read');
    await super.load(root);
  }
}

describe('a remembered workspace', () => {
  it('with an alias bomb in it opens, the bomb an error of its file', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'content', 'quizzes'), { recursive: true });
    await writeFile(path.join(dir, 'content', 'quizzes', 'bomb.yaml'), ALIAS_BOMB);
    const backend = await openBackend({ dataDir: await remembering(dir), contentRoots: [builtIn] });
    try {
      expect((await backend.api.getWorkspace({})).dir).toBe(dir);
      const problems = await backend.api.getDiagnostics({});
      expect(problems.map((problem) => problem.message)).toContainEqual(expect.stringMatching(/^YAML: too many aliases/));
    } finally {
      await backend.close();
    }
  });

  it('that fails to open falls back to the built-in content, is forgotten and says why', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'playbooks'));
    const dataDir = await remembering(dir);
    const settings = await WorkspaceSettings.open(dataDir);
    const workspace = await Workspace.open({ builtInRoots: [builtIn], settings, watch: false, read: { cache: new FailingCache(dataDir, dir) } });
    try {
      expect(workspace.dir).toBeNull();
      expect(workspace.roots).toEqual([builtIn]);
      expect(workspace.content.playbooks.length).toBeGreaterThan(0);
      expect(workspace.notice).toBe(`The workspace ${dir} could not be reopened: EIO: i/o error, read`);
      expect((await WorkspaceSettings.open(dataDir)).workspace).toBeNull();
    } finally {
      workspace.close();
    }
  });

  it('is different from a folder opened now, which opens despite a bad file but still fails when it cannot be read', async () => {
    const withBomb = await tempDir();
    await mkdir(path.join(withBomb, 'content', 'quizzes'), { recursive: true });
    await writeFile(path.join(withBomb, 'content', 'quizzes', 'bomb.yaml'), ALIAS_BOMB);
    const opened = await Workspace.open({ builtInRoots: [builtIn], settings: await WorkspaceSettings.open(await tempDir()), dir: withBomb, watch: false });
    expect(opened.dir).toBe(withBomb);
    expect(opened.content.diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(/^YAML: too many aliases/));
    opened.close();


    const dir = await tempDir();
    await mkdir(path.join(dir, 'playbooks'));
    const dataDir = await tempDir();
    const settings = await WorkspaceSettings.open(dataDir);
    await expect(Workspace.open({ builtInRoots: [builtIn], settings, dir, watch: false, read: { cache: new FailingCache(dataDir, dir) } })).rejects.toThrow(/EIO/);
  });
});
