// Learning records against an LRS that fails: down, 500s, 401, slow, the connection lost after the LRS stored a
// batch, and the app killed mid-send. Every time, once the LRS is reachable again, the statements it holds are
// exactly the events recorded: none lost, none twice.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LearningEvent } from '../../core/records/learningEvent';
import { DEFAULT_USER, startLrsStandIn, type LrsStandIn } from '../../test/lrs/LrsStandIn';
import { environmentCredentials } from './lrsCredentials';
import { LearningRecords } from './LearningRecords';
import { Outbox } from './Outbox';

const profile = { id: 'p-1', name: 'Ana' };
const event = (n: number): LearningEvent => ({
  type: 'quiz-finished', at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(), lang: 'en', competencies: ['qualify'],
  quizId: `quiz-${n}`, title: `Quiz ${n}`, score: 0.9, total: 10, passed: true,
});

let lrs: LrsStandIn;
let dataDir: string;
let env: NodeJS.ProcessEnv;
const opened: LearningRecords[] = [];
beforeEach(async () => {
  lrs = await startLrsStandIn();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'pbt-records-'));
  env = { PBT_LRS_ENDPOINT: lrs.endpoint, PBT_LRS_KEY: DEFAULT_USER.key, PBT_LRS_SECRET: DEFAULT_USER.secret };
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((records) => records.close()));
  await lrs.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function openRecords(timeoutMs = 2_000): Promise<LearningRecords> {
  const records = await LearningRecords.open({ dataDir, env, credentials: environmentCredentials(env), sender: { batchSize: 4, initialBackoffMs: 20, maxBackoffMs: 100, timeoutMs } });
  opened.push(records);
  return records;
}

/** The LRS holds exactly these statements, each once. */
function expectAtLrsExactly(ids: string[]) {
  const atLrs = lrs.statements().map((s) => s.id);
  expect(new Set(atLrs).size).toBe(atLrs.length);
  expect([...atLrs].sort()).toEqual([...ids].sort());
}

async function recordAll(records: LearningRecords, count: number, from = 0): Promise<string[]> {
  const ids: string[] = [];
  for (let n = from; n < from + count; n++) ids.push((await records.record(profile, event(n)))!.id);
  return ids;
}

async function until(condition: () => boolean, what: string, timeoutMs = 10_000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('sending learning records', () => {
  it('sends what is recorded in batches, each statement once', async () => {
    const records = await openRecords();
    const ids = await recordAll(records, 10);
    await until(() => records.status().queued === 0, 'the outbox to empty');
    expectAtLrsExactly(ids);
    expect(records.status()).toMatchObject({ queued: 0, sent: 10, refused: 0, lastError: null });
  });

  for (const fault of ['down', '500', '401'] as const) {
    it(`LRS ${fault}: statements wait in the outbox with the error shown, then all arrive once it is back`, async () => {
      lrs.fault(fault);
      const records = await openRecords();
      const ids = await recordAll(records, 9);
      await until(() => records.status().lastError !== null, 'an error');
      expect(records.status().queued).toBe(9);
      expect(lrs.statements()).toHaveLength(0);
      if (fault === '401') expect(records.status().lastError).toMatch(/401/);
      const retriesBefore = lrs.requests();
      await until(() => lrs.requests() > retriesBefore + 1, 'retries with backoff');
      lrs.fault('none');
      await until(() => records.status().queued === 0, 'the outbox to empty');
      expectAtLrsExactly(ids);
      expect(records.status().lastError).toBeNull();
    });
  }

  it('slow LRS: requests time out, and the batches the LRS stored meanwhile are not stored twice', async () => {
    lrs.fault('slow', { delayMs: 300 });
    const records = await openRecords(100);
    const ids = await recordAll(records, 8);
    await until(() => lrs.statements().length > 0 && records.status().lastError !== null, 'a timed-out batch stored anyway');
    expect(records.status().lastError).toMatch(/no answer within 100 ms/);
    lrs.fault('none');
    await until(() => records.status().queued === 0, 'the outbox to empty');
    expectAtLrsExactly(ids);
  });

  it('connection lost after the LRS stored a batch: the re-sent batch is a no-op', async () => {
    lrs.fault('dropAfterStore');
    const records = await openRecords();
    const ids = await recordAll(records, 6);
    await until(() => records.status().lastError !== null && lrs.statements().length >= 4, 'a stored but unconfirmed batch');
    lrs.fault('none');
    await until(() => records.status().queued === 0, 'the outbox to empty');
    expectAtLrsExactly(ids);
  });

  it('a statement the LRS refuses is set aside with its reason; the rest of its batch still goes', async () => {
    const records = await openRecords();
    const good = await recordAll(records, 2);
    const bad = await records.record({ id: 'p-2', name: 'Bo', xapiActor: { mbox: 'not an address' } }, event(50));
    await until(() => records.status().queued === 0, 'the outbox to empty');
    expectAtLrsExactly(good);
    expect(records.status()).toMatchObject({ sent: 2, refused: 1 });
    expect(records.outbox.refusals()).toEqual([{ id: bad!.id, reason: expect.stringMatching(/400/) }]);
  });

  it('nothing is sent, and nothing lost, while no LRS is configured', async () => {
    env = {};
    const records = await openRecords();
    await recordAll(records, 3);
    expect(records.status()).toMatchObject({ queued: 3, sent: 0, endpointSource: 'none', credentials: { source: 'environment', set: false } });
    expect(lrs.requests()).toBe(0);
  });
});

describe('the app killed mid-send (SIGKILL), then started again', () => {
  let bundle: string;
  beforeEach(async () => {
    bundle = path.join(dataDir, '..', `${path.basename(dataDir)}-learner.mjs`);
    await build({ entryPoints: [fileURLToPath(new URL('../../test/lrs/recordingLearner.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent',
      // The xAPI client is CommonJS requiring Node built-ins: give the ES module bundle a `require`.
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
  });
  afterEach(() => rm(bundle, { force: true }));

  /** Runs the learner until it has recorded `events` more and a send is in flight at the slow LRS, then kills it. */
  async function runAndKill(first: number, events: number): Promise<string[]> {
    const child = spawn(process.execPath, [bundle, dataDir, String(first)], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    const recorded: string[] = [];
    let buffered = '';
    const requestsAtStart = lrs.requests();
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      recorded.push(...lines.filter((line) => line !== 'ready'));
      if (recorded.length >= events && lrs.requests() > requestsAtStart) child.kill('SIGKILL');
    });
    const [, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    expect(signal).toBe('SIGKILL');
    return recorded;
  }

  it('statements at the LRS equal the events recorded over three kills, no duplicates', async () => {
    lrs.fault('slow', { delayMs: 150 });
    const recorded: string[] = [];
    for (let round = 0; round < 3; round++) recorded.push(...(await runAndKill(round * 1000, 25)));
    // Batches in flight at a kill reach the LRS after the sender died: stored there, never marked sent here.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(lrs.statements().length).toBeGreaterThan((await Outbox.open(dataDir)).counts().sent);
    lrs.fault('none');
    const records = await openRecords();
    await records.sendNow();
    await until(() => records.status().queued === 0, 'the outbox to empty');
    const inOutbox = records.outbox.all().map((s) => s.id);
    // Every acknowledged event is in the outbox (one more may have been written as the kill came).
    expect(inOutbox).toEqual(expect.arrayContaining(recorded));
    expect(inOutbox.length - recorded.length).toBeLessThanOrEqual(3);
    expectAtLrsExactly(inOutbox);
  }, 60_000);
});
