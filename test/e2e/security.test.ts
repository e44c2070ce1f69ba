// Other web pages the learner has open cannot use the web host: a page of another origin gets no answer it can
// read, with or without guessing the token, while the app's own page works.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppSession } from './appSession';
import { openApp } from './appSession';

let app: AppSession;

beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app?.close());

/** Runs `fetch` in the page and reports the status it could read, or the network error it got instead. */
function callFromPage(origin: string, headers: Record<string, string>) {
  return app.page.evaluate(
    async ({ origin, headers }) => {
      try {
        const response = await fetch(`${origin}/api/listProfiles`, { method: 'POST', headers, body: '{}' });
        return { status: response.status };
      } catch (error) {
        return { error: String(error) };
      }
    },
    { origin, headers },
  );
}

it('answers the app page and refuses a page of another origin', async () => {
  const { host, page } = app;
  const json = { 'Content-Type': 'application/json' };
  await expect(callFromPage(host.origin, { ...json, 'X-Playbook-Token': host.token })).resolves.toEqual({ status: 200 });
  await expect(callFromPage(host.origin, json)).resolves.toEqual({ status: 401 });

  await page.goto('about:blank');
  const foreign = await callFromPage(host.origin, { ...json, 'X-Playbook-Token': host.token });
  expect(foreign).toEqual({ error: expect.stringContaining('Failed to fetch') });
  const simple = await callFromPage(host.origin, { 'Content-Type': 'text/plain' });
  expect(simple).toEqual({ error: expect.stringContaining('Failed to fetch') });
  expect(host.output()).not.toMatch(/failed:/);
});
