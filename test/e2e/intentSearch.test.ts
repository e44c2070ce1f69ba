// A rep types the situation, not keywords: a Chinese objection in the English UI reaches the tactic that answers
// it with two keys and opens it in Chinese; a query with no match offers what to try instead; the palette runs
// commands. Screenshots of the palette for the questions reps asked.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppSession } from './appSession';
import { openApp } from './appSession';
import { screenshot } from './browser';
import { shippedContent } from './contentFacts';
import { label, signUp } from './learner';

let app: AppSession;

beforeAll(async () => {
  app = await openApp();
  await signUp(app.page, { name: 'Li Na', role: 'sales-rep', lang: 'en' });
});
afterAll(() => app?.close());

function palette(page: Page) {
  return page.getByRole('dialog', { name: label('en', 'search.paletteLabel') });
}

/** Opens the palette, types the query and waits for the answer to it (hits, or the no-result view). */
async function ask(page: Page, query: string) {
  const dialog = palette(page);
  if (!(await dialog.isVisible())) await page.keyboard.press('Control+k');
  await dialog.waitFor();
  await dialog.getByRole('combobox', { name: label('en', 'search.inputLabel') }).fill(query);
  await dialog.locator('.palette-hit, .search-suggestions').first().waitFor();
  return dialog;
}

/** Closes the palette and waits until it is gone, so the next `ask` does not find it closing. */
async function closePalette(page: Page) {
  await page.keyboard.press('Escape');
  await palette(page).waitFor({ state: 'hidden' });
}

it('reaches the value-case or trade tactic for 客户说价格太高 with two keys and opens it in Chinese', async () => {
  const { page } = app;
  const content = await shippedContent();
  const answers = content.playbooks
    .filter((playbook) => playbook.lang === 'zh-CN' && ['differentiated-solutions', 'opportunity-process'].includes(playbook.id))
    .flatMap((playbook) => playbook.blocks.filter((block) => block.section === 'building-the-offer' || block.section === 'bid-and-negotiate').map((block) => block.title));
  expect(answers).toContain('只交换，不白给');

  const dialog = await ask(page, '客户说价格太高');
  const options = dialog.getByRole('option');
  const titles = await options.evaluateAll((items) => items.map((item) => item.querySelector('.hit-title')?.textContent ?? ''));
  const at = titles.findIndex((title) => answers.includes(title));
  // Two keys: Enter on the first hit, or ↓ then Enter on the second.
  expect(at, titles.join(' | ')).toBeGreaterThanOrEqual(0);
  expect(at).toBeLessThanOrEqual(1);
  await expect(options.nth(at).innerText()).resolves.toContain(label('en', 'search.situation', { situation: '客户说价格太高' }));
  await screenshot(page, 'intent-price-too-high-zh');

  if (at === 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const hash = decodeURIComponent(new URL(page.url()).hash);
  expect(hash).toMatch(/^#\/playbook\/(differentiated-solutions|opportunity-process)\/[^?]+\?lang=zh-CN$/);
  const playbook = content.playbooks.find((candidate) => candidate.lang === 'zh-CN' && hash.includes(`/${candidate.id}/`))!;
  await page.locator('#reader-title').getByText(playbook.title, { exact: true }).waitFor();
  await page.getByRole('link', { name: label('en', 'reader.otherLang', { lang: label('en', 'lang.en') }) }).waitFor();
  await screenshot(page, 'intent-opened-in-chinese');
  expect(app.browser.problems).toEqual([]);
});

it('shows what was tried and what to try instead when nothing matches', async () => {
  const { page } = app;
  const dialog = await ask(page, 'prvce');
  await dialog.getByText(label('en', 'search.tried', { terms: '“prvce”' })).waitFor();
  await dialog.getByText(label('en', 'search.didYouMean')).waitFor();
  await dialog.getByRole('button', { name: 'price', exact: true }).waitFor();
  await dialog.getByText(label('en', 'search.tacticsFor', { tag: 'price war' })).waitFor();
  await screenshot(page, 'intent-no-match-suggestions');
  await dialog.getByRole('button', { name: 'price', exact: true }).click();
  await dialog.locator('.palette-hit').first().waitFor();
  await closePalette(page);
});

it('answers the questions reps asked (screenshots)', async () => {
  const { page } = app;
  const queries: [string, string][] = [
    ['客户嫌贵', 'intent-kehu-xiangui'],
    ['太贵了', 'intent-tai-gui-le'],
    ['打折', 'intent-dazhe'],
    ['price objection', 'intent-price-objection'],
    ['the customer says our price is too high', 'intent-customer-says-price-too-high'],
    ['price too high', 'intent-price-too-high'],
    ['销售天才 80%', 'intent-genius-80'],
    ['我们的联系人离职了', 'intent-contact-left'],
  ];
  for (const [query, name] of queries) {
    const dialog = await ask(page, query);
    expect(await dialog.locator('.palette-hit').count(), query).toBeGreaterThan(0);
    await screenshot(page, name);
    await closePalette(page);
  }
});

it('runs commands from the palette', async () => {
  const { page } = app;
  const dialog = await ask(page, 'review');
  const command = dialog.getByRole('option', { name: label('en', 'search.command.review') });
  await command.waitFor();
  await screenshot(page, 'intent-palette-command');
  await command.click();
  await page.getByRole('heading', { level: 1, name: label('en', 'review.title') }).waitFor();
});

it('opens again on a Ctrl+K pressed straight after Escape', async () => {
  const { page } = app;
  for (let round = 0; round < 5; round++) {
    await ask(page, 'price');
    // No wait between the keys: the palette must not miss the second one while it is closing.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    await palette(page).waitFor({ timeout: 5_000 });
  }
  await closePalette(page);
});
