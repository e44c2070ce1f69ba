// The app loads in a browser from the web host and greets a new learner with the first-run screen,
// in English and in Chinese, in the light and the dark theme.
import { afterEach, expect, it } from 'vitest';
import type { AppSession } from './appSession';
import { openApp } from './appSession';
import { screenshot } from './browser';
import { label, signUp } from './learner';

let app: AppSession | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

it('shows the first-run screen and hides the token from the address bar', async () => {
  app = await openApp();
  const { page } = app;
  await page.getByRole('heading', { level: 1, name: label('en', 'firstRun.title') }).waitFor();
  await expect(page.getByRole('button', { name: label('en', 'firstRun.start') }).isVisible()).resolves.toBe(true);
  expect(new URL(page.url()).searchParams.has('token')).toBe(false);
  await screenshot(page, 'first-run');
  expect(app.browser.problems).toEqual([]);
});

it('signs a learner up in Chinese, in the dark theme', async () => {
  app = await openApp({ colorScheme: 'dark' });
  const { page } = app;
  await signUp(page, { name: '李娜', role: 'order-coordinator', lang: 'zh-CN' });
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
  await expect(page.getByRole('navigation', { name: label('zh-CN', 'nav.label') }).isVisible()).resolves.toBe(true);
  await screenshot(page, 'home-zh-dark');
  expect(app.browser.problems).toEqual([]);
});
