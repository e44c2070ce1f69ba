// What the team view keeps in `<data>/team/`: the aggregate of every statement read so far (JSON), the hashes
// of their ids (binary, a million ids in 8 MB), where each source was read up to, and the reps the trainer
// marked elite. Written with the one durable writer; a damaged or foreign cache is dropped and rebuilt from
// the sources, which are the truth.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { TeamAggregate, type TeamState } from '../../core/team/TeamAggregate';
import { writeFileAtomically } from '../files/writeFileAtomically';
import type { FileCursor } from './readStatementFile';

export interface TeamSources {
  /** The aggregate's statement count when these cursors were written: a cache whose parts disagree is rebuilt. */
  statements: number;
  /** Absolute NDJSON file path → how far it was read, and its size then (a smaller file was rewritten). */
  files: Record<string, FileCursor & { size: number }>;
  /** Folders loaded, so the view can refresh them. */
  folders: string[];
  /** LRS endpoint → the `stored` time of the newest statement read (the next query's `since`). */
  lrs: Record<string, string>;
}

const emptySources = (): TeamSources => ({ statements: 0, files: {}, folders: [], lrs: {} });

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** How long after a change the cache is written: refreshes in quick succession are written once. */
const SAVE_DELAY_MS = 300;

/** Data folder's team dir → the pending write, shared by every TeamCache of it in the process (a load waits for it). */
interface PendingSave {
  aggregate: TeamAggregate;
  /** Not started: later changes are written by it. */
  waiting: boolean;
  done: Promise<void>;
}
const pendingSaves = new Map<string, PendingSave>();

export class TeamCache {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'team');
  }

  private file(name: string): string {
    return path.join(this.dir, name);
  }

  async load(): Promise<{ aggregate: TeamAggregate; sources: TeamSources }> {
    await this.saved();
    const [state, sources, seen] = await Promise.all([
      readJson<TeamState>(this.file('aggregate.json')),
      readJson<TeamSources>(this.file('sources.json')),
      readFile(this.file('seen.bin')).catch(() => undefined),
    ]);
    // Three files written one after the other: a crash between them leaves counts that disagree, and the
    // cache is rebuilt rather than trusted.
    const consistent = state?.version === 1 && sources?.statements === state.statements && seen?.length === state.statements * 8;
    if (!consistent || !state || !sources || !seen) return { aggregate: TeamAggregate.empty(), sources: emptySources() };
    const hashes = new Float64Array(seen.buffer.slice(seen.byteOffset, seen.byteOffset + seen.length));
    return { aggregate: TeamAggregate.restore(state, hashes), sources };
  }

  async save(aggregate: TeamAggregate, sources: TeamSources): Promise<void> {
    // The three parts taken together before any write, so folds made while writing cannot make them disagree.
    sources.statements = aggregate.state.statements;
    const seen = aggregate.seenIds();
    const state = JSON.stringify(aggregate.state);
    const cursors = JSON.stringify(sources);
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomically(this.file('seen.bin'), new Uint8Array(seen.buffer, seen.byteOffset, seen.byteLength));
    await writeFileAtomically(this.file('aggregate.json'), state);
    await writeFileAtomically(this.file('sources.json'), cursors);
  }

  /**
   * Writes the aggregate shortly, off the path of the refresh that changed it; one write for changes in quick
   * succession. A failed write leaves the previous cache, which is rebuilt from the sources if it disagrees.
   */
  saveSoon(aggregate: TeamAggregate, sources: TeamSources): void {
    const current = pendingSaves.get(this.dir);
    // A write of this aggregate not started yet will take this change too.
    if (current?.waiting && current.aggregate === aggregate) return;
    const entry: PendingSave = { aggregate, waiting: true, done: Promise.resolve() };
    entry.done = new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS))
      .then(() => current?.done)
      .then(() => {
        entry.waiting = false;
        return this.save(aggregate, sources);
      })
      .catch(() => undefined)
      .finally(() => {
        if (pendingSaves.get(this.dir) === entry) pendingSaves.delete(this.dir);
      });
    pendingSaves.set(this.dir, entry);
  }

  /** Resolves once no write is pending. */
  async saved(): Promise<void> {
    for (let pending = pendingSaves.get(this.dir); pending; pending = pendingSaves.get(this.dir)) await pending.done;
  }

  async elite(): Promise<string[]> {
    const list = await readJson<unknown>(this.file('elite.json'));
    return Array.isArray(list) ? list.filter((actor): actor is string => typeof actor === 'string') : [];
  }

  async saveElite(actors: string[]): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomically(this.file('elite.json'), `${JSON.stringify([...new Set(actors)].sort(), null, 2)}\n`);
  }
}
