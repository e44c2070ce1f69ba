// The LRS stand-in keeps the xAPI 1.0.3 statement resource rules the app relies on; exercised through LrsClient,
// so these tests are also the client's.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LrsClient, LrsError } from '../../backend/records/LrsClient';
import type { XapiStatement } from '../../core/records/xapiStatement';
import { DEFAULT_USER, startLrsStandIn, type LrsStandIn } from './LrsStandIn';

const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const EXPERIENCED = 'http://adlnet.gov/expapi/verbs/experienced';

function statement(overrides: Partial<XapiStatement> = {}): XapiStatement {
  return {
    id: randomUUID(),
    actor: { name: 'Li Wei', account: { homePage: 'https://example.com', name: 'li' } },
    verb: { id: ANSWERED, display: { 'en-US': 'answered' } },
    object: { objectType: 'Activity', id: 'https://example.com/quizzes/q1/questions/a' },
    timestamp: new Date().toISOString(),
    ...overrides,
  };
}

async function failure(promise: Promise<unknown>): Promise<LrsError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(LrsError);
  return error as LrsError;
}

async function all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

let lrs: LrsStandIn;
let client: LrsClient;
beforeEach(async () => {
  lrs = await startLrsStandIn({ pageSize: 10 });
  client = new LrsClient({ endpoint: lrs.endpoint, ...DEFAULT_USER, timeoutMs: 2_000 });
});
afterEach(() => lrs.close());

describe('statement resource', () => {
  it('stores a POSTed batch, answers with its ids and sets strictly increasing stored times', async () => {
    const batch = [statement(), statement(), statement()];
    expect(await client.post(batch)).toEqual(batch.map((s) => s.id));
    const stored = lrs.statements();
    expect(stored.map((s) => s.id)).toEqual(batch.map((s) => s.id));
    const times = stored.map((s) => Date.parse(s.stored));
    expect(times[0]! < times[1]! && times[1]! < times[2]!).toBe(true);
  });

  it('gives a statement without an id one, and accepts a single statement object', async () => {
    const { id: _id, ...withoutId } = statement();
    const response = await fetch(`${lrs.endpoint}statements`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: `Basic ${Buffer.from(`${DEFAULT_USER.key}:${DEFAULT_USER.secret}`).toString('base64')}` },
      body: JSON.stringify(withoutId),
    });
    expect(response.status).toBe(200);
    const ids = (await response.json()) as string[];
    expect(ids).toHaveLength(1);
    expect(lrs.statements()[0]!.id).toBe(ids[0]);
  });

  it('PUT with statementId stores once; the same statement again is a no-op, a different one a 409', async () => {
    const s = statement();
    await client.put(s);
    await client.put(s);
    expect(lrs.statements()).toHaveLength(1);
    const conflict = await failure(client.put({ ...s, verb: { id: EXPERIENCED, display: { 'en-US': 'experienced' } } }));
    expect(conflict.status).toBe(409);
    expect(conflict.retryable).toBe(false);
    expect(lrs.statements()).toHaveLength(1);
  });

  it('a re-sent batch stores nothing twice; a batch with a conflicting id stores nothing at all', async () => {
    const batch = [statement(), statement()];
    await client.post(batch);
    expect(await client.post(batch)).toEqual(batch.map((s) => s.id));
    expect(lrs.statements()).toHaveLength(2);
    const conflict = await failure(client.post([statement(), { ...batch[0]!, timestamp: '2020-01-01T00:00:00.000Z' }]));
    expect(conflict.status).toBe(409);
    expect(lrs.statements()).toHaveLength(2);
  });

  it('refuses an invalid statement with 400 and the validation problem, storing none of the batch', async () => {
    const invalid = statement({ actor: { mbox: 'li@example.com' } });
    const error = await failure(client.post([statement(), invalid]));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/actor\.mbox/);
    expect(lrs.statements()).toHaveLength(0);
  });

  it('requires the X-Experience-API-Version header and valid Basic credentials', async () => {
    const noVersion = await fetch(`${lrs.endpoint}statements`, { headers: { Authorization: 'Basic bGVhcm5lci1rZXk6bGVhcm5lci1zZWNyZXQ=' } });
    expect(noVersion.status).toBe(400);
    const wrongSecret = new LrsClient({ endpoint: lrs.endpoint, key: DEFAULT_USER.key, secret: 'wrong' });
    const refused = await failure(wrongSecret.post([statement()]));
    expect(refused.status).toBe(401);
    expect(refused.retryable).toBe(false);
    expect(lrs.statements()).toHaveLength(0);
  });

  it('answers /about with the version it speaks', async () => {
    expect(await client.about()).toEqual({ version: ['1.0.3'] });
  });
});

describe('GET statements', () => {
  let posted: XapiStatement[];
  beforeEach(async () => {
    posted = Array.from({ length: 25 }, (_, i) =>
      statement(i % 5 === 0 ? { verb: { id: EXPERIENCED, display: { 'en-US': 'experienced' } }, object: { objectType: 'Activity', id: `https://example.com/playbooks/p${i}` } } : {}),
    );
    for (let i = 0; i < posted.length; i += 7) await client.post(posted.slice(i, i + 7));
  });

  it('follows `more` through every page, newest first by default', async () => {
    const got = await all(client.query({ limit: 4 }));
    expect(got.map((s) => s.id)).toEqual(posted.map((s) => s.id).reverse());
    expect(lrs.requests()).toBeGreaterThanOrEqual(4 + 7);
  });

  it('filters by verb and activity, oldest first when asked', async () => {
    const experienced = await all(client.query({ verb: EXPERIENCED, ascending: true }));
    expect(experienced.map((s) => s.id)).toEqual(posted.filter((_, i) => i % 5 === 0).map((s) => s.id));
    const one = await all(client.query({ activity: 'https://example.com/playbooks/p10' }));
    expect(one.map((s) => s.id)).toEqual([posted[10]!.id]);
  });

  it('since is exclusive and until inclusive, on the stored time', async () => {
    const stored = lrs.statements();
    const since = stored[9]!.stored;
    const until = stored[19]!.stored;
    const got = await all(client.query({ since, until, ascending: true }));
    expect(got.map((s) => s.id)).toEqual(stored.slice(10, 20).map((s) => s.id));
    expect(got.every((s) => typeof s.stored === 'string')).toBe(true);
  });
});

describe('fault modes', () => {
  it('down: no answer at all, worth retrying', async () => {
    lrs.fault('down');
    const error = await failure(client.post([statement()]));
    expect(error.status).toBeUndefined();
    expect(error.retryable).toBe(true);
  });

  it('500 and 401 answer every statement request so', async () => {
    lrs.fault('500');
    expect((await failure(client.post([statement()]))).status).toBe(500);
    lrs.fault('401');
    expect((await failure(all(client.query()))).status).toBe(401);
    lrs.fault('none');
    await client.post([statement()]);
    expect(lrs.statements()).toHaveLength(1);
  });

  it('slow: a client with a shorter timeout gives up, retryably', async () => {
    lrs.fault('slow', { delayMs: 1_000 });
    const impatient = new LrsClient({ endpoint: lrs.endpoint, ...DEFAULT_USER, timeoutMs: 200 });
    const error = await failure(impatient.post([statement()]));
    expect(error.message).toMatch(/no answer within 200 ms/);
    expect(error.retryable).toBe(true);
  });

  it('dropAfterStore: the statement is stored although the client hears nothing', async () => {
    lrs.fault('dropAfterStore');
    const s = statement();
    await failure(client.post([s]));
    expect(lrs.statements().map((x) => x.id)).toEqual([s.id]);
  });
});
