// Bounded work: each hostile or careless file is checked by `pbt check` (in this process, the same code) and either
// loads cleanly or is refused with a diagnostic of its own; nothing hangs, nothing crashes. Times are printed, not
// asserted (the machine is shared); `npm run bench:pathological` measures time and memory in fresh processes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/runCli';
import { importGift } from '../../core/interchange/gift/importGift';
import { giftOfIdenticalNames, PATHOLOGICAL_CASES, writeCase } from './pathologicalContent';

interface JsonDiagnostic {
  file: string;
  severity: string;
  message: string;
}

const dir = mkdtempSync(path.join(tmpdir(), 'pbt-pathological-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const report = (name: string, ms: number) => console.log(`${name}: ${ms.toFixed(0)} ms, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB after`);

// A quadratic step turns any one of these into minutes: the timeout is what fails then.
describe('pathological content in pbt check', { timeout: 60_000 }, () => {
  it.each(PATHOLOGICAL_CASES)('$name: completes with the right diagnostics for that file only', async (pathological) => {
    const root = writeCase(dir, pathological);
    const out: string[] = [];
    const err: string[] = [];
    const started = performance.now();
    const code = await runCli(['check', '--json', '--no-cache', root], { out: (text) => out.push(text), err: (text) => err.push(text), cwd: root });
    report(pathological.name, performance.now() - started);

    const diagnostics = JSON.parse(out.join('\n')) as JsonDiagnostic[];
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(err).toEqual([]);
    expect(diagnostics.every((d) => d.file === pathological.file)).toBe(true);
    if (pathological.expect) {
      expect(errors.map((d) => d.message)).toContainEqual(expect.stringMatching(pathological.expect));
      expect(code).toBe(1);
    } else {
      expect(errors).toEqual([]);
      expect(code).toBe(0);
    }
  });

  it('20k GIFT questions of one name get distinct ids', () => {
    const started = performance.now();
    const { quiz, diagnostics } = importGift(giftOfIdenticalNames(20_000), { root: dir, file: path.join(dir, 'same.gift') }, { id: 'same', lang: 'en', playbook: 'p' });
    report('20k identical GIFT ids', performance.now() - started);
    const ids = quiz?.questions.map((question) => question.id) ?? [];
    expect(new Set(ids).size).toBe(20_000);
    expect(ids.at(-1)).toBe('same-20000');
    expect(diagnostics.filter((d) => d.severity === 'warning' && d.message.includes('is already used in this file'))).toHaveLength(19_999);
  });
});
