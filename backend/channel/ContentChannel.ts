// A rep's subscription to the trainers' content: checks the source (at start, without holding start-up back, and
// on demand), receives the new version into a staging folder, keeps only the caches it carries that match its
// files, validates the whole version as `pbt check` would, and only then switches to it; a version with errors is
// refused with its problems and the current one stays. The previous version is kept for a roll-back, and what the
// new version brings is recorded for the learner (whatsNew).
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { RecheckableCard } from '../../core/review/reviewRecheck';
import type { ChannelCheck, ChannelStatus, ChannelSubscription, ChannelVersion } from '../../core/channel/channelTypes';
import { whatsNew } from '../../core/channel/whatsNew';
import type { ContentSet, Diagnostic } from '../../core/model';
import { loadContent } from '../content/loadContent';
import type { GitCredentialSource } from '../git/gitCredentials';
import { verifyRootCaches } from '../content/rootCaches';
import { ChannelVersions, type ChannelVersionsOptions, type StoredWhatsNew } from './ChannelVersions';
import { isUsable, validateVersion } from './validateVersion';
import { contentFilesOf, hashVersion } from './versionFiles';

export interface ContentChannelOptions {
  dataDir: string;
  /** The read-only content under the channel's (the built-in pack): versions are checked laid over it. */
  baseRoots: readonly string[];
  /** Each learner's review cards, for the re-check flags an update raises. */
  cardsByProfile?: () => ReadonlyMap<string, readonly RecheckableCard[]>;
  /** Told the new current version's folder (undefined: none) once a switch or roll-back is recorded. */
  onSwitch?: (root: string | undefined) => Promise<void>;
  /** For a Git server or pack URL that asks who is reading (the same credentials as the workspace's Git). */
  credentials?: GitCredentialSource;
  now?: () => Date;
  /** How long a silent source is waited for (default two minutes). */
  timeoutMs?: number;
  versions?: ChannelVersionsOptions;
}

export class ContentChannel {
  private running: Promise<void> | undefined;

  private constructor(
    private readonly versions: ChannelVersions,
    private readonly options: ContentChannelOptions,
  ) {}

  static async open(options: ContentChannelOptions): Promise<ContentChannel> {
    return new ContentChannel(await ChannelVersions.open(options.dataDir, options.versions), options);
  }

  /** The current version's folder: the content root between the built-in pack and the workspace. */
  get root(): string | undefined {
    return this.versions.currentRoot;
  }

  status(profileId?: string): ChannelStatus {
    const { subscription, current, previous, lastCheck, whatsNew: stored } = this.versions.state;
    return {
      subscription,
      current,
      previous,
      checking: this.running !== undefined,
      lastCheck,
      whatsNew: stored ? { ...stored.news, recheck: (profileId === undefined ? undefined : stored.recheckByProfile[profileId]) ?? [] } : null,
    };
  }

  /** Subscribes to a source (null: none) and checks it; leaving a channel stops serving its content. */
  async subscribe(subscription: ChannelSubscription | null): Promise<ChannelStatus> {
    await this.running;
    if (subscription === null) {
      await this.versions.forget();
      await rm(this.gitDir, { recursive: true, force: true });
      await this.options.onSwitch?.(undefined);
      return this.status();
    }
    await this.versions.update({ subscription, lastCheck: null, heldBack: null });
    return this.check();
  }

  /** Checks the source now; a check already under way is joined rather than doubled. */
  async check(): Promise<ChannelStatus> {
    if (!this.running) {
      this.running = this.checkNow().finally(() => {
        this.running = undefined;
      });
    }
    await this.running;
    return this.status();
  }

  /** Returns to the previous version, which the next checks keep until the source publishes another one. */
  async rollBack(): Promise<ChannelStatus> {
    await this.running;
    await this.versions.rollBack(null);
    await this.options.onSwitch?.(this.root);
    return this.status();
  }

  /** Where a Git source's shallow clone is kept between checks. */
  private get gitDir(): string {
    return path.join(this.versions.dir, 'git');
  }

  /** Waits for a check under way. */
  async close(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  private async checkNow(): Promise<void> {
    const { subscription, current, heldBack } = this.versions.state;
    if (!subscription) return;
    const staged = await this.versions.stagingFolder();
    try {
      // Receiving (isomorphic-git, the pack reader) is loaded when a check runs, not at start.
      const { ChannelSourceError, receiveVersion } = await import('./receiveVersion');
      const given = await this.options.credentials?.read();
      const credentials = given && { username: given.username, password: given.token };
      const received = await receiveVersion(subscription, staged, { gitDir: this.gitDir, credentials, timeoutMs: this.options.timeoutMs }).catch((error: unknown) => {
        if (error instanceof ChannelSourceError) return error;
        throw error;
      });
      if (received instanceof ChannelSourceError) return await this.record('failed', [], received.message);
      const hash = await hashVersion(staged);
      if (hash === current?.hash) return await this.record('unchanged', []);
      if (hash === heldBack) return await this.record('held-back', [], received.label);
      if ((await contentFilesOf(staged)).length === 0) {
        return await this.record('refused', [{ file: '.', line: 1, column: 1, severity: 'error', message: 'the source holds no content (no playbooks/, content/ or lessons/ files)' }], received.label);
      }
      await verifyRootCaches(staged);
      const checked = await validateVersion(this.options.baseRoots, staged);
      if (!isUsable(checked)) return await this.record('refused', checked.problems, received.label);
      const news = await this.newsOf(checked.content);
      const check: ChannelCheck = { at: this.now(), outcome: 'updated', diagnostics: checked.problems, ...(received.label ? { message: received.label } : {}) };
      const about: Omit<ChannelVersion, 'id'> = { hash, receivedAt: this.now(), ...(received.label ? { label: received.label } : {}) };
      await this.versions.switchTo(staged, about, check, news);
      await this.options.onSwitch?.(this.root);
    } finally {
      await rm(staged, { recursive: true, force: true });
    }
  }

  /** What the new content brings over the current version (both laid over the built-in pack, without a workspace). */
  private async newsOf(after: ContentSet): Promise<StoredWhatsNew> {
    const root = this.root;
    const before = await loadContent([...this.options.baseRoots, ...(root ? [root] : [])]);
    const cards = this.options.cardsByProfile?.() ?? new Map<string, readonly RecheckableCard[]>();
    const recheckByProfile = Object.fromEntries([...cards].map(([profileId, own]) => [profileId, whatsNew(before, after, own).recheck]));
    return { news: whatsNew(before, after), recheckByProfile };
  }

  private record(outcome: ChannelCheck['outcome'], diagnostics: Diagnostic[], message?: string): Promise<void> {
    return this.versions.update({ lastCheck: { at: this.now(), outcome, diagnostics, ...(message ? { message } : {}) } });
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }
}
