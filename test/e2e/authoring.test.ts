// A trainer builds the course in the app: a new playbook from the template, checked as it is typed, saved into
// the workspace and found in search at once; an elite rep's lesson captured and turned into a tactic.
// The web host runs on a temporary workspace folder, so nothing is written inside the repository.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppSession } from './appSession';
import { openApp } from './appSession';
import { screenshot } from './browser';
import { playbookOf, shippedContent } from './contentFacts';
import { goTo, label, signUp, startsWith } from './learner';

let app: AppSession;
let workspace: string;

beforeAll(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'pbt-e2e-workspace-'));
  app = await openApp({ workspace });
  await signUp(app.page, { name: 'Wang Min', role: 'sales-manager', lang: 'en' });
});
afterAll(async () => {
  await app?.close();
  await rm(workspace, { recursive: true, force: true });
});

/**
 * The CodeMirror text area of the open file (inside the editor's shadow root, which locators pierce). Its lines,
 * lint marks and active line have no role, so those are found by CodeMirror's own class names.
 */
const sourceOf = (page: Page, file: string) => page.getByRole('textbox', { name: label('en', 'editor.sourceLabel', { path: file }) });
const problems = (page: Page) => page.getByRole('region', { name: startsWith(label('en', 'editor.problems')) });

it('creates a playbook from the template, shows a typo at its line while typing, saves the fix and finds it in search', async () => {
  const { page } = app;
  const file = 'playbooks/en/procurement-gatekeepers.md';
  await goTo(page, 'en', 'trainerNav.editor', 'editor.title');
  await page.getByRole('button', { name: label('en', 'editor.new') }).click();
  await page.getByRole('menuitem', { name: label('en', 'editor.kind.playbook') }).click();
  const dialog = page.getByRole('dialog', { name: label('en', 'newItem.title') });
  await dialog.getByLabel(label('en', 'newItem.itemTitle')).fill('Procurement gatekeepers');
  await dialog.getByLabel(label('en', 'newItem.id')).fill('procurement-gatekeepers');
  await screenshot(page, 'editor-new-item');
  await dialog.getByRole('button', { name: label('en', 'newItem.create') }).click();

  const source = sourceOf(page, file);
  await source.waitFor();
  await expect(page.getByText(label('en', 'editor.newFile')).isVisible()).resolves.toBe(true);
  await problems(page).getByText(label('en', 'editor.noProblems')).waitFor();

  // A misspelt front-matter field on line 3, typed into the editor.
  await source.locator('.cm-line').nth(1).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('titel: Typo');
  const problem = problems(page).getByRole('button', { name: /titel/ });
  await problem.waitFor();
  await expect(problem.innerText()).resolves.toContain(label('en', 'editor.lineColumn', { line: 3, column: 1 }));
  await expect(source.locator('.cm-line').nth(2).locator('.cm-lintRange-error').innerText()).resolves.toBe('titel:');
  await screenshot(page, 'editor-typo-at-line');

  // Fixed by replacing the line with a valid field, then saved with Ctrl+S.
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('author: Wang Min');
  await problems(page).getByText(label('en', 'editor.noProblems')).waitFor();
  await page.keyboard.press('Control+s');
  await page.getByRole('status').getByText(label('en', 'editor.saved', { path: file })).waitFor();
  // Saved, the new item reopens from disk with the cursor where it was.
  await page.waitForURL((url) => url.hash === '#/editor/playbook/en/procurement-gatekeepers?line=3');
  await sourceOf(page, file).waitFor();
  await page.getByText(label('en', 'editor.allSaved')).waitFor();
  await expect
    .poll(() =>
      sourceOf(page, file).evaluate((element) => {
        const root = element.getRootNode();
        return root instanceof ShadowRoot && root.activeElement === element;
      }),
    )
    .toBe(true);
  const saved = await readFile(path.join(workspace, ...file.split('/')), 'utf8');
  expect(saved).toContain('\nauthor: Wang Min\n');
  expect(saved).not.toContain('titel');
  // The preview of the saved file, rendered from the template's first section.
  await page.getByRole('heading', { name: 'When to use it' }).waitFor();
  await screenshot(page, 'editor-saved');

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: label('en', 'search.paletteLabel') });
  await palette.getByRole('combobox', { name: label('en', 'search.inputLabel') }).fill('procurement gatekeepers');
  await palette.getByRole('option').filter({ hasText: 'Procurement gatekeepers' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Procurement gatekeepers' }).waitFor();
  expect(app.browser.problems).toEqual([]);
});

it('captures a lesson and turns it into a tactic in a built-in playbook, opened at its line', async () => {
  const { page } = app;
  const content = await shippedContent();
  const target = playbookOf(content, 'account-team', 'en');
  const section = target.sections[1]!;
  const title = 'Bring the delivery owner to the first site visit';

  await page.getByRole('navigation', { name: label('en', 'nav.label') }).getByRole('link', { name: label('en', 'trainerNav.capture') }).click();
  await page.getByRole('heading', { level: 1, name: label('en', 'capture.title') }).waitFor();
  await page.getByRole('button', { name: label('en', 'capture.submit') }).click();
  await expect(page.getByText(label('en', 'capture.required')).count()).resolves.toBe(4);
  await page.getByLabel(label('en', 'capture.situation')).fill('The plant manager doubted we could install during the summer shutdown.');
  await page.getByLabel(label('en', 'capture.action')).fill('I brought our delivery lead to the first site visit to walk the line with him.');
  await page.getByLabel(label('en', 'capture.result')).fill('He signed off the schedule on the spot and asked for the same lead on the next project.');
  await page.getByLabel(label('en', 'capture.lesson')).fill('Delivery doubts are answered by the person who will deliver, not by the rep.');
  await page.getByLabel(label('en', 'capture.lessonTitle')).fill(title);
  await page.getByLabel(label('en', 'capture.tags')).fill('delivery, site visit');
  await screenshot(page, 'lesson-capture');
  await page.getByRole('button', { name: label('en', 'capture.submit') }).click();
  await page.getByRole('heading', { level: 2, name: label('en', 'capture.doneTitle') }).waitFor();

  await goTo(page, 'en', 'trainerNav.lessons', 'lessons.title');
  await page.getByRole('button', { name: new RegExp(title) }).click();
  await page.getByRole('heading', { level: 2, name: title }).waitFor();
  await page.getByRole('radio', { name: label('en', 'convert.kind.tactic') }).check();
  await page.getByLabel(label('en', 'convert.item.tactic')).selectOption({ label: target.title });
  const sectionPicker = page.getByLabel(label('en', 'convert.section'));
  await expect.poll(() => sectionPicker.isEnabled()).toBe(true);
  await sectionPicker.selectOption({ label: section.title });
  await screenshot(page, 'lesson-inbox');
  await page.getByRole('button', { name: label('en', 'convert.submit') }).click();

  const file = 'playbooks/en/account-team.md';
  await page.waitForURL((url) => url.hash.startsWith('#/editor/playbook/en/account-team?line='));
  const line = Number(new URL(page.url()).hash.split('line=')[1]);
  const source = sourceOf(page, file);
  await source.waitFor();
  await expect.poll(() => source.locator('.cm-activeLine').innerText()).toBe(`::: tactic ${title}`);
  const onDisk = (await readFile(path.join(workspace, ...file.split('/')), 'utf8')).split('\n');
  expect(onDisk[line - 1]).toBe(`::: tactic ${title}`);
  // The built-in playbook was forked into the workspace on the way: the copy opens editable.
  await expect(page.getByRole('toolbar', { name: label('en', 'editor.toolbar') }).getByRole('status').innerText()).resolves.toBe(label('en', 'editor.allSaved'));
  await screenshot(page, 'lesson-became-tactic');
  expect(app.browser.problems).toEqual([]);
});
