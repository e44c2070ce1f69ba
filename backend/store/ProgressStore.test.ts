import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProgressStoreError } from './ProgressStoreError';
import { newReviewCard, scheduleReview } from '../../core/review/scheduleReview';
import { BACKUP_FOLDER, PROGRESS_FILE, ProgressStore } from './ProgressStore';
import { SCHEMA_VERSION } from './progressSchema';

let dir: string;
const file = () => path.join(dir, PROGRESS_FILE);
const onDisk = async () => JSON.parse(await readFile(file(), 'utf8'));
const fixedClock = () => new Date('2025-03-01T09:00:00.000Z');
const newProfile = { name: 'Li Wei', role: 'sales-rep', uiLang: 'zh-CN' } as const;
const sheetFields = { title: 'Acme kickoff', customer: 'Acme', date: '2025-03-04', goal: 'Agree scope', notes: '', items: [], checked: [] };

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ProgressStore persistence', () => {
  it('writes a real file that a fresh store instance reads back', async () => {
    // The condition under which lowdb's JSONFilePreset would silently stay in memory.
    expect(process.env.NODE_ENV).toBe('test');
    const store = await ProgressStore.open(dir);
    expect(store.notice).toBeNull();
    const profile = await store.createProfile(newProfile);
    const saved = await onDisk();
    expect(saved).toMatchObject({ schemaVersion: SCHEMA_VERSION, activeProfileId: profile.id, profiles: [{ name: 'Li Wei' }] });

    const reopened = await ProgressStore.open(dir);
    expect(reopened.listProfiles()).toEqual({ profiles: [profile], activeId: profile.id });
  });

  it('creates the data folder when it does not exist', async () => {
    const nested = path.join(dir, 'a', 'b');
    const store = await ProgressStore.open(nested);
    await store.createProfile(newProfile);
    expect(await readdir(nested)).toEqual([PROGRESS_FILE]);
  });

  it('loses no update when many writes run at once', async () => {
    const store = await ProgressStore.open(dir);
    const profiles = await Promise.all(Array.from({ length: 40 }, (_, i) => store.createProfile({ ...newProfile, name: `Rep ${i}` })));
    await Promise.all(profiles.map((profile) => store.setRead(profile.id, 'discovery', 'en', true)));
    const reopened = await ProgressStore.open(dir);
    expect(reopened.listProfiles().profiles).toHaveLength(40);
    expect(profiles.every((profile) => reopened.isRead(profile.id, 'discovery'))).toBe(true);
    expect((await readdir(dir)).sort()).toEqual([BACKUP_FOLDER, PROGRESS_FILE]);
  });
});

describe('ProgressStore recovery and migration', () => {
  it('moves a corrupt file aside, says so, and starts afresh without overwriting it', async () => {
    await writeFile(file(), '{"profiles": [ oops');
    const store = await ProgressStore.open(dir, { now: fixedClock });
    const aside = path.join(dir, 'progress.corrupt-2025-03-01T09-00-00-000Z.json');
    expect(store.notice).toContain('could not be used (not valid JSON');
    expect(store.notice).toContain(aside);
    expect(await readFile(aside, 'utf8')).toBe('{"profiles": [ oops');
    expect(store.listProfiles().profiles).toEqual([]);

    await store.createProfile(newProfile);
    expect((await onDisk()).profiles).toHaveLength(1);
    expect(await readFile(aside, 'utf8')).toBe('{"profiles": [ oops');
  });

  it('treats valid JSON of the wrong shape as unreadable and names the place', async () => {
    await writeFile(file(), JSON.stringify({ schemaVersion: SCHEMA_VERSION, activeProfileId: null, profiles: 'none' }));
    const store = await ProgressStore.open(dir, { now: fixedClock });
    expect(store.notice).toMatch(/unexpected content at profiles/);
    expect(await readdir(dir)).toEqual(['progress.corrupt-2025-03-01T09-00-00-000Z.json']);
  });

  it('sets a file from a newer version aside untouched, with no backup to restore starts afresh, and says so', async () => {
    const newer = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, profiles: [] });
    await writeFile(file(), newer);
    const store = await ProgressStore.open(dir, { now: fixedClock });
    const aside = path.join(dir, 'progress.newer-2025-03-01T09-00-00-000Z.json');
    expect(store.notice).toContain('newer version');
    expect(store.notice).toContain(aside);
    expect(await readdir(dir)).toEqual([path.basename(aside)]);
    expect(await readFile(aside, 'utf8')).toBe(newer);
  });

  it('migrates an unversioned (v0) file, keeping a copy of the original', async () => {
    const v0 = {
      activeProfileId: 'p1',
      profiles: [{ id: 'p1', name: 'Old rep', role: 'sales-rep', uiLang: 'en', theme: 'light', createdAt: '2024-01-01T00:00:00.000Z' }],
      reads: [{ profileId: 'p1', playbookId: 'discovery', lang: 'en', readAt: '2024-01-02T00:00:00.000Z' }],
    };
    await writeFile(file(), JSON.stringify(v0));
    const store = await ProgressStore.open(dir);
    expect(store.notice).toBeNull();
    expect(store.listProfiles()).toEqual({ profiles: v0.profiles, activeId: 'p1' });
    expect(store.isRead('p1', 'discovery')).toBe(true);
    expect(store.learnerRecords('p1')).toMatchObject({ quizAttempts: [], replayAttempts: [], reviewCards: [] });
    expect(await onDisk()).toMatchObject({ schemaVersion: SCHEMA_VERSION, profiles: v0.profiles, prepSheets: [] });
    expect(JSON.parse(await readFile(path.join(dir, 'progress.v0.json'), 'utf8'))).toEqual(v0);
  });
});

describe('ProgressStore records', () => {
  it('keeps profiles: the first is active, changes keep unset fields, unknown ids are not found', async () => {
    const store = await ProgressStore.open(dir, { now: fixedClock });
    const first = await store.createProfile(newProfile);
    expect(first).toMatchObject({ theme: 'system', createdAt: '2025-03-01T09:00:00.000Z' });
    const second = await store.createProfile({ ...newProfile, name: 'Anna', uiLang: 'en' });
    expect(store.listProfiles().activeId).toBe(first.id);
    expect((await store.selectProfile(second.id)).activeId).toBe(second.id);
    expect(await store.updateProfile(second.id, { theme: 'dark', name: undefined })).toMatchObject({ name: 'Anna', theme: 'dark' });
    const error = await rejection(store.updateProfile('nobody', { name: 'X' }));
    expect(error).toBeInstanceOf(ProgressStoreError);
    expect((error as ProgressStoreError).reason).toBe('not-found');
  });

  it('hands out copies, so changing a result does not change the store', async () => {
    const store = await ProgressStore.open(dir);
    const profile = await store.createProfile(newProfile);
    profile.name = 'Changed';
    store.listProfiles().profiles[0]!.name = 'Changed too';
    expect(store.getProfile(profile.id).name).toBe('Li Wei');
  });

  it('marks playbooks read and unread, in any language', async () => {
    const store = await ProgressStore.open(dir);
    const { id } = await store.createProfile(newProfile);
    await store.setRead(id, 'discovery', 'zh-CN', true);
    expect(store.isRead(id, 'discovery')).toBe(true);
    await store.setRead(id, 'discovery', 'en', true);
    expect(store.learnerRecords(id).reads).toHaveLength(1);
    await store.setRead(id, 'discovery', 'en', false);
    expect(store.isRead(id, 'discovery')).toBe(false);
  });

  it('keeps quiz attempts resumable across restarts and closes them when finished', async () => {
    const store = await ProgressStore.open(dir);
    const { id } = await store.createProfile(newProfile);
    const attempt = await store.startQuizAttempt(id, 'discovery-basics', 'en');
    expect(Number.isInteger(attempt.seed)).toBe(true);
    const answer = { questionId: 'q1', response: { type: 'single' as const, choice: 0 }, score: 0, correct: false, answeredAt: 'now' };
    await store.recordAnswer(attempt.id, answer);
    await store.recordAnswer(attempt.id, { ...answer, response: { type: 'single', choice: 1 }, score: 1, correct: true });

    const reopened = await ProgressStore.open(dir);
    const resumed = reopened.openQuizAttempt(id, 'discovery-basics', 'en');
    expect(resumed).toMatchObject({ id: attempt.id, seed: attempt.seed, answers: [{ questionId: 'q1', score: 1 }] });
    expect(resumed?.answers).toHaveLength(1);

    const finished = await reopened.finishQuizAttempt(attempt.id, { score: 1, passed: true });
    expect(finished.finishedAt).not.toBeNull();
    expect(reopened.openQuizAttempt(id, 'discovery-basics', 'en')).toBeUndefined();
    const error = await rejection(reopened.recordAnswer(attempt.id, answer));
    expect((error as ProgressStoreError).reason).toBe('finished');
  });

  it('keeps one review card per question and learner, updated on each review', async () => {
    const store = await ProgressStore.open(dir);
    const { id } = await store.createProfile(newProfile);
    const other = await store.createProfile({ ...newProfile, name: 'Other' });
    const now = new Date('2025-03-01T09:00:00Z');
    const key = { quizId: 'discovery-basics', questionId: 'q1', lang: 'en' as const };
    const created = await store.saveReviewCard(id, key, scheduleReview(newReviewCard(now), 'again', now));
    const rescheduled = scheduleReview(created, 'good', new Date(created.due));
    const updated = await store.saveReviewCard(id, key, rescheduled);
    expect(updated.id).toBe(created.id);
    expect(updated.reps).toBe(2);

    const reopened = await ProgressStore.open(dir);
    expect(reopened.reviewCards(id)).toEqual([updated]);
    expect(reopened.getReviewCard(id, created.id)).toEqual(updated);
    expect(reopened.findReviewCard(id, 'discovery-basics', 'q1')?.id).toBe(created.id);
    expect(reopened.reviewCards(other.id)).toEqual([]);
    expect((thrown(() => reopened.getReviewCard(other.id, created.id)) as ProgressStoreError).reason).toBe('not-found');
  });

  it('saves replay choices and finishes a replay once', async () => {
    const store = await ProgressStore.open(dir);
    const { id } = await store.createProfile(newProfile);
    const replay = await store.startReplayAttempt(id, 'price-pushback', 'en');
    await store.saveReplayProgress(replay.id, [1]);
    expect((await ProgressStore.open(dir)).getReplayAttempt(replay.id)).toMatchObject({ choices: [1], finishedAt: null, score: null });
    const finished = await store.saveReplayProgress(replay.id, [1, 0], 1);
    expect(finished).toMatchObject({ choices: [1, 0], score: 1 });
    expect(finished.finishedAt).not.toBeNull();
    expect(((await rejection(store.saveReplayProgress(replay.id, [1, 0, 2]))) as ProgressStoreError).reason).toBe('finished');
    expect(store.learnerRecords(id).replayAttempts).toEqual([finished]);
  });

  it('creates, updates, lists, and deletes prep sheets per learner', async () => {
    let tick = 0;
    const store = await ProgressStore.open(dir, { now: () => new Date(Date.UTC(2025, 2, 1, 9, 0, tick++)) });
    const { id } = await store.createProfile(newProfile);
    const other = await store.createProfile({ ...newProfile, name: 'Other' });
    const first = await store.savePrepSheet(id, undefined, sheetFields);
    const second = await store.savePrepSheet(id, undefined, { ...sheetFields, title: 'Beta review' });
    const edited = await store.savePrepSheet(id, first.id, { ...sheetFields, notes: 'Bring the ROI sheet' });
    expect(edited.id).toBe(first.id);
    expect(store.listPrepSheets(id).map((sheet) => sheet.id)).toEqual([first.id, second.id]);
    expect((await ProgressStore.open(dir)).getPrepSheet(id, first.id)).toEqual(edited);
    expect((thrown(() => store.getPrepSheet(other.id, first.id)) as ProgressStoreError).reason).toBe('not-found');
    expect(((await rejection(store.savePrepSheet(other.id, first.id, sheetFields))) as ProgressStoreError).reason).toBe('not-found');
    expect(await store.deletePrepSheet(other.id, first.id)).toBe(false);
    expect(await store.deletePrepSheet(id, first.id)).toBe(true);
    expect(store.listPrepSheets(id).map((sheet) => sheet.id)).toEqual([second.id]);
  });
});
