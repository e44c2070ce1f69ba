// A target folder with links in its content folders: a pack never writes through them, not even to check itself.
import { mkdir, readdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportPack } from './exportPack';
import { importPack } from './importPack';
import { snapshot, temporaryFolder, VALID_ROOT } from './packTestKit';

let tmp: Awaited<ReturnType<typeof temporaryFolder>>;
let target: string;
let outside: string;
beforeEach(async () => {
  tmp = await temporaryFolder();
  target = path.join(tmp.dir, 'workspace');
  outside = path.join(tmp.dir, 'elsewhere');
  await Promise.all([mkdir(target), mkdir(outside)]);
  await exportPack({ roots: [VALID_ROOT], out: path.join(tmp.dir, 'pack.zip') });
});
afterEach(() => tmp.remove());

describe('importPack into a folder with links', () => {
  for (const dryRun of [false, true]) {
    it(`refuses a linked content folder and writes nothing anywhere${dryRun ? ' (dry run)' : ''}`, async () => {
      await symlink(outside, path.join(target, 'playbooks'));
      const result = await importPack(path.join(tmp.dir, 'pack.zip'), target, { dryRun });
      expect(result.imported).toBe(false);
      expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([
        'playbooks is a symbolic link; a pack is only imported into real folders, so that nothing is written outside the target',
      ]);
      expect(await readdir(outside)).toEqual([]);
    });
  }

  it('refuses a link deeper inside a content folder, and a linked file', async () => {
    await mkdir(path.join(target, 'content', 'quizzes'), { recursive: true });
    await symlink(outside, path.join(target, 'content', 'quizzes', 'shared'));
    await symlink(path.join(outside, 'x.md'), path.join(target, 'content', 'notes.md'));
    const result = await importPack(path.join(tmp.dir, 'pack.zip'), target);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'content/notes.md is a symbolic link; a pack is only imported into real folders, so that nothing is written outside the target',
      'content/quizzes/shared is a symbolic link; a pack is only imported into real folders, so that nothing is written outside the target',
    ]);
    expect(await snapshot(outside)).toEqual({});
    expect(await readdir(path.join(target, 'content', 'quizzes'))).toEqual(['shared']);
  });
});
