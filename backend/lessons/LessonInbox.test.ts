// The trainer's inbox pulling shared lessons from the LRS stand-in and from a drop folder, with lesson files made
// by a rep's back end without a workspace (the same code path as the app).
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { learnerActor } from '../../core/records/actorKey';
import { buildStatement } from '../../core/records/buildStatement';
import { DEFAULT_ACTIVITY_BASE } from '../../core/records/xapiVocabulary';
import { DEFAULT_USER, startLrsStandIn, type LrsStandIn } from '../../test/lrs/LrsStandIn';
import { openBackend, type Backend } from '../openBackend';
import { LrsClient } from '../records/LrsClient';
import { environmentCredentials } from '../records/lrsCredentials';
import { BUILT_IN } from '../service/trainer/trainerBackend.fixture';

const now = () => new Date('2025-06-01T09:00:00Z');
let folders: string[];
let lrs: LrsStandIn;
let trainer: Backend;
let workspace: string;
let reps: Backend[];

async function folder(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

beforeEach(async () => {
  folders = [];
  reps = [];
  lrs = await startLrsStandIn({ pageSize: 2 });
  workspace = await folder('pbt-inbox-ws-');
  // The trainer's host reads the LRS from the environment, as the web host does.
  const env = { PBT_LRS_ENDPOINT: lrs.endpoint, PBT_LRS_KEY: DEFAULT_USER.key, PBT_LRS_SECRET: DEFAULT_USER.secret };
  trainer = await openBackend({ contentRoots: [BUILT_IN], dataDir: await folder('pbt-inbox-data-'), workspace, now, env, lrsCredentials: environmentCredentials(env) });
});
afterEach(async () => {
  await Promise.all([trainer, ...reps].map((backend) => backend.close()));
  await lrs.close();
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

const form = (author: string, lesson: string) => ({
  situation: 'The buyer asked for 10% off in the last week of the tender.',
  action: 'I asked who else would weigh the offers.',
  result: 'We met the plant manager and won on uptime, at full price.',
  lesson,
  tags: ['price'],
  author,
  lang: 'en' as const,
});

/** A rep on a default install (no workspace) saves a lesson; its file text as shared or exported. */
async function repLesson(author: string, lesson: string): Promise<{ id: string; text: string; rep: Backend }> {
  const rep = await openBackend({ contentRoots: [BUILT_IN], dataDir: await folder('pbt-rep-data-'), workspace: null, now, env: {} });
  reps.push(rep);
  const saved = await rep.api.saveMyLesson(form(author, lesson));
  return { id: saved.id, text: (await rep.api.exportMyLesson({ lessonId: saved.id })).content, rep };
}

/** What the rep's share sends: the `shared` statement carrying the lesson file. */
async function share(author: string, lessonId: string, text: string, title = 'A lesson'): Promise<string> {
  const id = randomUUID();
  const statement = buildStatement(
    { type: 'lesson-shared', at: now().toISOString(), lang: 'en', lessonId, title, lessonFile: text },
    { activityBase: DEFAULT_ACTIVITY_BASE },
    learnerActor({ id: author.toLowerCase().replace(/\s+/g, '-'), name: author }, DEFAULT_ACTIVITY_BASE),
    id,
  );
  await new LrsClient({ endpoint: lrs.endpoint, ...DEFAULT_USER }).post([statement]);
  return id;
}

const inbox = async () => (await trainer.api.listLessons({})).map((lesson) => [lesson.id, lesson.author]).sort();

describe('pulling shared lessons from the LRS', () => {
  it("takes a lesson a rep shared from the app: through the rep's outbox to the LRS, then into the inbox", async () => {
    const env = { PBT_LRS_ENDPOINT: lrs.endpoint, PBT_LRS_KEY: DEFAULT_USER.key, PBT_LRS_SECRET: DEFAULT_USER.secret };
    const rep = await openBackend({ contentRoots: [BUILT_IN], dataDir: await folder('pbt-rep-data-'), workspace: null, now, env, lrsCredentials: environmentCredentials(env) });
    reps.push(rep);
    await rep.api.createProfile({ name: 'Wang Li', role: 'sales-rep', uiLang: 'en' });
    const profileId = (await rep.api.listProfiles({})).profiles[0]!.id;
    const saved = await rep.api.saveMyLesson(form('Wang Li', 'Find the decision process before you discuss price.'));
    await rep.api.shareMyLesson({ lessonId: saved.id, profileId });
    await expect.poll(() => lrs.statements().length, { timeout: 10_000 }).toBe(1);

    expect((await trainer.api.pullLessons({})).added).toEqual([saved.id]);
    expect(await readFile(path.join(workspace, 'lessons', `${saved.id}.md`), 'utf8')).toBe((await rep.api.exportMyLesson({ lessonId: saved.id })).content);
  });

  it('lands each shared lesson in the workspace inbox once, then only what was shared since', async () => {
    const wang = await repLesson('Wang Li', 'Find the decision process before you discuss price.');
    const zhao = await repLesson('Zhao Min', 'Bring the delivery lead to the first site visit.');
    await share('Wang Li', wang.id, wang.text);
    await share('Zhao Min', zhao.id, zhao.text);
    // A statement of another kind with the same verb is not a lesson, and is passed over.
    const other = buildStatement({ type: 'lesson-shared', at: now().toISOString(), lang: 'en', lessonId: 'x', title: 'x', lessonFile: 'x' }, { activityBase: DEFAULT_ACTIVITY_BASE }, learnerActor({ id: 'a', name: 'A' }, DEFAULT_ACTIVITY_BASE), randomUUID());
    const { [Object.keys(other.result!.extensions!)[0]!]: _file, ...noFile } = other.result!.extensions!;
    await new LrsClient({ endpoint: lrs.endpoint, ...DEFAULT_USER }).post([{ ...other, result: { extensions: noFile } }]);

    const first = await trainer.api.pullLessons({});
    expect(first).toMatchObject({ added: [wang.id, zhao.id], updated: [], known: 0, diagnostics: [], lrs: { status: 'pulled', count: 2 }, folder: { status: 'off' } });
    expect(await inbox()).toEqual([[wang.id, 'Wang Li'], [zhao.id, 'Zhao Min']].sort());
    // The file in the workspace is the rep's file, byte for byte.
    expect(await readFile(path.join(workspace, 'lessons', `${wang.id}.md`), 'utf8')).toBe(wang.text);

    // Nothing new: nothing added, and the statements already taken are not asked for again.
    expect(await trainer.api.pullLessons({})).toMatchObject({ added: [], updated: [], known: 0, lrs: { status: 'pulled', count: 0 } });

    const li = await repLesson('Li Na', 'Name the next step before the call ends.');
    await share('Li Na', li.id, li.text);
    expect(await trainer.api.pullLessons({})).toMatchObject({ added: [li.id], lrs: { count: 1 } });
    expect((await trainer.api.lessonInboxSettings({})).lastPull).toBe('2025-06-01T09:00:00.000Z');
  });

  it('does not add a lesson twice when it is shared twice, keeps two reps apart under the same id, and takes an edit while in the inbox', async () => {
    const wang = await repLesson('Wang Li', 'Find the decision process before you discuss price.');
    const zhao = await repLesson('Zhao Min', 'Find the decision process before you discuss price.');
    expect(zhao.id).toBe(wang.id);
    await share('Wang Li', wang.id, wang.text);
    await share('Wang Li', wang.id, wang.text);
    await share('Zhao Min', zhao.id, zhao.text);
    const pulled = await trainer.api.pullLessons({});
    expect(pulled).toMatchObject({ added: [wang.id, `${wang.id}-2`], known: 1 });
    expect(await inbox()).toEqual([[wang.id, 'Wang Li'], [`${wang.id}-2`, 'Zhao Min']]);

    // Wang edits and shares again while the lesson waits in the inbox: the inbox gets the new text.
    await wang.rep.api.saveMyLesson({ ...form('Wang Li', 'Find the decision process before you discuss price.'), lessonId: wang.id, result: 'Won at full price.' });
    const edited = (await wang.rep.api.exportMyLesson({ lessonId: wang.id })).content;
    await share('Wang Li', wang.id, edited);
    expect(await trainer.api.pullLessons({})).toMatchObject({ added: [], updated: [wang.id] });
    expect((await trainer.api.listLessons({})).find((lesson) => lesson.id === wang.id)!.parts.result).toBe('Won at full price.');

    // Triaged, a lesson is not overwritten by a later share.
    await trainer.api.archiveLesson({ lessonId: wang.id });
    await share('Wang Li', wang.id, wang.text);
    expect(await trainer.api.pullLessons({})).toMatchObject({ added: [], updated: [], known: 1 });
    expect((await trainer.api.listLessons({ status: 'archived' })).map((lesson) => lesson.id)).toEqual([wang.id]);
  });

  it('reports a shared lesson whose file is broken, by the lesson and line, and still lands the others', async () => {
    const good = await repLesson('Wang Li', 'Find the decision process before you discuss price.');
    await share('Zhao Min', 'lesson-2025-06-01-broken', '---\nid: lesson-2025-06-01-broken\ntitle: Broken\nlang: en\nauthor: Zhao Min\ncreated: 2025-13-40\n---\n');
    await share('Wang Li', good.id, good.text);
    const pulled = await trainer.api.pullLessons({});
    expect(pulled.added).toEqual([good.id]);
    expect(pulled.diagnostics).toEqual([expect.objectContaining({ path: 'LRS: lesson-2025-06-01-broken', line: 6, column: 10, severity: 'error' })]);
  });

  it('says when the LRS cannot be reached, and pulls what it missed next time', async () => {
    const wang = await repLesson('Wang Li', 'Find the decision process before you discuss price.');
    await share('Wang Li', wang.id, wang.text);
    lrs.fault('500');
    const failed = await trainer.api.pullLessons({});
    expect(failed.lrs.status).toBe('failed');
    expect(failed.lrs.message).toContain('500');
    lrs.fault('none');
    expect((await trainer.api.pullLessons({})).added).toEqual([wang.id]);
  });
});

describe('pulling lessons from a drop folder', () => {
  it('lands the good files, reports each bad one with file, line and column, and adds nothing twice', async () => {
    const drop = await folder('pbt-drop-');
    const wang = await repLesson('Wang Li', 'Find the decision process before you discuss price.');
    await writeFile(path.join(drop, `${wang.id}.md`), wang.text);
    await writeFile(path.join(drop, 'bad-yaml.md'), '---\nid: lesson-2025-06-01-bad\ntitle: [never closed\n---\n## Situation {#situation}\n');
    await writeFile(path.join(drop, 'gbk.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc4, 0xe3, 0x0a]));
    await writeFile(path.join(drop, 'notes.txt'), 'not a lesson');
    expect(await trainer.api.setLessonDropFolder({ dir: drop })).toMatchObject({ dropFolder: drop, lrs: true });

    const pulled = await trainer.api.pullLessons({});
    expect(pulled.added).toEqual([wang.id]);
    expect(pulled.folder).toEqual({ status: 'pulled', count: 3 });
    const byFile = Object.fromEntries(pulled.diagnostics.map((diagnostic) => [diagnostic.path, diagnostic]));
    expect(Object.keys(byFile).sort()).toEqual(['bad-yaml.md', 'gbk.md']);
    expect(byFile['bad-yaml.md']).toMatchObject({ line: 3, severity: 'error' });
    expect(byFile['bad-yaml.md']!.column).toBeGreaterThan(1);
    expect(byFile['gbk.md']).toMatchObject({ line: 2, column: 1, message: expect.stringContaining('UTF-8') });
    expect(await inbox()).toEqual([[wang.id, 'Wang Li']]);

    // The folder is shared: its files stay, and the next pull recognises them.
    expect(await trainer.api.pullLessons({})).toMatchObject({ added: [], updated: [], known: 1 });
  });

  it('says when the drop folder cannot be read, and still pulls from the LRS', async () => {
    const wang = await repLesson('Wang Li', 'Find the decision process before you discuss price.');
    await share('Wang Li', wang.id, wang.text);
    await trainer.api.setLessonDropFolder({ dir: path.join(workspace, 'no-such-folder', 'x') });
    await writeFile(path.join(workspace, 'no-such-folder'), 'a file, not a folder');
    const pulled = await trainer.api.pullLessons({});
    expect(pulled.folder.status).toBe('failed');
    expect(pulled.folder.message).toContain('cannot be read');
    expect(pulled.added).toEqual([wang.id]);
  });

  it('needs a workspace to pull into', async () => {
    const rep = await repLesson('Wang Li', 'x y z');
    await expect(rep.rep.api.pullLessons({})).rejects.toMatchObject({ code: 'conflict' });
  });
});
