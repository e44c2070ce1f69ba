// What the trainer sees of a workspace kept in a Git repository: its state, the outcome of each action, and why
// an action could not run. Outcomes are values, so a refused pull or push is shown, not thrown.
import type { PartChange } from './sectionDiff';

export type FileChangeStatus = 'added' | 'modified' | 'deleted';

export interface FileChange {
  /** `/`-separated path inside the repository. */
  path: string;
  status: FileChangeStatus;
}

export interface GitRepositoryStatus {
  repository: true;
  /** The checked-out branch; null on a detached HEAD (commit and pull are then refused). */
  branch: string | null;
  /** `origin/main` or the like; null when the branch tracks nothing (push and pull need one). */
  upstream: string | null;
  /** Commits here not yet on the upstream, and there not yet here, as of the last fetch. */
  ahead: number;
  behind: number;
  /** Files that differ from the last commit, tracked or new. */
  files: FileChange[];
  /** Whether the upstream was fetched for this status; when it could not be, `remoteProblem` says why. */
  fetched: boolean;
  remoteProblem?: RemoteProblem;
}

export type GitStatus = { repository: false } | GitRepositoryStatus;

/** Why the remote could not be reached: wrong or missing credentials, or no answer at all. */
export interface RemoteProblem {
  problem: 'auth-failed' | 'unreachable' | 'no-upstream';
  message: string;
}

export interface FileDiff {
  path: string;
  status: FileChangeStatus;
  /** The changed sections, questions or steps with their text in the last commit and now. */
  changes: PartChange[];
}

export interface CommitOutcome {
  commit: string;
  files: number;
}

export type PullOutcome =
  | { outcome: 'up-to-date' }
  | { outcome: 'fast-forward'; commits: number; files: string[] }
  /**
   * Nothing was changed. `diverged`: both sides have new commits (commit or push first, then merge with a Git
   * tool); `local-changes`: files changed here that the pull would overwrite (commit or undo them first).
   */
  | { outcome: 'conflict'; reason: 'diverged' | 'local-changes'; files: string[] }
  | RemoteFailure;

export type PushOutcome =
  | { outcome: 'pushed'; commits: number }
  | { outcome: 'up-to-date' }
  /** The server refused the update, usually because someone pushed first: pull, then push again. */
  | { outcome: 'rejected'; message: string }
  | RemoteFailure;

export type RemoteFailure = { outcome: 'remote-problem' } & RemoteProblem;

/** How commits are signed and where the credentials for the remote come from. */
export interface GitSettingsView {
  /** The e-mail written into commits (the profile's name is the author). */
  email?: string;
  credentials: 'keychain' | 'environment' | 'none';
  username?: string;
  /** The desktop app keeps a token in the system keychain; the web host and CLI read it from the environment. */
  canStoreCredentials: boolean;
}

/** The old and new text of a section whose referrers need a re-check (Freshness). */
export interface SectionChangeText {
  /** The section now; absent when it no longer resolves. */
  after?: string;
  /** The section as it was: the newest commit whose text has the fingerprint last accepted, else the last commit. */
  before?: string;
  /** Where `before` comes from: absent when the workspace is not a Git repository or no commit has the section. */
  beforeFrom?: { commit: string; date: string; accepted: boolean };
}
