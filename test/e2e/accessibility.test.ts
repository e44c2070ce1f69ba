// axe-core on every screen, in both languages and both themes, as a trainer sees the app (the trainer tools
// included): the suite fails on any violation. One pass per screen per configuration keeps the run bounded.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import type { Lang } from '../../core/model';
import { formatRoute, type Route } from '../../renderer/routing/routes';
import type { AppSession } from './appSession';
import { openApp } from './appSession';
import { axeViolations, type Violation } from './axe';
import { firstCase, pathOf, playbookOf, firstQuizOnPath, shippedContent } from './contentFacts';
import { answerQuestion, label, questionOnScreen, signUp } from './learner';

const workspaces: string[] = [];
afterAll(() => Promise.all(workspaces.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A workspace whose playbook section a quiz question teaches from, so Freshness has a change to accept once it is edited. */
async function seedWorkspace(lang: Lang): Promise<{ dir: string; playbook: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-e2e-axe-'));
  workspaces.push(dir);
  const playbook = path.join(dir, 'playbooks', lang, 'pricing.md');
  await mkdir(path.dirname(playbook), { recursive: true });
  await writeFile(playbook, ['---', 'id: pricing', 'title: Pricing discipline', `lang: ${lang}`, 'owner: Sales ops', 'reviewEvery: 90', 'verified: 2020-01-10', '---', 'Know what the customer needs first.', '', '## Budget first {#budget}', '', 'Ask about the budget, then quote.', ''].join('\n'));
  const quizzes = path.join(dir, 'content', 'quizzes', lang);
  await mkdir(quizzes, { recursive: true });
  await writeFile(path.join(quizzes, 'quiz-pricing.yaml'), ['id: quiz-pricing', `lang: ${lang}`, 'title: Pricing quiz', 'playbook: pricing', 'questions:', '  - id: q1', '    type: truefalse', '    prompt: Quote first, then ask about the budget.', '    answer: false', '    explain: Budget first.', '    ref: pricing#budget', ''].join('\n'));
  return { dir, playbook };
}

/** Waits until the screen has its heading and nothing is loading any more. */
async function settle(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => document.querySelector('.state-loading') === null);
}

async function visit(page: Page, route: Route): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), formatRoute(route));
  await settle(page);
}

const CONFIGS: { lang: Lang; colorScheme: 'light' | 'dark' }[] = [
  { lang: 'en', colorScheme: 'light' },
  { lang: 'en', colorScheme: 'dark' },
  { lang: 'zh-CN', colorScheme: 'light' },
  { lang: 'zh-CN', colorScheme: 'dark' },
];

for (const { lang, colorScheme } of CONFIGS) {
  it(`finds no accessibility violation on any screen in ${lang}, ${colorScheme} theme`, async () => {
    const content = await shippedContent();
    const role = 'regional-manager';
    const quiz = firstQuizOnPath(content, pathOf(content, role, lang), lang);
    const replay = firstCase(content, lang);
    const playbook = playbookOf(content, quiz.playbook ?? content.playbooks[0]!.id, lang);
    const workspace = await seedWorkspace(lang);
    let app: AppSession | undefined;
    try {
      app = await openApp({ workspace: workspace.dir, colorScheme });
      const { page } = app;
      const found: Violation[] = [];
      // The first run greets in the browser's language (English here) until another is picked.
      await page.getByRole('radio', { name: label('en', `lang.${lang}`) }).check();
      await page.getByLabel(label(lang, 'firstRun.name')).waitFor();
      found.push(...(await axeViolations(page, 'first run')));
      await signUp(page, { name: lang === 'en' ? 'Dana' : '王敏', role, lang });
      // A section the quiz question teaches from changes on disk: Freshness offers to accept it.
      const text = await readFile(workspace.playbook, 'utf8');
      await writeFile(workspace.playbook, text.replace('Ask about the budget, then quote.', 'Ask about the budget and the decision process, then quote.'));

      const screens: [string, Route][] = [
        ['home', { name: 'home' }],
        ['library', { name: 'library' }],
        ['reader', { name: 'playbook', id: playbook.id }],
        ['search', { name: 'search', query: lang === 'en' ? 'price' : '价格' }],
        ['quiz', { name: 'quiz', id: quiz.id }],
        ['review', { name: 'review' }],
        ['cases', { name: 'cases' }],
        ['case', { name: 'case', id: replay.id }],
        ['path', { name: 'path' }],
        ['progress', { name: 'progress' }],
        ['prep', { name: 'prep' }],
        ['settings', { name: 'settings' }],
        ['diagnostics', { name: 'diagnostics' }],
        ['editor', { name: 'editor', doc: { kind: 'case', id: replay.id, lang } }],
        ['lessons', { name: 'lessons' }],
        ['capture', { name: 'capture' }],
      ];
      for (const [name, route] of screens) {
        await visit(page, route);
        found.push(...(await axeViolations(page, name)));
        if (name === 'quiz') {
          // The feedback after an answer has headings of its own.
          await answerQuestion(page, lang, await questionOnScreen(page, quiz), false);
          await page.getByRole('button', { name: label(lang, 'quiz.next') }).waitFor();
          found.push(...(await axeViolations(page, 'quiz feedback')));
        }
      }

      await visit(page, { name: 'freshness' });
      const accept = page.getByRole('button', { name: new RegExp(label(lang, 'freshness.accept') + '|' + label(lang, 'freshness.acceptNamed', { ref: 'pricing#budget' })) });
      await expect.poll(async () => {
        await page.reload();
        await settle(page);
        return accept.count();
      }, { timeout: 10_000 }).toBeGreaterThan(0);
      found.push(...(await axeViolations(page, 'freshness')));

      await page.keyboard.press('Control+k');
      const palette = page.getByRole('dialog', { name: label(lang, 'search.paletteLabel') });
      await palette.getByRole('combobox', { name: label(lang, 'search.inputLabel') }).fill(lang === 'en' ? 'price' : '价格');
      await palette.getByRole('option').first().waitFor();
      found.push(...(await axeViolations(page, 'search palette')));

      expect(found.map((v) => `${v.screen}: ${v.rule} (${v.impact}) ${v.help} — ${v.targets.join(' | ')}`)).toEqual([]);
      expect(app.browser.problems).toEqual([]);
    } finally {
      await app?.close();
    }
  }, 240_000);
}
