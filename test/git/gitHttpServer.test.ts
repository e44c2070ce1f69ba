// The test Git server itself: the git CLI clones, pushes and is refused without credentials.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commitFilesToBareRepo, createBareRepo, git, startGitHttpServer, type GitHttpServer } from './gitHttpServer';

let server: GitHttpServer | undefined;
let work: string | undefined;

afterEach(async () => {
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
  server = undefined;
  work = undefined;
});

describe('git http test server', () => {
  it('serves clones and accepts pushes over HTTP', async () => {
    server = await startGitHttpServer();
    const bare = await createBareRepo(server, 'content', { 'README.md': 'hello\n' });
    work = await mkdtemp(path.join(tmpdir(), 'pbt-git-client-'));
    await git(work, ['clone', '--quiet', server.url('content'), 'clone']);
    const clone = path.join(work, 'clone');
    expect(await readFile(path.join(clone, 'README.md'), 'utf8')).toBe('hello\n');

    await commitFilesToBareRepo(bare, { 'README.md': 'hello again\n' }, 'Second');
    await git(clone, ['pull', '--quiet', '--ff-only']);
    expect(await readFile(path.join(clone, 'README.md'), 'utf8')).toBe('hello again\n');

    await git(clone, ['commit', '--quiet', '--allow-empty', '-m', 'Pushed over HTTP']);
    await git(clone, ['push', '--quiet', 'origin', 'HEAD:main']);
    expect(await git(bare, ['log', '-1', '--format=%s', 'main'])).toBe('Pushed over HTTP\n');
  });

  it('requires Basic credentials when users are configured', async () => {
    server = await startGitHttpServer({ users: [{ username: 'trainer', password: 's3cret' }] });
    await createBareRepo(server, 'content', { 'README.md': 'private\n' });
    work = await mkdtemp(path.join(tmpdir(), 'pbt-git-client-'));
    const plain = server.url('content');
    await expect(git(work, ['-c', 'credential.helper=', 'clone', '--quiet', plain, 'anonymous'])).rejects.toThrow(/401|Authentication|terminal prompts/i);
    const withUser = plain.replace('http://', 'http://trainer:s3cret@');
    await git(work, ['clone', '--quiet', withUser, 'ok']);
    expect(await readFile(path.join(work, 'ok', 'README.md'), 'utf8')).toBe('private\n');
  });
});
