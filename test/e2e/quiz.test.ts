// A learner passes the first quiz of their path, retries it missing one question, and meets that question
// again in Review, where answering and rating it empties the queue.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppSession } from './appSession';
import { openApp } from './appSession';
import { screenshot } from './browser';
import { firstQuizOnPath, pathOf, shippedContent, shownText } from './contentFacts';
import { answerQuestion, goTo, label, signUp, takeQuiz } from './learner';

let app: AppSession;

beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app?.close());

it('passes a quiz, then finds a missed question in Review', async () => {
  const { page } = app;
  const content = await shippedContent();
  const quiz = firstQuizOnPath(content, pathOf(content, 'sales-rep', 'en'), 'en');
  const missed = quiz.questions.find((question) => ['single', 'truefalse', 'scenario'].includes(question.type));
  if (!missed || missed.type === 'recall') throw new Error(`Quiz ${quiz.id} has no single-answer question to miss.`);

  await signUp(page, { name: 'Zhao Lei', role: 'sales-rep', lang: 'en' });
  await goTo(page, 'en', 'nav.path', 'path.title');
  await page.getByRole('link', { name: quiz.title, exact: true }).click();
  // The first choice question as the learner meets it: prompt and options, none answered yet.
  let shown = false;
  await takeQuiz(page, 'en', quiz, new Set(), async (question) => {
    if (shown || !['single', 'scenario'].includes(question.type)) return;
    shown = true;
    await screenshot(page, 'quiz-question-options');
  });
  expect(shown).toBe(true);
  await expect(page.getByText(label('en', 'quiz.correctCount', { count: quiz.questions.length, total: quiz.questions.length })).isVisible()).resolves.toBe(true);
  await screenshot(page, 'quiz-passed');

  await page.getByRole('button', { name: label('en', 'quiz.retry') }).click();
  await takeQuiz(page, 'en', quiz, new Set([missed.id]));
  await screenshot(page, 'quiz-one-missed');

  await goTo(page, 'en', 'nav.review', 'review.title');
  await page.getByText(shownText(missed.prompt)).waitFor();
  await answerQuestion(page, 'en', missed, true);
  await page.getByRole('button', { name: label('en', 'review.rating.good') }).waitFor();
  await screenshot(page, 'review-card-answered');
  await page.getByRole('button', { name: label('en', 'review.rating.good') }).click();
  await page.getByRole('heading', { level: 2, name: label('en', 'review.doneTitle') }).waitFor();
  await screenshot(page, 'review-done');
  expect(app.browser.problems).toEqual([]);
});
