// Cache saves: a save waits until changes pause, since edits come in bursts (typing, a folder being copied) and
// each save serialises the whole cache; writes run one after another. A failed write is reported, never thrown:
// it costs only a slower next start.

export class DelayedSave {
  private timer: NodeJS.Timeout | undefined;
  private waiting: (() => Promise<void>) | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly delayMs: number,
    private readonly report: (error: unknown) => void,
  ) {}

  /**
   * Calls `save` once `delayMs` have passed without another call (or at flush); a later call replaces a save
   * still waiting. `save` serialises what it saves and hands the writing to `write`.
   */
  schedule(save: () => Promise<void>): void {
    clearTimeout(this.timer);
    this.waiting = save;
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Runs `writeFiles` after any write under way. */
  write(writeFiles: () => Promise<void>): Promise<void> {
    this.writing = this.writing.then(writeFiles).catch(this.report);
    return this.writing;
  }

  /** Calls a save still waiting now; resolves when every write so far has finished. */
  async flush(): Promise<void> {
    const save = this.waiting;
    this.cancel();
    if (save) await save().catch(this.report);
    return this.writing;
  }

  /** Drops a save still waiting; a write under way finishes. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.waiting = undefined;
  }
}
