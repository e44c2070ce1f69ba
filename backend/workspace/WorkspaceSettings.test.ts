import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SETTINGS_FILE, WorkspaceSettings } from './WorkspaceSettings';

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function dataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-settings-'));
  temps.push(dir);
  return dir;
}

describe('WorkspaceSettings', () => {
  it('persists the workspace and keeps one baseline of fingerprints per workspace', async () => {
    const dir = await dataDir();
    const settings = await WorkspaceSettings.open(dir);
    expect(settings.workspace).toBeNull();
    expect(settings.sectionHashes('/ws')).toBeUndefined();
    await settings.save({ workspace: '/ws', baselineOf: '/ws', sectionHashes: { 'en:a#b': '1' } });
    const reopened = await WorkspaceSettings.open(dir);
    expect(reopened.workspace).toBe('/ws');
    expect(reopened.sectionHashes('/ws')).toEqual({ 'en:a#b': '1' });
    expect(reopened.sectionHashes('/other')).toBeUndefined();
    expect(JSON.parse(await readFile(path.join(dir, SETTINGS_FILE), 'utf8'))).toEqual({ workspace: '/ws', baselineOf: '/ws', sectionHashes: { 'en:a#b': '1' } });
  });

  it('starts afresh, with a notice, from a file it cannot read', async () => {
    const dir = await dataDir();
    await writeFile(path.join(dir, SETTINGS_FILE), '{"workspace": 42');
    const settings = await WorkspaceSettings.open(dir);
    expect(settings.workspace).toBeNull();
    expect(settings.notice).toMatch(/could not be read/);
  });
});
