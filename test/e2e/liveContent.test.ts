// A playbook in the workspace saved the way most editors save (a new file renamed over the old one), then appended
// to by another process: the open reader shows each change, and search finds it, within a second, ten times in a row.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatRoute } from '../../renderer/routing/routes';
import type { AppSession } from './appSession';
import { openApp } from './appSession';
import { signUp } from './learner';

let app: AppSession;
let workspace: string;
const file = () => path.join(workspace, 'playbooks', 'en', 'pricing.md');
const text = (round: number) => ['---', 'id: pricing', `title: Pricing round ${round}`, 'lang: en', '---', 'Know the budget first.', '', '## Budget first {#budget}', '', 'Ask about the budget, then quote.', ''].join('\n');

beforeAll(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'pbt-e2e-live-'));
  await mkdir(path.dirname(file()), { recursive: true });
  await writeFile(file(), text(0));
  app = await openApp({ workspace });
  await signUp(app.page, { name: 'Dana', role: 'regional-manager', lang: 'en' });
});
afterAll(async () => {
  await app?.close();
  await rm(workspace, { recursive: true, force: true });
});

it('shows rename-replaced and then appended changes in the open reader within a second, ten times in a row', async () => {
  const { page } = app;
  await page.evaluate((hash) => (window.location.hash = hash), formatRoute({ name: 'playbook', id: 'pricing' }));
  await page.getByRole('heading', { level: 1, name: 'Pricing round 0' }).waitFor();
  const took: number[] = [];
  for (let round = 1; round <= 10; round++) {
    const staged = `${file()}.tmp`;
    await writeFile(staged, text(round));
    await rename(staged, file());
    let started = Date.now();
    await page.getByRole('heading', { level: 1, name: `Pricing round ${round}` }).waitFor({ timeout: 5000 });
    took.push(Date.now() - started);
    const word = `zebrawatch${'q'.repeat(round)}`;
    execFileSync('sh', ['-c', `printf '\\n%s\\n' "$1" >> "$2"`, 'sh', `Also ${word}.`, file()]);
    started = Date.now();
    await page.getByText(`Also ${word}.`).waitFor({ timeout: 5000 });
    took.push(Date.now() - started);
    const response = await fetch(`${app.host.origin}/api/search`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-playbook-token': app.host.token, origin: app.host.origin }, body: JSON.stringify({ query: word }) });
    const hits = ((await response.json()) as { result: { id: string }[] }).result.map((hit) => hit.id);
    expect(hits).toContain('pricing');
  }
  expect(Math.max(...took)).toBeLessThan(1000);
  expect(app.browser.problems).toEqual([]);
});
