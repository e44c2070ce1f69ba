// What a learner does in the UI, written once for all flows. Controls are found the way assistive technology
// finds them (role and accessible name, labels from the app's own dictionaries), never by CSS class.
import type { Locator, Page } from 'playwright-core';
import type { Lang, Question, Quiz, RoleId } from '../../core/model';
import type { MessageKey } from '../../renderer/i18n/en';
import { createI18n } from '../../renderer/i18n/I18nContext';
import { shownText } from './contentFacts';

export function label(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  return createI18n(lang).t(key, vars);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An accessible name starting with `text` (role options also carry a description after the name). */
export const startsWith = (text: string) => new RegExp(`^\\s*${escapeRegExp(text)}`);

export async function signUp(page: Page, options: { name: string; role: RoleId; lang: Lang }): Promise<void> {
  const { name, role, lang } = options;
  await page.getByRole('radio', { name: label('en', `lang.${lang}`) }).check();
  await page.getByLabel(label(lang, 'firstRun.name')).fill(name);
  await page.getByRole('radio', { name: startsWith(label(lang, `role.${role}`)) }).check();
  await page.getByRole('button', { name: label(lang, 'firstRun.start') }).click();
  // A first visit is welcomed (not "welcome back"), with the keyboard focus on that heading.
  const heading = page.getByRole('heading', { level: 1, name: label(lang, 'home.welcome', { name }) });
  await heading.waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
}

/** Follows a link of the main navigation and waits for the page's heading. */
export async function goTo(page: Page, lang: Lang, entry: MessageKey, heading: MessageKey = entry): Promise<void> {
  await page.getByRole('navigation', { name: label(lang, 'nav.label') }).getByRole('link', { name: startsWith(label(lang, entry)) }).click();
  await page.getByRole('heading', { level: 1, name: label(lang, heading) }).waitFor();
}

/** The form of the question on screen (the only form on a quiz or review page). */
function questionForm(page: Page): Locator {
  return page.locator('form').last();
}

/**
 * Answers the question on screen through its controls, right or wrong, and checks it.
 * A wrong answer scores 0 (so the card is due again today): the other option, the other truth value, forgot.
 */
export async function answerQuestion(page: Page, lang: Lang, question: Question, right: boolean): Promise<void> {
  const form = questionForm(page);
  switch (question.type) {
    case 'single':
    case 'scenario':
    case 'multiple': {
      const picks = question.options.filter((option) => option.correct === right);
      const chosen = right ? picks : picks.slice(0, 1);
      for (const option of chosen) {
        await form.getByRole(question.type === 'multiple' ? 'checkbox' : 'radio', { name: shownText(option.text), exact: true }).check();
      }
      break;
    }
    case 'truefalse':
      await form.getByRole('radio', { name: label(lang, question.answer === right ? 'quiz.true' : 'quiz.false') }).check();
      break;
    case 'order':
      if (right) await putInOrder(form, lang, question.steps);
      break;
    case 'match':
      for (const [index, [left, rightText]] of question.pairs.entries()) {
        const target = right ? rightText : question.pairs[(index + 1) % question.pairs.length]![1];
        await form.getByLabel(left, { exact: true }).selectOption({ label: target });
      }
      break;
    case 'recall':
      await form.getByRole('button', { name: label(lang, 'quiz.showAnswer') }).click();
      await form.getByText(shownText(question.back)).first().waitFor();
      await form.getByRole('button', { name: label(lang, right ? 'quiz.remembered' : 'quiz.forgot') }).click();
      return;
  }
  await form.getByRole('button', { name: label(lang, 'quiz.check') }).click();
}

/** Moves each step up to its place with the "Move up" buttons, first step first. */
async function putInOrder(form: Locator, lang: Lang, steps: string[]): Promise<void> {
  const items = form.getByRole('list').first().getByRole('listitem');
  for (const [target, step] of steps.entries()) {
    const shown = (await items.allInnerTexts()).map((text) => text.replace(/^\d+\s*/, '').trim());
    for (let at = shown.findIndex((text) => text.startsWith(step)); at > target; at--) {
      await form.getByRole('button', { name: label(lang, 'quiz.moveUp', { item: step }), exact: true }).click();
    }
  }
}

/** Plays a whole quiz from its first question; `wrong` names the questions to miss. Ends on the result. */
export async function takeQuiz(
  page: Page,
  lang: Lang,
  quiz: Quiz,
  wrong: ReadonlySet<string> = new Set(),
  /** Called with each question on screen before it is answered. */
  onQuestion?: (question: Question) => Promise<void>,
): Promise<void> {
  await page.getByRole('heading', { level: 1, name: quiz.title }).waitFor();
  for (let n = 1; n <= quiz.questions.length; n++) {
    await page.getByText(label(lang, 'quiz.questionOf', { n, total: quiz.questions.length })).waitFor();
    const question = await questionOnScreen(page, quiz);
    await onQuestion?.(question);
    await answerQuestion(page, lang, question, !wrong.has(question.id));
    const next = label(lang, n === quiz.questions.length ? 'quiz.seeResults' : 'quiz.next');
    await page.getByRole('button', { name: next }).click();
  }
  const score = (quiz.questions.length - wrong.size) / quiz.questions.length;
  await page.getByRole('heading', { level: 2, name: label(lang, score >= quiz.passScore ? 'quiz.passed' : 'quiz.failed') }).waitFor();
}

/** Which question of the quiz is shown, recognised by its prompt (or card front). */
export async function questionOnScreen(page: Page, quiz: Quiz): Promise<Question> {
  const text = (await questionForm(page).innerText()).replace(/\s+/g, ' ');
  const question = quiz.questions.find((candidate) => text.includes(shownText(candidate.type === 'recall' ? candidate.front : candidate.prompt)));
  if (!question) throw new Error(`No question of ${quiz.id} matches the screen:\n${text}`);
  return question;
}
