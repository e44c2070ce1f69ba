import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answered, common, DAY, quizFinished, START, teamContent } from '../../core/team/teamSample.fixture';
import { repKey } from '../../test/team/teamStatements';
import { readStatementFile } from './readStatementFile';
import { TeamRecords } from './TeamRecords';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-team-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const rep = (i: number) => ({ id: `rep-${i}`, name: `Rep ${i}` });
const line = (statement: object) => `${JSON.stringify(statement)}\n`;

describe('readStatementFile', () => {
  it('streams statements with their line numbers, reports bad lines by file:line, and resumes at the cursor', async () => {
    const file = path.join(dir, 'a.ndjson');
    const first = quizFinished(common(rep(0), START), 'discovery-basics', 0.5, false);
    await writeFile(file, `${line(first)}{"broken\n\n${line(first)}{"half": `);
    const cursor = { offset: 0, line: 0 };
    const read = [];
    for await (const entry of readStatementFile(file, cursor)) read.push('message' in entry ? `${path.basename(entry.file)}:${entry.line}: ${entry.message.slice(0, 20)}` : entry.line);
    expect(read).toEqual([1, 'a.ndjson:2: not a JSON statement', 4, 'a.ndjson:5: not a JSON statement']);
    // The unfinished last line is not consumed: once completed, the next read starts there.
    expect(cursor.line).toBe(4);
    await appendFile(file, '1}\n');
    const again = [];
    for await (const entry of readStatementFile(file, cursor)) again.push(entry);
    expect(again).toEqual([{ statement: { half: 1 }, line: 5 }]);
  });
});

describe('TeamRecords', () => {
  const folder = () => path.join(dir, 'exports');
  const data = () => path.join(dir, 'data');

  async function exports() {
    await mkdir(path.join(folder(), 'north'), { recursive: true });
    await writeFile(
      path.join(folder(), 'rep-0.ndjson'),
      [quizFinished(common(rep(0), START), 'discovery-basics', 0.9, true, ['discover']), answered(common(rep(0), START), 'discovery-basics', 'q-single', ['b'], true)].map(line).join(''),
    );
    await writeFile(path.join(folder(), 'north', 'rep-1.ndjson'), line(quizFinished(common(rep(1), START + DAY), 'discovery-basics', 0.45, false, ['discover'])) + 'not json\n');
  }

  it('loads a folder of exports, then only what was added, and keeps the aggregate across restarts', async () => {
    await exports();
    const records = new TeamRecords(data(), () => teamContent);
    const first = await records.loadFolder(folder());
    expect(first).toMatchObject({ read: 3, added: 3, skipped: 1, statements: 3 });
    expect(first.problems).toEqual([{ file: path.join(folder(), 'north', 'rep-1.ndjson'), line: 2, message: expect.stringContaining('not a JSON statement') }]);
    expect(await records.loadFolder(folder())).toMatchObject({ read: 0, added: 0, statements: 3 });

    await appendFile(path.join(folder(), 'north', 'rep-1.ndjson'), line(quizFinished(common(rep(1), START + 2 * DAY), 'discovery-basics', 0.72, true, ['discover'])));
    // A second export of the same rep holding a statement already read counts it once.
    await writeFile(path.join(folder(), 'rep-0-again.ndjson'), line(quizFinished(common(rep(0), START + 3 * DAY), 'discovery-basics', 0.9, true)));
    const restarted = new TeamRecords(data(), () => teamContent);
    const refreshed = await restarted.refreshFolders();
    expect(refreshed[0]).toMatchObject({ read: 2, added: 2, statements: 5 });
    const view = await restarted.view('en');
    expect(view.reps.map((r) => [r.name, r.competencies.discover])).toEqual([
      ['Rep 1', 0.72],
      ['Rep 0', 0.9],
    ]);
  });

  it('gives, after refreshes in the open app, the same view as one computed from scratch on every record', async () => {
    await exports();
    const records = new TeamRecords(data(), () => teamContent);
    await records.loadFolder(folder());
    await records.setElite(repKey(rep(0)), true);
    await records.view('en');
    // New records for one rep, older than the newest (only that rep is measured again), then ones that move "now".
    await appendFile(path.join(folder(), 'north', 'rep-1.ndjson'), line(answered(common(rep(1), START), 'discovery-basics', 'q-single', ['a'], false)));
    await records.refreshFolders();
    await records.view('en');
    await writeFile(path.join(folder(), 'rep-2.ndjson'), line(quizFinished(common(rep(2), START + 9 * DAY), 'discovery-basics', 0.6, true, ['discover'])));
    await appendFile(path.join(folder(), 'rep-0.ndjson'), line(quizFinished(common(rep(0), START + 8 * DAY), 'discovery-basics', 1, true, ['discover'])));
    await records.refreshFolders();
    const incremental = await records.view('en');
    await records.saved();
    const scratch = new TeamRecords(path.join(dir, 'scratch'), () => teamContent);
    await scratch.setElite(repKey(rep(0)), true);
    await scratch.loadFolder(folder());
    expect(incremental.statements).toBe(6);
    expect(incremental).toEqual(await scratch.view('en'));
  });

  it('keeps the elite reps the trainer marks and measures the others against them', async () => {
    await exports();
    const records = new TeamRecords(data(), () => teamContent);
    await records.loadFolder(folder());
    expect(await records.setElite(repKey(rep(0)), true)).toEqual([repKey(rep(0))]);
    const view = await new TeamRecords(data(), () => teamContent).view('en');
    // No elite rep has played the negotiation case: that competency stays against full marks.
    expect(view.basis).toBe('mixed');
    expect(view.competencies.map((c) => [c.id, c.benchmark])).toEqual([
      ['discover', 0.9],
      ['negotiate', undefined],
    ]);
    expect(view.reps.find((r) => r.name === 'Rep 1')!.competencies.discover).toBeCloseTo(0.5);
    expect(await records.setElite(repKey(rep(0)), false)).toEqual([]);
  });

  it('rebuilds from the sources when the cache is damaged', async () => {
    await exports();
    const first = new TeamRecords(data(), () => teamContent);
    await first.loadFolder(folder());
    // The cache is written just after a load, not on its path.
    await first.saved();
    await writeFile(path.join(data(), 'team', 'aggregate.json'), '{"version":1,"statements":99');
    const records = new TeamRecords(data(), () => teamContent);
    expect((await records.sources()).statements).toBe(0);
    expect(await records.loadFolder(folder())).toMatchObject({ added: 3, statements: 3 });
  });
});
