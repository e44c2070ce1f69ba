// A rep finds tactics in seconds: searches in English, Chinese and pinyin initials from the Ctrl+K palette,
// opens a hit, pins a tactic to a prep sheet and exports the sheet.
import { readFile } from 'node:fs/promises';
import { pinyin } from 'pinyin-pro';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppSession } from './appSession';
import { openApp } from './appSession';
import { screenshot } from './browser';
import { playbookOf, shippedContent } from './contentFacts';
import { label, signUp } from './learner';

let app: AppSession;

beforeAll(async () => {
  app = await openApp();
  await signUp(app.page, { name: 'Chen Jing', role: 'sales-rep', lang: 'en' });
});
afterAll(() => app?.close());

/** Opens the palette with Ctrl+K and types the query; resolves with the palette once hits are listed. */
async function searchFor(page: Page, query: string) {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: label('en', 'search.paletteLabel') });
  await palette.getByRole('combobox', { name: label('en', 'search.inputLabel') }).fill(query);
  await palette.getByRole('listbox', { name: label('en', 'search.results') }).getByRole('option').first().waitFor();
  return palette;
}

/** Opens a hit of the palette and lands on its playbook. */
async function openHit(page: Page, palette: Locator, hitTitle: string, playbookTitle: string) {
  await palette.getByRole('option').filter({ hasText: hitTitle }).first().click();
  await page.getByRole('heading', { level: 1, name: playbookTitle }).waitFor();
}

it('finds a tactic in English, opens it, pins it and exports the prep sheet', async () => {
  const { page } = app;
  const content = await shippedContent();
  const playbook = content.playbooks.find((candidate) => candidate.lang === 'en' && candidate.blocks.some((block) => block.kind === 'tactic'))!;
  const tactic = playbook.blocks.find((block) => block.kind === 'tactic')!;

  const palette = await searchFor(page, tactic.title);
  const hit = palette.getByRole('option').filter({ hasText: tactic.title }).first();
  await expect(hit.innerText()).resolves.toContain(label('en', 'search.type.tactic'));
  await screenshot(page, 'search-english');
  await openHit(page, palette, tactic.title, playbook.title);
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/playbook/${playbook.id}/${tactic.anchor}`);
  await screenshot(page, 'search-opened-tactic');

  const pinPalette = await searchFor(page, tactic.title);
  const pinnedHit = pinPalette.getByRole('option').filter({ hasText: tactic.title }).first();
  await pinnedHit.hover();
  await pinPalette.getByRole('button', { name: label('en', 'pin.labelFor', { title: tactic.title }) }).click();
  // The modal palette covers the app's toasts: it confirms the pin itself, on the hit and in its status line.
  await pinPalette.getByRole('status').getByText(label('en', 'pin.done', { sheet: 'Meeting prep' })).waitFor();
  await expect(pinnedHit.getByText(label('en', 'pin.pinned'), { exact: true }).isVisible()).resolves.toBe(true);
  await screenshot(page, 'search-pinned-in-palette');
  await pinPalette.getByRole('link', { name: label('en', 'pin.openSheet') }).click();
  await page.getByRole('heading', { level: 1, name: label('en', 'prep.title') }).waitFor();
  await page.getByText(tactic.title, { exact: true }).first().waitFor();

  await page.getByLabel(label('en', 'prep.customer'), { exact: true }).fill('Acme Plant 2');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: label('en', 'prep.exportMarkdown') }).click();
  const file = await (await download).path();
  const markdown = await readFile(file, 'utf8');
  expect(markdown).toContain(`## ${tactic.title}`);
  expect(markdown).toContain(`*${playbook.title}*`);
  expect(markdown).toContain('Acme Plant 2');
  await screenshot(page, 'prep-sheet');

  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'prep-sheet-print');
  await page.emulateMedia({ media: 'screen' });
  expect(app.browser.problems).toEqual([]);
});

it('finds Chinese sections by their words and by pinyin initials, and opens one', async () => {
  const { page } = app;
  const content = await shippedContent();
  const playbook = content.playbooks.find((candidate) => candidate.lang === 'zh-CN' && candidate.sections.length > 0)!;
  const section = playbook.sections[0]!;

  const words = await searchFor(page, section.title);
  await words.getByRole('option').filter({ hasText: section.title }).first().waitFor();
  await screenshot(page, 'search-chinese');
  await page.keyboard.press('Escape');

  const han = [...section.title].filter((char) => /\p{Script=Han}/u.test(char)).slice(0, 4).join('');
  const initials = pinyin(han, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
  const byInitials = await searchFor(page, initials);
  await byInitials.getByRole('option').filter({ hasText: han }).first().waitFor();
  await screenshot(page, 'search-pinyin-initials');
  // A hit opens in the language it was found in (pinyin spells Chinese), one click away from the English version.
  await byInitials.getByRole('option').filter({ hasText: han }).first().click();
  await page.locator('#reader-title').getByText(playbook.title, { exact: true }).waitFor();
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/playbook/${playbook.id}/${section.anchor}?lang=zh-CN`);
  await page.getByRole('link', { name: label('en', 'reader.otherLang', { lang: label('en', 'lang.en') }) }).click();
  await page.getByRole('heading', { level: 1, name: playbookOf(content, playbook.id, 'en').title }).waitFor();
  expect(app.browser.problems).toEqual([]);
});
