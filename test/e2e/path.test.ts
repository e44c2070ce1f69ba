// A new sales rep follows their learning path: opens the first playbook, marks it read, sees the module done;
// the host restarts on the same data folder and the progress is still there.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppSession } from './appSession';
import { openApp } from './appSession';
import { screenshot } from './browser';
import { pathOf, playbookOf, shippedContent } from './contentFacts';
import { goTo, label, signUp } from './learner';

let app: AppSession;

beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app?.close());

it('follows the path, and finds the progress again after the host restarts', async () => {
  const { page } = app;
  const content = await shippedContent();
  const path = pathOf(content, 'sales-rep', 'en');
  const first = path.modules.find((module) => module.kind === 'playbook');
  if (!first) throw new Error(`Path ${path.id} starts without a playbook.`);
  const playbook = playbookOf(content, first.id, 'en');

  await signUp(page, { name: 'Wang Fang', role: 'sales-rep', lang: 'en' });
  await goTo(page, 'en', 'nav.path', 'path.title');
  const moduleItem = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: playbook.title, exact: true }) });
  await expect(moduleItem.innerText()).resolves.toContain(label('en', 'status.todo'));

  await moduleItem.getByRole('link', { name: playbook.title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: playbook.title }).waitFor();
  await page.getByRole('button', { name: label('en', 'reader.markRead') }).click();
  await page.getByRole('button', { name: label('en', 'reader.read'), pressed: true }).waitFor();

  await goTo(page, 'en', 'nav.path', 'path.title');
  await expect(moduleItem.innerText()).resolves.toContain(label('en', 'status.done'));
  await screenshot(page, 'path-module-done');

  // A checklist in the reader ticks into a prep sheet (started by the first tick), and the sheet shows the tick.
  const withChecklist = content.playbooks.find((item) => item.lang === 'en' && item.blocks.some((block) => block.kind === 'checklist'))!;
  const block = withChecklist.blocks.find((item) => item.kind === 'checklist')!;
  await page.evaluate((hash) => (window.location.hash = hash), `#/playbook/${withChecklist.id}/${block.anchor}`);
  await page.getByRole('heading', { level: 1, name: withChecklist.title }).waitFor();
  const checklist = page.locator(`section[id="${block.anchor}"]`);
  await checklist.getByText(label('en', 'reader.ticksNew')).waitFor();
  const firstBox = checklist.getByRole('checkbox').first();
  await firstBox.check();
  // The first tick starts a sheet under the back end's default title.
  await checklist.getByText(new RegExp(`^${label('en', 'reader.ticksTo', { sheet: '' }).slice(0, -2)}`)).waitFor();
  await expect(firstBox.isChecked()).resolves.toBe(true);
  await checklist.scrollIntoViewIfNeeded();
  await screenshot(page, 'reader-checklist-ticked');
  await goTo(page, 'en', 'nav.prep', 'prep.title');
  const pinnedList = page.getByRole('list', { name: label('en', 'prep.checklistFor', { title: block.title }) });
  await expect(pinnedList.getByRole('checkbox').first().isChecked()).resolves.toBe(true);
  await expect(pinnedList.getByRole('checkbox').nth(1).isChecked()).resolves.toBe(false);

  await app.restartHost();
  await page.getByRole('heading', { level: 1, name: label('en', 'home.greeting', { name: 'Wang Fang' }) }).waitFor();
  await goTo(page, 'en', 'nav.path', 'path.title');
  await expect(moduleItem.innerText()).resolves.toContain(label('en', 'status.done'));
  await screenshot(page, 'path-after-restart');
  expect(app.browser.problems).toEqual([]);
});

it('marks the section that goes beyond the source article with a note right under its heading', async () => {
  const { page } = app;
  const playbook = playbookOf(await shippedContent(), 'relationship-layers', 'en');
  const mark = playbook.beyond?.find((entry) => entry.section !== undefined);
  const section = playbook.sections.find((candidate) => candidate.anchor === mark?.section);
  if (!mark || !section) throw new Error(`Playbook ${playbook.id} marks no section as going beyond the source article.`);

  await goTo(page, 'en', 'nav.library', 'library.title');
  await page.getByRole('link', { name: playbook.title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: playbook.title }).waitFor();
  const heading = page.getByRole('heading', { level: 2, name: section.title, exact: true });
  // The note is the first thing after the heading, before the section's text.
  const note = heading.locator('xpath=following-sibling::*[1]').getByRole('note');
  await expect(note.innerText().then((text) => text.split(/\n+/))).resolves.toEqual([label('en', `beyond.${mark.kind}`), mark.note]);
  await expect(note.isVisible()).resolves.toBe(true);
  await heading.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await screenshot(page, 'reader-beyond-note');
  expect(app.browser.problems).toEqual([]);
});
