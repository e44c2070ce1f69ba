// The content channel's versions in the data folder (`<data>/channel/`): `state.json` names the subscription, the
// current version, the previous one and the last check; `versions/<id>/` hold their files. A new version is
// prepared in a staging folder beside them, renamed into `versions/` once complete, and becomes current only when
// `state.json` is rewritten (atomically) to say so: a crash at any point leaves the state naming versions that are
// complete on disk. Folders the state no longer names (a staging folder or a version a crash left unnamed) are
// removed when the store is opened and after each switch.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { CHANNEL_KINDS, CHECK_OUTCOMES, type ChannelCheck, type ChannelVersion } from '../../core/channel/channelTypes';
import type { WhatsNew } from '../../core/channel/whatsNew';
import { writeFileAtomically } from '../files/writeFileAtomically';

export const CHANNEL_DIR = 'channel';
const STATE_FILE = 'state.json';
const VERSIONS = 'versions';
const STAGING_PREFIX = 'staging-';

const version = z.object({ id: z.string().regex(/^[\w-]+$/), hash: z.string(), label: z.string().optional(), receivedAt: z.string() });
const diagnostic = z.object({ file: z.string(), line: z.number(), column: z.number(), severity: z.enum(['error', 'warning']), message: z.string() });
const change = z.enum(['added', 'changed', 'removed']);
const lang = z.enum(['zh-CN', 'en']);
const whatsNewShape = z.object({
  playbooks: z.array(z.object({ id: z.string(), lang, title: z.string(), change, sections: z.array(z.object({ anchor: z.string(), title: z.string(), change })) })),
  items: z.array(z.object({ kind: z.enum(['quiz', 'case', 'path']), id: z.string(), lang, title: z.string(), change })),
  recheck: z.array(z.object({ quizId: z.string(), questionId: z.string(), lang })),
});
const stateShape = z.object({
  subscription: z.object({ kind: z.enum(CHANNEL_KINDS), location: z.string(), branch: z.string().optional() }).nullable().default(null),
  current: version.nullable().default(null),
  previous: version.nullable().default(null),
  /** The hash of a version the learner rolled back from: checks do not switch to it again. */
  heldBack: z.string().nullable().default(null),
  lastCheck: z.object({ at: z.string(), outcome: z.enum(CHECK_OUTCOMES), message: z.string().optional(), diagnostics: z.array(diagnostic) }).nullable().default(null),
  /** What the current version brought, with the re-check flags of each profile's cards. */
  whatsNew: z.object({ news: whatsNewShape, recheckByProfile: z.record(z.string(), whatsNewShape.shape.recheck) }).nullable().default(null),
});

export type ChannelState = z.infer<typeof stateShape>;
export type StoredWhatsNew = { news: WhatsNew; recheckByProfile: Record<string, WhatsNew['recheck']> };

export interface ChannelVersionsOptions {
  /** Called between the steps of a switch; a test throws there to stand for a crash. */
  step?: (name: 'renamed' | 'state-written') => void;
  /** Told the folders of versions removed from disk, so what is cached about them can go too. */
  onRemoved?: (folders: string[]) => void;
}

export class ChannelVersions {
  private constructor(
    readonly dir: string,
    private data: ChannelState,
    private readonly options: ChannelVersionsOptions,
  ) {}

  /** Reads the state (an unreadable one starts empty) and removes what a crash or an old switch left behind. */
  static async open(dataDir: string, options: ChannelVersionsOptions = {}): Promise<ChannelVersions> {
    const dir = path.join(path.resolve(dataDir), CHANNEL_DIR);
    const raw = await readFile(path.join(dir, STATE_FILE), 'utf8').then((text) => JSON.parse(text) as unknown, () => ({}));
    const parsed = stateShape.safeParse(raw);
    const store = new ChannelVersions(dir, parsed.success ? parsed.data : stateShape.parse({}), options);
    // A version the state names but whose folder is gone cannot be served: it is forgotten.
    for (const which of ['current', 'previous'] as const) {
      const named = store.data[which];
      if (named && !(await isFolder(store.folderOf(named)))) store.data = { ...store.data, [which]: null };
    }
    // A data folder that cannot be written (opened read-only) keeps its leftovers: they are only disk space.
    await store.removeUnnamed().catch(() => undefined);
    return store;
  }

  get state(): ChannelState {
    return this.data;
  }

  /** The folder of a version's files. */
  folderOf(version: ChannelVersion): string {
    return path.join(this.dir, VERSIONS, version.id);
  }

  /** The current version's folder, the content root it adds. */
  get currentRoot(): string | undefined {
    return this.data.current ? this.folderOf(this.data.current) : undefined;
  }

  /** A new, empty folder to prepare a version in. */
  async stagingFolder(): Promise<string> {
    const folder = path.join(this.dir, `${STAGING_PREFIX}${randomBytes(6).toString('hex')}`);
    await mkdir(folder, { recursive: true });
    return folder;
  }

  /** Records a change of subscription, check or the like (not of versions). */
  async update(change: Partial<Pick<ChannelState, 'subscription' | 'lastCheck' | 'heldBack'>>): Promise<void> {
    await this.write({ ...this.data, ...change });
  }

  /** Makes the prepared folder the current version; the current one becomes the previous one. */
  async switchTo(staged: string, about: Omit<ChannelVersion, 'id'>, check: ChannelCheck, whatsNew: StoredWhatsNew): Promise<ChannelVersion> {
    const next: ChannelVersion = { id: `${Date.now()}-${about.hash.slice(0, 12)}`, ...about };
    await mkdir(path.join(this.dir, VERSIONS), { recursive: true });
    await rename(staged, this.folderOf(next));
    this.options.step?.('renamed');
    await this.write({ ...this.data, current: next, previous: this.data.current, heldBack: null, lastCheck: check, whatsNew });
    this.options.step?.('state-written');
    await this.removeUnnamed();
    return next;
  }

  /** Returns to the previous version; the current one becomes the previous one, and checks leave it alone. */
  async rollBack(whatsNew: StoredWhatsNew | null): Promise<ChannelVersion> {
    const { current, previous } = this.data;
    if (!previous) throw new Error('There is no previous version to roll back to.');
    await this.write({ ...this.data, current: previous, previous: current, heldBack: current?.hash ?? null, whatsNew });
    return previous;
  }

  /** Leaves the channel: no subscription, no versions. */
  async forget(): Promise<void> {
    await this.write(stateShape.parse({}));
    await this.removeUnnamed();
  }

  private async write(next: ChannelState): Promise<void> {
    await writeFileAtomically(path.join(this.dir, STATE_FILE), `${JSON.stringify(next, null, 2)}\n`);
    this.data = next;
  }

  private async removeUnnamed(): Promise<void> {
    const named = new Set([this.data.current?.id, this.data.previous?.id]);
    const staging = (await readdir(this.dir).catch(() => [] as string[])).filter((name) => name.startsWith(STAGING_PREFIX));
    const versions = (await readdir(path.join(this.dir, VERSIONS)).catch(() => [] as string[])).filter((name) => !named.has(name));
    const removed = versions.map((name) => path.join(this.dir, VERSIONS, name));
    await Promise.all([...staging.map((name) => path.join(this.dir, name)), ...removed].map((folder) => rm(folder, { recursive: true, force: true })));
    if (removed.length > 0) this.options.onRemoved?.(removed);
  }
}

async function isFolder(folder: string): Promise<boolean> {
  return stat(folder).then((info) => info.isDirectory(), () => false);
}
