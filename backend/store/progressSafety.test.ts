// What is promised about a learner's progress beyond atomic writes: a BOM is read, a failed write changes
// nothing and says so, an unusable data folder gives a read-only app with one clear message, daily backups
// restore a damaged or too-new file, and a learner's progress moves between machines only when it is valid.
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProgressStoreError } from './ProgressStoreError';
import { openBackend } from '../openBackend';
import { BUILT_IN } from '../service/trainer/trainerBackend.fixture';
import { BACKUP_FOLDER, PROGRESS_FILE, ProgressStore } from './ProgressStore';
import { SCHEMA_VERSION } from './progressSchema';

let dir: string;
const file = () => path.join(dir, PROGRESS_FILE);
const day = (n: number) => () => new Date(Date.UTC(2025, 2, n, 9));
const newProfile = { name: 'Li Wei', role: 'sales-rep', uiLang: 'zh-CN' } as const;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-progress-safety-'));
});
afterEach(async () => {
  await chmod(dir, 0o700).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

/** A store with one learner who has read one playbook, saved on `dayNumber`. */
async function learnerOn(dayNumber: number): Promise<{ store: ProgressStore; profileId: string }> {
  const store = await ProgressStore.open(dir, { now: day(dayNumber) });
  const { id } = await store.createProfile(newProfile);
  await store.setRead(id, 'discovery-call', 'en', true);
  return { store, profileId: id };
}

describe('reading the progress file', () => {
  it('reads a file that starts with a UTF-8 byte order mark', async () => {
    const { profileId } = await learnerOn(1);
    await writeFile(file(), `\uFEFF${await readFile(file(), 'utf8')}`);
    const store = await ProgressStore.open(dir, { now: day(1) });
    expect(store.notice).toBeNull();
    expect(store.isRead(profileId, 'discovery-call')).toBe(true);
  });
});

describe('a write that fails', () => {
  it('leaves what the app shows as it was, says so, and saves again once the problem is gone', async () => {
    const { store, profileId } = await learnerOn(1);
    // A folder with something in it where the file is: renaming over it fails, even for an administrator.
    await rm(file());
    await mkdir(path.join(file(), 'blocker'), { recursive: true });
    const failed = await store.createProfile({ ...newProfile, name: 'Second' }).catch((error: unknown) => error);
    expect(failed).toMatchObject({ reason: 'not-saved', message: expect.stringMatching(/^Your progress could not be saved .*nothing was changed/) });
    await expect(store.setRead(profileId, 'discovery-call', 'en', false)).rejects.toThrow(/could not be saved/);
    expect(store.listProfiles().profiles.map((p) => p.name)).toEqual(['Li Wei']);
    expect(store.isRead(profileId, 'discovery-call')).toBe(true);

    await rm(file(), { recursive: true });
    await store.createProfile({ ...newProfile, name: 'Second' });
    expect(JSON.parse(await readFile(file(), 'utf8')).profiles.map((p: { name: string }) => p.name)).toEqual(['Li Wei', 'Second']);
  });
});

describe('a data folder the app cannot write', () => {
  it('opens read-only with one clear message when a folder stands where the progress file should be', async () => {
    await mkdir(path.join(file(), 'x'), { recursive: true });
    const store = await ProgressStore.open(dir);
    expect(store.readOnly).toBe(true);
    expect(store.notice).toBe(`${file()} is a folder, not a file, so your progress cannot be read or saved. Playbook Trainer opened read-only: move that folder away (or start with another data folder) and restart to save progress again.`);
    expect(store.listProfiles().profiles).toEqual([]);
    await expect(store.createProfile(newProfile)).rejects.toMatchObject({ reason: 'read-only', message: expect.stringMatching(/read-only/) });
  });

  it('opens the whole back end read-only on a folder it may not write, instead of failing with EACCES', async () => {
    // An administrator may write anywhere chmod allows; the kernel's own folders refuse even them.
    const asAdmin = process.getuid?.() === 0;
    const unwritable = asAdmin ? '/sys/kernel' : dir;
    if (!asAdmin) {
      await learnerOn(1);
      await chmod(dir, 0o500);
    }
    const backend = await openBackend({ dataDir: unwritable, workspace: null, contentRoots: [BUILT_IN] });
    try {
      const status = await backend.api.dataStatus({});
      expect(status.readOnly).toBe(true);
      expect(status.notice).toMatch(/cannot be written .*Playbook Trainer opened read-only/);
      await expect(backend.api.createProfile(newProfile)).rejects.toMatchObject({ code: 'conflict' });
      if (!asAdmin) expect((await backend.api.listProfiles({})).profiles.map((p) => p.name)).toEqual(['Li Wei']);
    } finally {
      await backend.close();
    }
  });
});

describe('daily backups', () => {
  it('keeps one backup a day, the newest seven', async () => {
    const { profileId } = await learnerOn(1);
    for (let n = 2; n <= 10; n++) {
      const store = await ProgressStore.open(dir, { now: day(n) });
      await store.setRead(profileId, `playbook-${n}`, 'en', true);
      await store.setRead(profileId, `again-${n}`, 'en', true);
    }
    expect((await readdir(path.join(dir, BACKUP_FOLDER))).sort()).toEqual([4, 5, 6, 7, 8, 9, 10].map((n) => `progress-2025-03-${String(n).padStart(2, '0')}.json`));
    // A day's backup is the progress as it was when that day began.
    const tenth = JSON.parse(await readFile(path.join(dir, BACKUP_FOLDER, 'progress-2025-03-10.json'), 'utf8'));
    expect(tenth.reads.map((r: { playbookId: string }) => r.playbookId)).toContain('again-9');
    expect(tenth.reads.map((r: { playbookId: string }) => r.playbookId)).not.toContain('playbook-10');
  });

  const damages: Record<string, (text: string) => string> = {
    corrupt: () => '{"profiles": [ oops',
    truncated: (text) => text.slice(0, Math.floor(text.length / 2)),
    'from a newer version': (text) => JSON.stringify({ ...JSON.parse(text), schemaVersion: SCHEMA_VERSION + 1 }),
  };
  for (const [damage, damaged] of Object.entries(damages)) {
    it(`restores the latest backup when the file is ${damage}, keeps the damaged file and tells the learner`, async () => {
      const { profileId } = await learnerOn(1);
      await (await ProgressStore.open(dir, { now: day(2) })).setRead(profileId, 'objections', 'en', true);
      const bad = damaged(await readFile(file(), 'utf8'));
      await writeFile(file(), bad);

      const store = await ProgressStore.open(dir, { now: day(3) });
      expect(store.isRead(profileId, 'discovery-call')).toBe(true);
      expect(store.notice).toMatch(/^Your progress file could not be used \(.+\)\. It was kept as .+, and your progress from the backup of 2025-03-02 was restored\.$/);
      const kept = (await readdir(dir)).filter((name) => name !== PROGRESS_FILE && name !== BACKUP_FOLDER);
      expect(kept).toHaveLength(1);
      expect(await readFile(path.join(dir, kept[0]!), 'utf8')).toBe(bad);
      expect(store.notice).toContain(kept[0]);
      expect(JSON.parse(await readFile(file(), 'utf8')).reads).toHaveLength(1);
    });
  }
});

describe('moving a learner\'s progress', () => {
  it('exports a learner and imports them into another data folder whole', async () => {
    const { store, profileId } = await learnerOn(1);
    await store.savePrepSheet(profileId, undefined, { title: 'Acme', customer: 'Acme', date: '', goal: '', notes: '', items: [], checked: [] });
    const exported = store.exportLearner(profileId);
    expect(exported.filename).toBe('playbook-trainer-progress-Li-Wei-2025-03-01.json');

    const other = await mkdtemp(path.join(os.tmpdir(), 'pbt-progress-other-'));
    try {
      const target = await ProgressStore.open(other, { now: day(1) });
      const imported = await target.importLearner(exported.content);
      expect(imported).toMatchObject({ profile: { id: profileId, name: 'Li Wei' }, counts: { reads: 1, prepSheets: 1, quizAttempts: 0 } });
      expect(target.isRead(profileId, 'discovery-call')).toBe(true);
      expect(target.listPrepSheets(profileId).map((s) => s.title)).toEqual(['Acme']);
      // Importing again replaces the learner's records rather than doubling them.
      await target.importLearner(exported.content);
      expect(target.listPrepSheets(profileId)).toHaveLength(1);
      expect(target.listProfiles().profiles).toHaveLength(1);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('refuses a file that is not a valid export, naming the problem, and changes nothing', async () => {
    const { store, profileId } = await learnerOn(1);
    const before = await readFile(file(), 'utf8');
    const valid = JSON.parse(store.exportLearner(profileId).content);
    const invalid: Record<string, string> = {
      'not JSON': '{ oops',
      'another kind of file': JSON.stringify({ schemaVersion: SCHEMA_VERSION, profiles: [] }),
      'records of another learner': JSON.stringify({ ...valid, reads: [{ ...valid.reads[0], profileId: 'someone-else' }] }),
      'a newer version': JSON.stringify({ ...valid, schemaVersion: SCHEMA_VERSION + 1 }),
      'a broken record': JSON.stringify({ ...valid, quizAttempts: [{ id: 1 }] }),
    };
    for (const [what, text] of Object.entries(invalid)) {
      const refused = await store.importLearner(text).catch((error: unknown) => error);
      expect(refused, what).toBeInstanceOf(ProgressStoreError);
      expect((refused as ProgressStoreError).reason, what).toBe('invalid-import');
      expect((refused as ProgressStoreError).message, what).toMatch(/^This file cannot be imported: /);
    }
    expect(await readFile(file(), 'utf8')).toBe(before);
    expect(store.listProfiles().profiles).toHaveLength(1);
  });
});
