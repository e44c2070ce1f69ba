// The trainer's Git actions as the API offers them: the workspace's repository (WorkspaceGit), the author
// taken from the profile, the e-mail and credentials settings, and the old text of changed sections for Freshness.
import { readFile } from 'node:fs/promises';
import type { GitSettingsView, SectionChangeText } from '../../core/git/gitStatus';
import { ApiError } from '../../core/api/contract';
import { sectionKey } from '../../core/content/sectionHash';
import { splitRef } from '../../core/content/parseResult';
import { partText } from '../../core/git/sectionDiff';
import type { Lang } from '../../core/model';
import type { ProgressStore } from '../store/ProgressStore';
import type { Workspace } from '../workspace/Workspace';
import type { GitCredentialSource } from './gitCredentials';
import type { GitSettingsFile } from './GitSettingsFile';
import type { WorkspaceGit } from './WorkspaceGit';

export interface GitFlowDeps {
  workspace: Workspace;
  store: ProgressStore;
  settings: GitSettingsFile;
  credentials: GitCredentialSource;
}

export class GitFlow {
  #repository: Promise<WorkspaceGit> | undefined;

  constructor(private readonly deps: GitFlowDeps) {}

  /** The workspace's repository. isomorphic-git is loaded on first use: most starts touch no Git, and it costs start-up time. */
  repository(): Promise<WorkspaceGit> {
    const { workspace, credentials } = this.deps;
    return (this.#repository ??= import('./WorkspaceGit').then(({ WorkspaceGit }) => new WorkspaceGit({ workspaceDir: () => workspace.dir, credentials })));
  }

  async commit(profileId: string, message: string) {
    const { name } = this.deps.store.getProfile(profileId);
    return (await this.repository()).commit(message, { name, email: this.deps.settings.email });
  }

  async settings(): Promise<GitSettingsView> {
    const { credentials, settings } = this.deps;
    const stored = await credentials.read();
    return {
      ...(settings.email ? { email: settings.email } : {}),
      credentials: stored ? credentials.kind : 'none',
      ...(stored ? { username: stored.username } : {}),
      canStoreCredentials: credentials.save !== undefined,
    };
  }

  async saveSettings(changes: { email?: string | null | undefined; username?: string | undefined; token?: string | null | undefined }): Promise<GitSettingsView> {
    const { credentials, settings } = this.deps;
    if (changes.email !== undefined) await settings.saveEmail(changes.email);
    if (changes.token !== undefined) {
      if (!credentials.save) throw new ApiError('bad-request', 'Here the Git credentials come from the environment (PBT_GIT_USERNAME, PBT_GIT_TOKEN); set them there.');
      await credentials.save(changes.token === null ? null : { username: changes.username ?? 'git', token: changes.token });
    }
    return this.settings();
  }

  /** The section `ref` points to, now and as last accepted (from Git history; the app keeps only fingerprints). */
  async sectionChangeText(ref: string, lang: Lang): Promise<SectionChangeText> {
    const { workspace } = this.deps;
    const [id, anchor] = splitRef(ref);
    const playbook = workspace.content.playbooks.find((candidate) => candidate.id === id && candidate.lang === lang);
    if (!playbook || !anchor) throw new ApiError('not-found', `"${ref}" does not point to a section of a ${lang} playbook.`);
    const location = workspace.locate(playbook);
    const text = await readFile(location.absolute, 'utf8').catch(() => undefined);
    const after = text === undefined ? undefined : partText(location.path, text, anchor);
    const accepted = workspace.settings.sectionHashes(workspace.dir)?.[sectionKey(lang, ref)];
    const before = location.root === 'workspace' ? await (await this.repository()).committedSection(location.absolute, anchor, accepted) : undefined;
    return {
      ...(after !== undefined ? { after } : {}),
      ...(before ? { before: before.text, beforeFrom: { commit: before.commit, date: before.date, accepted: before.accepted } } : {}),
    };
  }
}
