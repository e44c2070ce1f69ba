// Recall cards as the API hands them out: the back travels with the question, so the UI can turn the card over
// before the learner gives their verdict, in a quiz and again in review.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Api, Profile } from '../../../core/api/contract';
import { openBackend, type Backend } from '../../openBackend';
import { BUILT_IN } from '../trainer/trainerBackend.fixture';

const QUIZ = 'discovery-call-quiz';
const RECALL = 'talk-share';
const BACK = '<p>About two thirds.</p>\n';

let dataDir: string;
let backend: Backend;
let api: Api;
let profile: Profile;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'pbt-quizflow-'));
  backend = await openBackend({ contentRoots: [BUILT_IN], dataDir, workspace: null, now: () => new Date('2025-06-02T09:00:00Z') });
  api = backend.api;
  profile = await api.createProfile({ name: 'Li Wei', role: 'sales-rep', uiLang: 'en' });
});
afterEach(async () => {
  await backend.close();
  await rm(dataDir, { recursive: true, force: true });
});

it('sends the back of a recall card with the question, and keeps it off every other type', async () => {
  const session = await api.startQuiz({ profileId: profile.id, quizId: QUIZ, lang: 'en' });
  const card = session.questions.find((question) => question.id === RECALL);
  expect(card).toMatchObject({ type: 'recall', backHtml: BACK });
  expect(session.questions.filter((question) => question.backHtml !== undefined).map((question) => question.id)).toEqual([RECALL]);

  await api.answer({ attemptId: session.attemptId, questionId: RECALL, response: { type: 'recall', remembered: false } });
  const due = await api.dueReviews({ profileId: profile.id, lang: 'en' });
  expect(due.due.find((item) => item.question.id === RECALL)?.question.backHtml).toBe(BACK);
});

it('keeps an attempt per language: switching the language and back resumes where the learner was', async () => {
  // The shipped pack has every quiz in both languages.
  await backend.close();
  backend = await openBackend({ dataDir, workspace: null });
  api = backend.api;
  const quizId = 'quiz-account-team';
  const english = await api.startQuiz({ profileId: profile.id, quizId, lang: 'en' });
  const single = english.questions.find((question) => question.type === 'single');
  expect(single).toBeDefined();
  await api.answer({ attemptId: english.attemptId, questionId: single!.id, response: { type: 'single', choice: 0 } });

  const chinese = await api.startQuiz({ profileId: profile.id, quizId, lang: 'zh-CN' });
  expect(chinese.attemptId).not.toBe(english.attemptId);
  expect(chinese.answered).toEqual([]);

  const back = await api.startQuiz({ profileId: profile.id, quizId, lang: 'en' });
  expect(back.attemptId).toBe(english.attemptId);
  expect(back.answered.map((feedback) => feedback.questionId)).toEqual([single!.id]);
  expect((await api.startQuiz({ profileId: profile.id, quizId, lang: 'zh-CN' })).attemptId).toBe(chinese.attemptId);
});
