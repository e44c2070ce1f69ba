// Per-file containment in every command that reads content: a 600-byte YAML alias bomb is one file's error, with
// its line and column, and the command still does its work on the rest (it used to die with a stack trace).
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VALID_ROOT, writeZip } from '../backend/packs/packTestKit';
import { runCliCaptured } from './runCliCaptured';

const names = 'abcdefghi';
const ALIAS_BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  ...[...names.slice(1)].map((name, i) => `${name}: &${name} [${Array(9).fill(`*${names[i]}`).join(', ')}]`),
].join('\n');
const BOMB_AT = /content\/quizzes\/bomb\.yaml:3:8: error: YAML: too many aliases/;

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(path.join(os.tmpdir(), 'pbt-bad-file-'));
  await cp(VALID_ROOT, path.join(cwd, 'root'), { recursive: true });
  await mkdir(path.join(cwd, 'root', 'content', 'quizzes'), { recursive: true });
  await writeFile(path.join(cwd, 'root', 'content', 'quizzes', 'bomb.yaml'), ALIAS_BOMB);
});
afterEach(() => rm(cwd, { recursive: true, force: true }));

const pbt = (...args: string[]) => runCliCaptured(args, cwd);

describe('one bad file among good ones', () => {
  it('check reports it at the alias and loads the rest', async () => {
    const { code, out } = await pbt('check', path.join(cwd, 'root'));
    expect(out).toMatch(BOMB_AT);
    expect(out.split('\n').at(-1)).toBe('1 error, 0 warnings; loaded 3 playbooks, 1 quiz, 1 case, 1 path');
    expect(code).toBe(1);
  });

  it('stats and search still answer', async () => {
    const stats = await pbt('stats', path.join(cwd, 'root'), '--json');
    expect(JSON.parse(stats.out)).toMatchObject({ counts: { playbook: { 'zh-CN': 1, en: 2 }, quiz: { en: 1 } } });
    const search = await pbt('search', 'decision', '--dir', path.join(cwd, 'root'));
    expect(search.code).toBe(0);
  });

  it('gift export reports the file instead of throwing', async () => {
    const { code, err } = await pbt('gift', 'export', 'root/content/quizzes/bomb.yaml');
    expect(err).toMatch(BOMB_AT);
    expect(code).toBe(1);
  });

  it('pack import refuses the pack with the diagnostic', async () => {
    await writeZip(path.join(cwd, 'bomb.zip'), { 'content/quizzes/bomb.yaml': ALIAS_BOMB });
    const { code, err } = await pbt('pack', 'import', 'bomb.zip', '--into', 'workspace');
    expect(err).toMatch(/content\/quizzes\/bomb\.yaml:3:8: error: YAML: too many aliases/);
    expect(code).toBe(1);
  });

  it('render refuses a playbook over the size limit without rendering it', async () => {
    await writeFile(path.join(cwd, 'root', 'playbooks', 'huge.md'), `---\nid: huge\ntitle: Huge\nlang: en\n---\n${'## S\n\ntext\n'.repeat(200_000)}`);
    const { code, out, err } = await pbt('render', 'root/playbooks/huge.md');
    expect(err).toMatch(/root\/playbooks\/huge\.md:1:1: error: this file is larger than 2,000,000 characters/);
    expect(out).toBe('');
    expect(code).toBe(1);
  });
});
