// The trainer tools in Chinese and the dark theme: a case's step graph in the editor; freshness, where an overdue
// playbook is marked verified and a section changed on disk flags the question teaching from it; the capture form.
// Each without a console error (the CSP allows no inline style).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppSession } from './appSession';
import { openApp } from './appSession';
import { screenshot } from './browser';
import { firstCase, playbookOf, shippedContent } from './contentFacts';
import { goTo, label, signUp } from './learner';

let app: AppSession;
let workspace: string;

const PLAYBOOK_FILE = () => path.join(workspace, 'playbooks', 'zh-CN', 'pricing.md');

/** A workspace with a playbook last verified long ago and a quiz question that teaches from one of its sections. */
async function seedWorkspace(): Promise<void> {
  await mkdir(path.dirname(PLAYBOOK_FILE()), { recursive: true });
  await writeFile(PLAYBOOK_FILE(), ['---', 'id: pricing', 'title: 报价纪律', 'lang: zh-CN', 'owner: 销售运营部', 'reviewEvery: 90', 'verified: 2020-01-10', '---', '报价之前先弄清客户要什么。', '', '## 先问预算 {#budget}', '', '先问预算，再报价。', ''].join('\n'));
  const quizzes = path.join(workspace, 'content', 'quizzes', 'zh-CN');
  await mkdir(quizzes, { recursive: true });
  await writeFile(path.join(quizzes, 'quiz-pricing.yaml'), ['id: quiz-pricing', 'lang: zh-CN', 'title: 报价测验', 'playbook: pricing', 'questions:', '  - id: q1', '    type: truefalse', '    prompt: 先报价，再问预算。', '    answer: false', '    explain: 先问预算。', '    ref: pricing#budget', ''].join('\n'));
}

beforeAll(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'pbt-e2e-workspace-'));
  await seedWorkspace();
  app = await openApp({ workspace, colorScheme: 'dark' });
  await signUp(app.page, { name: '王敏', role: 'regional-manager', lang: 'zh-CN' });
});
afterAll(async () => {
  await app?.close();
  await rm(workspace, { recursive: true, force: true });
});

it('draws a built-in case as a step graph whose steps open their lines', async () => {
  const { page } = app;
  const replay = firstCase(await shippedContent(), 'zh-CN');
  const step = replay.steps[1]!;
  await goTo(page, 'zh-CN', 'trainerNav.editor', 'editor.title');
  await page.getByRole('searchbox', { name: label('zh-CN', 'editor.filterWords') }).fill(replay.id);
  await page.getByRole('link', { name: new RegExp(replay.title) }).filter({ hasText: 'zh-CN' }).click();
  const graph = page.getByRole('group', { name: label('zh-CN', 'graph.title') });
  await graph.waitFor();
  const node = graph.getByRole('button', { name: new RegExp(`^${step.id}`) });
  await expect(node.count()).resolves.toBe(1);
  await expect(page.getByText(label('zh-CN', 'editor.builtInNotice')).isVisible()).resolves.toBe(true);
  await screenshot(page, 'editor-case-graph-zh-dark');
  await node.click();
  const source = page.getByRole('textbox', { name: label('zh-CN', 'editor.sourceLabel', { path: `content/cases/zh-CN/${path.basename(replay.source.file)}` }) });
  await expect.poll(() => source.locator('.cm-activeLine').innerText()).toContain(`id: ${step.id}`);
  expect(app.browser.problems).toEqual([]);
});

it('marks an overdue playbook verified, and flags the question on a section changed on disk until it is accepted', async () => {
  const { page } = app;
  await goTo(page, 'zh-CN', 'trainerNav.freshness', 'freshness.title');
  const verify = page.getByRole('button', { name: label('zh-CN', 'freshness.markVerifiedNamed', { title: '报价纪律' }) });
  await verify.waitFor();
  await expect(page.getByRole('row', { name: /报价纪律/ }).innerText()).resolves.toContain('销售运营部');
  await screenshot(page, 'freshness-zh-dark');
  await verify.click();
  await page.getByRole('status').getByText(/已于今天标记为已核实/).waitFor();
  await expect.poll(() => verify.count()).toBe(0);
  await expect(readFile(PLAYBOOK_FILE(), 'utf8')).resolves.toMatch(/\nverified: \d{4}-\d{2}-\d{2}\n/);

  // Another program rewrites the section the quiz question teaches from.
  const text = await readFile(PLAYBOOK_FILE(), 'utf8');
  await writeFile(PLAYBOOK_FILE(), text.replace('先问预算，再报价。', '先问预算和决策流程，再报价。'));
  const question = page.getByRole('link', { name: label('zh-CN', 'freshness.question', { question: 'q1', quiz: 'quiz-pricing' }) });
  // The watcher reloads the content shortly after the write; the report is read again on each visit.
  await expect.poll(async () => {
    await page.reload();
    await page.getByRole('heading', { level: 2, name: new RegExp(label('zh-CN', 'freshness.staleTitle')) }).waitFor();
    return question.count();
  }, { timeout: 10_000 }).toBe(1);
  expect(await question.getAttribute('href')).toBe('#/editor/quiz/zh-CN/quiz-pricing?line=6');
  await screenshot(page, 'freshness-stale-zh-dark');
  await page.getByRole('button', { name: label('zh-CN', 'freshness.acceptNamed', { ref: 'pricing#budget' }) }).click();
  await page.getByRole('heading', { name: label('zh-CN', 'freshness.noneStale') }).waitFor();
  expect(app.browser.problems).toEqual([]);
});

it('shows the capture form with its hints', async () => {
  const { page } = app;
  await page.getByRole('navigation', { name: label('zh-CN', 'nav.label') }).getByRole('link', { name: label('zh-CN', 'trainerNav.capture') }).click();
  await page.getByRole('heading', { level: 1, name: label('zh-CN', 'capture.title') }).waitFor();
  await expect(page.getByLabel(label('zh-CN', 'capture.author')).inputValue()).resolves.toBe('王敏');
  await screenshot(page, 'lesson-capture-zh-dark');
  expect(app.browser.problems).toEqual([]);
});

it('shows a trainer in Chinese which section goes beyond the source article, readable in the dark theme', async () => {
  const { page } = app;
  const playbook = playbookOf(await shippedContent(), 'relationship-layers', 'zh-CN');
  const mark = playbook.beyond?.find((entry) => entry.section !== undefined);
  const section = playbook.sections.find((candidate) => candidate.anchor === mark?.section);
  if (!mark || !section) throw new Error(`Playbook ${playbook.id} marks no section as going beyond the source article.`);
  await goTo(page, 'zh-CN', 'nav.library', 'library.title');
  await page.getByRole('link', { name: playbook.title, exact: true }).click();
  const heading = page.getByRole('heading', { level: 2, name: section.title, exact: true });
  const note = heading.locator('xpath=following-sibling::*[1]').getByRole('note');
  await expect(note.innerText().then((text) => text.split(/\n+/))).resolves.toEqual([label('zh-CN', `beyond.${mark.kind}`), mark.note]);
  await heading.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await screenshot(page, 'reader-beyond-note-zh-dark');
  expect(app.browser.problems).toEqual([]);
});

it('tells a Chinese learner on the progress page that 100% means full marks and that reading adds no readiness', async () => {
  const { page } = app;
  await goTo(page, 'zh-CN', 'nav.progress', 'progress.title');
  await page.getByText(label('zh-CN', 'readiness.basis.full-marks')).waitFor();
  await expect(page.getByText(label('zh-CN', 'readiness.evidenceOnly')).isVisible()).resolves.toBe(true);
  await screenshot(page, 'progress-zh-dark');
  expect(app.browser.problems).toEqual([]);
});
