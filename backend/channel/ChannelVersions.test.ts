import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelCheck } from '../../core/channel/channelTypes';
import { ChannelVersions, type StoredWhatsNew } from './ChannelVersions';
import { publish, temporaryFolder, VERSION_1, VERSION_2 } from './channelTestKit';
import { hashVersion } from './versionFiles';

let tmp: Awaited<ReturnType<typeof temporaryFolder>>;
beforeEach(async () => {
  tmp = await temporaryFolder();
});
afterEach(() => tmp.remove());

const CHECK: ChannelCheck = { at: '2026-01-01T00:00:00.000Z', outcome: 'updated', diagnostics: [] };
const NEWS: StoredWhatsNew = { news: { playbooks: [], items: [], recheck: [] }, recheckByProfile: {} };

/** Prepares a version of `files` in a staging folder and switches to it. */
async function switchTo(versions: ChannelVersions, files: Record<string, string>) {
  const staged = await versions.stagingFolder();
  await publish(staged, files);
  return versions.switchTo(staged, { hash: await hashVersion(staged), receivedAt: CHECK.at }, CHECK, NEWS);
}

const folders = async (versions: ChannelVersions) => (await readdir(path.join(versions.dir, 'versions')).catch(() => [])).sort();

describe('ChannelVersions', () => {
  it('switches to a prepared version, keeps the one before, and rolls back to it', async () => {
    const versions = await ChannelVersions.open(tmp.dir);
    expect(versions.currentRoot).toBeUndefined();
    const first = await switchTo(versions, VERSION_1);
    const second = await switchTo(versions, VERSION_2);
    expect(versions.state).toMatchObject({ current: second, previous: first });
    expect(await folders(versions)).toEqual([first.id, second.id].sort());
    expect(await hashVersion(versions.currentRoot!)).toBe(second.hash);

    await versions.rollBack(null);
    expect(versions.state).toMatchObject({ current: first, previous: second, heldBack: second.hash });
    expect(await hashVersion(versions.currentRoot!)).toBe(first.hash);
    // What a restart reads is what was recorded.
    expect((await ChannelVersions.open(tmp.dir)).state).toEqual(versions.state);
  });

  it('keeps two versions only: the one before the previous goes at the next switch, and whoever caches it is told', async () => {
    const removed: string[] = [];
    const versions = await ChannelVersions.open(tmp.dir, { onRemoved: (gone) => removed.push(...gone) });
    const first = await switchTo(versions, VERSION_1);
    const firstFolder = versions.currentRoot;
    await switchTo(versions, VERSION_2);
    expect(removed).toEqual([]);
    await switchTo(versions, { ...VERSION_1, 'playbooks/en/extra.md': '---\nid: extra\ntitle: Extra\nlang: en\n---\nText.\n' });
    expect(await folders(versions)).not.toContain(first.id);
    expect(await folders(versions)).toHaveLength(2);
    expect(removed).toEqual([firstFolder]);
  });

  it('a crash after the new folder is in place but before the state names it leaves the old version current', async () => {
    const before = await ChannelVersions.open(tmp.dir);
    const first = await switchTo(before, VERSION_1);
    const crashing = await ChannelVersions.open(tmp.dir, {
      step: (name) => {
        if (name === 'renamed') throw new Error('power cut');
      },
    });
    await expect(switchTo(crashing, VERSION_2)).rejects.toThrow('power cut');
    expect(await folders(crashing)).toHaveLength(2);

    const restarted = await ChannelVersions.open(tmp.dir);
    expect(restarted.state.current).toEqual(first);
    expect(await hashVersion(restarted.currentRoot!)).toBe(first.hash);
    // The orphaned folder of the unfinished switch is gone, and so is any staging folder.
    expect(await folders(restarted)).toEqual([first.id]);
    expect((await readdir(restarted.dir)).filter((name) => name.startsWith('staging-'))).toEqual([]);
  });

  it('a crash after the state is written but before clean-up leaves the new version current and tidies up at the next start', async () => {
    const versions = await ChannelVersions.open(tmp.dir);
    const first = await switchTo(versions, VERSION_1);
    await switchTo(versions, VERSION_2);
    const crashing = await ChannelVersions.open(tmp.dir, {
      step: (name) => {
        if (name === 'state-written') throw new Error('power cut');
      },
    });
    const third = await switchTo(crashing, { ...VERSION_1, 'playbooks/en/extra.md': '---\nid: extra\ntitle: Extra\nlang: en\n---\nText.\n' }).catch(() => undefined);
    expect(third).toBeUndefined();
    expect(await folders(crashing)).toContain(first.id);

    const restarted = await ChannelVersions.open(tmp.dir);
    expect(restarted.state.previous?.hash).toBe(await hashVersion(path.join(tmp.dir, 'channel', 'versions', restarted.state.previous!.id)));
    expect(await folders(restarted)).toEqual([restarted.state.current!.id, restarted.state.previous!.id].sort());
    expect(await folders(restarted)).not.toContain(first.id);
  });

  it('forgets a version whose folder has gone, rather than serving nothing from it', async () => {
    const versions = await ChannelVersions.open(tmp.dir);
    await switchTo(versions, VERSION_1);
    await rm(versions.currentRoot!, { recursive: true });
    expect((await ChannelVersions.open(tmp.dir)).state.current).toBeNull();
  });
});
