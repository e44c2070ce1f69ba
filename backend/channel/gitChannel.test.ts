// A rep's channel on a Git repository served by a real Git server (Debian's git http-backend on 127.0.0.1):
// a shallow clone, then shallow fetches of what trainers push; a broken push is refused; credentials are asked for.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import git from 'isomorphic-git';
import { commitFilesToBareRepo, createBareRepo, startGitHttpServer, type GitHttpServer } from '../../test/git/gitHttpServer';
import { environmentCredentials } from '../git/gitCredentials';
import { loadContent } from '../content/loadContent';
import { ContentChannel } from './ContentChannel';
import { BASE_ROOT, BROKEN, temporaryFolder, VERSION_1, VERSION_2 } from './channelTestKit';

const USER = { username: 'rep', password: 'read-token' };
let server: GitHttpServer;
let bare: string;
let tmp: Awaited<ReturnType<typeof temporaryFolder>>;
beforeEach(async () => {
  server = await startGitHttpServer({ users: [USER] });
  bare = await createBareRepo(server, 'content', { ...VERSION_1, 'README.md': 'Sales content\n' });
  tmp = await temporaryFolder();
});
afterEach(async () => {
  await server.close();
  await tmp.remove();
});

const openChannel = (token = USER.password) =>
  ContentChannel.open({ dataDir: path.join(tmp.dir, 'data'), baseRoots: [BASE_ROOT], credentials: environmentCredentials({ PBT_GIT_USERNAME: USER.username, PBT_GIT_TOKEN: token }) });
const quizIds = async (root: string | undefined) => (await loadContent([BASE_ROOT, root!])).quizzes.map((quiz) => quiz.id);

describe('a Git channel', () => {
  it('clones shallow, takes what trainers push, refuses a broken push and keeps the version before it', async () => {
    const channel = await openChannel();
    const first = await channel.subscribe({ kind: 'git', location: server.url('content') });
    expect(first.lastCheck).toMatchObject({ outcome: 'updated' });
    expect(first.current?.label).toMatch(/^main [0-9a-f]{7}$/);
    // Only the content folders are taken, and the clone holds one commit.
    expect(await quizIds(channel.root)).not.toContain('pricing-quiz');
    const gitDir = path.join(tmp.dir, 'data', 'channel', 'git');
    expect(await git.log({ fs, dir: gitDir, ref: 'refs/remotes/origin/main' })).toHaveLength(1);

    const second = await commitFilesToBareRepo(bare, VERSION_2, 'Pricing: who approved the last quotes; a quiz');
    const updated = await channel.check();
    expect(updated).toMatchObject({ lastCheck: { outcome: 'updated' }, current: { label: `main ${second.slice(0, 7)}` } });
    expect(updated.whatsNew?.items).toEqual([expect.objectContaining({ id: 'pricing-quiz', change: 'added' })]);
    expect(await quizIds(channel.root)).toContain('pricing-quiz');
    expect(await git.log({ fs, dir: gitDir, ref: 'refs/remotes/origin/main' })).toHaveLength(1);

    await commitFilesToBareRepo(bare, BROKEN, 'Pricing quiz: answer dropped by mistake');
    const refused = await channel.check();
    expect(refused.lastCheck).toMatchObject({ outcome: 'refused', diagnostics: [expect.objectContaining({ file: 'content/quizzes/en/pricing-quiz.yaml', line: 6 })] });
    expect(refused.current).toEqual(updated.current);
    expect((await channel.check()).lastCheck?.outcome).toBe('refused');

    const left = await channel.subscribe(null);
    expect(left).toMatchObject({ subscription: null, current: null, previous: null });
    await expect(stat(gitDir)).rejects.toThrow();
  });

  it('reports a refused login as a failed check, naming where credentials come from', async () => {
    const channel = await openChannel('wrong');
    const status = await channel.subscribe({ kind: 'git', location: server.url('content') });
    expect(status.lastCheck).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/could not be read.*PBT_GIT_TOKEN/) });
    expect(status.current).toBeNull();
  });

  it('asks for the HTTPS address when given an SSH one', async () => {
    const channel = await openChannel();
    const status = await channel.subscribe({ kind: 'git', location: 'git@git.example.com:sales/content.git' });
    expect(status.lastCheck).toMatchObject({ outcome: 'failed', message: expect.stringContaining('HTTPS clone URL') });
  });

  it('gives up on a server that never answers, and keeps the version it has', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const channel = await ContentChannel.open({ dataDir: path.join(tmp.dir, 'data'), baseRoots: [BASE_ROOT], timeoutMs: 300 });
      const { port } = silent.address() as AddressInfo;
      const status = await channel.subscribe({ kind: 'git', location: `http://127.0.0.1:${port}/content.git` });
      expect(status.lastCheck).toMatchObject({ outcome: 'failed', message: expect.stringContaining('did not answer in time') });
      expect(status.checking).toBe(false);
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
