import { lstat, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from './writeFileAtomically';

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-write-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('writeFileAtomically', () => {
  it('writes the file, creating its folder, and leaves no temporary file behind', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'a', 'b', 'notes.md');
    await writeFileAtomically(file, 'first');
    await writeFileAtomically(file, new TextEncoder().encode('second'));
    expect(await readFile(file, 'utf8')).toBe('second');
    expect(await readdir(path.dirname(file))).toEqual(['notes.md']);
  });

  it('never follows a link planted where a temporary file might be, and replaces a link at the target instead of writing through it', async () => {
    const dir = await tempDir();
    const outside = await tempDir();
    const victim = path.join(outside, 'victim.txt');
    await writeFile(victim, 'keep me');
    // Every name a writer with a predictable temporary name would use.
    for (const name of ['.notes.md.tmp', `notes.md.${process.pid}.partial`, 'notes.md.tmp']) await symlink(victim, path.join(dir, name));
    await symlink(victim, path.join(dir, 'notes.md'));
    await writeFileAtomically(path.join(dir, 'notes.md'), 'new text');
    expect(await readFile(victim, 'utf8')).toBe('keep me');
    expect((await lstat(path.join(dir, 'notes.md'))).isSymbolicLink()).toBe(false);
    expect(await readFile(path.join(dir, 'notes.md'), 'utf8')).toBe('new text');
  });

  it('lets concurrent writes of one file all succeed, one of them whole', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'same.json');
    const texts = Array.from({ length: 16 }, (_, i) => `${String(i).repeat(10_000)}`);
    await Promise.all(texts.map((text) => writeFileAtomically(file, text)));
    expect(texts).toContain(await readFile(file, 'utf8'));
    expect(await readdir(dir)).toEqual(['same.json']);
  });

  it('with replace: false, writes only where nothing is, not even a link', async () => {
    const dir = await tempDir();
    const outside = await tempDir();
    await writeFileAtomically(path.join(dir, 'new.png'), 'image', { replace: false });
    expect(await readFile(path.join(dir, 'new.png'), 'utf8')).toBe('image');
    await expect(writeFileAtomically(path.join(dir, 'new.png'), 'other', { replace: false })).rejects.toMatchObject({ code: 'EEXIST' });
    await symlink(path.join(outside, 'target.png'), path.join(dir, 'link.png'));
    await expect(writeFileAtomically(path.join(dir, 'link.png'), 'other', { replace: false })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readdir(outside)).toEqual([]);
    expect((await readdir(dir)).sort()).toEqual(['link.png', 'new.png']);
  });

  it('fails without leaving a temporary file when the target is a folder', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'progress.json');
    await writeFileAtomically(path.join(target, 'inside'), 'x');
    await expect(writeFileAtomically(target, 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['progress.json']);
  });
});
