import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseLesson } from '../../core/content/parseLesson';
import type { XapiStatement } from '../../core/records/xapiStatement';
import { EXTENSIONS, VERBS } from '../../core/records/xapiVocabulary';
import { BUILT_IN } from '../service/trainer/trainerBackend.fixture';
import { openBackend, type Backend } from '../openBackend';
import { MyLessonStore } from './MyLessonStore';

let dataDir: string;
let backend: Backend;
const now = () => new Date('2025-06-01T09:00:00Z');

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'pbt-my-lessons-'));
  // A rep's default install: the built-in content, no workspace, no LRS configured.
  backend = await openBackend({ contentRoots: [BUILT_IN], dataDir, workspace: null, now, env: {} });
});
afterEach(async () => {
  await backend.close();
  await rm(dataDir, { recursive: true, force: true });
});

const form = {
  situation: 'The buyer asked for 10% off in the last week of the tender.',
  action: 'I asked who else would weigh the offers.',
  result: 'We met the plant manager and won on uptime, at full price.',
  lesson: 'Find the decision process before you discuss price.',
  tags: ['price'],
  author: 'Wang Li',
  lang: 'en' as const,
};

describe("a rep's own lessons", () => {
  it('saves a lesson without a workspace as a lesson file in the data folder, listed as not shared', async () => {
    const saved = await backend.api.saveMyLesson(form);
    expect(saved).toEqual({ id: 'lesson-2025-06-01-find-the-decision-process-before-you', title: 'Find the decision process before you discuss price.', lang: 'en', created: '2025-06-01', status: 'not-shared' });
    const text = await readFile(path.join(dataDir, 'lessons', `${saved.id}.md`), 'utf8');
    // The workspace's lesson format, so it lands in a trainer's inbox as it is.
    const parsed = parseLesson(text, { root: '', file: 'x.md' });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.item).toMatchObject({ id: saved.id, author: 'Wang Li', status: 'inbox', parts: { action: form.action } });
    expect(await backend.api.listMyLessons({})).toEqual({ lessons: [saved], diagnostics: [] });
    // Nothing went into the (absent) workspace or its inbox.
    expect(await backend.api.listLessons({})).toEqual([]);
  });

  it('edits a lesson under the same id and date, and deletes it', async () => {
    const first = await backend.api.saveMyLesson(form);
    const second = await backend.api.saveMyLesson({ ...form, lesson: 'Ask who decides first.' });
    expect(second.id).not.toBe(first.id);
    const fields = await backend.api.readMyLesson({ lessonId: first.id });
    expect(fields).toMatchObject({ lessonId: first.id, situation: form.situation, tags: ['price'], author: 'Wang Li' });

    const edited = await backend.api.saveMyLesson({ ...form, lessonId: first.id, title: 'Map the decision first', result: 'Full price.' });
    expect(edited).toMatchObject({ id: first.id, title: 'Map the decision first', created: '2025-06-01' });
    expect((await backend.api.readMyLesson({ lessonId: first.id })).result).toBe('Full price.');

    await backend.api.deleteMyLesson({ lessonId: second.id });
    expect((await backend.api.listMyLessons({})).lessons.map((lesson) => lesson.id)).toEqual([first.id]);
    await expect(backend.api.readMyLesson({ lessonId: second.id })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('marks a lesson shared, and changed once edited after sharing', async () => {
    const store = new MyLessonStore(dataDir, now);
    const saved = await store.save(form);
    const text = (await store.get(saved.id)).text;
    expect(await store.markShared(saved.id, text, 'statement-1')).toMatchObject({ status: 'shared', sharedAt: '2025-06-01T09:00:00.000Z' });
    expect((await store.save({ ...form, lessonId: saved.id, result: 'Won at full price.' })).status).toBe('changed');
    // Deleted, it leaves no share behind for a later lesson of the same id.
    await store.remove(saved.id);
    expect((await store.save(form)).status).toBe('not-shared');
  });

  it('lists the readable lessons and reports a damaged file with its line, leaving it on disk', async () => {
    const saved = await backend.api.saveMyLesson(form);
    await writeFile(path.join(dataDir, 'lessons', 'hand-edited.md'), '---\nid: hand-edited\ntitle: [unclosed\n---\n');
    const list = await backend.api.listMyLessons({});
    expect(list.lessons.map((lesson) => lesson.id)).toEqual([saved.id]);
    expect(list.diagnostics).toHaveLength(1);
    expect(list.diagnostics[0]).toMatchObject({ path: 'hand-edited.md', severity: 'error' });
    expect(list.diagnostics[0]!.line).toBeGreaterThan(1);
    expect(await readdir(path.join(dataDir, 'lessons'))).toContain('hand-edited.md');
  });

  it('exports the lesson file exactly as kept', async () => {
    const saved = await backend.api.saveMyLesson(form);
    const file = await backend.api.exportMyLesson({ lessonId: saved.id });
    expect(file).toEqual({ filename: `${saved.id}.md`, mime: 'text/markdown', content: await readFile(path.join(dataDir, 'lessons', `${saved.id}.md`), 'utf8') });
  });

  it('shares offline: the shared statement carrying the lesson file waits in the outbox, and the lesson is marked shared', async () => {
    await backend.api.createProfile({ name: 'Wang Li', role: 'sales-rep', uiLang: 'en' });
    const profileId = (await backend.api.listProfiles({})).profiles[0]!.id;
    const saved = await backend.api.saveMyLesson(form);
    const shared = await backend.api.shareMyLesson({ lessonId: saved.id, profileId });
    expect(shared).toMatchObject({ id: saved.id, status: 'shared', sharedAt: '2025-06-01T09:00:00.000Z' });
    const queued = (await readFile(path.join(dataDir, 'records', 'statements.ndjson'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as XapiStatement);
    expect(queued).toHaveLength(1);
    expect(queued[0]!.verb.id).toBe(VERBS.shared);
    expect(queued[0]!.actor).toMatchObject({ name: 'Wang Li', account: { name: profileId } });
    expect(queued[0]!.context!.extensions![EXTENSIONS.content]).toEqual({ kind: 'lesson', id: saved.id, competencies: [] });
    expect(queued[0]!.result!.extensions![EXTENSIONS.lessonFile]).toBe((await backend.api.exportMyLesson({ lessonId: saved.id })).content);
  });
});

describe('the autosaved draft', () => {
  it('keeps what is typed across a restart of the back end, until it is thrown away', async () => {
    expect(await backend.api.getLessonDraft({})).toBeNull();
    const fields = { situation: 'Half typed', lesson: '', tags: 'price， tender' };
    const saved = await backend.api.saveLessonDraft({ draft: { fields } });
    expect(saved).toEqual({ fields, saved: '2025-06-01T09:00:00.000Z' });

    await backend.close();
    backend = await openBackend({ contentRoots: [BUILT_IN], dataDir, workspace: null, now, env: {} });
    expect(await backend.api.getLessonDraft({})).toEqual({ fields, saved: '2025-06-01T09:00:00.000Z' });

    await backend.api.saveLessonDraft({ draft: { fields: { situation: 'Editing' }, lessonId: 'lesson-2025-06-01-x' } });
    expect(await backend.api.getLessonDraft({})).toMatchObject({ lessonId: 'lesson-2025-06-01-x', fields: { situation: 'Editing' } });
    await backend.api.saveLessonDraft({ draft: null });
    expect(await backend.api.getLessonDraft({})).toBeNull();
  });

  it('treats a damaged draft file as no draft rather than failing', async () => {
    await backend.api.saveLessonDraft({ draft: { fields: { situation: 'x' } } });
    await writeFile(path.join(dataDir, 'lessons', 'draft.json'), '{"fields": ');
    expect(await backend.api.getLessonDraft({})).toBeNull();
  });
});
