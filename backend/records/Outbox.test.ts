import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { XapiStatement } from '../../core/records/xapiStatement';
import { Outbox } from './Outbox';

const statement = (n: number): XapiStatement => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  actor: { account: { homePage: 'https://example.com', name: 'p' } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  object: { objectType: 'Activity', id: `https://example.com/q/${n}` },
  timestamp: '2026-01-01T00:00:00.000Z',
});
const at = new Date('2026-01-02T00:00:00.000Z');

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'pbt-outbox-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('Outbox', () => {
  it('keeps statements, sent ids and refusals across a reopen', async () => {
    const outbox = await Outbox.open(dataDir);
    await Promise.all([1, 2, 3, 4].map((n) => outbox.add(statement(n))));
    await outbox.markSent([statement(1).id, statement(2).id], at);
    await outbox.markRefused(statement(3).id, '400 invalid', at);
    expect(outbox.counts()).toEqual({ queued: 1, sent: 2, refused: 1 });

    const reopened = await Outbox.open(dataDir);
    expect(reopened.counts()).toEqual({ queued: 1, sent: 2, refused: 1 });
    expect(reopened.queued().map((s) => s.id)).toEqual([statement(4).id]);
    expect(reopened.all()).toHaveLength(4);
    expect(reopened.refusals()).toEqual([{ id: statement(3).id, reason: '400 invalid' }]);
  });

  it('appends in the order added, one statement per line', async () => {
    const outbox = await Outbox.open(dataDir);
    await Promise.all([5, 6, 7].map((n) => outbox.add(statement(n))));
    const lines = (await readFile(outbox.statementsFile, 'utf8')).trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as XapiStatement).id)).toEqual([5, 6, 7].map((n) => statement(n).id));
  });

  it('cuts a line torn by a crash and goes on appending after it', async () => {
    const outbox = await Outbox.open(dataDir);
    await outbox.add(statement(1));
    await appendFile(outbox.statementsFile, JSON.stringify(statement(2)).slice(0, 40));
    const reopened = await Outbox.open(dataDir);
    expect(reopened.all().map((s) => s.id)).toEqual([statement(1).id]);
    await reopened.add(statement(3));
    expect((await Outbox.open(dataDir)).all().map((s) => s.id)).toEqual([statement(1).id, statement(3).id]);
  });

  it('skips a line that is not JSON without losing the others', async () => {
    const outbox = await Outbox.open(dataDir);
    await outbox.add(statement(1));
    await appendFile(outbox.statementsFile, 'not json\n');
    await outbox.add(statement(2));
    expect((await Outbox.open(dataDir)).all().map((s) => s.id)).toEqual([statement(1).id, statement(2).id]);
  });
});
