// The learner's flows record what they do: reading, answering, finishing a quiz, finishing a replay, rating a
// review card each reach the LRS (the stand-in validates every statement) as the statement docs/team.md describes.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Api, Profile } from '../../core/api/contract';
import { actorKey } from '../../core/records/actorKey';
import { EXTENSIONS, VERBS } from '../../core/records/xapiVocabulary';
import { DEFAULT_USER, startLrsStandIn, type LrsStandIn } from '../../test/lrs/LrsStandIn';
import { openBackend, type Backend } from '../openBackend';
import { BUILT_IN } from '../service/trainer/trainerBackend.fixture';
import type { CredentialStore, LrsCredentials } from './lrsCredentials';

/** The desktop app's keychain, in memory. */
function memoryCredentials(): CredentialStore {
  let saved: LrsCredentials | null = null;
  return { source: 'keychain', read: async () => saved, write: async (credentials) => void (saved = credentials) };
}

const BASE = 'https://lrs.example.com/activities';
let lrs: LrsStandIn;
let dataDir: string;
let backend: Backend;
let api: Api;
let profile: Profile;
let clock: Date;

beforeEach(async () => {
  lrs = await startLrsStandIn();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'pbt-recorded-'));
  clock = new Date('2026-03-02T09:00:00Z');
  backend = await openBackend({ contentRoots: [BUILT_IN], dataDir, workspace: null, lrsCredentials: memoryCredentials(), now: () => clock });
  api = backend.api;
  profile = await api.createProfile({ name: 'Li Wei', role: 'sales-rep', uiLang: 'en' });
  await api.saveRecordsSettings({ endpoint: lrs.endpoint, activityBase: BASE, key: DEFAULT_USER.key, secret: DEFAULT_USER.secret });
});
afterEach(async () => {
  await backend.close();
  await lrs.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function atLrs(count: number) {
  await api.sendRecordsNow({});
  expect(lrs.statements()).toHaveLength(count);
  return lrs.statements();
}

describe('recorded flows', () => {
  it('marking a playbook read: experienced, with the competencies of the path modules listing it', async () => {
    await api.markRead({ profileId: profile.id, playbookId: 'discovery-call', lang: 'en', read: true });
    await api.markRead({ profileId: profile.id, playbookId: 'discovery-call', lang: 'en', read: false });
    const [read] = await atLrs(1);
    expect(read).toMatchObject({ verb: { id: VERBS.experienced }, object: { id: `${BASE}/playbooks/discovery-call` }, actor: { name: 'Li Wei', account: { homePage: BASE, name: profile.id } } });
    expect((read!.context as { extensions: Record<string, unknown> }).extensions[EXTENSIONS.content]).toEqual({ kind: 'playbook', id: 'discovery-call', competencies: ['discovery'] });
  });

  it('a section read on screen: experienced, the section as the activity; an unknown section is refused', async () => {
    await expect(api.sectionRead({ profileId: profile.id, playbookId: 'discovery-call', anchor: 'prep', lang: 'en' })).resolves.toEqual({ recorded: true });
    await expect(api.sectionRead({ profileId: profile.id, playbookId: 'discovery-call', anchor: 'no-such-section', lang: 'en' })).rejects.toThrow(/no section/);
    const [read] = await atLrs(1);
    expect(read).toMatchObject({ verb: { id: VERBS.experienced }, object: { id: `${BASE}/playbooks/discovery-call/sections/prep`, definition: { name: { en: 'The discovery call: Before the call' } } } });
    expect((read!.context as { extensions: Record<string, unknown> }).extensions[EXTENSIONS.content]).toEqual({ kind: 'section', id: 'discovery-call', part: 'prep', competencies: ['discovery'] });
  });

  it('answering and finishing a quiz: answered per question, then passed or failed', async () => {
    const session = await api.startQuiz({ profileId: profile.id, quizId: 'discovery-call-quiz', lang: 'en' });
    const single = session.questions.find((q) => q.type === 'single')!;
    await api.answer({ attemptId: session.attemptId, questionId: single.id, response: { type: 'single', choice: 1 } });
    const result = await api.finishQuiz({ attemptId: session.attemptId });
    const [answered, finished] = await atLrs(2);
    expect(answered).toMatchObject({
      verb: { id: VERBS.answered },
      object: { id: `${BASE}/quizzes/discovery-call-quiz/questions/${single.id}`, definition: { interactionType: 'choice' } },
      result: { response: 'b', extensions: { [EXTENSIONS.options]: ['b'] } },
    });
    expect(finished).toMatchObject({ verb: { id: result.passed ? VERBS.passed : VERBS.failed }, result: { score: { scaled: result.score, max: result.total }, completion: true } });
  });

  it('finishing a case replay: completed, with the choices made as option keys', async () => {
    let view = await api.startReplay({ profileId: profile.id, caseId: 'tender-rescue', lang: 'en' });
    while (!view.finished) view = view.current?.decision ? await api.choose({ replayId: view.replayId, option: 0 }) : await api.advance({ replayId: view.replayId });
    const [completed] = await atLrs(1);
    expect(completed).toMatchObject({ verb: { id: VERBS.completed }, object: { id: `${BASE}/cases/tender-rescue` }, result: { score: { scaled: view.result!.score }, completion: true } });
    const choices = (completed!.result as { extensions: Record<string, { option: string; elite: boolean }[]> }).extensions[EXTENSIONS.choices]!;
    expect(choices.map((c) => c.option)).toEqual(view.history.map(() => 'a'));
    expect(choices.map((c) => c.elite)).toEqual(view.history.map((h) => h.matchedElite));
  });

  it('rating a review card: rated, with the rating and whether the answer given was right', async () => {
    const session = await api.startQuiz({ profileId: profile.id, quizId: 'discovery-call-quiz', lang: 'en' });
    const single = session.questions.find((q) => q.type === 'single')!;
    await api.answer({ attemptId: session.attemptId, questionId: single.id, response: { type: 'single', choice: 0 } });
    clock = new Date('2026-04-02T09:00:00Z');
    const due = await api.dueReviews({ profileId: profile.id, lang: 'en' });
    const card = due.due.find((item) => item.question.id === single.id)!;
    const feedback = await api.reviewAnswer({ profileId: profile.id, cardId: card.cardId, response: { type: 'single', choice: 0 } });
    await api.rateReview({ profileId: profile.id, cardId: card.cardId, rating: 'good' });
    const statements = await atLrs(2);
    expect(statements[1]).toMatchObject({ verb: { id: VERBS.rated }, result: { success: feedback.correct, extensions: { [EXTENSIONS.rating]: 'good' } } });
  });

  it("the learner's own identity from the profile names them in the statements", async () => {
    await api.updateProfile({ profileId: profile.id, xapiActor: { mbox: 'li.wei@example.com' } });
    await api.markRead({ profileId: profile.id, playbookId: 'discovery-call', lang: 'en', read: true });
    const [read] = await atLrs(1);
    expect(actorKey(read!.actor as { mbox: string })).toBe('mbox:mailto:li.wei@example.com');
    await api.updateProfile({ profileId: profile.id, xapiActor: null });
    expect((await api.listProfiles({})).profiles[0]!.xapiActor).toBeUndefined();
  });

  it('the status counts what was sent, and the queue shows exactly what will be sent', async () => {
    await api.saveRecordsSettings({ endpoint: '' });
    await api.markRead({ profileId: profile.id, playbookId: 'walk-away-point', lang: 'en', read: true });
    const queued = await api.queuedStatements({});
    expect(queued.total).toBe(1);
    expect(queued.statements[0]!.object.id).toBe(`${BASE}/playbooks/walk-away-point`);
    expect(await api.recordsStatus({})).toMatchObject({ queued: 1, sent: 0, endpointSource: 'none', credentials: { source: 'keychain', set: true } });
    await api.saveRecordsSettings({ endpoint: lrs.endpoint });
    const status = await api.sendRecordsNow({});
    expect(status).toMatchObject({ queued: 0, sent: 1, lastError: null });
    expect(lrs.statements()[0]).toMatchObject({ id: queued.statements[0]!.id, object: queued.statements[0]!.object });
    expect((await api.testLrsConnection({})).ok).toBe(true);
  });
});
