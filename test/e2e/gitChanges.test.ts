// A trainer whose workspace is a clone of the team's content repository edits a playbook in the app, sees the
// changed section's old and new text in the Changes panel, commits and pushes; the server's repository has the
// commit, and Freshness shows the section's text as last accepted (from Git history) and now. The repository
// is served by Git's own HTTP server with Basic auth; the web host gets the token from PBT_GIT_USERNAME /
// PBT_GIT_TOKEN, as a trainer's would. Last, a rep's app subscribed to the same repository takes what the trainer
// commits and pushes in the app.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBareRepo, git, startGitHttpServer, type GitHttpServer } from '../git/gitHttpServer';
import type { AppSession } from './appSession';
import { openApp } from './appSession';
import { axeViolations } from './axe';
import { screenshot } from './browser';
import { formatRoute } from '../../renderer/routing/routes';
import { goTo, label, signUp } from './learner';

const PLAYBOOK = 'playbooks/en/account-team.md';
const SHIPPED = fileURLToPath(new URL(`../../${PLAYBOOK}`, import.meta.url));
/** The playbook's figure, so the workspace copy has all it shows. */
const ASSET = 'playbooks/assets/account-team.svg';
const USER = { username: 'trainer', password: 'e2e-token' };
const ADDED = 'Ask each owner to name the customer contact they answer to. ';

let server: GitHttpServer;
let bare: string;
let work: string;
let app: AppSession;

beforeAll(async () => {
  server = await startGitHttpServer({ users: [USER] });
  bare = await createBareRepo(server, 'content', { [PLAYBOOK]: await readFile(SHIPPED, 'utf8'), [ASSET]: await readFile(path.join(SHIPPED, '..', '..', ASSET.slice('playbooks/'.length)), 'utf8') });
  work = await mkdtemp(path.join(os.tmpdir(), 'pbt-e2e-git-'));
  const withCredentials = server.url('content').replace('http://', `http://${USER.username}:${USER.password}@`);
  await git(work, ['clone', '--quiet', withCredentials, 'workspace']);
  const workspace = path.join(work, 'workspace');
  // The clone keeps no secret: the app reads the token from the environment.
  await git(workspace, ['remote', 'set-url', 'origin', server.url('content')]);
  process.env.PBT_GIT_USERNAME = USER.username;
  process.env.PBT_GIT_TOKEN = USER.password;
  app = await openApp({ workspace });
  await signUp(app.page, { name: 'Chen Jing', role: 'sales-manager', lang: 'en' });
});

afterAll(async () => {
  await app?.close();
  await server?.close();
  await rm(work, { recursive: true, force: true });
  delete process.env.PBT_GIT_USERNAME;
  delete process.env.PBT_GIT_TOKEN;
});

it('edits a playbook, shows the changed section old and new, commits and pushes it to the server', async () => {
  const { page } = app;
  await goTo(page, 'en', 'trainerNav.editor', 'editor.title');
  const panel = page.getByRole('region', { name: label('en', 'git.title') });
  await panel.getByText(label('en', 'git.clean')).waitFor();
  await expect(panel.innerText()).resolves.toContain(label('en', 'git.aheadBehind', { ahead: 0, behind: 0, upstream: 'origin/main' }));

  // The editor opens at the first paragraph of "Why a team sells" (a deep link puts the cursor at a line's start).
  const text = await readFile(SHIPPED, 'utf8');
  const line = text.split('\n').findIndex((candidate) => candidate.startsWith('## Why a team sells')) + 3;
  await page.evaluate((hash) => (window.location.hash = hash), formatRoute({ name: 'editor', doc: { kind: 'playbook', lang: 'en', id: 'account-team' }, line }));
  const source = page.getByRole('textbox', { name: label('en', 'editor.sourceLabel', { path: PLAYBOOK }) });
  await source.waitFor();
  await expect.poll(() => source.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement)).toBe(true);
  await page.keyboard.type(ADDED);
  await page.keyboard.press('Control+s');
  await page.getByRole('status').getByText(label('en', 'editor.saved', { path: PLAYBOOK })).waitFor();

  const file = panel.getByRole('button', { name: new RegExp(PLAYBOOK) });
  await file.waitFor();
  await file.click();
  const part = panel.getByRole('listitem').filter({ hasText: label('en', 'git.partChanged') });
  await part.getByText('Why a team sells', { exact: true }).waitFor();
  const [before, after] = await part.locator('pre').allInnerTexts();
  expect(before).not.toContain(ADDED);
  expect(after).toContain(ADDED);
  expect(after!.replace(ADDED, '')).toBe(before);
  // Only the added words are marked.
  expect((await part.locator('ins').allInnerTexts()).join('').trim()).toBe(ADDED.trim());
  await expect(part.locator('del').count()).resolves.toBe(0);
  await screenshot(page, 'git-changes-diff');
  expect(await axeViolations(page, 'changes panel')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'git-changes-diff-dark');
  expect(await axeViolations(page, 'changes panel, dark')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  await panel.getByLabel(label('en', 'git.commitMessage')).fill('Account team: each owner names their customer contact');
  await panel.getByRole('button', { name: label('en', 'git.commit') }).click();
  await panel.getByRole('status').getByText(/^Committed 1 file as [0-9a-f]{7}\./).waitFor();
  await panel.getByText(label('en', 'git.clean')).waitFor();
  await expect.poll(() => panel.innerText()).toContain(label('en', 'git.aheadBehind', { ahead: 1, behind: 0, upstream: 'origin/main' }));

  await panel.getByRole('button', { name: label('en', 'git.push') }).click();
  await panel.getByRole('status').getByText(label('en', 'git.pushed', { count: 1 })).waitFor();
  await expect.poll(() => panel.innerText()).toContain(label('en', 'git.aheadBehind', { ahead: 0, behind: 0, upstream: 'origin/main' }));
  await screenshot(page, 'git-changes-pushed');

  expect((await git(bare, ['log', '-1', '--format=%s|%an', 'main'])).trim()).toBe('Account team: each owner names their customer contact|Chen Jing');
  expect(await git(bare, ['show', `main:${PLAYBOOK}`])).toContain(ADDED);
  expect(app.browser.problems).toEqual([]);
});

it('shows in Freshness the changed section as last accepted and now, the old text from Git history', async () => {
  const { page } = app;
  const ref = 'account-team#why-a-team-sells';
  await goTo(page, 'en', 'trainerNav.freshness', 'freshness.title');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: label('en', 'freshness.acceptNamed', { ref }) }) });
  await card.waitFor();
  await card.getByText(/^When last accepted \(commit [0-9a-f]{7}, /).waitFor();
  const [before, after] = await card.locator('pre').allInnerTexts();
  expect(before).toContain('## Why a team sells');
  expect(before).not.toContain(ADDED);
  expect(after).toContain(ADDED);
  expect((await card.locator('ins').allInnerTexts()).join('').trim()).toBe(ADDED.trim());
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'git-freshness-old-and-new');
  expect(app.browser.problems).toEqual([]);
});

it('reads in Chinese: a change made on disk shows in the panel with its section, clear of accessibility problems', async () => {
  const workspace = path.join(work, 'workspace');
  const zh = await openApp({ workspace, colorScheme: 'dark' });
  try {
    const { page } = zh;
    await signUp(page, { name: '陈静', role: 'sales-manager', lang: 'zh-CN' });
    const file = path.join(workspace, ...PLAYBOOK.split('/'));
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('A key account buys from a company', 'A key account always buys from a company'));
    await goTo(page, 'zh-CN', 'trainerNav.editor', 'editor.title');
    const panel = page.getByRole('region', { name: label('zh-CN', 'git.title') });
    await panel.getByRole('button', { name: new RegExp(PLAYBOOK) }).click();
    const part = panel.getByRole('listitem').filter({ hasText: label('zh-CN', 'git.partIntro') });
    await expect.poll(() => part.locator('ins').allInnerTexts()).toEqual(['always']);
    await expect(part.locator('del').count()).resolves.toBe(0);
    await panel.getByText(label('zh-CN', 'git.changedFiles', { count: 1 })).waitFor();
    await screenshot(page, 'git-changes-zh-CN-dark');
    expect(await axeViolations(page, 'changes panel, zh-CN dark')).toEqual([]);
    expect(zh.browser.problems).toEqual([]);
  } finally {
    await zh.close();
  }
});


it("closes the loop: a rep subscribed to the repository picks up what the trainer commits and pushes in the app", async () => {
  const rep = await openApp();
  try {
    await signUp(rep.page, { name: 'Zhao Lei', role: 'sales-rep', lang: 'en' });
    await rep.page.evaluate((hash) => (window.location.hash = hash), formatRoute({ name: 'settings' }));
    const channel = rep.page.getByRole('region', { name: label('en', 'channel.title') });
    await channel.getByRole('radio', { name: label('en', 'channel.kind.git') }).check();
    await channel.getByLabel(label('en', 'channel.location.git')).fill(server.url('content'));
    await channel.getByRole('button', { name: label('en', 'channel.subscribe') }).click();
    const subscribed = channel.getByText(/^Updated to main [0-9a-f]{7}\. It passed every check\.$/);
    await subscribed.waitFor();
    const firstVersion = (await subscribed.textContent())!;

    // The trainer changes a section (on disk, as any editor would) and commits and pushes it in the Changes panel.
    const file = path.join(work, 'workspace', ...PLAYBOOK.split('/'));
    const further = 'Then agree which owner calls them first.';
    await writeFile(file, (await readFile(file, 'utf8')).replace(ADDED, `${ADDED}${further} `));
    const { page } = app;
    await goTo(page, 'en', 'trainerNav.editor', 'editor.title');
    const panel = page.getByRole('region', { name: label('en', 'git.title') });
    await panel.getByText(label('en', 'git.changedFiles', { count: 1 })).waitFor();
    await panel.getByLabel(label('en', 'git.commitMessage')).fill('Account team: agree who calls first');
    await panel.getByRole('button', { name: label('en', 'git.commit') }).click();
    await panel.getByRole('status').getByText(/^Committed 1 file as [0-9a-f]{7}\./).waitFor();
    await panel.getByRole('button', { name: label('en', 'git.push') }).click();
    await panel.getByRole('status').getByText(label('en', 'git.pushed', { count: 1 })).waitFor();

    await channel.getByRole('button', { name: label('en', 'channel.checkNow') }).click();
    // The first version's "what is new" (against the built-in pack) names the same section: wait for the new version.
    await channel.getByText(/^Updated to main [0-9a-f]{7}\. It passed every check\.$/).filter({ hasNotText: firstVersion }).waitFor();
    await channel.getByText(label('en', 'channel.checking')).waitFor({ state: 'hidden' });
    const changedSection = channel.getByRole('link', { name: 'Why a team sells' });
    await changedSection.waitFor();
    await screenshot(rep.page, 'git-loop-rep-whats-new');
    await changedSection.click();
    await rep.page.getByText(further).waitFor();
    expect(rep.browser.problems).toEqual([]);
    expect(app.browser.problems).toEqual([]);
  } finally {
    await rep.close();
  }
});
