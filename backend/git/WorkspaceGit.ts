// The trainer's workspace as a Git repository, through isomorphic-git (pure JavaScript: nobody needs Git
// installed): its status against the upstream, the section diff of a changed file, commit, fast-forward pull
// and push. A pull that cannot fast-forward, or that would overwrite local changes, changes nothing and says
// which files are in the way: merging is left to the trainer's Git tool, never done silently here.
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import git, { Errors } from 'isomorphic-git';
import { ApiError } from '../../core/api/contract';
import type { CommitOutcome, FileChange, FileDiff, GitRepositoryStatus, GitStatus, PullOutcome, PushOutcome, RemoteFailure, RemoteProblem } from '../../core/git/gitStatus';
import { parsePlaybook } from '../../core/content/parsePlaybook';
import { partText, sectionDiff } from '../../core/git/sectionDiff';
import { pathInside } from '../files/pathInside';
import type { GitCredentialSource } from './gitCredentials';
import { aheadBehind, changedBetween, countOnlyIn, upstreamOf, type Upstream } from './gitHistory';
import { GitRemote } from './GitRemote';

export interface WorkspaceGitDeps {
  /** The open workspace folder, or null. */
  workspaceDir: () => string | null;
  credentials: GitCredentialSource;
  /** How long one request to the remote may take (REQUEST_TIMEOUT_MS by default). */
  timeoutMs?: number;
}

interface Repo {
  /** The repository's top folder (the workspace or a folder above it). */
  dir: string;
  /** The workspace's path inside the repository ('' when they are the same folder), for reading content paths. */
  prefix: string;
}


const decoder = new TextDecoder('utf-8');
/** How many of a file's commits are searched for the text a trainer last accepted. */
const HISTORY_DEPTH = 50;

export class WorkspaceGit {
  /** Git actions one at a time: two writing the index together would corrupt it. */
  private queue: Promise<unknown> = Promise.resolve();

  private readonly remote: GitRemote;

  constructor(private readonly deps: WorkspaceGitDeps) {
    this.remote = new GitRemote(deps.credentials, deps.timeoutMs);
  }

  private serial<T>(action: () => Promise<T>): Promise<T> {
    const run = this.queue.then(action, action);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The repository holding the workspace, or undefined when it is not in one. */
  private async repo(): Promise<Repo | undefined> {
    const workspace = this.deps.workspaceDir();
    if (workspace === null) return undefined;
    const dir = await git.findRoot({ fs, filepath: workspace }).catch(() => undefined);
    if (dir === undefined) return undefined;
    const prefix = path.relative(dir, workspace).split(path.sep).join('/');
    return { dir, prefix };
  }

  private async requireRepo(): Promise<Repo> {
    const repo = await this.repo();
    if (!repo) throw new ApiError('conflict', 'The workspace is not a Git repository: clone the content repository and open that folder as the workspace.');
    return repo;
  }

  status(options: { fetch?: boolean } = {}): Promise<GitStatus> {
    return this.serial(async () => {
      const repo = await this.repo();
      if (!repo) return { repository: false };
      const upstream = await upstreamOf(repo.dir);
      const fetchProblem = options.fetch && upstream ? await this.remote.fetch(repo.dir, upstream) : undefined;
      const counts = upstream ? await aheadBehind(repo.dir, upstream) : { ahead: 0, behind: 0 };
      const status: GitRepositoryStatus = {
        repository: true,
        branch: (await git.currentBranch({ fs, dir: repo.dir })) ?? null,
        upstream: upstream ? `${upstream.remote}/${upstream.remoteBranch}` : null,
        ...counts,
        files: await this.changedFiles(repo.dir, repo.prefix),
        fetched: Boolean(options.fetch && upstream && !fetchProblem),
      };
      if (fetchProblem) status.remoteProblem = fetchProblem;
      return status;
    });
  }

  /** The changed sections of one changed file, against the last commit. */
  diff(filepath: string): Promise<FileDiff> {
    return this.serial(async () => {
      const repo = await this.requireRepo();
      const change = (await this.changedFiles(repo.dir, repo.prefix)).find((file) => file.path === filepath);
      if (!change) throw new ApiError('not-found', `${filepath} has no changes since the last commit.`);
      const absolute = pathInside(repo.dir, filepath);
      if (absolute === null) throw new ApiError('bad-request', `${filepath} is not a path inside the repository.`);
      const before = await this.committedText(repo.dir, filepath);
      const after = await readFile(absolute, 'utf8').catch(() => null);
      return { path: filepath, status: change.status, changes: sectionDiff(contentPath(repo, filepath), before, after) };
    });
  }

  /** The text of a file in a commit (HEAD by default); null when it is not there. */
  async committedText(dir: string, filepath: string, ref = 'HEAD'): Promise<string | null> {
    try {
      const oid = await git.resolveRef({ fs, dir, ref });
      const { blob } = await git.readBlob({ fs, dir, oid, filepath });
      return decoder.decode(blob);
    } catch (error) {
      if (error instanceof Errors.NotFoundError) return null;
      throw error;
    }
  }

  /**
   * The text of section `anchor` of a playbook file (absolute path) as committed: in the newest of the file's
   * last commits whose section has the fingerprint `acceptedHash` (what the trainer last accepted), else in
   * the last commit. Undefined outside a repository or when no commit has that section.
   */
  committedSection(file: string, anchor: string, acceptedHash: string | undefined): Promise<{ text: string; commit: string; date: string; accepted: boolean } | undefined> {
    return this.serial(async () => {
      const repo = await this.repo();
      if (!repo) return undefined;
      const filepath = path.relative(repo.dir, file).split(path.sep).join('/');
      if (filepath.startsWith('..')) return undefined;
      const workspacePath = contentPath(repo, filepath);
      const commits = await git.log({ fs, dir: repo.dir, filepath, depth: HISTORY_DEPTH }).catch(() => []);
      let latest: { text: string; commit: string; date: string; accepted: boolean } | undefined;
      for (const entry of commits) {
        const text = await this.committedText(repo.dir, filepath, entry.oid);
        const playbook = text === null ? undefined : parsePlaybook(text, { root: repo.dir, file }).item;
        const section = playbook?.sections.find((candidate) => candidate.anchor === anchor);
        const sectionText = text === null || !section ? undefined : partText(workspacePath, text, anchor);
        if (sectionText === undefined) continue;
        const found = { text: sectionText, commit: entry.oid, date: new Date(entry.commit.committer.timestamp * 1000).toISOString(), accepted: section!.hash === acceptedHash };
        if (found.accepted) return found;
        latest ??= found;
      }
      return latest;
    });
  }

  /** Stages every change in the repository (new, edited and deleted files) and commits it. */
  commit(message: string, author: { name: string; email?: string | undefined }): Promise<CommitOutcome> {
    return this.serial(async () => {
      const repo = await this.requireRepo();
      const branch = await git.currentBranch({ fs, dir: repo.dir });
      if (!branch) throw new ApiError('conflict', 'The repository is not on a branch (detached HEAD): check out a branch with a Git tool first.');
      const files = await this.changedFiles(repo.dir, repo.prefix);
      if (files.length === 0) throw new ApiError('conflict', 'There is nothing to commit: no file differs from the last commit.');
      for (const file of files) {
        if (file.status === 'deleted') await git.remove({ fs, dir: repo.dir, filepath: file.path });
        else await git.add({ fs, dir: repo.dir, filepath: file.path });
      }
      const commit = await git.commit({ fs, dir: repo.dir, message, author: { name: author.name, email: author.email ?? '' } });
      return { commit, files: files.length };
    });
  }

  pull(): Promise<PullOutcome> {
    return this.serial(async () => {
      const repo = await this.requireRepo();
      const upstream = await this.requireUpstream(repo.dir);
      const problem = await this.remote.fetch(repo.dir, upstream);
      if (problem) return failure(problem);
      const { dir } = repo;
      const local = await git.resolveRef({ fs, dir, ref: 'HEAD' });
      const remote = await git.resolveRef({ fs, dir, ref: upstream.trackingRef });
      if (local === remote || (await git.isDescendent({ fs, dir, oid: local, ancestor: remote, depth: -1 }))) return { outcome: 'up-to-date' };
      if (!(await git.isDescendent({ fs, dir, oid: remote, ancestor: local, depth: -1 }))) {
        const [base] = await git.findMergeBase({ fs, dir, oids: [local, remote] });
        const ours = base ? await changedBetween(dir, base as string, local) : [];
        const theirs = base ? await changedBetween(dir, base as string, remote) : [];
        const both = theirs.filter((file) => ours.includes(file));
        return { outcome: 'conflict', reason: 'diverged', files: both.length > 0 ? both : theirs };
      }
      const incoming = await changedBetween(dir, local, remote);
      // Anywhere in the repository: a pull must not overwrite uncommitted work outside the workspace either.
      const dirty = new Set((await this.changedFiles(dir, '')).map((file) => file.path));
      const inTheWay = incoming.filter((file) => dirty.has(file));
      if (inTheWay.length > 0) return { outcome: 'conflict', reason: 'local-changes', files: inTheWay };
      const commits = await countOnlyIn(dir, remote, local);
      await git.merge({ fs, dir, ours: upstream.branch, theirs: upstream.trackingRef, fastForwardOnly: true, abortOnConflict: true });
      // Only the files the pull brings: the trainer's other uncommitted edits stay as they are.
      await git.checkout({ fs, dir, ref: upstream.branch, filepaths: incoming });
      return { outcome: 'fast-forward', commits, files: incoming };
    });
  }

  push(): Promise<PushOutcome> {
    return this.serial(async () => {
      const repo = await this.requireRepo();
      const upstream = await this.requireUpstream(repo.dir);
      const { dir } = repo;
      const commits = (await aheadBehind(dir, upstream)).ahead;
      try {
        const result = await git.push({ fs, http: this.remote.http, dir, remote: upstream.remote, ref: upstream.branch, remoteRef: upstream.remoteBranch, ...(await this.remote.auth()) });
        if (!result.ok) return { outcome: 'rejected', message: result.error ?? 'The server refused the push.' };
        return commits === 0 ? { outcome: 'up-to-date' } : { outcome: 'pushed', commits };
      } catch (error) {
        if (error instanceof Errors.PushRejectedError) {
          return { outcome: 'rejected', message: 'The remote has commits this workspace does not have yet: pull first, then push again.' };
        }
        if (error instanceof Errors.GitPushError) return { outcome: 'rejected', message: error.data.prettyDetails };
        return failure(this.remote.problem(error));
      }
    });
  }

  /**
   * New, edited and deleted files against the last commit (what a commit records), under `prefix`: a workspace
   * inside a larger repository sees and commits only its own files.
   */
  private async changedFiles(dir: string, prefix: string): Promise<FileChange[]> {
    const matrix = await git.statusMatrix({ fs, dir, ...(prefix ? { filepaths: [prefix] } : {}) });
    const files: FileChange[] = [];
    for (const [filepath, head, workdir] of matrix) {
      if (head === 0 && workdir === 2) files.push({ path: filepath, status: 'added' });
      else if (head === 1 && workdir === 0) files.push({ path: filepath, status: 'deleted' });
      else if (head === 1 && workdir === 2) files.push({ path: filepath, status: 'modified' });
    }
    return files;
  }

  private async requireUpstream(dir: string): Promise<Upstream> {
    const upstream = await upstreamOf(dir);
    if (!upstream) throw new ApiError('conflict', 'The current branch has no remote to pull from or push to: clone the repository, or set an upstream with a Git tool.');
    return upstream;
  }

}

function failure(problem: RemoteProblem): RemoteFailure {
  return { outcome: 'remote-problem', ...problem };
}

/** A repository path as the workspace sees it (`playbooks/en/x.md`), which says how its sections are cut. */
function contentPath(repo: Repo, filepath: string): string {
  return repo.prefix && filepath.startsWith(`${repo.prefix}/`) ? filepath.slice(repo.prefix.length + 1) : filepath;
}
