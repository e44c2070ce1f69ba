import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../core/api/contract';
import { BUILT_IN, openTrainerBackend, type TrainerBackend } from './trainerBackend.fixture';

let t: TrainerBackend;
beforeEach(async () => {
  t = await openTrainerBackend();
});
afterEach(() => t.close());

describe('workspace', () => {
  it('shows the roots, and closes and reopens the workspace', async () => {
    expect(await t.api.getWorkspace({})).toMatchObject({ dir: t.dir, roots: [{ path: BUILT_IN, kind: 'built-in' }, { path: t.dir, kind: 'workspace' }] });
    expect(await t.api.openWorkspace({ dir: null })).toMatchObject({ dir: null, roots: [{ path: BUILT_IN, kind: 'built-in' }] });
    expect(t.backend.contentRoots).toEqual([BUILT_IN]);
    await expect(t.api.saveSource({ path: 'playbooks/x.md', text: '' })).rejects.toThrow(/Open a workspace folder first/);
    await t.api.openWorkspace({ dir: t.dir });
    expect(t.backend.contentRoots).toEqual([BUILT_IN, t.dir]);
  });
});

describe('editor', () => {
  it('never overwrites what the editor has not seen: a file where a new item goes, or one changed on disk', async () => {
    const { text, path: file } = await t.api.newFromTemplate({ kind: 'playbook', id: 'price-talks', lang: 'en', title: 'Price talks' });
    const broken = '---\nid: price-talks\n# a half-written file another tool left here\n';
    await mkdir(path.join(t.dir, 'playbooks', 'en'), { recursive: true });
    await writeFile(path.join(t.dir, ...file.split('/')), broken);
    await expect(t.api.saveSource({ path: file, text, expected: null })).rejects.toThrow(/already exists in the workspace/);
    expect(await t.read(file)).toBe(broken);

    await t.api.saveSource({ path: file, text: broken.replace('half-written', 'mended'), expected: broken });
    const mended = await t.read(file);
    expect(mended).toContain('mended');
    await writeFile(path.join(t.dir, ...file.split('/')), `${mended}# edited in another program\n`);
    await expect(t.api.saveSource({ path: file, text, expected: mended })).rejects.toMatchObject({ code: 'conflict' });
    expect(await t.read(file)).toContain('edited in another program');

    await t.api.saveSource({ path: file, text, expected: `${mended}# edited in another program\n` });
    expect(await t.read(file)).toBe(text);
  });

  it('checks a draft as it is typed: errors at their line, then a preview once it is right', async () => {
    const { text, path: file } = await t.api.newFromTemplate({ kind: 'playbook', id: 'price-talks', lang: 'en', title: 'Price talks' });
    expect(file).toBe('playbooks/en/price-talks.md');
    const typo = text.replace('::: pitfall', '::: pitfal');
    const line = typo.split('\n').findIndex((l) => l.startsWith('::: pitfal')) + 1;
    const bad = await t.api.validateDraft({ kind: 'playbook', text: typo, path: file });
    expect(bad.item).toBeUndefined();
    expect(bad.diagnostics).toMatchObject([{ file: path.join(t.dir, file), line, column: 1, severity: 'error', message: expect.stringContaining('unknown block "pitfal" (did you mean "pitfall"?)') }]);
    const good = await t.api.validateDraft({ kind: 'playbook', text, path: file });
    expect(good.diagnostics).toEqual([]);
    expect(good.html).toContain('<section class="block block-tactic"');
    const saved = await t.api.saveSource({ path: file, text });
    expect(saved.diagnostics).toEqual([]);
    expect((await t.api.search({ query: 'price talks', types: ['playbook'] }))[0]?.id).toBe('price-talks');
  });

  it('previews a lesson draft as the reader shows it', async () => {
    const lesson = await t.api.captureLesson({ situation: 'Asked for **10% off**.', action: 'Asked who decides.', result: 'Won.', lesson: 'Process first.', tags: [], author: 'Wang Li', lang: 'en' });
    const { text } = await t.api.readSource({ kind: 'lesson', id: lesson.id, lang: 'en' });
    const draft = await t.api.validateDraft({ kind: 'lesson', text: text.replace('Won.', 'Won at full price.'), path: lesson.path });
    expect(draft.html).toContain('<strong>10% off</strong>');
    expect(draft.html).toContain('Won at full price.');
  });

  it('creates every kind from its template without a single diagnostic', async () => {
    for (const kind of ['playbook', 'quiz', 'case', 'path'] as const) {
      const draft = await t.api.newFromTemplate({ kind, id: `new-${kind}`, lang: 'en', title: `New ${kind}`, playbook: 'discovery-call' });
      expect((await t.api.saveSource(draft)).diagnostics).toEqual([]);
    }
    expect(await t.api.getDiagnostics({})).toEqual([]);
    await expect(t.api.newFromTemplate({ kind: 'quiz', id: 'q', lang: 'en', title: 'Q' })).rejects.toThrow(/needs the playbook/);
    await expect(t.api.newFromTemplate({ kind: 'playbook', id: 'Bad Id', lang: 'en', title: 'x' })).rejects.toThrow(/kebab-case/);
  });

  it('reads built-in sources as read-only and forks them, with their images, into the workspace', async () => {
    const builtIn = await t.api.readSource({ kind: 'playbook', id: 'walk-away-point', lang: 'en' });
    expect(builtIn).toMatchObject({ root: 'built-in', readOnly: true, path: 'playbooks/en/walk-away-point.md' });
    const forked = await t.api.forkItem({ kind: 'playbook', id: 'walk-away-point', lang: 'en' });
    expect(forked).toMatchObject({ root: 'workspace', readOnly: false, path: 'playbooks/en/walk-away-point.md', text: builtIn.text });
    expect(await t.read('playbooks/en/walk-away-point.md')).toBe(builtIn.text);
    expect((await stat(path.join(t.dir, 'playbooks', 'en', 'img', 'floor.svg'))).isFile()).toBe(true);
    expect(await t.api.readSource({ kind: 'playbook', id: 'walk-away-point', lang: 'en' })).toMatchObject({ root: 'workspace', readOnly: false });
    expect(await t.api.getDiagnostics({})).toEqual([]);
    expect(await readFile(path.join(BUILT_IN, 'playbooks', 'en', 'walk-away-point.md'), 'utf8')).toBe(builtIn.text);
  });

  it('saves only content files inside the workspace', async () => {
    for (const bad of ['../escape.md', 'playbooks/../../escape.md', 'notes.txt']) {
      await expect(t.api.saveSource({ path: bad, text: 'x' })).rejects.toBeInstanceOf(ApiError);
    }
  });

  it('renames an id across the workspace and reports the files it changed', async () => {
    const playbook = await t.api.newFromTemplate({ kind: 'playbook', id: 'price-talks', lang: 'en', title: 'Price talks' });
    await t.api.saveSource(playbook);
    const quiz = await t.api.newFromTemplate({ kind: 'quiz', id: 'price-quiz', lang: 'en', title: 'Price quiz', playbook: 'price-talks' });
    await t.api.saveSource(quiz);
    await expect(t.api.renameId({ kind: 'playbook', from: 'price-talks', to: 'discovery-call' })).rejects.toThrow(/already exists/);
    await expect(t.api.renameId({ kind: 'playbook', from: 'discovery-call', to: 'intro-call' })).rejects.toThrow(/built-in/);
    expect(await t.api.renameId({ kind: 'playbook', from: 'price-talks', to: 'pricing' })).toEqual({ files: ['playbooks/en/price-talks.md', 'content/quizzes/en/price-quiz.yaml'] });
    expect(await t.read('content/quizzes/en/price-quiz.yaml')).toBe(quiz.text.replaceAll('price-talks', 'pricing'));
    expect(await t.read('playbooks/en/price-talks.md')).toBe(playbook.text.replace('id: price-talks', 'id: pricing'));
    expect(await t.api.getDiagnostics({})).toEqual([]);
  });

  it('draws the case graph of the text being edited', async () => {
    const { text } = await t.api.readSource({ kind: 'case', id: 'tender-rescue', lang: 'en' });
    const graph = await t.api.caseGraph({ text });
    expect(graph.elitePath).toEqual(['call', 'meeting']);
    expect(graph.nodes.map((node) => [node.id, node.reachable, node.deadEnd])).toEqual([['call', true, false], ['price-war', true, false], ['meeting', true, false]]);
  });
});
