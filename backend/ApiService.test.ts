// The API in-process against the fixture content and a real progress file in a temporary folder.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Api, Profile, QuizSession } from '../core/api/contract';
import { ApiError } from '../core/api/contract';
import { dispatch } from '../core/api/dispatch';
import { apiFailureOf } from './ApiService';
import { ProgressStoreError } from './store/ProgressStoreError';
import { resolveAppFile } from './hosting/appFiles';
import type { Backend } from './openBackend';
import { openBackend } from './openBackend';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/valid', import.meta.url));
const QUIZ = 'discovery-call-quiz';

let dataDir: string;
let clock: Date;
let backend: Backend;
let api: Api;
let profile: Profile;

async function open(): Promise<void> {
  backend = await openBackend({ contentRoots: [FIXTURES], dataDir, now: () => clock });
  api = backend.api;
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'pbt-api-'));
  clock = new Date('2025-06-02T09:00:00Z');
  await open();
  profile = await api.createProfile({ name: 'Li Wei', role: 'sales-rep', uiLang: 'en' });
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

/** Rejects with an ApiError of this code. */
async function expectApiError(promise: Promise<unknown>, code: ApiError['code']): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).code).toBe(code);
  return error as ApiError;
}

function optionIndexOf(session: QuizSession, questionId: string, original: number): number {
  const options = session.questions.find((question) => question.id === questionId)?.options ?? [];
  expect(options.map((option) => option.index)).toContain(original);
  return original;
}

describe('content', () => {
  it('lists the catalog in the requested language, falling back to the other language per item', async () => {
    const zh = await api.getCatalog({ lang: 'zh-CN' });
    const byId = Object.fromEntries(zh.playbooks.map((playbook) => [playbook.id, playbook]));
    expect(byId['discovery-call']).toMatchObject({ lang: 'zh-CN', title: '需求挖掘电话', fallback: false });
    expect(byId['walk-away-point']).toMatchObject({ lang: 'en', fallback: true });
    expect(zh.quizzes).toEqual([expect.objectContaining({ id: QUIZ, questionCount: 7, passScore: 0.75 })]);
    expect(zh.cases).toEqual([expect.objectContaining({ id: 'tender-rescue', decisionCount: 2 })]);
    expect(zh.paths).toEqual([expect.objectContaining({ id: 'sales-rep-path', role: 'sales-rep', moduleCount: 4 })]);
    expect(zh.stages).toEqual(expect.arrayContaining(['需求挖掘', 'negotiation']));
    expect(zh.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('renders a playbook with anchored sections, blocks, its quiz and case, and its related playbooks', async () => {
    const view = await api.getPlaybook({ id: 'discovery-call', lang: 'en', profileId: profile.id });
    expect(view.toc.map((entry) => entry.anchor)).toEqual(['prep', 'ask-about-the-decision-process']);
    expect(view.html).toContain('id="prep"');
    expect(view.html).toContain('class="block block-tactic"');
    expect(view.html).toContain('href="#/playbook/walk-away-point/know-your-floor"');
    expect(view.related.map((related) => related.id)).toEqual(['walk-away-point']);
    expect(view.quizzes.map((quiz) => quiz.id)).toEqual([QUIZ]);
    expect(view.cases.map((item) => item.id)).toEqual(['tender-rescue']);
    expect(view).toMatchObject({ author: 'Sales enablement', level: 'basic', read: false, fallback: false });
    expect(view.source.file).toBe(path.join(FIXTURES, 'playbooks', 'en', 'discovery-call.md'));
  });

  it('turns a playbook image into a /content URL the hosts serve from the same root', async () => {
    const view = await api.getPlaybook({ id: 'walk-away-point', lang: 'zh-CN' });
    expect(view.fallback).toBe(true);
    const src = /<img src="([^"]+)"/.exec(view.html)?.[1];
    expect(src).toBe('/content/0/playbooks/en/img/floor.svg');
    const served = await resolveAppFile(path.join(dataDir, 'no-renderer'), backend.contentRoots, src!);
    expect(served).toEqual({ file: path.join(FIXTURES, 'playbooks', 'en', 'img', 'floor.svg'), type: 'image/svg+xml' });
  });

  it('answers not-found for an unknown playbook', async () => {
    await expectApiError(api.getPlaybook({ id: 'nope', lang: 'en' }), 'not-found');
  });

  it('marks a playbook as read and back', async () => {
    expect(await api.markRead({ profileId: profile.id, playbookId: 'discovery-call', lang: 'en', read: true })).toEqual({ read: true });
    expect((await api.getPlaybook({ id: 'discovery-call', lang: 'zh-CN', profileId: profile.id })).read).toBe(true);
    await api.markRead({ profileId: profile.id, playbookId: 'discovery-call', lang: 'en', read: false });
    expect((await api.getPlaybook({ id: 'discovery-call', lang: 'en', profileId: profile.id })).read).toBe(false);
  });

  it('searches sections and tactics in English, Chinese and pinyin initials, the requested language first', async () => {
    const english = await api.search({ query: 'decision process', lang: 'en' });
    expect(english[0]).toMatchObject({ id: 'discovery-call', lang: 'en', section: 'ask-about-the-decision-process' });
    const chinese = await api.search({ query: '客户关系', lang: 'en' });
    expect(chinese.map((hit) => hit.section)).toContain('客户关系');
    const initials = await api.search({ query: 'khgx', lang: 'zh-CN' });
    expect(initials[0]).toMatchObject({ id: 'discovery-call', lang: 'zh-CN' });
    const tactics = await api.search({ query: 'signs', types: ['tactic'], lang: 'en' });
    expect(tactics.length).toBeGreaterThan(0);
    expect(tactics.every((hit) => hit.type === 'tactic')).toBe(true);
  });
});

describe('profiles', () => {
  it('creates the first profile as the active one, updates and switches profiles', async () => {
    expect(await api.listProfiles({})).toEqual({ profiles: [profile], activeId: profile.id });
    const other = await api.createProfile({ name: 'Ana', role: 'sales-manager', uiLang: 'zh-CN' });
    expect((await api.selectProfile({ profileId: other.id })).activeId).toBe(other.id);
    expect(await api.updateProfile({ profileId: profile.id, theme: 'dark' })).toMatchObject({ theme: 'dark', name: 'Li Wei' });
    await expectApiError(api.selectProfile({ profileId: 'ghost' }), 'not-found');
  });
});

describe('quizzes', () => {
  it('presents questions without their answers (a recall card carries its back: the learner grades it)', async () => {
    const session = await api.startQuiz({ profileId: profile.id, quizId: QUIZ, lang: 'en' });
    expect(session.questions).toHaveLength(7);
    const json = JSON.stringify(session.questions.map(({ backHtml: _back, ...question }) => question));
    expect(json).not.toContain('"correct"');
    expect(json).not.toContain('About two thirds');
    expect(session.questions.find((question) => question.id === 'call-order')?.steps).toHaveLength(3);
  });

  it('gives immediate feedback with the solution and a link to the section, then scores the attempt', async () => {
    const session = await api.startQuiz({ profileId: profile.id, quizId: QUIZ, lang: 'en' });
    const right = await api.answer({
      attemptId: session.attemptId,
      questionId: 'who-signs',
      response: { type: 'single', choice: optionIndexOf(session, 'who-signs', 0) },
    });
    expect(right).toMatchObject({
      correct: true,
      score: 1,
      solution: { type: 'single', choice: 0 },
      ref: { playbookId: 'discovery-call', anchor: 'ask-about-the-decision-process', title: 'Ask about the decision process' },
    });
    expect(right.explainHtml).toContain('Asking about the process');
    const wrong = await api.answer({ attemptId: session.attemptId, questionId: 'early-price', response: { type: 'scenario', choice: 1 } });
    expect(wrong.correct).toBe(false);
    expect(wrong.feedbackHtml.join('')).toContain('anchors everything');
    const recall = await api.answer({ attemptId: session.attemptId, questionId: 'talk-share', response: { type: 'recall', remembered: true } });
    expect(recall.backHtml).toContain('About two thirds');

    const result = await api.finishQuiz({ attemptId: session.attemptId });
    expect(result).toMatchObject({ quizId: QUIZ, correctCount: 2, total: 7, passed: false, passScore: 0.75 });
    expect(result.score).toBeCloseTo(2 / 7);
    expect(result.missed.map((miss) => miss.questionId)).toEqual(['prep-sources', 'demo-early', 'call-order', 'match-blocks', 'early-price']);
    await expectApiError(api.answer({ attemptId: session.attemptId, questionId: 'demo-early', response: { type: 'truefalse', value: false } }), 'conflict');
  });

  it('refuses a response of the wrong type or out of range as a bad request', async () => {
    const session = await api.startQuiz({ profileId: profile.id, quizId: QUIZ, lang: 'en' });
    await expectApiError(api.answer({ attemptId: session.attemptId, questionId: 'who-signs', response: { type: 'truefalse', value: true } }), 'bad-request');
    await expectApiError(api.answer({ attemptId: session.attemptId, questionId: 'who-signs', response: { type: 'single', choice: 9 } }), 'bad-request');
    await expectApiError(api.answer({ attemptId: session.attemptId, questionId: 'nope', response: { type: 'single', choice: 0 } }), 'not-found');
  });

  it('passes a quiz answered with every solution', async () => {
    const session = await api.startQuiz({ profileId: profile.id, quizId: QUIZ, lang: 'en' });
    await answerAllRight(session);
    const result = await api.finishQuiz({ attemptId: session.attemptId });
    expect(result).toMatchObject({ passed: true, score: 1, correctCount: 7, missed: [] });
  });

  it('resumes an unfinished attempt after the back end restarts, with the same order and the answers given', async () => {
    const first = await api.startQuiz({ profileId: profile.id, quizId: QUIZ, lang: 'en' });
    await api.answer({ attemptId: first.attemptId, questionId: 'demo-early', response: { type: 'truefalse', value: false } });
    await open();
    const resumed = await api.startQuiz({ profileId: profile.id, quizId: QUIZ, lang: 'en' });
    expect(resumed.attemptId).toBe(first.attemptId);
    expect(resumed.questions).toEqual(first.questions);
    expect(resumed.answered).toEqual([expect.objectContaining({ questionId: 'demo-early', correct: true })]);
    await api.finishQuiz({ attemptId: resumed.attemptId });
    expect((await api.startQuiz({ profileId: profile.id, quizId: QUIZ, lang: 'en' })).attemptId).not.toBe(first.attemptId);
  });
});

async function answerAllRight(session: QuizSession): Promise<void> {
  // The solution comes with the feedback; answering once with it proves the grading accepts it.
  for (const question of session.questions) {
    const probe = await api.answer({ attemptId: session.attemptId, questionId: question.id, response: guessFor(question.type) });
    if (!probe.correct) await api.answer({ attemptId: session.attemptId, questionId: question.id, response: probe.solution });
  }
}

function guessFor(type: string) {
  switch (type) {
    case 'truefalse':
      return { type: 'truefalse' as const, value: true };
    case 'multiple':
      return { type: 'multiple' as const, choices: [0] };
    case 'order':
      return { type: 'order' as const, order: [2, 1, 0] };
    case 'match':
      return { type: 'match' as const, pairs: [1, 0] };
    case 'recall':
      return { type: 'recall' as const, remembered: true };
    default:
      return { type: type as 'single' | 'scenario', choice: 1 };
  }
}

describe('spaced review', () => {
  it('brings a missed question back today and moves it out once rated', async () => {
    const session = await api.startQuiz({ profileId: profile.id, quizId: QUIZ, lang: 'en' });
    await api.answer({ attemptId: session.attemptId, questionId: 'demo-early', response: { type: 'truefalse', value: true } });
    await api.answer({ attemptId: session.attemptId, questionId: 'who-signs', response: { type: 'single', choice: 0 } });

    const queue = await api.dueReviews({ profileId: profile.id, lang: 'en' });
    expect(queue.totalCards).toBe(2);
    expect(queue.due.map((item) => item.question.id)).toEqual(['demo-early']);
    expect(queue.nextDue).not.toBeNull();
    const card = queue.due[0]!;
    expect(card).toMatchObject({ quizId: QUIZ, quizTitle: 'Discovery call check', state: 'learning' });

    const feedback = await api.reviewAnswer({ profileId: profile.id, cardId: card.cardId, response: { type: 'truefalse', value: false } });
    expect(feedback.correct).toBe(true);
    const rated = await api.rateReview({ profileId: profile.id, cardId: card.cardId, rating: 'good' });
    expect(rated.remainingToday).toBe(0);
    expect(Date.parse(rated.nextDue)).toBeGreaterThan(Date.parse(card.due));
    expect((await api.dueReviews({ profileId: profile.id, lang: 'en' })).due).toEqual([]);
    expect((await api.home({ profileId: profile.id, lang: 'en' })).dueCount).toBe(0);
  });

  it('previews each rating’s interval and undoes the last rating once', async () => {
    const session = await api.startQuiz({ profileId: profile.id, quizId: QUIZ, lang: 'en' });
    await api.answer({ attemptId: session.attemptId, questionId: 'demo-early', response: { type: 'truefalse', value: true } });
    const card = (await api.dueReviews({ profileId: profile.id, lang: 'en' })).due[0]!;
    expect(card.preview.again.interval).toEqual({ count: 10, unit: 'minute' });
    expect(Date.parse(card.preview.good.due)).toBeGreaterThan(Date.parse(card.preview.again.due));

    const rated = await api.rateReview({ profileId: profile.id, cardId: card.cardId, rating: 'good' });
    expect(rated.nextDue).toBe(card.preview.good.due);
    const undone = await api.undoRating({ profileId: profile.id, cardId: card.cardId });
    expect(undone).toEqual({ cardId: card.cardId, due: card.due, remainingToday: 1 });
    const again = (await api.dueReviews({ profileId: profile.id, lang: 'en' })).due[0]!;
    expect(again).toMatchObject({ cardId: card.cardId, due: card.due, state: card.state });
    await expectApiError(api.undoRating({ profileId: profile.id, cardId: card.cardId }), 'conflict');
  });

  it('answers not-found for another learner’s card', async () => {
    const session = await api.startQuiz({ profileId: profile.id, quizId: QUIZ, lang: 'en' });
    await api.answer({ attemptId: session.attemptId, questionId: 'demo-early', response: { type: 'truefalse', value: true } });
    const cardId = (await api.dueReviews({ profileId: profile.id, lang: 'en' })).due[0]!.cardId;
    const other = await api.createProfile({ name: 'Ana', role: 'sales-rep', uiLang: 'en' });
    await expectApiError(api.rateReview({ profileId: other.id, cardId, rating: 'good' }), 'not-found');
  });
});

describe('case replays', () => {
  it('walks a case to the end and debriefs where the learner left the elite path', async () => {
    const start = await api.startReplay({ profileId: profile.id, caseId: 'tender-rescue', lang: 'en' });
    expect(start.current?.decision?.options).toHaveLength(2);
    const detour = await api.choose({ replayId: start.replayId, option: 1 });
    expect(detour.current?.id).toBe('price-war');
    expect(detour.history[0]).toMatchObject({ matchedElite: false, chosen: { index: 1, points: 0 }, elite: { index: 0, points: 3 } });
    expect(detour.history[0]!.commentaryHtml).toContain('finds out who decides');
    const back = await api.choose({ replayId: start.replayId, option: 0 });
    expect(back).toMatchObject({ finished: false, current: { id: 'meeting' } });
    await expectApiError(api.choose({ replayId: start.replayId, option: 5 }), 'bad-request');
    const end = await api.advance({ replayId: start.replayId });
    expect(end.finished).toBe(true);
    expect(end.result).toMatchObject({ points: 2, elitePoints: 3 });
    expect(end.result!.score).toBeCloseTo(2 / 3);
    expect(end.result!.divergences.map((divergence) => divergence.stepId)).toEqual(['call']);
    expect(end.result!.lessons[0]!.ref).toEqual({
      playbookId: 'discovery-call',
      anchor: 'ask-about-the-decision-process',
      title: 'Ask about the decision process',
    });
    await expectApiError(api.advance({ replayId: start.replayId }), 'conflict');
    const progress = await api.progress({ profileId: profile.id, lang: 'en' });
    expect(progress.history).toEqual([expect.objectContaining({ kind: 'case', itemId: 'tender-rescue', passed: false })]);
  });

  it('resumes a replay after the back end restarts', async () => {
    const start = await api.startReplay({ profileId: profile.id, caseId: 'tender-rescue', lang: 'en' });
    await api.choose({ replayId: start.replayId, option: 0 });
    await open();
    const resumed = await api.startReplay({ profileId: profile.id, caseId: 'tender-rescue', lang: 'en' });
    expect(resumed.replayId).toBe(start.replayId);
    expect(resumed.history).toHaveLength(1);
    expect(resumed.current?.id).toBe('meeting');
    expect((await api.advance({ replayId: resumed.replayId })).result?.score).toBe(1);
  });

  it('continues a replay by its id after a restart', async () => {
    const start = await api.startReplay({ profileId: profile.id, caseId: 'tender-rescue', lang: 'en' });
    await api.choose({ replayId: start.replayId, option: 1 });
    await open();
    const view = await api.choose({ replayId: start.replayId, option: 0 });
    expect(view.current?.id).toBe('meeting');
  });
});

describe('path, progress and home', () => {
  it('gives no readiness for marking every playbook read, and moves it on a quiz pass', async () => {
    const { playbooks } = await api.getCatalog({ lang: 'en' });
    for (const playbook of playbooks) await api.markRead({ profileId: profile.id, playbookId: playbook.id, lang: 'en', read: true });
    const read = await api.getPath({ profileId: profile.id, lang: 'en' });
    expect(read?.modules.filter((module) => module.kind === 'playbook').every((module) => module.status === 'done')).toBe(true);
    expect(read?.overall).toBe(0);
    expect(read?.competencies.every((competency) => competency.readiness === 0)).toBe(true);
    expect(read?.basis).toBe('full-marks');
    expect(await api.home({ profileId: profile.id, lang: 'en' })).toMatchObject({ overall: 0, basis: 'full-marks' });
    expect(await api.progress({ profileId: profile.id, lang: 'en' })).toMatchObject({ overall: 0, basis: 'full-marks' });

    const session = await api.startQuiz({ profileId: profile.id, quizId: QUIZ, lang: 'en' });
    await answerAllRight(session);
    await api.finishQuiz({ attemptId: session.attemptId });
    expect((await api.getPath({ profileId: profile.id, lang: 'en' }))?.overall).toBeGreaterThan(0);
  });

  it('follows the learner’s role path and counts what they did', async () => {
    const before = await api.getPath({ profileId: profile.id, lang: 'en' });
    expect(before?.modules.map((module) => [module.id, module.status])).toEqual([
      ['discovery-call', 'todo'],
      [QUIZ, 'todo'],
      ['walk-away-point', 'todo'],
      ['tender-rescue', 'todo'],
    ]);
    expect((await api.home({ profileId: profile.id, lang: 'en' })).nextModule?.id).toBe('discovery-call');

    await api.markRead({ profileId: profile.id, playbookId: 'discovery-call', lang: 'en', read: true });
    const failed = await api.startQuiz({ profileId: profile.id, quizId: QUIZ, lang: 'en' });
    await api.answer({ attemptId: failed.attemptId, questionId: 'demo-early', response: { type: 'truefalse', value: true } });
    clock = new Date('2025-06-02T09:30:00Z');
    await api.finishQuiz({ attemptId: failed.attemptId });
    const session = await api.startQuiz({ profileId: profile.id, quizId: QUIZ, lang: 'en' });
    await answerAllRight(session);
    clock = new Date('2025-06-02T10:00:00Z');
    await api.finishQuiz({ attemptId: session.attemptId });

    const marks = await api.playbookMarks({ profileId: profile.id });
    expect(marks.find((mark) => mark.playbookId === 'discovery-call')).toEqual({ playbookId: 'discovery-call', read: true, quiz: { best: 1, passed: true } });
    expect(marks.find((mark) => mark.playbookId === 'walk-away-point')).toEqual({ playbookId: 'walk-away-point', read: false, quiz: null });

    const after = await api.getPath({ profileId: profile.id, lang: 'en' });
    expect(after?.modules.slice(0, 2).map((module) => module.status)).toEqual(['done', 'done']);
    expect(after?.competencies.find((competency) => competency.id === 'discovery')?.readiness).toBeGreaterThan(0.8);
    const home = await api.home({ profileId: profile.id, lang: 'en' });
    expect(home).toMatchObject({ nextModule: { id: 'walk-away-point' }, path: { id: 'sales-rep-path' }, target: 0.8, contentErrors: 0 });
    expect(home.overall).toBeGreaterThan(0);
    const progress = await api.progress({ profileId: profile.id, lang: 'en' });
    expect(progress.stats).toEqual({ playbooksRead: 1, quizzesPassed: 1, casesReplayed: 0, reviewCards: 7 });
    expect(progress.history.map((attempt) => [attempt.itemId, attempt.passed])).toEqual([
      [QUIZ, true],
      [QUIZ, false],
    ]);
    expect(progress.weakest[0]).toMatchObject({ playbookId: 'discovery-call', anchor: 'ask-about-the-decision-process' });
  });

  it('offers to continue an unfinished quiz on the home page', async () => {
    await api.startQuiz({ profileId: profile.id, quizId: QUIZ, lang: 'en' });
    expect((await api.home({ profileId: profile.id, lang: 'en' })).continueWith).toEqual({
      kind: 'quiz',
      id: QUIZ,
      title: 'Discovery call check',
    });
  });

  it('has no path for a role the content gives none', async () => {
    const manager = await api.createProfile({ name: 'Ana', role: 'regional-manager', uiLang: 'en' });
    expect(await api.getPath({ profileId: manager.id, lang: 'en' })).toBeNull();
    expect((await api.progress({ profileId: manager.id, lang: 'en' })).path).toBeNull();
  });
});

describe('meeting prep', () => {
  const tactic = { kind: 'tactic' as const, playbookId: 'discovery-call', anchor: 'ask-about-the-decision-process--ask-who-signs', lang: 'en' as const };
  const checklist = { kind: 'tactic' as const, playbookId: 'discovery-call', anchor: 'prep--prepare', lang: 'en' as const };

  it('pins tactics to a new sheet once each, with their checklists', async () => {
    const sheet = await api.pin({ profileId: profile.id, item: tactic });
    expect(sheet.title).toBe('Meeting prep');
    const again = await api.pin({ profileId: profile.id, sheetId: sheet.id, item: tactic });
    const withList = await api.pin({ profileId: profile.id, sheetId: sheet.id, item: checklist });
    expect(again.items).toHaveLength(1);
    expect(withList.itemViews.map((item) => item.title)).toEqual(['Ask who signs', 'Prepare']);
    expect(withList.itemViews[0]!.html).toContain('who else will want a say');
    expect(withList.itemViews[1]!.checklist.map((item) => item.text)).toEqual([
      'Read the last three meeting notes',
      'Know who signed the previous contract',
    ]);
    await expectApiError(api.pin({ profileId: profile.id, item: { ...tactic, anchor: 'nope' } }), 'not-found');
    expect(await api.listPrepSheets({ profileId: profile.id })).toEqual([expect.objectContaining({ id: sheet.id })]);
  });

  it('ticks a checklist item from the reader into the sheet, pinning its block once', async () => {
    const sheet = await api.pin({ profileId: profile.id, item: tactic });
    const ticked = await api.tickPrepChecklist({ profileId: profile.id, sheetId: sheet.id, item: checklist, index: 1, checked: true });
    expect(ticked.id).toBe(sheet.id);
    expect(ticked.items).toEqual([tactic, checklist]);
    const [first, second] = ticked.itemViews[1]!.checklist;
    expect(ticked.checked).toEqual([second!.key]);
    const both = await api.tickPrepChecklist({ profileId: profile.id, sheetId: sheet.id, item: checklist, index: 0, checked: true });
    expect(both.items).toHaveLength(2);
    expect(both.checked).toEqual([second!.key, first!.key]);
    const unticked = await api.tickPrepChecklist({ profileId: profile.id, sheetId: sheet.id, item: checklist, index: 1, checked: false });
    expect(unticked.checked).toEqual([first!.key]);
    await expectApiError(api.tickPrepChecklist({ profileId: profile.id, sheetId: sheet.id, item: checklist, index: 5, checked: true }), 'not-found');
  });

  it('exports the sheet with its ticks to Markdown and print-ready HTML', async () => {
    const pinned = await api.pin({ profileId: profile.id, item: checklist });
    const firstKey = pinned.itemViews[0]!.checklist[0]!.key;
    const { itemViews: _views, id, updatedAt: _at, ...fields } = pinned;
    await api.savePrepSheet({
      profileId: profile.id,
      sheetId: id,
      sheet: { ...fields, title: 'Acme renewal', customer: 'Acme <Plant 2>', date: '2025-06-10', goal: 'Meet the plant manager', checked: [firstKey] },
    });

    const markdown = await api.exportPrepSheet({ profileId: profile.id, sheetId: id, format: 'markdown' });
    expect(markdown).toMatchObject({ filename: 'acme-renewal-2025-06-10.md', mime: 'text/markdown; charset=utf-8' });
    expect(markdown.content).toContain('# Acme renewal');
    expect(markdown.content).toContain('- [x] Read the last three meeting notes');
    expect(markdown.content).toContain('- [ ] Know who signed the previous contract');

    const html = await api.exportPrepSheet({ profileId: profile.id, sheetId: id, format: 'html' });
    expect(html.filename).toBe('acme-renewal-2025-06-10.html');
    expect(html.content).toMatch(/^<!doctype html>/);
    expect(html.content).toContain('Acme &#60;Plant 2&#62;');
    expect(html.content).toContain("Content-Security-Policy");
    expect(html.content.match(/checked/g)).toHaveLength(1);
  });

  it('keeps a pinned item whose section was edited away, marked missing', async () => {
    const sheet = await api.savePrepSheet({
      profileId: profile.id,
      sheet: { title: 't', customer: '', date: '', goal: '', notes: '', checked: [], items: [{ ...tactic, anchor: 'gone' }] },
    });
    expect(sheet.itemViews[0]).toMatchObject({ missing: true, html: '' });
    expect(await api.deletePrepSheet({ profileId: profile.id, sheetId: sheet.id })).toEqual({ deleted: true });
    expect(await api.deletePrepSheet({ profileId: profile.id, sheetId: sheet.id })).toEqual({ deleted: false });
  });
});

describe('persistence', () => {
  it('writes progress to progress.json in the data folder', async () => {
    await api.markRead({ profileId: profile.id, playbookId: 'discovery-call', lang: 'en', read: true });
    const saved = JSON.parse(await readFile(path.join(dataDir, 'progress.json'), 'utf8'));
    expect(saved.reads).toEqual([expect.objectContaining({ profileId: profile.id, playbookId: 'discovery-call' })]);
  });
});

describe('the progress store’s errors at the API’s edge', () => {
  it('reach a host as API error bodies: not-found, conflict for a finished attempt, bad-request for a bad import', async () => {
    expect(await dispatch(api, 'getPrepSheet', { profileId: profile.id, sheetId: 'nope' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No prep sheet "nope".' },
    });
    const session = await api.startQuiz({ profileId: profile.id, quizId: QUIZ, lang: 'en' });
    await api.finishQuiz({ attemptId: session.attemptId });
    expect(await dispatch(api, 'finishQuiz', { attemptId: session.attemptId })).toEqual({
      ok: false,
      error: { code: 'conflict', message: `The quiz attempt "${session.attemptId}" is already finished.` },
    });
    const refused = await dispatch(api, 'importProgress', { content: '{ oops' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/^This file cannot be imported: /) } });
  });

  it('map every reason of the store to an API error code and leave other errors alone', () => {
    const codes = (['not-found', 'finished', 'read-only', 'not-saved', 'invalid-import'] as const).map((reason) => {
      const failure = apiFailureOf(new ProgressStoreError(reason, `because ${reason}`));
      expect(failure).toBeInstanceOf(ApiError);
      expect((failure as ApiError).message).toBe(`because ${reason}`);
      return (failure as ApiError).code;
    });
    expect(codes).toEqual(['not-found', 'conflict', 'conflict', 'internal', 'bad-request']);
    const other = new Error('disk on fire');
    expect(apiFailureOf(other)).toBe(other);
  });
});
