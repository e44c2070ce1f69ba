// `pbt gift …` and `pbt pack …` through the same entry as the binary (runCli), in process.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseQuiz } from '../../core/content/parseQuiz';
import { runCliCaptured } from '../runCliCaptured';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (...parts: string[]) => path.join(repo, 'test', 'fixtures', ...parts);

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(path.join(os.tmpdir(), 'pbt-cli-'));
});
afterEach(() => rm(cwd, { recursive: true, force: true }));

const pbt = (...args: string[]) => runCliCaptured(args, cwd);

describe('pbt gift', () => {
  it('import writes quiz YAML that loads, and reports lossy spots relative to the working directory', async () => {
    await cp(fixture('gift', 'sales-bank.gift'), path.join(cwd, 'bank.gift'));
    const { code, err } = await pbt('gift', 'import', 'bank.gift', '--quiz-id', 'sales-bank', '--lang', 'en', '--playbook', 'discovery-call', '--out', 'content/quizzes/sales-bank.yaml');
    expect(code).toBe(0);
    expect(err).toContain('bank.gift:25:67: warning: true/false questions here have one explanation');
    expect(err).toContain('content/quizzes/sales-bank.yaml:8:5: warning: question "real-decision-maker" has no "ref"');
    expect(err.split('\n').at(-1)).toBe('imported 13 questions into quiz "sales-bank" (content/quizzes/sales-bank.yaml)');
    const yaml = await readFile(path.join(cwd, 'content/quizzes/sales-bank.yaml'), 'utf8');
    expect(parseQuiz(yaml, { root: cwd, file: 'q.yaml' }).item?.questions).toHaveLength(13);
  });

  it('import exits 1 on unsupported questions but still writes the others', async () => {
    const { code, out, err } = await pbt('gift', 'import', fixture('gift', 'unsupported.gift'), '--quiz-id', 'q', '--lang', 'en', '--playbook', 'p');
    expect(code).toBe(1);
    expect(err).toContain('unsupported.gift:5:55: error: numerical questions');
    expect(out).toContain('  - id: kept-after\n');
  });

  it('export prints GIFT that imports back to the same quiz', async () => {
    const { code, out } = await pbt('gift', 'export', fixture('valid', 'content', 'quizzes', 'discovery-call.en.yaml'));
    expect(code).toBe(0);
    await writeFile(path.join(cwd, 'quiz.gift'), out);
    const back = await pbt('gift', 'import', 'quiz.gift', '--quiz-id', 'discovery-call-quiz', '--lang', 'en', '--playbook', 'discovery-call');
    const original = parseQuiz(await readFile(fixture('valid', 'content', 'quizzes', 'discovery-call.en.yaml'), 'utf8'), { root: cwd, file: 'a.yaml' }).item!;
    const reimported = parseQuiz(back.out, { root: cwd, file: 'b.yaml' }).item!;
    expect(reimported.questions.map((q) => q.id)).toEqual(original.questions.map((q) => q.id));
    expect(reimported.questions.map((q) => q.type)).toEqual(original.questions.map((q) => q.type));
  });

  it('wrong usage exits 2', async () => {
    expect((await pbt('gift', 'import', 'x.gift', '--quiz-id', 'q', '--lang', 'fr', '--playbook', 'p')).err).toMatch(/^pbt: --lang must be one of zh-CN, en, not "fr"/);
    expect((await pbt('gift', 'import', 'x.gift', '--quiz-id', 'Bad Id', '--lang', 'en', '--playbook', 'p')).code).toBe(2);
    expect((await pbt('gift', 'convert')).err).toMatch(/^pbt: gift needs one of: import, export \(not "convert"\)/);
  });
});

describe('pbt pack', () => {
  it('export then import into a new folder, with a dry run first', async () => {
    const exported = await pbt('pack', 'export', fixture('valid'), '--out', 'sales.zip', '--name', 'Sales', '--version', '2.0.0');
    expect(exported).toMatchObject({ code: 0, out: 'wrote sales.zip: pack "Sales" 2.0.0, 3 playbooks, 1 quiz, 1 case, 1 path, 1 image; languages: zh-CN, en' });
    const dry = await pbt('pack', 'import', 'sales.zip', '--into', 'workspace', '--dry-run');
    expect(dry.out.split('\n').at(-1)).toBe('dry run, nothing written: pack "Sales" 2.0.0 (3 playbooks, 1 quiz, 1 case, 1 path, 1 image; languages: zh-CN, en) into workspace: 7 would add, 0 would update, 0 unchanged');
    const imported = await pbt('pack', 'import', 'sales.zip', '--into', 'workspace');
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('added playbooks/en/img/floor.svg');
    expect(imported.out).toContain('caches: 6 parse results kept; search index kept');
    expect((await pbt('check', path.join(cwd, 'workspace'))).out).toBe('0 errors, 0 warnings; loaded 3 playbooks, 1 quiz, 1 case, 1 path');
  });

  it('--only takes repeated and comma-separated ids', async () => {
    const { out } = await pbt('pack', 'export', fixture('valid'), '--out', 'some.zip', '--only', 'discovery-call,tender-rescue', '--only', 'sales-rep-path');
    expect(out).toBe('wrote some.zip: pack "valid" 1.0.0, 2 playbooks, 1 case, 1 path; languages: zh-CN, en');
  });

  it('a refused pack exits 1 and says nothing was written', async () => {
    await writeFile(path.join(cwd, 'bad.zip'), 'not a zip');
    const { code, err } = await pbt('pack', 'import', 'bad.zip', '--into', 'workspace');
    expect(code).toBe(1);
    expect(err).toMatch(/^bad\.zip:1:1: error: not a readable zip file/);
    expect(err.split('\n').at(-1)).toBe('pack refused (1 error); nothing was written to workspace');
  });

  it('refuses to export broken content and needs --out and --into', async () => {
    const broken = await pbt('pack', 'export', fixture('broken'), '--out', 'b.zip');
    expect(broken.code).toBe(1);
    expect(broken.err.split('\n').at(-1)).toBe('no pack written: fix the errors above first');
    expect((await pbt('pack', 'export', fixture('valid'))).err).toMatch(/^pbt: --out is required/);
    expect((await pbt('pack', 'import', 'x.zip')).code).toBe(2);
  });
});
