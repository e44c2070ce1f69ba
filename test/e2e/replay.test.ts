// A learner replays a case to the end, leaving the elite path at the first decision, and reads the debrief:
// the score as a share of the elite path and the place where they diverged.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CaseOption, CaseReplay, CaseStep } from '../../core/model';
import { END } from '../../core/model';
import { createI18n } from '../../renderer/i18n/I18nContext';
import type { AppSession } from './appSession';
import { openApp } from './appSession';
import { screenshot } from './browser';
import { firstCase, shippedContent, shownText } from './contentFacts';
import { goTo, label, signUp } from './learner';

let app: AppSession;

beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app?.close());

it('replays a case to the end and shows the debrief', async () => {
  const { page } = app;
  const caseReplay = firstCase(await shippedContent(), 'en');
  const steps = new Map(caseReplay.steps.map((step) => [step.id, step]));

  await signUp(page, { name: 'Sun Li', role: 'sales-rep', lang: 'en' });
  await goTo(page, 'en', 'nav.cases', 'cases.title');
  await page.getByRole('link', { name: caseReplay.title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: caseReplay.title }).waitFor();

  let points = 0;
  let diverged = false;
  for (let stepId = caseReplay.start; stepId !== END; ) {
    const step = steps.get(stepId)!;
    if (!step.decision) {
      await page.getByRole('button', { name: label('en', 'replay.continue'), exact: true }).click();
      stepId = step.next ?? END;
      continue;
    }
    // Leave the elite path once, at the first decision that offers another way.
    const other: CaseOption | undefined = diverged ? undefined : step.decision.options.find((option) => !option.elite);
    const option = other ?? step.decision.options.find((candidate) => candidate.elite)!;
    diverged ||= other !== undefined;
    await page.getByRole('button', { name: shownText(option.text), exact: true }).click();
    await page.getByText(shownText(option.outcome)).first().waitFor();
    points += option.points;
    stepId = option.next;
  }

  const elitePoints = elitePathPoints(caseReplay);
  await page.getByRole('heading', { level: 2, name: label('en', 'replay.debriefTitle') }).waitFor();
  await expect(page.getByText(label('en', 'replay.ofElite', { points, elitePoints }), { exact: true }).isVisible()).resolves.toBe(true);
  const score = createI18n('en').percent(Math.min(1, points / elitePoints));
  await expect(page.getByText(score, { exact: true }).first().isVisible()).resolves.toBe(true);
  await expect(page.getByText(label('en', 'replay.divergencesTitle')).isVisible()).resolves.toBe(true);
  await expect(page.getByRole('button', { name: label('en', 'replay.again') }).isVisible()).resolves.toBe(true);
  await page.getByRole('heading', { level: 2, name: label('en', 'replay.debriefTitle') }).scrollIntoViewIfNeeded();
  await screenshot(page, 'replay-debrief');

  // Back to the decision where the learner left the elite path, as a new attempt from there.
  const { step: firstDiverged, decisionIndex } = firstDetour(caseReplay);
  const goBack = page.getByRole('button', { name: label('en', 'replay.goBack') }).nth(decisionIndex);
  await goBack.scrollIntoViewIfNeeded();
  await screenshot(page, 'replay-debrief-jump-back');
  await goBack.click();
  const elite = firstDiverged.decision!.options.find((option) => option.elite)!;
  const eliteButton = page.getByRole('button', { name: shownText(elite.text), exact: true });
  await eliteButton.waitFor();
  await expect(page.getByText(new RegExp(label('en', 'replay.decisionOf', { n: decisionIndex + 1, total: 99 }).replace('99', '\\d+'))).isVisible()).resolves.toBe(true);
  await expect(page.getByRole('heading', { level: 2, name: label('en', 'replay.debriefTitle') }).count()).resolves.toBe(0);
  // The options are in view, not below the fold.
  await expect(eliteButton.evaluate((button) => button.getBoundingClientRect().bottom <= window.innerHeight)).resolves.toBe(true);
  await screenshot(page, 'replay-jumped-back');

  // The elite way from there to the end: the new attempt scores the elite path.
  for (let stepId: string = firstDiverged.id; stepId !== END; ) {
    const step = steps.get(stepId)!;
    if (!step.decision) {
      await page.getByRole('button', { name: label('en', 'replay.continue'), exact: true }).click();
      stepId = step.next ?? END;
      continue;
    }
    const option = step.decision.options.find((candidate) => candidate.elite)!;
    await page.getByRole('button', { name: shownText(option.text), exact: true }).click();
    await page.getByText(shownText(option.outcome)).first().waitFor();
    stepId = option.next;
  }
  await page.getByRole('heading', { level: 2, name: label('en', 'replay.debriefTitle') }).waitFor();
  await expect(page.getByText(label('en', 'replay.noDivergences')).isVisible()).resolves.toBe(true);
  expect(app.browser.problems).toEqual([]);
});

/** The first decision along the elite path that offers another way (where the run above left it), and its number. */
function firstDetour(caseReplay: CaseReplay): { step: CaseStep; decisionIndex: number } {
  const steps = new Map(caseReplay.steps.map((step) => [step.id, step]));
  let decisionIndex = 0;
  for (let step = steps.get(caseReplay.start); step; ) {
    const elite = step.decision?.options.find((option) => option.elite);
    if (step.decision?.options.some((option) => !option.elite)) return { step, decisionIndex };
    if (elite) decisionIndex++;
    step = steps.get(elite ? elite.next : (step.next ?? END));
  }
  throw new Error(`Case ${caseReplay.id} has no decision with another way.`);
}

it('resumes a replay after the host restarts, each narrative step shown once', async () => {
  const { page } = app;
  const caseReplay = firstCase(await shippedContent(), 'en');
  const steps = new Map(caseReplay.steps.map((step) => [step.id, step]));
  const timeline = page.getByRole('list', { name: label('en', 'replay.timeline') });

  await goTo(page, 'en', 'nav.cases', 'cases.title');
  await page.getByRole('link', { name: caseReplay.title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: caseReplay.title }).waitFor();

  // Up to the first decision, the elite choice there, and one step of the narrative after it.
  const seen: string[] = [];
  let step = steps.get(caseReplay.start)!;
  for (; !step.decision; step = steps.get(step.next!)!) {
    seen.push(step.id);
    await page.getByRole('button', { name: label('en', 'replay.continue'), exact: true }).click();
  }
  seen.push(step.id);
  const elite = step.decision.options.find((option) => option.elite)!;
  await page.getByRole('button', { name: shownText(elite.text), exact: true }).click();
  await page.getByText(shownText(elite.outcome)).first().waitFor();
  step = steps.get(elite.next)!;
  seen.push(step.id);
  if (!step.decision && step.next && step.next !== END) {
    await page.getByRole('button', { name: label('en', 'replay.continue'), exact: true }).click();
    step = steps.get(step.next)!;
    seen.push(step.id);
  }
  // The timeline grows after the click settles: wait for the last expected item, then require exactly that many.
  await timeline.getByRole('listitem').nth(seen.length - 1).waitFor();
  await expect(timeline.getByRole('listitem').count()).resolves.toBe(seen.length);

  await app.restartHost();
  await goTo(page, 'en', 'nav.cases', 'cases.title');
  await page.getByRole('link', { name: caseReplay.title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: caseReplay.title }).waitFor();
  // Only choices are saved: the narrative after the last one is passed again up to the next decision, never twice.
  while (!step.decision && step.next && step.next !== END && steps.get(step.next)) {
    step = steps.get(step.next)!;
    seen.push(step.id);
  }
  const shown = (await timeline.getByRole('listitem').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  expect(shown).toHaveLength(seen.length);
  expect(shown.map((text, i) => text.startsWith(shownText(steps.get(seen[i]!)!.narrative).slice(0, 40)))).toEqual(seen.map(() => true));
  await page.getByText(shownText(elite.outcome)).first().scrollIntoViewIfNeeded();
  await screenshot(page, 'replay-resumed');
  expect(app.browser.problems).toEqual([]);
});

/** Points along the elite rep's choices from the start to the end. */
function elitePathPoints(caseReplay: CaseReplay): number {
  const steps = new Map(caseReplay.steps.map((step) => [step.id, step]));
  let total = 0;
  for (let step = steps.get(caseReplay.start); step; ) {
    const elite = step.decision?.options.find((option) => option.elite);
    total += elite?.points ?? 0;
    step = steps.get(elite ? elite.next : (step.next ?? END));
  }
  return total;
}
