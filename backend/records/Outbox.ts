// The learner's statements waiting for the LRS, kept in the data folder (`records/`) so nothing is lost offline
// or in a crash. Two append-only NDJSON files: `statements.ndjson` holds every statement as it was built (its id
// fixed then, so a re-send is the same statement), `sent.ndjson` the ids the LRS took (or refused for good, with
// the reason). Queued = statements minus those. Appends are fsync'd; the files are never rewritten.
import path from 'node:path';
import type { XapiStatement } from '../../core/records/xapiStatement';
import { appendLines, readLines } from './appendLines';

export const RECORDS_FOLDER = 'records';

/** A line of `sent.ndjson`: the LRS stored these ids, or refused one for good (`refused`: the LRS's reason). */
interface Delivery {
  ids: string[];
  at: string;
  refused?: string;
}

export interface OutboxCounts {
  queued: number;
  sent: number;
  refused: number;
}

export class Outbox {
  readonly #statements = new Map<string, XapiStatement>();
  readonly #sent = new Set<string>();
  readonly #refused = new Map<string, string>();
  #writes: Promise<unknown> = Promise.resolve();

  private constructor(readonly dir: string) {}

  /** `readOnly`: for a reader beside the running app (`pbt records export`), which must not touch the files. */
  static async open(dataDir: string, { readOnly = false } = {}): Promise<Outbox> {
    const outbox = new Outbox(path.join(dataDir, RECORDS_FOLDER));
    const repair = !readOnly;
    for (const line of await readLines(outbox.statementsFile, { repair })) {
      const statement = parseLine<XapiStatement>(line);
      if (statement?.id) outbox.#statements.set(statement.id, statement);
    }
    for (const line of await readLines(outbox.sentFile, { repair })) {
      const delivery = parseLine<Delivery>(line);
      for (const id of delivery?.ids ?? []) {
        if (delivery?.refused !== undefined) outbox.#refused.set(id, delivery.refused);
        else outbox.#sent.add(id);
      }
    }
    return outbox;
  }

  get statementsFile(): string {
    return path.join(this.dir, 'statements.ndjson');
  }

  get sentFile(): string {
    return path.join(this.dir, 'sent.ndjson');
  }

  /** Resolves once the statement is on disk: from then on it reaches the LRS eventually, whatever happens. */
  add(statement: XapiStatement): Promise<void> {
    return this.#serial(async () => {
      await appendLines(this.statementsFile, [JSON.stringify(statement)]);
      this.#statements.set(statement.id, statement);
    });
  }

  markSent(ids: string[], at: Date): Promise<void> {
    return this.#serial(async () => {
      await appendLines(this.sentFile, [JSON.stringify({ ids, at: at.toISOString() } satisfies Delivery)]);
      for (const id of ids) this.#sent.add(id);
    });
  }

  /** The LRS will never take this statement (invalid, or its id taken by another): kept, but no longer sent. */
  markRefused(id: string, reason: string, at: Date): Promise<void> {
    return this.#serial(async () => {
      await appendLines(this.sentFile, [JSON.stringify({ ids: [id], at: at.toISOString(), refused: reason } satisfies Delivery)]);
      this.#refused.set(id, reason);
    });
  }

  /** Statements not yet delivered, oldest first. */
  queued(limit = Infinity): XapiStatement[] {
    const queued: XapiStatement[] = [];
    for (const statement of this.#statements.values()) {
      if (queued.length >= limit) break;
      if (!this.#sent.has(statement.id) && !this.#refused.has(statement.id)) queued.push(statement);
    }
    return queued;
  }

  /** Every statement recorded, oldest first (what `pbt records export` writes). */
  all(): XapiStatement[] {
    return [...this.#statements.values()];
  }

  refusals(): { id: string; reason: string }[] {
    return [...this.#refused].map(([id, reason]) => ({ id, reason }));
  }

  counts(): OutboxCounts {
    const sent = [...this.#sent].filter((id) => this.#statements.has(id)).length;
    const refused = [...this.#refused.keys()].filter((id) => this.#statements.has(id) && !this.#sent.has(id)).length;
    return { queued: this.#statements.size - sent - refused, sent, refused };
  }

  /** Appends one after another, so lines never interleave and the memory follows the file's order. */
  #serial(write: () => Promise<void>): Promise<void> {
    const next = this.#writes.then(write);
    this.#writes = next.catch(() => undefined);
    return next;
  }
}

/** A line that is not JSON (written by hand, or a bug) is skipped: one bad line never hides the others. */
function parseLine<T>(line: string): T | undefined {
  try {
    return JSON.parse(line) as T;
  } catch {
    return undefined;
  }
}
