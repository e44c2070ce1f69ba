// In a real browser: what the web host hands the page cannot be used elsewhere, and content cannot take over the
// page's own names. Images still show (they are served with a content-only cookie).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppSession } from './appSession';
import { openApp } from './appSession';
import { label, signUp } from './learner';

let app: AppSession;
let workspace: string;

beforeAll(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'pbt-e2e-hostile-'));
  await mkdir(path.join(workspace, 'playbooks', 'en'), { recursive: true });
  await writeFile(
    path.join(workspace, 'playbooks', 'en', 'named-access.md'),
    '---\nid: named-access\ntitle: Named access\nlang: en\n---\n\n## Clobbers a global {#playbookTrainer}\n\nText.\n',
  );
  app = await openApp({ workspace });
  await signUp(app.page, { name: 'Li Na', role: 'sales-manager', lang: 'en' });
});
afterAll(async () => {
  await app?.close();
  await rm(workspace, { recursive: true, force: true });
});

it('shows playbook images', async () => {
  const { page } = app;
  await page.goto(`${app.host.origin}/#/playbook/account-team`);
  const image = page.locator('img[src^="/content/"]').first();
  await image.waitFor();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
});

// Cookies ignore ports: a server on another local port that the browser visits receives the app's cookies.
it('gives another local server the browser visits nothing that opens the API', async () => {
  const seen: string[] = [];
  const other = createServer((request, response) => {
    seen.push(request.headers.cookie ?? '');
    response.end('hello');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = other.address() as AddressInfo;
    for (const pathname of ['/', '/content/0/x.png']) await app.page.goto(`http://127.0.0.1:${port}${pathname}`);
    const values = seen.join('; ').split(';').map((cookie) => cookie.trim().split('=')[1]).filter((value) => value !== undefined);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      expect(value).not.toBe(app.host.token);
      const reply = await fetch(`${app.host.origin}/api/listProfiles`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Playbook-Token': value, Cookie: seen.join('; ') },
        body: '{}',
      });
      expect(reply.status).toBe(401);
    }
  } finally {
    // The browser keeps its connection open; close it too, or close() waits for it.
    other.closeAllConnections();
    await new Promise((resolve) => other.close(resolve));
  }
});

// A heading id becomes a window property by DOM named access; the editor must not take it for the desktop bridge.
it('keeps the editor a browser editor next to a heading {#playbookTrainer}', async () => {
  const { page } = app;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${app.host.origin}/#/editor/playbook/en/named-access`);
  await page.locator('.editor-preview #playbookTrainer').waitFor();
  const folder = page.getByLabel(label('en', 'workspace.switchLabel'));
  await folder.fill('/somewhere');
  await expect(page.evaluate(() => 'playbookTrainer' in window && (window as { playbookTrainer?: unknown }).playbookTrainer instanceof HTMLElement)).resolves.toBe(true);
  await expect(page.getByRole('button', { name: label('en', 'workspace.choose') }).count()).resolves.toBe(0);
  expect(errors).toEqual([]);
});
