// The `pbt` command as trainers and CI run it: spawned through bin/pbt.js, checked by exit code and output.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(repo, 'bin', 'pbt.js');
// The commands' default parse cache goes to the platform's cache folder: a temporary one here.
const cacheHome = mkdtempSync(path.join(tmpdir(), 'pbt-cache-home-'));

function pbt(args: string[], cwd = repo): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd, timeout: 60_000, env: { ...process.env, XDG_CACHE_HOME: cacheHome } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const DIAGNOSTIC_LINE = /^[^:\s][^:]*:\d+:\d+: (error|warning): .+$/;

// Each case starts a Node process that runs the CLI's bundle (built by the first one): slower than a unit test.
describe.concurrent('pbt', { timeout: 30_000 }, () => {
  // One process builds the bundle if the sources changed, rather than every concurrent case at once.
  beforeAll(() => pbt(['--help']), 60_000);

  it('check: a valid root passes with a summary and exit 0', async () => {
    const { code, stdout } = await pbt(['check', 'test/fixtures/valid']);
    expect(stdout.trim()).toBe('0 errors, 0 warnings; loaded 3 playbooks, 1 quiz, 1 case, 1 path');
    expect(code).toBe(0);
  });

  it('check: prints file:line:col diagnostics relative to the working directory and exits 1', async () => {
    const { code, stdout } = await pbt(['check', 'broken'], path.join(repo, 'test', 'fixtures'));
    const lines = stdout.trim().split('\n');
    expect(lines.slice(0, -1).every((line) => DIAGNOSTIC_LINE.test(line))).toBe(true);
    expect(lines).toContain('broken/content/cases/step-nowhere.yaml:20:17: error: "clsoe" is not a step of this case (did you mean "close"?)');
    expect(lines).toContain('broken/content/quizzes/unknown-field.yaml:3:1: error: unknown field "titel" (did you mean "title"?)');
    expect(lines.at(-1)).toBe('11 errors, 1 warning; loaded 1 playbook, 0 quizzes, 0 cases, 0 paths');
    expect(code).toBe(1);
  });

  it('check --json: an array of {file, line, column, severity, message}', async () => {
    const { code, stdout } = await pbt(['check', '--json', 'test/fixtures/broken']);
    const diagnostics = JSON.parse(stdout) as Record<string, unknown>[];
    expect(diagnostics).toHaveLength(12);
    expect(diagnostics.every((d) => Object.keys(d).join() === 'file,line,column,severity,message')).toBe(true);
    expect(diagnostics).toContainEqual({
      file: 'test/fixtures/broken/content/cases/unreachable.yaml',
      line: 9,
      column: 9,
      severity: 'error',
      message: 'step "orphan" cannot be reached from the start ("open"); point a "next" at it or remove it',
    });
    expect(code).toBe(1);
  });

  // These start several processes each.
  it('check: item-writing warnings at the option, exit 0; --strict makes them fail', { timeout: 120_000 }, async () => {
    const roots = ['test/fixtures/valid', 'test/fixtures/item-writing'];
    const [plain, strict, json, clean] = await Promise.all([
      pbt(['check', ...roots]),
      pbt(['check', '--strict', ...roots]),
      pbt(['check', '--json', '--strict', ...roots]),
      pbt(['check', '--strict', 'test/fixtures/valid']),
    ]);
    const lines = plain.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'test/fixtures/item-writing/content/quizzes/en/giveaways.yaml:12:9: warning: [Q1] the correct option is 8.1× as long as the distractors (65 vs 8 characters), so a learner can pick it by length alone: shorten the key or give the distractors the same detail (aim for 0.8–1.2×)',
    );
    expect(lines[1]).toMatch(/^test\/fixtures\/item-writing\/content\/quizzes\/en\/giveaways\.yaml:19:13: warning: \[Q5\] the statement says "always"/);
    expect(lines.at(-1)).toBe('0 errors, 2 warnings; loaded 3 playbooks, 2 quizzes, 1 case, 1 path');
    expect(plain.code).toBe(0);
    expect(strict.stdout.trim().split('\n').at(-1)).toBe('0 errors, 2 warnings; loaded 3 playbooks, 2 quizzes, 1 case, 1 path; strict: warnings fail the check');
    expect(strict.code).toBe(1);
    expect((JSON.parse(json.stdout) as { severity: string; message: string }[]).map((d) => `${d.severity} ${d.message.slice(0, 4)}`)).toEqual(['warning [Q1]', 'warning [Q5]']);
    expect(json.code).toBe(1);
    expect(clean.code).toBe(0);
  });

  it('check: "strict: true" in a root\'s pbt.config.yaml fails on warnings; an unknown setting is an error', { timeout: 120_000 }, async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'pbt-config-'));
    try {
      await cp(path.join(repo, 'test', 'fixtures', 'item-writing'), root, { recursive: true });
      await writeFile(path.join(root, 'pbt.config.yaml'), 'strict: true\n');
      const strict = await pbt(['check', 'test/fixtures/valid', root]);
      expect(strict.stdout.trim().split('\n').at(-1)).toMatch(/^0 errors, 2 warnings; .*; strict: warnings fail the check$/);
      expect(strict.code).toBe(1);
      await writeFile(path.join(root, 'pbt.config.yaml'), 'strict: false\n');
      expect((await pbt(['check', 'test/fixtures/valid', root])).code).toBe(0);
      await writeFile(path.join(root, 'pbt.config.yaml'), 'strcit: true\n');
      const typo = await pbt(['check', 'test/fixtures/valid', root]);
      expect(typo.stdout).toContain(`${path.join(root, 'pbt.config.yaml')}:1:1: error: unknown field "strcit" (did you mean "strict"?)`);
      expect(typo.code).toBe(1);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('check: a missing folder is an error, not a crash', async () => {
    const { code, stdout } = await pbt(['check', 'no/such/dir']);
    expect(stdout).toContain('no/such/dir:1:1: error: content folder not found');
    expect(code).toBe(1);
  });

  it('search --json: ranked hits with the documented fields', async () => {
    const { code, stdout } = await pbt(['search', 'decision process', '--dir', 'test/fixtures/valid', '--lang', 'en', '--limit', '2', '--json']);
    const hits = JSON.parse(stdout) as Record<string, unknown>[];
    expect(code).toBe(0);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(2);
    expect(Object.keys(hits[0]!)).toEqual(['type', 'id', 'lang', 'section', 'title', 'score', 'snippet']);
    expect(hits[0]).toMatchObject({ type: 'section', id: 'discovery-call', lang: 'en', section: 'ask-about-the-decision-process' });
  });

  it('search: readable results, in Chinese too', async () => {
    const { code, stdout } = await pbt(['search', '谁签字', '--dir', 'test/fixtures/valid', '--lang', 'zh-CN']);
    expect(stdout.split('\n')[0]).toMatch(/^1\. \[(tactic|section)\] .*discovery-call#客户关系.* \(zh-CN\)/);
    expect(code).toBe(0);
  });

  it('search: exits 1 when nothing is found', async () => {
    const { code, stdout } = await pbt(['search', 'zzqqxxyy', '--dir', 'test/fixtures/valid']);
    expect(stdout.trim()).toBe('no results for "zzqqxxyy"');
    expect(code).toBe(1);
  });

  it('render: prints the HTML the app shows, images relative to the playbook', async () => {
    const { code, stdout } = await pbt(['render', 'test/fixtures/valid/playbooks/en/walk-away-point.md']);
    expect(stdout).toContain('<h2 id="know-your-floor">Know your floor</h2>');
    expect(stdout).toContain('<img src="img/floor.svg" alt="How the floor is set" loading="lazy">');
    expect(stdout).toContain('href="#/playbook/discovery-call/ask-about-the-decision-process"');
    expect(code).toBe(0);
  });

  it('render: a playbook with errors prints its diagnostics and no HTML', async () => {
    const { code, stdout, stderr } = await pbt(['render', 'test/fixtures/broken/playbooks/hostile.md']);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')[0]).toBe('test/fixtures/broken/playbooks/hostile.md:8:9: error: link refused: "javascript:" links are not allowed; use http(s):, mailto: or playbook-id#anchor');
    expect(code).toBe(1);
  });

  it('stats --json: counts and coverage', async () => {
    const { code, stdout } = await pbt(['stats', '--json', 'test/fixtures/valid']);
    const stats = JSON.parse(stdout);
    expect(stats.counts.playbook).toEqual({ 'zh-CN': 1, en: 2 });
    expect(stats.playbooksWithoutQuiz.map((p: { id: string; lang: string }) => `${p.id}/${p.lang}`)).toEqual(['discovery-call/zh-CN', 'walk-away-point/en']);
    expect(code).toBe(0);
  });

  it('stats: a table and the coverage lists', async () => {
    const { code, stdout } = await pbt(['stats', 'test/fixtures/valid']);
    expect(stdout).toMatch(/^ +zh-CN +en +total\nplaybooks +1 +2 +3\n/);
    expect(stdout).toContain('Sections no question refers to: 4\n');
    expect(code).toBe(0);
  });

  it('unknown commands, unknown options and bad values print usage and exit 2', async () => {
    const cases = [['frobnicate'], [], ['check', '--jsn'], ['search'], ['search', 'x', '--lang', 'fr'], ['search', 'x', '--limit', '0'], ['render']];
    const results = await Promise.all(cases.map((args) => pbt(args)));
    results.forEach(({ code, stderr }, i) => {
      expect(code, cases[i]!.join(' ')).toBe(2);
      expect(stderr).toMatch(/^pbt: .+\n\nUsage: pbt <command>/);
    });
  });

  it('check --cache DIR: a second run reads the parse results the first one saved and reports the same', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'pbt-cache-'));
    const first = await pbt(['check', 'test/fixtures/broken', '--cache', cacheDir]);
    expect(readdirSync(path.join(cacheDir, 'content-cache'))).toHaveLength(1);
    const second = await pbt(['check', 'test/fixtures/broken', '--cache', cacheDir]);
    expect(second).toEqual(first);
    expect(first.code).toBe(1);
  });

  it('check --no-cache writes no cache; --cache with --no-cache is wrong usage', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'pbt-no-cache-'));
    const { code } = await new Promise<{ code: number }>((resolve) =>
      execFile(process.execPath, [bin, 'check', 'test/fixtures/valid', '--no-cache'], { cwd: repo, env: { ...process.env, XDG_CACHE_HOME: home } }, (error) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0 }),
      ),
    );
    expect(code).toBe(0);
    expect(readdirSync(home)).toEqual([]);
    const both = await pbt(['check', '--cache', home, '--no-cache']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--cache and --no-cache exclude each other');
  });

  it('cache DIR writes the parse results and search index the root carries', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'pbt-root-'));
    cpSync(path.join(repo, 'test', 'fixtures', 'valid'), root, { recursive: true });
    const { code, stdout } = await pbt(['cache', root]);
    expect(stdout.trim()).toBe(`${root}: parse results of 6 files and the search index of 5 items in .pbt-cache/`);
    expect(readdirSync(path.join(root, '.pbt-cache')).sort()).toEqual(['parse-results.bin', 'search-documents.bin', 'search-index.bin']);
    expect(code).toBe(0);
  });

  it('help prints usage and exits 0', async () => {
    const { code, stdout } = await pbt(['--help']);
    expect(stdout).toMatch(/^Usage: pbt <command>/);
    expect(code).toBe(0);
  });
});
