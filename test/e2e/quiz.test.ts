// A learner passes the first quiz of their path, retries it missing one question, and meets that question
// again in Review, where answering and rating it empties the queue.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppSession } from './appSession';
import { openApp } from './appSession';
import { screenshot } from './browser';
import { firstQuizOnPath, pathOf, shippedContent, shownText } from './contentFacts';
import { SHORTCUTS } from '../../renderer/shortcuts/shortcutTable';
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
  // Each rating says when the card would come back: a missed card in 10 minutes, a known one days later.
  const ratings = page.getByRole('group', { name: label('en', 'review.rateLabel') });
  const good = ratings.getByRole('button', { name: new RegExp(`^${label('en', 'review.rating.good')}`) });
  await good.waitFor();
  await expect(ratings.getByRole('button', { name: new RegExp(`^${label('en', 'review.rating.again')}`) }).innerText()).resolves.toContain(
    label('en', 'review.interval.minute', { count: 10 }),
  );
  await expect(good.innerText()).resolves.toMatch(/· \d+ d/);
  await ratings.scrollIntoViewIfNeeded();
  await screenshot(page, 'review-intervals');
  await good.click();
  await page.getByRole('heading', { level: 2, name: label('en', 'review.doneTitle') }).waitFor();

  // Undo the rating: the card is back, to be rated again.
  await page.getByRole('button', { name: new RegExp(label('en', 'review.undo')) }).click();
  await page.getByText(shownText(missed.prompt)).waitFor();
  await answerQuestion(page, 'en', missed, true);
  await good.click();
  await page.getByRole('heading', { level: 2, name: label('en', 'review.doneTitle') }).waitFor();
  await screenshot(page, 'review-done');

  // "?" lists the shortcuts, the same the keys use.
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: label('en', 'shortcuts.title') });
  await dialog.waitFor();
  await expect(dialog.getByRole('row').count()).resolves.toBe(Object.keys(SHORTCUTS).length + 1);
  await expect(dialog.innerText()).resolves.toContain(label('en', 'shortcuts.undoRating'));
  await screenshot(page, 'shortcut-dialog');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });

  // The library marks the quiz's playbook with the result, and as read once it is.
  const playbook = content.playbooks.find((item) => item.id === quiz.playbook && item.lang === 'en')!;
  await goTo(page, 'en', 'nav.library', 'library.title');
  const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: playbook.title, exact: true }) });
  await expect(card.innerText()).resolves.toContain(label('en', 'library.quizPassed', { score: '100%' }));
  await card.getByRole('link', { name: playbook.title, exact: true }).click();
  const markRead = page.getByRole('button', { name: label('en', 'reader.markRead') });
  await markRead.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: label('en', 'reader.read'), pressed: true }).waitFor();
  // The focus stays on the button rather than dropping to the page.
  await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(label('en', 'reader.read'));
  await goTo(page, 'en', 'nav.library', 'library.title');
  await expect(card.innerText()).resolves.toContain(label('en', 'library.read'));
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'library-read-marks');
  expect(app.browser.problems).toEqual([]);
});
