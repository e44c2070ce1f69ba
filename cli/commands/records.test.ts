import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { environmentCredentials } from '../../backend/records/lrsCredentials';
import { LearningRecords } from '../../backend/records/LearningRecords';
import type { XapiStatement } from '../../core/records/xapiStatement';
import { statementProblems } from '../../test/lrs/statementProblems';
import { runCliCaptured } from '../runCliCaptured';

let dir: string;
let recorded: XapiStatement[];
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-records-cli-'));
  const records = await LearningRecords.open({ dataDir: path.join(dir, 'data'), credentials: environmentCredentials({}), env: {} });
  recorded = [];
  for (const n of [1, 2, 3]) {
    const at = new Date(Date.UTC(2026, 1, n)).toISOString();
    recorded.push((await records.record({ id: 'p-1', name: 'Ana' }, { type: 'playbook-read', at, lang: 'en', competencies: [], playbookId: `pb-${n}`, title: `Playbook ${n}` }))!);
  }
  await records.close();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const parse = (text: string) => text.trimEnd().split('\n').map((line) => JSON.parse(line) as XapiStatement);

describe('pbt records export', () => {
  it('writes every statement of the data folder to --out, one valid statement a line, oldest first', async () => {
    const { code, err } = await runCliCaptured(['records', 'export', '--data', 'data', '--out', 'out/records.ndjson'], dir);
    expect(code).toBe(0);
    expect(err).toBe('3 statements written to out/records.ndjson');
    const lines = parse(await readFile(path.join(dir, 'out', 'records.ndjson'), 'utf8'));
    expect(lines).toEqual(recorded);
    for (const statement of lines) expect(statementProblems(statement)).toEqual([]);
  });

  it('prints them without --out', async () => {
    const { code, out } = await runCliCaptured(['records', 'export', '--data', path.join(dir, 'data')], dir);
    expect(code).toBe(0);
    expect(parse(out).map((s) => s.id)).toEqual(recorded.map((s) => s.id));
  });

  it('says so when the folder holds no records, and refuses a missing subcommand', async () => {
    const empty = await runCliCaptured(['records', 'export', '--data', 'nowhere'], dir);
    expect(empty).toMatchObject({ code: 1, err: 'pbt: no learning records in nowhere' });
    expect((await runCliCaptured(['records'], dir)).code).toBe(2);
  });
});
