import { cp, mkdir, mkdtemp, readdir, readFile, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../core/model';
import { ContentRepository, defaultContentRoots, loadContent } from './loadContent';

const fixtures = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));
const valid = path.join(fixtures, 'valid');
const broken = path.join(fixtures, 'broken');
const relativeTo = (root: string) => (d: Diagnostic) => `${path.relative(root, d.file).split(path.sep).join('/')}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;

const temps: string[] = [];
async function copyOf(root: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-content-'));
  temps.push(dir);
  await cp(root, dir, { recursive: true });
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('loadContent', () => {
  it('loads the valid sample with zero diagnostics', async () => {
    const set = await loadContent([valid]);
    expect(set.diagnostics).toEqual([]);
    expect(set.playbooks.map((p) => `${p.id}/${p.lang}`)).toEqual(['discovery-call/en', 'discovery-call/zh-CN', 'walk-away-point/en']);
    expect(set.quizzes[0]!.questions.map((q) => q.type).sort()).toEqual(['match', 'multiple', 'order', 'recall', 'scenario', 'single', 'truefalse']);
    expect(set.cases[0]!.steps.filter((s) => s.decision).length).toBe(2);
    expect(set.paths[0]!.modules.length).toBe(4);
    const file = set.playbooks[0]!.source.file;
    expect(path.isAbsolute(file)).toBe(true);
    expect(file).toBe(path.join(valid, 'playbooks', 'en', 'discovery-call.md'));
  });

  it('reports every broken fixture at its exact line and column, and loads what is left', async () => {
    const set = await loadContent([broken]);
    expect(set.diagnostics.map(relativeTo(broken))).toEqual([
      'content/cases/step-nowhere.yaml:20:17: error: "clsoe" is not a step of this case (did you mean "close"?)',
      'content/cases/unreachable.yaml:9:9: error: step "orphan" cannot be reached from the start ("open"); point a "next" at it or remove it',
      'content/quizzes/answer-missing.yaml:10:7: error: a single question needs exactly one option with "correct: true" (found 0)',
      'content/quizzes/answer-missing.yaml:14:5: error: missing required field "questions[1].answer"',
      'content/quizzes/broken-yaml.yaml:9:5: error: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      'content/quizzes/unknown-field.yaml:1:1: error: missing required field "title"',
      'content/quizzes/unknown-field.yaml:3:1: error: unknown field "titel" (did you mean "title"?)',
      'playbooks/hostile.md:8:9: error: link refused: "javascript:" links are not allowed; use http(s):, mailto: or playbook-id#anchor',
      'playbooks/hostile.md:8:34: error: link refused: "javascript:" links are not allowed; use http(s):, mailto: or playbook-id#anchor',
      'playbooks/hostile.md:10:1: warning: raw HTML "<script>" is shown as text, not rendered; write it in Markdown',
      'playbooks/hostile.md:12:6: error: image refused: images must be files inside the content folder, not "data:" URLs',
      'playbooks/pricing.md:2:5: error: duplicate playbook id "pricing" (en): also defined in playbooks/pricing-copy.md:2; this file is skipped — rename one of the ids',
    ]);
    expect(set.playbooks.map((p) => path.basename(p.source.file))).toEqual(['pricing-copy.md']);
    expect([set.quizzes.length, set.cases.length]).toEqual([0, 0]);
  });

  it('reports a missing root as a diagnostic and still loads the others', async () => {
    const missing = path.join(fixtures, 'no-such-folder');
    const set = await loadContent([valid, missing]);
    expect(set.diagnostics).toEqual([{ file: missing, line: 1, column: 1, severity: 'error', message: 'content folder not found; give a folder that holds playbooks/ and/or content/' }]);
    expect(set.playbooks.length).toBe(3);
  });

  it('overlays a workspace over the built-in content by id and language', async () => {
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'pbt-workspace-'));
    temps.push(workspace);
    const original = await readFile(path.join(valid, 'playbooks', 'en', 'walk-away-point.md'), 'utf8');
    await mkdir(path.join(workspace, 'playbooks'));
    await writeFile(path.join(workspace, 'playbooks', 'floor.md'), original.replace('title: Your walk-away point', 'title: Our floor').replace('![How the floor is set](img/floor.svg)\n', ''));
    const set = await loadContent([valid, workspace]);
    expect(set.diagnostics).toEqual([]);
    const floor = set.playbooks.find((p) => p.id === 'walk-away-point')!;
    expect([floor.title, floor.source.root]).toEqual(['Our floor', workspace]);
  });

  it('reports an image that is not in the content folder', async () => {
    const root = await copyOf(valid);
    await unlink(path.join(root, 'playbooks', 'en', 'img', 'floor.svg'));
    const set = await loadContent([root]);
    expect(set.diagnostics.map(relativeTo(root))).toEqual(['playbooks/en/walk-away-point.md:13:25: error: image "playbooks/en/img/floor.svg" not found in the content folder']);
  });

  it('refuses a file that is not UTF-8 (a playbook saved as GBK) at its first bad byte, and loads the rest', async () => {
    const root = await copyOf(valid);
    const gbk = Buffer.concat([Buffer.from('---\nid: gbk\ntitle: GBK\nlang: zh-CN\n---\n\n## 价'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3]), Buffer.from('\n')]);
    await writeFile(path.join(root, 'playbooks', 'gbk.md'), gbk);
    const set = await loadContent([root]);
    expect(set.diagnostics.map(relativeTo(root))).toEqual([
      'playbooks/gbk.md:7:5: error: this file is not valid UTF-8 (the first bad byte is here); save it as UTF-8: an editor that saved it in another encoding, such as GBK, garbles Chinese text',
    ]);
    expect(set.playbooks).toHaveLength(3);
  });
});

describe('ContentRepository', () => {
  it('reloads one changed, added or deleted file', async () => {
    const root = await copyOf(valid);
    const repo = await ContentRepository.open([root]);
    expect(repo.roots).toEqual([root]);
    const quizFile = path.join(root, 'content', 'quizzes', 'discovery-call.en.yaml');

    await writeFile(quizFile, 'id: discovery-call-quiz\nlang: en\ntitle: Broken now\n');
    let set = await repo.reloadFile(quizFile);
    expect(set.quizzes).toEqual([]);
    expect(set.diagnostics.map(relativeTo(root))).toEqual([
      'content/paths/sales-rep.en.yaml:13:11: error: quiz "discovery-call-quiz" does not exist in en',
      'content/quizzes/discovery-call.en.yaml:1:1: error: missing required field "playbook"',
      'content/quizzes/discovery-call.en.yaml:1:1: error: missing required field "questions"',
    ]);

    const added = path.join(root, 'playbooks', 'en', 'new.md');
    await writeFile(added, '---\nid: new-one\ntitle: New\nlang: en\n---\n## A\nx');
    set = await repo.reloadFile(added);
    expect(set.playbooks.map((p) => p.id)).toContain('new-one');
    expect(repo.content).toBe(set);

    await unlink(added);
    set = await repo.reloadFile(added);
    expect(set.playbooks.map((p) => p.id)).not.toContain('new-one');
  });

  it('ignores files outside its roots or outside the content layout', async () => {
    const repo = await ContentRepository.open([valid]);
    const before = repo.content;
    expect(await repo.reloadFile(path.join(valid, 'README.md'))).toBe(before);
    expect(await repo.reloadFile(path.join(os.tmpdir(), 'elsewhere.md'))).toBe(before);
  });
});

describe('ContentRepository.filesStamp', () => {
  it('is the same for the same files, and changes when a file is touched, added or removed', async () => {
    const root = await copyOf(valid);
    // Times in the past: a file modified just before it is read gives no stamp (tested with the parse cache).
    const past = new Date('2026-01-05T10:00:00Z');
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    await Promise.all(entries.filter((entry) => entry.isFile()).map((entry) => utimes(path.join(entry.parentPath, entry.name), past, past)));
    const first = await ContentRepository.open([root]);
    const untouched = first.filesStamp;
    expect(untouched).toMatch(/^[0-9a-f]{64}$/);
    expect((await ContentRepository.open([root])).filesStamp).toBe(untouched);

    const file = path.join(root, 'playbooks', 'en', 'walk-away-point.md');
    await utimes(file, new Date('2026-02-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z'));
    await first.reloadFile(file);
    const touched = first.filesStamp;
    expect(touched).not.toBe(untouched);
    expect((await ContentRepository.open([root])).filesStamp).toBe(touched);

    await unlink(file);
    await first.reloadFile(file);
    expect(first.filesStamp).not.toBe(touched);
    expect((await ContentRepository.open([root])).filesStamp).toBe(first.filesStamp);
  });
});

describe('defaultContentRoots', () => {
  it('is the repository root, wherever the process runs from', () => {
    const [root] = defaultContentRoots();
    expect(existsSync(path.join(root!, 'package.json'))).toBe(true);
    expect(existsSync(path.join(root!, 'playbooks'))).toBe(true);
  });

  it('holds the shipped pack, which passes every check, item-writing warnings included (pbt check --strict)', async () => {
    const set = await loadContent(defaultContentRoots());
    expect(set.diagnostics).toEqual([]);
    expect(set.playbooks.length).toBeGreaterThanOrEqual(28);
  });
});
