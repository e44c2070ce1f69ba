// The trainer's editing room: the document alone at the full height of the window, with enough source lines in
// view at 1366×768 and 1024×700; the built-in (read-only) source reachable with Tab; the preview following the
// section the cursor is in.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatRoute } from '../../renderer/routing/routes';
import type { AppSession } from './appSession';
import { openApp } from './appSession';
import { screenshot } from './browser';
import { firstCase, shippedContent } from './contentFacts';
import { label, signUp } from './learner';

let app: AppSession;

beforeAll(async () => {
  app = await openApp();
  await signUp(app.page, { name: 'Dana', role: 'regional-manager', lang: 'en' });
});
afterAll(() => app?.close());

/** How many rows of source text the editor's visible area holds (a wrapped line takes one row per line of text). */
function visibleSourceRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.querySelector('.source-editor')!.shadowRoot!;
    const scroller = root.querySelector<HTMLElement>('.cm-scroller')!;
    const row = Math.min(...Array.from(root.querySelectorAll('.cm-line')).map((line) => line.getBoundingClientRect().height));
    return Math.floor(scroller.clientHeight / row);
  });
}

it('gives the source at least 30 lines at 1366×768, follows the cursor in the preview, and reaches read-only source by keyboard', async () => {
  const { page } = app;
  const content = await shippedContent();
  // The longest English playbook, so the source fills any pane.
  const playbook = content.playbooks.filter((p) => p.lang === 'en').sort((a, b) => b.sections.length - a.sections.length)[0]!;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.evaluate((hash) => (window.location.hash = hash), formatRoute({ name: 'editor', doc: { kind: 'playbook', id: playbook.id, lang: 'en' } }));
  const source = page.getByRole('textbox', { name: label('en', 'editor.sourceLabel', { path: `playbooks/en/${playbook.source.file.split('/').pop()}` }) });
  await source.waitFor();
  const room = page.getByRole('button', { name: label('en', 'editor.room') });
  const preview = page.getByRole('region', { name: label('en', 'editor.preview') });
  await room.click();
  await expect(room.getAttribute('aria-pressed')).resolves.toBe('true');
  await expect.poll(() => visibleSourceRows(page)).toBeGreaterThanOrEqual(30);
  await preview.locator('h2[id]').first().waitFor();
  await screenshot(page, 'editor-room-1366x768');

  // Built-in source is read-only but a tab stop: Tab from the toolbar lands in it.
  await room.focus();
  let reached = false;
  for (let i = 0; i < 12 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await source.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement);
  }
  expect(reached).toBe(true);

  // To the end of the file: the preview shows the last section.
  await page.keyboard.press('Control+End');
  const last = playbook.sections.at(-1)!;
  await expect.poll(() => preview.evaluate((pane, anchor) => {
    const heading = pane.querySelector(`h2[id="${anchor}"]`);
    if (!heading) return 'missing';
    const top = heading.getBoundingClientRect().top - pane.getBoundingClientRect().top;
    return top >= 0 && top < pane.clientHeight / 3 ? 'at top' : `at ${Math.round(top)}`;
  }, last.anchor)).toBe('at top');

  await page.setViewportSize({ width: 1024, height: 700 });
  await expect.poll(() => visibleSourceRows(page)).toBeGreaterThanOrEqual(25);
  await screenshot(page, 'editor-room-1024x700');

  await page.keyboard.press('Escape');
  await expect(room.getAttribute('aria-pressed')).resolves.toBe('false');
  expect(app.browser.problems).toEqual([]);
});

it('draws a case step graph in the room with its edges clear of unrelated steps', async () => {
  const { page } = app;
  const replay = firstCase(await shippedContent(), 'en');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.evaluate((hash) => (window.location.hash = hash), formatRoute({ name: 'editor', doc: { kind: 'case', id: replay.id, lang: 'en' } }));
  const graph = page.getByRole('group', { name: label('en', 'graph.title') });
  await graph.waitFor();
  await page.getByRole('button', { name: label('en', 'editor.room') }).click();
  await graph.scrollIntoViewIfNeeded();
  await screenshot(page, 'editor-room-case-graph');
  expect(app.browser.problems).toEqual([]);
});

