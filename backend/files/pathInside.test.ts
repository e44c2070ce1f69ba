import { mkdtemp, mkdir, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existingFileInside, pathInside } from './pathInside';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'pbt-inside-'));
  root = path.join(base, 'root');
  await mkdir(path.join(root, 'img'), { recursive: true });
  await writeFile(path.join(root, 'img', 'a.png'), 'png');
  await writeFile(path.join(base, 'secret.txt'), 'secret');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'img', 'link.png'));
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe('pathInside', () => {
  it('resolves a path below the root', () => {
    expect(pathInside(root, 'img/a.png')).toBe(path.join(root, 'img', 'a.png'));
  });

  it.each([['../secret.txt'], ['img/../../secret.txt'], ['/etc/passwd'], ['C:/Windows'], ['a\0b'], [''], ['.']])(
    'refuses %j',
    (relative) => {
      expect(pathInside(root, relative)).toBeNull();
    },
  );
});

describe('existingFileInside', () => {
  it('finds an existing file', async () => {
    expect(await existingFileInside(root, 'img/a.png')).toBe(path.join(await realpath(root), 'img', 'a.png'));
  });

  it('refuses a symlink that points outside the root, a folder and a missing file', async () => {
    expect(await existingFileInside(root, 'img/link.png')).toBeNull();
    expect(await existingFileInside(root, 'img')).toBeNull();
    expect(await existingFileInside(root, 'img/none.png')).toBeNull();
  });
});
