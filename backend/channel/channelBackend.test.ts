// The channel inside the app's back end: its version is a content root between the built-in pack and the
// workspace, and the catalog and search follow a switch and a roll-back; a restart serves the current version.
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { exportPack } from '../packs/exportPack';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../openBackend';
import { BASE_ROOT, publish, temporaryFolder, VERSION_1, VERSION_2 } from './channelTestKit';

let tmp: Awaited<ReturnType<typeof temporaryFolder>>;
let backend: Backend | undefined;
beforeEach(async () => {
  tmp = await temporaryFolder();
});
afterEach(async () => {
  await backend?.close();
  backend = undefined;
  await tmp.remove();
});

const open = (checkChannel = false) => openBackend({ contentRoots: [BASE_ROOT], dataDir: path.join(tmp.dir, 'data'), workspace: null, checkChannel });
const quizIds = async (api: Backend['api']) => (await api.getCatalog({ lang: 'en' })).quizzes.map((quiz) => quiz.id).sort();
const searchHits = async (api: Backend['api']) => (await api.search({ query: 'who approved them', lang: 'en' })).filter((hit) => hit.id === 'pricing-talk');

describe('the content channel in the back end', () => {
  it('lays the channel over the built-in content, and the catalog and search follow updates and roll-backs', async () => {
    const shared = path.join(tmp.dir, 'shared');
    await publish(shared, VERSION_1);
    backend = await open();
    const { api } = backend;
    const builtIn = await quizIds(api);
    await api.subscribeChannel({ subscription: { kind: 'folder', location: shared } });
    expect(backend.contentRoots).toHaveLength(2);
    expect((await api.getCatalog({ lang: 'en' })).playbooks.map((playbook) => playbook.id)).toContain('pricing-talk');
    expect(await searchHits(api)).toEqual([]);

    await publish(shared, VERSION_2);
    const updated = await api.checkChannel({});
    expect(updated.lastCheck?.outcome).toBe('updated');
    expect(await quizIds(api)).toEqual([...builtIn, 'pricing-quiz'].sort());
    expect((await searchHits(api)).length).toBeGreaterThan(0);

    await api.rollBackChannel({});
    expect(await quizIds(api)).toEqual(builtIn);
    expect(await searchHits(api)).toEqual([]);
  });

  it('serves the current version at the next start while it checks the source in the background', async () => {
    const shared = path.join(tmp.dir, 'shared');
    await publish(shared, VERSION_2);
    backend = await open();
    await backend.api.subscribeChannel({ subscription: { kind: 'folder', location: shared } });
    await backend.close();
    await publish(shared, { ...VERSION_2, 'content/quizzes/en/second.yaml': 'id: second\nlang: en\ntitle: Second\nplaybook: pricing-talk\nquestions:\n  - id: a\n    type: truefalse\n    prompt: Yes?\n    answer: true\n    explain: Yes.\n' });
    backend = await open(true);
    // Served at once from the version received before; the check runs meanwhile.
    expect(await quizIds(backend.api)).toContain('pricing-quiz');
    const status = await backend.api.checkChannel({});
    expect(status.lastCheck?.outcome).toMatch(/updated|unchanged/);
    expect(await quizIds(backend.api)).toContain('second');
  });

  it('puts the channel between the built-in content and the workspace', async () => {
    const shared = path.join(tmp.dir, 'shared');
    const workspace = path.join(tmp.dir, 'workspace');
    await mkdir(path.join(workspace, 'playbooks'), { recursive: true });
    await publish(shared, VERSION_1);
    backend = await openBackend({ contentRoots: [BASE_ROOT], dataDir: path.join(tmp.dir, 'data'), workspace, checkChannel: false });
    const { api } = backend;
    await api.subscribeChannel({ subscription: { kind: 'folder', location: shared } });
    expect(backend.contentRoots).toEqual([BASE_ROOT, expect.stringContaining(path.join('channel', 'versions')), workspace]);
    await publish(shared, VERSION_2);
    await api.checkChannel({});
    await publish(shared, { ...VERSION_2, 'playbooks/en/extra.md': '---\nid: extra\ntitle: Extra\nlang: en\n---\nText.\n' });
    await api.checkChannel({});
    expect(backend.contentRoots).toEqual([BASE_ROOT, expect.stringContaining(path.join('channel', 'versions')), workspace]);
    expect((await api.getCatalog({ lang: 'en' })).playbooks.map((playbook) => playbook.id)).toContain('extra');
  });

  it('does not wait for the check at start: the app opens while the source has not answered yet', async () => {
    const shared = path.join(tmp.dir, 'shared');
    await publish(shared, VERSION_1);
    const out = path.join(tmp.dir, 'sales.zip');
    await exportPack({ roots: [BASE_ROOT, shared], out, only: ['pricing-talk'] });
    const pack = await readFile(out);
    let release: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (release = resolve));
    const server = createServer((_request, response) => void answered.then(() => response.end(pack)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sales.zip`;
      backend = await open();
      release();
      await backend.api.subscribeChannel({ subscription: { kind: 'pack', location: url } });
      await backend.close();
      release = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      server.removeAllListeners('request');
      server.on('request', (_request, response) => void held.then(() => response.end(pack)));

      backend = await open(true);
      // Opened and serving the version it has while the check still waits for the server.
      expect((await backend.api.channelStatus({})).checking).toBe(true);
      expect((await backend.api.getCatalog({ lang: 'en' })).playbooks.map((playbook) => playbook.id)).toContain('pricing-talk');
      release();
      await backend.api.checkChannel({});
      expect((await backend.api.channelStatus({})).lastCheck?.outcome).toBe('unchanged');
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
