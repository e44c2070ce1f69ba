import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answered, common, quizFinished, START } from '../../core/team/teamSample.fixture';
import { repKey } from '../../test/team/teamStatements';
import { LrsClient } from '../../backend/records/LrsClient';
import { DEFAULT_USER, startLrsStandIn } from '../../test/lrs/LrsStandIn';
import { runCliCaptured } from '../runCliCaptured';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-team-cli-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const reps = [0, 1, 2].map((i) => ({ id: `rep-${i}`, name: `Rep ${i}` }));
const QUIZ = 'quiz-elite-selling-trap';

async function exportFile(): Promise<string> {
  const lines = reps.flatMap((rep, i) => [
    quizFinished(common(rep, START + i), QUIZ, [0.9, 0.72, 0.45][i]!, true, ['knowledge-retention']),
    answered(common(rep, START + i), QUIZ, 'q01', [i === 0 ? 'b' : 'a'], i !== 0),
  ]);
  const file = path.join(dir, 'team.ndjson');
  await writeFile(file, `${lines.map((line) => JSON.stringify(line)).join('\n')}\nnot a statement\n`);
  return file;
}

// Each run loads the built-in content.
describe('pbt team report', { timeout: 30_000 }, () => {
  it('prints readiness per rep against the elite reps as JSON', async () => {
    const file = await exportFile();
    const { code, out, err } = await runCliCaptured(['team', 'report', file, '--elite', repKey(reps[0]!), '--path', 'path-sales-manager', '--json'], dir);
    expect(code).toBe(0);
    expect(err).toContain(`${file}:7: skipped: not a JSON statement`);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(['reps', 'questions']);
    const rep1 = report.reps.find((rep: { name: string }) => rep.name === 'Rep 1');
    expect(rep1.actor).toBe(repKey(reps[1]!));
    expect(rep1.competencies['knowledge-retention']).toBeCloseTo(0.8, 5);
    expect(report.reps.find((rep: { name: string }) => rep.name === 'Rep 0').competencies['knowledge-retention']).toBe(1);
    expect(report.questions).toEqual([{ id: `${QUIZ}/q01`, lang: 'en', answered: 3, facility: 2 / 3, discrimination: -1 }]);
  });

  it('says when readiness falls back to full marks, in the text report', async () => {
    const { code, out } = await runCliCaptured(['team', 'report', await exportFile(), '--path', 'path-sales-manager'], dir);
    expect(code).toBe(0);
    expect(out).toContain('No elite reps marked (--elite): readiness is measured against full marks.');
    expect(out).toMatch(/Rep 2\s+\d+%/);
  });

  it('reads the records from an LRS with the credentials in the environment', async () => {
    const lrs = await startLrsStandIn();
    try {
      const statements = reps.map((rep, i) => quizFinished(common(rep, START + i), QUIZ, [0.9, 0.72, 0.45][i]!, true, ['knowledge-retention']));
      await new LrsClient({ endpoint: lrs.endpoint, key: DEFAULT_USER.key, secret: DEFAULT_USER.secret }).post(statements as never);
      process.env.PBT_LRS_KEY = DEFAULT_USER.key;
      process.env.PBT_LRS_SECRET = DEFAULT_USER.secret;
      const { code, out } = await runCliCaptured(['team', 'report', '--lrs', lrs.endpoint, '--elite', repKey(reps[0]!), '--path', 'path-sales-manager', '--json'], dir);
      expect(code).toBe(0);
      const figures = JSON.parse(out).reps.map((rep: { name: string; competencies: Record<string, number> }) => [rep.name, rep.competencies['knowledge-retention']]);
      expect(figures).toEqual([
        ['Rep 2', 0.5],
        ['Rep 1', expect.closeTo(0.8, 5)],
        ['Rep 0', 1],
      ]);
    } finally {
      delete process.env.PBT_LRS_KEY;
      delete process.env.PBT_LRS_SECRET;
      await lrs.close();
    }
  });

  it('needs exactly one source', async () => {
    expect((await runCliCaptured(['team', 'report'], dir)).code).toBe(2);
    expect((await runCliCaptured(['team', 'report', 'a.ndjson', '--lrs', 'http://127.0.0.1:1/'], dir)).code).toBe(2);
    expect((await runCliCaptured(['team', 'list'], dir)).err).toContain('team needs: report');
  });
});
