// axe-core in the page under test, put there through the browser's own script evaluation (the DevTools protocol):
// the app's CSP allows no script of ours, and it stays as users get it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One rule broken on one screen: the rule, how bad, and where (CSS selectors of the offending elements). */
export interface Violation {
  screen: string;
  rule: string;
  impact: string;
  targets: string[];
  help: string;
}

/** Runs axe once over the whole document as it is now (WCAG 2.x A and AA and axe's best practices). */
export async function axeViolations(page: Page, screen: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource);
  // Colours are judged as they end up, not half-way through a fade-in.
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
  const results = await page.evaluate(() => (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe.run(document));
  return results.violations.map((violation) => ({
    screen,
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    targets: violation.nodes.map((node) => node.target.join(' ')),
    help: violation.help,
  }));
}
