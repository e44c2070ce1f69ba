import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { common, DAY, quizFinished, START, teamContent } from '../../core/team/teamSample.fixture';
import { LrsClient } from '../records/LrsClient';
import { DEFAULT_USER, startLrsStandIn, type LrsStandIn } from '../../test/lrs/LrsStandIn';
import { lrsConfigFromEnv, lrsStatements } from './lrsStatements';
import { TeamRecords } from './TeamRecords';

let dir: string;
let lrs: LrsStandIn;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-team-lrs-'));
  lrs = await startLrsStandIn({ pageSize: 7 });
});
afterEach(async () => {
  await lrs.close();
  await rm(dir, { recursive: true, force: true });
});

const config = () => ({ endpoint: lrs.endpoint, key: DEFAULT_USER.key, secret: DEFAULT_USER.secret });
const statements = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => quizFinished(common({ id: `rep-${(from + i) % 4}`, name: `Rep ${(from + i) % 4}` }, START + (from + i) * DAY), 'discovery-basics', ((from + i) % 10) / 10, true, ['discover']));

describe('TeamRecords from an LRS', () => {
  it('pages through every statement, then reads only those stored since the last load', async () => {
    const client = new LrsClient(config());
    const pause = () => new Promise((resolve) => setTimeout(resolve, 1100));
    await client.post(statements(0, 30) as never);
    // Each batch stored more than the one-second overlap after the one before it.
    await pause();
    await client.post(statements(30, 12) as never);
    const records = new TeamRecords(dir, () => teamContent);
    expect(await records.loadLrs(lrsStatements(config()))).toMatchObject({ read: 42, added: 42, statements: 42, skipped: 0 });
    await pause();
    await client.post(statements(42, 5) as never);
    const second = await new TeamRecords(dir, () => teamContent).loadLrs(lrsStatements(config()));
    // The new five, and the batch stored in the second before the cursor again, which counts once.
    expect(second).toMatchObject({ read: 17, added: 5, duplicates: 12, statements: 47 });
  });

  it('says what is missing from the environment', () => {
    expect(lrsConfigFromEnv({})).toEqual({ error: expect.stringContaining('PBT_LRS_ENDPOINT') });
    expect(lrsConfigFromEnv({ PBT_LRS_ENDPOINT: 'https://lrs.example.com/xapi/' })).toEqual({ error: expect.stringContaining('PBT_LRS_KEY') });
    expect(lrsConfigFromEnv({ PBT_LRS_KEY: 'k', PBT_LRS_SECRET: 's' }, 'https://x/')).toEqual({ endpoint: 'https://x/', key: 'k', secret: 's' });
  });
});
