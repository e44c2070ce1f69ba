// A rep answers a question on the web host pointed at an LRS (the stand-in, which validates every statement):
// the statement arrives, and Settings → Learning records counts it as sent.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EXTENSIONS, VERBS } from '../../core/records/xapiVocabulary';
import { DEFAULT_USER, startLrsStandIn, type LrsStandIn } from '../lrs/LrsStandIn';
import type { AppSession } from './appSession';
import { openApp } from './appSession';
import { screenshot } from './browser';
import { firstQuizOnPath, pathOf, shippedContent } from './contentFacts';
import { answerQuestion, goTo, label, questionOnScreen, signUp } from './learner';

let lrs: LrsStandIn;
let app: AppSession;

beforeAll(async () => {
  lrs = await startLrsStandIn();
  app = await openApp({ env: { PBT_LRS_ENDPOINT: lrs.endpoint, PBT_LRS_KEY: DEFAULT_USER.key, PBT_LRS_SECRET: DEFAULT_USER.secret } });
});
afterAll(async () => {
  await app?.close();
  await lrs?.close();
});

it('sends the answer to a question to the LRS and shows it as sent in Settings', async () => {
  const { page } = app;
  const content = await shippedContent();
  const quiz = firstQuizOnPath(content, pathOf(content, 'sales-rep', 'en'), 'en');

  await signUp(page, { name: 'Zhao Lei', role: 'sales-rep', lang: 'en' });
  await goTo(page, 'en', 'nav.path', 'path.title');
  await page.getByRole('link', { name: quiz.title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: quiz.title }).waitFor();
  const question = await questionOnScreen(page, quiz);
  await answerQuestion(page, 'en', question, true);

  // The sender posts right after the event; the stand-in has validated it on arrival.
  await expect.poll(() => lrs.statements().length, { timeout: 10_000 }).toBe(1);
  const [answered] = lrs.statements();
  expect(answered).toMatchObject({
    verb: { id: VERBS.answered },
    actor: { name: 'Zhao Lei' },
    result: { success: true, score: { scaled: 1 } },
    context: { extensions: { [EXTENSIONS.content]: { kind: 'question', id: quiz.id, part: question.id } } },
  });

  await goTo(page, 'en', 'nav.settings', 'settings.title');
  const section = page.getByRole('region', { name: label('en', 'records.title') });
  await section.getByText(label('en', 'records.counts', { queued: 0, sent: 1 })).waitFor();
  await expect(section.getByText(label('en', 'records.credentialsFromEnv')).isVisible()).resolves.toBe(true);
  await section.getByRole('button', { name: label('en', 'records.test') }).click();
  await expect(section.getByRole('status').innerText()).resolves.toMatch(/^Connected/);
  await section.getByText(label('en', 'records.whatIsSent')).click();
  await section.getByText(label('en', 'records.nothingQueued')).waitFor();
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'learning-records-settings');
});
