// WorkspaceGit against a real Git server: Debian's git http-backend serving a bare repository on 127.0.0.1.
import fs from 'node:fs';
import http_ from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../core/content/parsePlaybook';
import { commitFilesToBareRepo, createBareRepo, git as gitCli, startGitHttpServer, type GitHttpServer } from '../../test/git/gitHttpServer';
import { environmentCredentials } from './gitCredentials';
import { WorkspaceGit } from './WorkspaceGit';

const PLAYBOOK = 'playbooks/en/discovery-call.md';
const playbook = (impact: string) => `---
id: discovery-call
lang: en
title: Discovery call
summary: How to run a discovery call.
roles: [sales-rep]
---

## Prepare the call

Read the account plan.

## Ask about impact

${impact}
`;
const QUIZ = 'content/quizzes/en/discovery.yaml';
const quiz = 'id: quiz-discovery\nlang: en\ntitle: Discovery\nplaybook: discovery-call\nquestions:\n  - id: q1\n    type: truefalse\n    prompt: "Impact first"\n    answer: true\n';

const USER = { username: 'trainer', password: 'tok-123' };
let server: GitHttpServer;
let bare: string;
let work: string;

beforeEach(async () => {
  server = await startGitHttpServer({ users: [USER] });
  bare = await createBareRepo(server, 'content', { [PLAYBOOK]: playbook('Ask what it costs them.'), [QUIZ]: quiz });
  work = await mkdtemp(path.join(tmpdir(), 'pbt-ws-git-'));
});

afterEach(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

const credentials = (token = USER.password) => environmentCredentials({ PBT_GIT_USERNAME: USER.username, PBT_GIT_TOKEN: token });

async function cloneWorkspace(token?: string): Promise<WorkspaceGit> {
  await git.clone({ fs, http, dir: work, url: server.url('content'), ref: 'main', singleBranch: true, onAuth: () => ({ username: USER.username, password: USER.password }) });
  return new WorkspaceGit({ workspaceDir: () => work, credentials: credentials(token) });
}

const file = (relative: string) => path.join(work, ...relative.split('/'));
const bareLog = async () => (await gitCli(bare, ['log', '--format=%s|%an|%ae', 'main'])).trim().split('\n');

describe('WorkspaceGit', () => {
  it('says when the workspace is not a Git repository', async () => {
    const plain = new WorkspaceGit({ workspaceDir: () => work, credentials: credentials() });
    expect(await plain.status()).toEqual({ repository: false });
    await expect(plain.pull()).rejects.toThrow(/not a Git repository/);
  });

  it('shows changed, added and deleted files, and the changed section with its old and new text', async () => {
    const repo = await cloneWorkspace();
    expect(await repo.status()).toMatchObject({ repository: true, branch: 'main', upstream: 'origin/main', ahead: 0, behind: 0, files: [] });

    await writeFile(file(PLAYBOOK), playbook('Ask what the delay costs them per month.'));
    await writeFile(file('playbooks/en/new.md'), playbook('New.'));
    await unlink(file(QUIZ));
    const status = await repo.status();
    expect(status.repository && [...status.files].sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: QUIZ, status: 'deleted' },
      { path: 'playbooks/en/discovery-call.md', status: 'modified' },
      { path: 'playbooks/en/new.md', status: 'added' },
    ]);

    const diff = await repo.diff(PLAYBOOK);
    expect(diff.changes).toEqual([
      expect.objectContaining({ key: 'ask-about-impact', status: 'changed', before: '## Ask about impact\n\nAsk what it costs them.', after: '## Ask about impact\n\nAsk what the delay costs them per month.' }),
    ]);
    const removed = await repo.diff(QUIZ);
    expect(removed.changes.map((change) => [change.status, change.key])).toEqual([
      ['removed', 'header'],
      ['removed', 'q1'],
    ]);
  });

  it('commits every change as the given author and pushes it to the server', async () => {
    const repo = await cloneWorkspace();
    await writeFile(file(PLAYBOOK), playbook('Quantify the cost of doing nothing.'));
    await unlink(file(QUIZ));
    const committed = await repo.commit('Sharpen the impact question', { name: 'Li Na', email: 'li.na@example.com' });
    expect(committed.files).toBe(2);
    expect(await repo.status()).toMatchObject({ ahead: 1, behind: 0, files: [] });

    expect(await repo.push()).toEqual({ outcome: 'pushed', commits: 1 });
    expect((await bareLog())[0]).toBe('Sharpen the impact question|Li Na|li.na@example.com');
    expect(await gitCli(bare, ['show', `main:${PLAYBOOK}`])).toContain('Quantify the cost of doing nothing.');
    expect(await gitCli(bare, ['ls-tree', '-r', '--name-only', 'main'])).not.toContain(QUIZ);
    expect(await repo.status()).toMatchObject({ ahead: 0, behind: 0 });
    expect(await repo.push()).toEqual({ outcome: 'up-to-date' });
    await expect(repo.commit('Nothing', { name: 'Li Na' })).rejects.toThrow(/nothing to commit/);
  });

  it('counts commits behind after a fetch and pulls them fast-forward, keeping unrelated local edits', async () => {
    const repo = await cloneWorkspace();
    await commitFilesToBareRepo(bare, { [PLAYBOOK]: playbook('Ask what a month of delay costs.'), 'playbooks/en/closing.md': playbook('Close.') }, 'Another trainer');
    await writeFile(file(QUIZ), `${quiz}passScore: 0.8\n`);
    expect(await repo.status()).toMatchObject({ behind: 0, fetched: false });
    expect(await repo.status({ fetch: true })).toMatchObject({ behind: 1, ahead: 0, fetched: true });

    const pulled = await repo.pull();
    expect(pulled).toMatchObject({ outcome: 'fast-forward', commits: 1 });
    expect(pulled.outcome === 'fast-forward' && [...pulled.files].sort()).toEqual(['playbooks/en/closing.md', PLAYBOOK]);
    expect(await readFile(file(PLAYBOOK), 'utf8')).toContain('Ask what a month of delay costs.');
    expect(await readFile(file('playbooks/en/closing.md'), 'utf8')).toContain('Close.');
    expect(await readFile(file(QUIZ), 'utf8')).toContain('passScore: 0.8');
    expect(await repo.status()).toMatchObject({ behind: 0, files: [{ path: QUIZ, status: 'modified' }] });
    expect(await repo.pull()).toEqual({ outcome: 'up-to-date' });
  });

  it('pulls a file deleted and a file added in a new folder upstream', async () => {
    const repo = await cloneWorkspace();
    await commitFilesToBareRepo(bare, { [QUIZ]: null, 'content/cases/en/first-call.yaml': 'id: first-call\n' }, 'Move the quiz');
    expect(await repo.pull()).toMatchObject({ outcome: 'fast-forward', commits: 1 });
    await expect(readFile(file(QUIZ), 'utf8')).rejects.toThrow(/ENOENT/);
    expect(await readFile(file('content/cases/en/first-call.yaml'), 'utf8')).toBe('id: first-call\n');
    expect(await repo.status()).toMatchObject({ ahead: 0, behind: 0, files: [] });
  });

  it('refuses a pull that would overwrite local changes, and changes nothing', async () => {
    const repo = await cloneWorkspace();
    const head = await git.resolveRef({ fs, dir: work, ref: 'HEAD' });
    await commitFilesToBareRepo(bare, { [PLAYBOOK]: playbook('Their version.') }, 'Another trainer');
    await writeFile(file(PLAYBOOK), playbook('My unsaved version.'));

    expect(await repo.pull()).toEqual({ outcome: 'conflict', reason: 'local-changes', files: [PLAYBOOK] });
    expect(await readFile(file(PLAYBOOK), 'utf8')).toContain('My unsaved version.');
    expect(await git.resolveRef({ fs, dir: work, ref: 'HEAD' })).toBe(head);
    expect(await repo.status()).toMatchObject({ behind: 1, files: [{ path: PLAYBOOK, status: 'modified' }] });
  });

  it('refuses a pull when both sides have commits, and rejects the push until then', async () => {
    const repo = await cloneWorkspace();
    await commitFilesToBareRepo(bare, { [PLAYBOOK]: playbook('Their version.') }, 'Another trainer');
    await writeFile(file(PLAYBOOK), playbook('My version.'));
    await repo.commit('My edit', { name: 'Li Na' });
    const head = await git.resolveRef({ fs, dir: work, ref: 'HEAD' });

    const push = await repo.push();
    expect(push.outcome).toBe('rejected');
    expect((await bareLog())[0]).toBe('Another trainer|Test Trainer|trainer@example.com');

    expect(await repo.pull()).toEqual({ outcome: 'conflict', reason: 'diverged', files: [PLAYBOOK] });
    expect(await git.resolveRef({ fs, dir: work, ref: 'HEAD' })).toBe(head);
    expect(await readFile(file(PLAYBOOK), 'utf8')).toContain('My version.');
    expect(await repo.status()).toMatchObject({ ahead: 1, behind: 1 });
  });

  it('reports refused credentials as an outcome, without changing anything', async () => {
    const repo = await cloneWorkspace('wrong-token');
    await commitFilesToBareRepo(bare, { [PLAYBOOK]: playbook('Their version.') }, 'Another trainer');
    const pull = await repo.pull();
    expect(pull).toMatchObject({ outcome: 'remote-problem', problem: 'auth-failed' });
    expect(pull.outcome === 'remote-problem' && pull.message).toMatch(/PBT_GIT_TOKEN/);
    expect(await readFile(file(PLAYBOOK), 'utf8')).toContain('Ask what it costs them.');
    expect(await repo.status({ fetch: true })).toMatchObject({ fetched: false, behind: 0, remoteProblem: { problem: 'auth-failed' } });

    await writeFile(file(PLAYBOOK), playbook('Mine.'));
    await repo.commit('Mine', { name: 'Li Na' });
    expect(await repo.push()).toMatchObject({ outcome: 'remote-problem', problem: 'auth-failed' });
    expect(await bareLog()).toHaveLength(2);
  });

  it('reports a server that does not answer', async () => {
    const repo = await cloneWorkspace();
    await server.close();
    server = await startGitHttpServer();
    expect(await repo.pull()).toMatchObject({ outcome: 'remote-problem', problem: 'unreachable' });
  });

  it('gives up on a server that never answers, and says so', async () => {
    await cloneWorkspace();
    const silent = http_.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = silent.address() as AddressInfo;
      await git.setConfig({ fs, dir: work, path: 'remote.origin.url', value: `http://127.0.0.1:${port}/content.git` });
      const repo = new WorkspaceGit({ workspaceDir: () => work, credentials: credentials(), timeoutMs: 300 });
      const pull = await repo.pull();
      expect(pull).toMatchObject({ outcome: 'remote-problem', problem: 'unreachable' });
      expect(pull.outcome === 'remote-problem' && pull.message).toMatch(/did not answer in time/);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it('finds the text of a section as it was last accepted, in the file history', async () => {
    const repo = await cloneWorkspace();
    await commitFilesToBareRepo(bare, { [PLAYBOOK]: playbook('Second wording.') }, 'Second');
    await repo.pull();
    await writeFile(file(PLAYBOOK), playbook('Third, uncommitted.'));
    const firstHash = parsePlaybook(playbook('Ask what it costs them.'), { root: work, file: file(PLAYBOOK) }).item!.sections[1]!.hash;

    const accepted = await repo.committedSection(file(PLAYBOOK), 'ask-about-impact', firstHash);
    expect(accepted).toMatchObject({ accepted: true, text: '## Ask about impact\n\nAsk what it costs them.' });
    const latest = await repo.committedSection(file(PLAYBOOK), 'ask-about-impact', undefined);
    expect(latest).toMatchObject({ accepted: false, text: '## Ask about impact\n\nSecond wording.' });
  });
});

describe('a workspace inside a larger repository', () => {
  it('shows and commits only the files of the workspace folder', async () => {
    await git.clone({ fs, http, dir: work, url: server.url('content'), ref: 'main', singleBranch: true, onAuth: () => ({ username: USER.username, password: USER.password }) });
    // The workspace is the repository's `content/` folder.
    const inner = new WorkspaceGit({ workspaceDir: () => path.join(work, 'content'), credentials: credentials() });
    await writeFile(file(PLAYBOOK), playbook('Outside the workspace.'));
    await writeFile(file(QUIZ), `${quiz}passScore: 0.7\n`);
    const status = await inner.status();
    expect(status.repository && status.files).toEqual([{ path: QUIZ, status: 'modified' }]);
    expect(await inner.commit('Quiz only', { name: 'Li Na' })).toMatchObject({ files: 1 });
    expect((await gitCli(work, ['status', '--porcelain'])).trim()).toBe(`M ${PLAYBOOK}`);
  });
});
