// A rep subscribes to the trainers' Git repository in Settings; a trainer commits and pushes a change; the rep's
// "Check now" takes it and shows what is new, with a link to the changed section; a broken push is refused with its
// problem at file:line:col while the rep keeps the version they have; Roll back returns to the version before.
import fs from 'node:fs';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BROKEN, VERSION_1, VERSION_2 } from '../../backend/channel/channelTestKit';
import { formatRoute } from '../../renderer/routing/routes';
import { createBareRepo, startGitHttpServer, type GitHttpServer } from '../git/gitHttpServer';
import type { AppSession } from './appSession';
import { openApp } from './appSession';
import { axeViolations } from './axe';
import { screenshot } from './browser';
import { label, signUp } from './learner';

let app: AppSession;
let server: GitHttpServer;
let trainer: string;
/** The version the rep received first, as the panel names it. */
let firstVersion: string;

beforeAll(async () => {
  server = await startGitHttpServer();
  await createBareRepo(server, 'sales-content', VERSION_1);
  trainer = await mkdtemp(path.join(os.tmpdir(), 'pbt-e2e-trainer-'));
  await git.clone({ fs, http, dir: trainer, url: server.url('sales-content'), ref: 'main', singleBranch: true });
  app = await openApp();
  await signUp(app.page, { name: 'Chen Jie', role: 'sales-rep', lang: 'en' });
});
afterAll(async () => {
  await app?.close();
  await server?.close();
  await rm(trainer, { recursive: true, force: true });
});

/** The trainer's commit and push, made with isomorphic-git as the app's own Git panel makes them. */
async function trainerPublishes(files: Record<string, string>, message: string): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(trainer, file)), { recursive: true });
    await writeFile(path.join(trainer, file), text);
    await git.add({ fs, dir: trainer, filepath: file });
  }
  await git.commit({ fs, dir: trainer, message, author: { name: 'Wang Li', email: 'wang.li@example.com' } });
  await git.push({ fs, http, dir: trainer, remote: 'origin', ref: 'main' });
}

it('a trainer commits, and the rep picks up the update on "Check now" and sees what is new', async () => {
  const { page } = app;
  await page.evaluate((hash) => (window.location.hash = hash), formatRoute({ name: 'settings' }));
  const panel = page.getByRole('region', { name: label('en', 'channel.title') });
  await panel.getByRole('radio', { name: label('en', 'channel.kind.git') }).check();
  await panel.getByLabel(label('en', 'channel.location.git')).fill(server.url('sales-content'));
  await panel.getByRole('button', { name: label('en', 'channel.subscribe') }).click();
  const updated = panel.getByText(/^Updated to main [0-9a-f]{7}\. It passed every check\.$/);
  await updated.waitFor();
  firstVersion = /main [0-9a-f]{7}/.exec((await updated.textContent()) ?? '')![0];
  await panel.getByRole('link', { name: 'Talking about price' }).waitFor();

  await trainerPublishes(VERSION_2, 'Pricing: know who approved the last quotes; a quiz on it');
  await panel.getByRole('button', { name: label('en', 'channel.checkNow') }).click();
  const changedSection = panel.getByRole('link', { name: 'Before you quote' });
  await changedSection.waitFor();
  await panel.getByRole('link', { name: 'Pricing check' }).waitFor();
  expect(await panel.getByRole('button', { name: `Roll back to the previous version (${firstVersion})` }).count()).toBe(1);
  await screenshot(page, 'channel-whats-new');
  expect(await axeViolations(page, 'content updates')).toEqual([]);

  await changedSection.click();
  await page.getByText('Know the last three quotes and who approved them.').waitFor();
  expect(app.browser.problems).toEqual([]);
});

it('refuses a broken update with its problem at file:line:col, keeps the current version, and rolls back', async () => {
  const { page } = app;
  await trainerPublishes(BROKEN, 'Pricing quiz: tidy up');
  await page.evaluate((hash) => (window.location.hash = hash), formatRoute({ name: 'settings' }));
  const panel = page.getByRole('region', { name: label('en', 'channel.title') });
  await panel.getByRole('button', { name: label('en', 'channel.checkNow') }).click();
  const alert = panel.getByRole('alert');
  await alert.getByText('content/quizzes/en/pricing-quiz.yaml:6:5').waitFor();
  await screenshot(page, 'channel-refused');
  expect(await axeViolations(page, 'content update refused')).toEqual([]);
  // The quiz the refused version would have broken is still there.
  await page.evaluate((hash) => (window.location.hash = hash), formatRoute({ name: 'quiz', id: 'pricing-quiz' }));
  await page.getByRole('heading', { level: 1, name: 'Pricing check' }).waitFor();

  await page.evaluate((hash) => (window.location.hash = hash), formatRoute({ name: 'settings' }));
  await panel.getByRole('button', { name: `Roll back to the previous version (${firstVersion})` }).click();
  await panel.getByText(new RegExp(`^${firstVersion}, received `)).waitFor();
  const response = await fetch(`${app.host.origin}/api/getCatalog`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-playbook-token': app.host.token, origin: app.host.origin }, body: JSON.stringify({ lang: 'en' }) });
  const { result } = (await response.json()) as { result: { quizzes: { id: string }[]; playbooks: { id: string }[] } };
  expect(result.quizzes.map((quiz) => quiz.id)).not.toContain('pricing-quiz');
  expect(result.playbooks.map((playbook) => playbook.id)).toContain('pricing-talk');
  expect(app.browser.problems).toEqual([]);
});

it('shows the panel in Chinese to a rep who reads Chinese', async () => {
  const { page } = app;
  await page.evaluate((hash) => (window.location.hash = hash), formatRoute({ name: 'settings' }));
  await page.getByRole('radio', { name: label('en', 'lang.zh-CN') }).check();
  const panel = page.getByRole('region', { name: label('zh-CN', 'channel.title') });
  await panel.getByRole('button', { name: label('zh-CN', 'channel.checkNow') }).waitFor();
  await panel.getByText(label('zh-CN', 'channel.outcome.held-back')).or(panel.getByText(label('zh-CN', 'channel.outcome.refused', { label: '' }).slice(0, 4))).first().waitFor();
  await panel.scrollIntoViewIfNeeded();
  await screenshot(page, 'channel-zh-CN');
  expect(app.browser.problems).toEqual([]);
});
