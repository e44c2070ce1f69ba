// A rep's channel against a shared folder and a pack published at a URL (a local http server): updates are taken
// after validation, a broken one is refused with its problems and the current version stays, roll-back returns to
// the version before.
import { createServer, type Server } from 'node:http';
import { readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecheckableCard } from '../../core/review/reviewRecheck';
import { cardRefHash } from '../../core/review/reviewRecheck';
import { loadContent } from '../content/loadContent';
import { exportPack } from '../packs/exportPack';
import { ContentChannel } from './ContentChannel';
import { BASE_ROOT, BROKEN, publish, temporaryFolder, VERSION_1, VERSION_2 } from './channelTestKit';

let tmp: Awaited<ReturnType<typeof temporaryFolder>>;
let shared: string;
let dataDir: string;
beforeEach(async () => {
  tmp = await temporaryFolder();
  shared = path.join(tmp.dir, 'shared');
  dataDir = path.join(tmp.dir, 'data');
});
afterEach(() => tmp.remove());

/** The channel, with the roots the app would serve after each switch. */
async function openChannel(cards: RecheckableCard[] = []) {
  const switches: (string | undefined)[] = [];
  const channel = await ContentChannel.open({
    dataDir,
    baseRoots: [BASE_ROOT],
    cardsByProfile: () => new Map([['rep', cards]]),
    onSwitch: async (root) => {
      switches.push(root);
    },
  });
  return { channel, switches };
}

const titleOf = async (root: string | undefined, id: string) => (await loadContent([BASE_ROOT, root!])).quizzes.find((quiz) => quiz.id === id)?.title;

describe('a shared-folder channel', () => {
  it('takes the first version, then an update, and shows what is new', async () => {
    await publish(shared, VERSION_1);
    const { channel, switches } = await openChannel();
    const first = await channel.subscribe({ kind: 'folder', location: shared });
    expect(first.lastCheck).toMatchObject({ outcome: 'updated', diagnostics: [] });
    expect(first.whatsNew?.playbooks).toEqual([{ id: 'pricing-talk', lang: 'en', title: 'Talking about price', change: 'added', sections: [] }]);
    expect(switches).toEqual([channel.root]);

    expect((await channel.check()).lastCheck?.outcome).toBe('unchanged');
    await publish(shared, VERSION_2);
    const second = await channel.check();
    expect(second.lastCheck?.outcome).toBe('updated');
    expect(second.previous?.hash).toBe(first.current?.hash);
    expect(second.whatsNew).toMatchObject({
      playbooks: [{ id: 'pricing-talk', change: 'changed', sections: [{ anchor: 'prep', title: 'Before you quote', change: 'changed' }] }],
      items: [{ kind: 'quiz', id: 'pricing-quiz', change: 'added' }],
    });
    expect(await titleOf(channel.root, 'pricing-quiz')).toBe('Pricing check');
  });

  it('refuses a broken update with its problems at file, line and column, and keeps serving the current version', async () => {
    await publish(shared, VERSION_2);
    const { channel, switches } = await openChannel();
    const good = await channel.subscribe({ kind: 'folder', location: shared });
    await publish(shared, BROKEN);
    const refused = await channel.check();
    expect(refused.lastCheck?.outcome).toBe('refused');
    expect(refused.lastCheck?.diagnostics).toEqual([expect.objectContaining({ file: 'content/quizzes/en/pricing-quiz.yaml', line: 6, column: 5, severity: 'error' })]);
    expect(refused.current).toEqual(good.current);
    expect(switches).toHaveLength(1);
    expect(await titleOf(channel.root, 'pricing-quiz')).toBe('Pricing check');
  });

  it('rolls back to the previous version and does not take the rolled-back one again', async () => {
    await publish(shared, VERSION_1);
    const { channel, switches } = await openChannel();
    const first = await channel.subscribe({ kind: 'folder', location: shared });
    await publish(shared, VERSION_2);
    await channel.check();
    const rolled = await channel.rollBack();
    expect(rolled.current).toEqual(first.current);
    expect(switches.at(-1)).toBe(channel.root);
    expect(await titleOf(channel.root, 'pricing-quiz')).toBeUndefined();
    expect((await channel.check()).lastCheck?.outcome).toBe('held-back');
    expect(channel.status().current).toEqual(first.current);
  });

  it('flags the learner\'s cards answered against a section the update changed', async () => {
    await publish(shared, VERSION_2);
    const v2 = await loadContent([BASE_ROOT, shared]);
    const key = { quizId: 'pricing-quiz', questionId: 'compare', lang: 'en' as const };
    const card: RecheckableCard = { ...key, refHash: cardRefHash(v2, key)!, due: '2030-01-01T00:00:00.000Z', state: 'review', stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, lastReview: null };
    const { channel } = await openChannel([card]);
    await channel.subscribe({ kind: 'folder', location: shared });
    await publish(shared, { ...VERSION_2, 'playbooks/en/pricing-talk.md': VERSION_2['playbooks/en/pricing-talk.md']!.replace('who approved them', 'who approved them, and why') });
    await channel.check();
    expect(channel.status('rep').whatsNew?.recheck).toEqual([key]);
    expect(channel.status('someone-else').whatsNew?.recheck).toEqual([]);
  });

  it('says so when the folder cannot be reached, and keeps the version it has', async () => {
    await publish(shared, VERSION_1);
    const { channel } = await openChannel();
    const good = await channel.subscribe({ kind: 'folder', location: shared });
    await rm(shared, { recursive: true });
    const failed = await channel.check();
    expect(failed.lastCheck).toMatchObject({ outcome: 'failed', message: expect.stringContaining('cannot be reached') });
    expect(failed.current).toEqual(good.current);
    expect((await loadContent([BASE_ROOT, channel.root!])).playbooks.some((playbook) => playbook.id === 'pricing-talk')).toBe(true);
  });
});

describe('a pack-URL channel', () => {
  let server: Server;
  let pack: Buffer | undefined;
  let url: string;
  beforeEach(async () => {
    server = createServer((request, response) => {
      if (request.url !== '/sales.zip' || !pack) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'application/zip' }).end(pack);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sales.zip`;
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Exports `files` as the pack the server serves. */
  async function serve(files: Record<string, string>, version: string): Promise<void> {
    await publish(shared, files);
    const out = path.join(tmp.dir, `pack-${version}.zip`);
    const { manifest, diagnostics } = await exportPack({ roots: [BASE_ROOT, shared], out, name: 'Sales', version, only: Object.keys(files).map((file) => path.basename(file).replace(/\.(md|yaml)$/, '')) });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(manifest).toBeDefined();
    pack = await readFile(out);
  }

  it('downloads the pack, uses its verified caches, and takes an update published later', async () => {
    await serve(VERSION_1, '1.0.0');
    const { channel } = await openChannel();
    const first = await channel.subscribe({ kind: 'pack', location: url });
    expect(first).toMatchObject({ lastCheck: { outcome: 'updated' }, current: { label: 'Sales 1.0.0' } });
    await expect(readFile(path.join(channel.root!, '.pbt-cache', 'parse-results.bin'))).resolves.toBeInstanceOf(Buffer);
    await serve(VERSION_2, '1.1.0');
    const second = await channel.check();
    expect(second).toMatchObject({ current: { label: 'Sales 1.1.0' }, previous: { label: 'Sales 1.0.0' } });
    expect(second.whatsNew?.items).toEqual([expect.objectContaining({ id: 'pricing-quiz', change: 'added' })]);
  });

  it('reports a server error and a file that is not a pack, and keeps the version it has', async () => {
    await serve(VERSION_1, '1.0.0');
    const { channel } = await openChannel();
    const good = await channel.subscribe({ kind: 'pack', location: url });
    pack = undefined;
    expect((await channel.check()).lastCheck).toMatchObject({ outcome: 'failed', message: expect.stringContaining('404') });
    pack = Buffer.from('not a zip');
    expect((await channel.check()).lastCheck).toMatchObject({ outcome: 'failed', message: expect.stringContaining('not a usable content pack') });
    expect(channel.status().current).toEqual(good.current);
  });

  it('says what a pack URL looks like when given something else', async () => {
    const { channel } = await openChannel();
    expect((await channel.subscribe({ kind: 'pack', location: 'sales.zip' })).lastCheck).toMatchObject({ outcome: 'failed', message: expect.stringContaining('is not a URL') });
    expect((await channel.subscribe({ kind: 'pack', location: 'file:///srv/packs/sales.zip' })).lastCheck).toMatchObject({ outcome: 'failed', message: expect.stringContaining('https://') });
  });
});
