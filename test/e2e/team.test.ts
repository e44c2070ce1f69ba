// A sales manager turns on the team view, loads a folder of the reps' exported learning records (with one bad
// line, reported by file and line), marks the elite rep, and sees a rep's readiness measured against the elite
// instead of full marks, the rep's weekly trend, and the question that misleads the team.
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { defaultContentRoots, loadContent } from '../../backend/content/loadContent';
import { generateTeamRecords, type PlantedTeam } from '../../bench/team/generateTeamRecords';
import type { AppSession } from './appSession';
import { openApp } from './appSession';
import { screenshot } from './browser';
import { goTo, label, signUp } from './learner';

let app: AppSession;
let exports: string;
let planted: PlantedTeam;

beforeAll(async () => {
  exports = await mkdtemp(path.join(os.tmpdir(), 'pbt-e2e-team-'));
  const content = await loadContent(defaultContentRoots());
  // 24 reps, two of them elite (every 20th), about 250 records each.
  planted = await generateTeamRecords(content, path.join(exports, 'north-region.ndjson'), { reps: 24, statements: 6000 });
  await appendFile(path.join(exports, 'north-region.ndjson'), '{"id": "cut off mid-line\n');
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
  await rm(exports, { recursive: true, force: true });
});

const percentOf = (text: string) => Number(/(\d+)\s*%/.exec(text)?.[1]);

it('shows a rep’s readiness against the elite reps the manager marks', async () => {
  const { page } = app;
  await signUp(page, { name: 'Li Na', role: 'sales-manager', lang: 'en' });
  const nav = page.getByRole('navigation', { name: label('en', 'nav.label') });
  await expect(nav.getByRole('link', { name: label('en', 'nav.team') }).count()).resolves.toBe(0);

  await goTo(page, 'en', 'nav.settings', 'settings.title');
  await page.getByRole('checkbox', { name: label('en', 'team.settings.toggle') }).check();
  await goTo(page, 'en', 'nav.team', 'team.title');

  await page.getByLabel(label('en', 'team.sources.folder')).fill(exports);
  await page.getByRole('button', { name: label('en', 'team.sources.loadFolder') }).click();
  const report = page.getByRole('status').filter({ hasText: label('en', 'team.sources.report', { added: '', duplicates: '', skipped: '', total: '' }).slice(0, 4) });
  await report.waitFor();
  await expect(report.innerText()).resolves.toContain(`${path.join(exports, 'north-region.ndjson')}:`);
  await page.getByRole('note').filter({ hasText: label('en', 'team.basis.full-marks', { target: '80%' }) }).waitFor();

  const table = page.getByRole('table').first();
  const repRow = (name: string) => table.getByRole('row').filter({ has: page.getByRole('button', { name, exact: true }) });
  // An ordinary rep (every 20th is elite): the third.
  const rep = '销售003';
  const readinessCell = () => repRow(rep).getByRole('cell').nth(1);
  const againstFullMarks = percentOf(await readinessCell().innerText());
  await screenshot(page, 'team-full-marks');

  await repRow('销售001').getByRole('checkbox', { name: label('en', 'team.reps.markElite', { name: '销售001' }) }).check();
  await repRow('销售021').getByRole('checkbox', { name: label('en', 'team.reps.markElite', { name: '销售021' }) }).check();
  await page.getByRole('note').filter({ hasText: /elite reps you marked|elite reps’ mean/ }).waitFor();
  await expect(table.getByRole('row').filter({ hasText: label('en', 'team.reps.benchmark') }).innerText()).resolves.toMatch(/\d+%/);
  const againstElite = percentOf(await readinessCell().innerText());
  // The elite reps score below full marks, so the same results are a larger share of their level.
  expect(againstElite).toBeGreaterThan(againstFullMarks);
  expect(planted.elite).toHaveLength(2);

  await repRow(rep).getByRole('button', { name: rep, exact: true }).click();
  await page.getByRole('heading', { level: 3, name: label('en', 'team.trend.title', { name: rep }) }).waitFor();
  // One bar per ISO week, each with the 80% line.
  await page.getByRole('meter').nth(1).waitFor();
  await screenshot(page, 'team-elite-benchmark');

  const questions = page.getByRole('table').nth(1);
  const trap = questions.getByRole('row').filter({ hasText: `${planted.misleading.quizId} · ${planted.misleading.questionId}` });
  // Its wrong options are counted by who chose them (flags need more answers than 24 reps give: see the bench).
  await expect(trap.first().innerText()).resolves.toMatch(new RegExp(`${planted.misleading.option}\\s.*\\d+×`));
  await trap.first().scrollIntoViewIfNeeded();
  await screenshot(page, 'team-questions');
});
