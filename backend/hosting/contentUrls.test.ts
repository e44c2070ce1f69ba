import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFileFor, contentImageUrls } from './contentUrls';

let base: string;
let builtIn: string;
let workspace: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'pbt-urls-'));
  builtIn = path.join(base, 'built-in');
  workspace = path.join(base, 'workspace');
  await mkdir(path.join(workspace, 'playbooks', 'images'), { recursive: true });
  await mkdir(builtIn, { recursive: true });
  await writeFile(path.join(workspace, 'playbooks', 'images', '漏斗 图.svg'), '<svg/>');
  await writeFile(path.join(workspace, 'playbooks', 'notes.yaml'), 'x: 1');
  await writeFile(path.join(base, 'outside.png'), 'png');
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe('contentImageUrls', () => {
  it('turns a root-relative image path into a /content URL naming the root index, with segments encoded', () => {
    const urlOf = contentImageUrls([builtIn, workspace], workspace);
    expect(urlOf('playbooks/images/漏斗 图.svg')).toBe(`/content/1/playbooks/images/${encodeURIComponent('漏斗 图.svg')}`);
    expect(urlOf('./playbooks/a.png')).toBe('/content/1/playbooks/a.png');
  });

  it.each([['../outside.png'], ['playbooks/../../outside.png'], ['playbooks/notes.yaml'], [''], ['playbooks/']])('refuses %j', (rootPath) => {
    expect(contentImageUrls([builtIn, workspace], workspace)(rootPath)).toBeNull();
  });

  it('refuses everything for a document outside the known roots', () => {
    expect(contentImageUrls([builtIn], workspace)('playbooks/a.png')).toBeNull();
  });
});

describe('contentFileFor', () => {
  it('finds the image a resolved URL names', async () => {
    const url = contentImageUrls([builtIn, workspace], workspace)('playbooks/images/漏斗 图.svg');
    const file = await contentFileFor([builtIn, workspace], url!);
    expect(file && path.basename(file)).toBe('漏斗 图.svg');
  });

  it.each([
    ['/content/1/playbooks/notes.yaml'],
    ['/content/1/../outside.png'],
    ['/content/1/playbooks/..%2F..%2Foutside.png'],
    ['/content/7/playbooks/images/x.svg'],
    ['/content/x/playbooks/images/x.svg'],
    ['/content/1'],
    ['/other/1/a.png'],
  ])('refuses %j', async (url) => {
    expect(await contentFileFor([builtIn, workspace], url)).toBeNull();
  });
});
