// Sends the outbox to the LRS in batches, oldest first. A failure that may pass (no answer, a timeout, 429, 5xx,
// and also 401/403, which the learner fixes in settings) waits with exponential backoff and tries the same batch
// again: statement ids were fixed when the events were recorded, so a batch the LRS stored but never confirmed is
// a no-op the second time. A batch the LRS refuses as such (400, 409) is sent statement by statement, so one bad
// statement is set aside with its reason and the others still go.
import { LrsError, type LrsClient } from './LrsClient';
import type { Outbox } from './Outbox';

export interface SenderStatus {
  lastError: string | null;
  lastErrorAt: string | null;
  lastSentAt: string | null;
  /** When the next try after a failure is due; null when not waiting. */
  retryAt: string | null;
  sending: boolean;
}

export interface RecordSenderOptions {
  outbox: Outbox;
  /** The client for the configured LRS; null while none is configured (statements wait in the outbox). */
  client: () => LrsClient | null;
  batchSize?: number;
  /** First wait after a failure; doubled each failure up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  now?: () => Date;
}

export class RecordSender {
  readonly #options: Required<Omit<RecordSenderOptions, 'outbox' | 'client'>> & Pick<RecordSenderOptions, 'outbox' | 'client'>;
  #status: SenderStatus = { lastError: null, lastErrorAt: null, lastSentAt: null, retryAt: null, sending: false };
  #failures = 0;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #stopped = false;
  /** A statement was recorded while a send was finishing: send again once it is done. */
  #again = false;

  constructor(options: RecordSenderOptions) {
    this.#options = { batchSize: 50, initialBackoffMs: 2_000, maxBackoffMs: 5 * 60_000, now: () => new Date(), ...options };
  }

  status(): SenderStatus {
    return { ...this.#status };
  }

  /** Sends now (unless a send is running, which then carries on); resolves when the outbox is empty or a try failed. */
  flush(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#running ??= this.#sendAll().finally(() => {
      this.#running = undefined;
      if (this.#again) {
        this.#again = false;
        this.kick();
      }
    });
    return this.#running;
  }

  /** A new statement was recorded: sends it soon, unless waiting out a failure (the retry will take it). */
  kick(): void {
    if (this.#running !== undefined) this.#again = true;
    else if (this.#timer === undefined) this.#schedule(0);
  }

  stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    return this.#running ?? Promise.resolve();
  }

  async #sendAll(): Promise<void> {
    const { outbox, batchSize } = this.#options;
    const client = this.#options.client();
    if (!client) return;
    this.#status.sending = true;
    try {
      for (let batch = outbox.queued(batchSize); batch.length > 0 && !this.#stopped; batch = outbox.queued(batchSize)) {
        await this.#sendBatch(client, batch);
        this.#failures = 0;
        this.#status = { ...this.#status, lastSentAt: this.#options.now().toISOString(), lastError: null, retryAt: null };
      }
    } catch (error) {
      this.#failed(error);
    } finally {
      this.#status.sending = false;
    }
  }

  async #sendBatch(client: LrsClient, batch: ReturnType<Outbox['queued']>): Promise<void> {
    const { outbox, now } = this.#options;
    try {
      await client.post(batch);
      await outbox.markSent(batch.map((s) => s.id), now());
    } catch (error) {
      if (!refusedAsSuch(error)) throw error;
      for (const statement of batch) {
        try {
          await client.put(statement);
          await outbox.markSent([statement.id], now());
        } catch (single) {
          if (!refusedAsSuch(single)) throw single;
          await outbox.markRefused(statement.id, (single as LrsError).message, now());
        }
      }
    }
  }

  #failed(error: unknown): void {
    this.#failures += 1;
    const { initialBackoffMs, maxBackoffMs, now } = this.#options;
    // Jitter spreads the retries of many learners whose LRS came back at the same moment.
    const wait = Math.min(maxBackoffMs, initialBackoffMs * 2 ** (this.#failures - 1)) * (0.75 + Math.random() * 0.5);
    const message = error instanceof LrsError ? explain(error) : error instanceof Error ? error.message : String(error);
    this.#status = { ...this.#status, lastError: message, lastErrorAt: now().toISOString(), retryAt: new Date(now().getTime() + wait).toISOString() };
    this.#schedule(wait);
  }

  #schedule(delayMs: number): void {
    if (this.#stopped) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.flush();
    }, delayMs);
    // A pending retry never keeps a CLI run or a test process alive.
    this.#timer.unref?.();
  }
}

/** The LRS answered and refuses the statements themselves: sending them again unchanged would not help. */
function refusedAsSuch(error: unknown): boolean {
  return error instanceof LrsError && (error.status === 400 || error.status === 409 || error.status === 413);
}

function explain(error: LrsError): string {
  if (error.status === 401) return `The LRS refused the key and secret (401). Check them in Settings → Learning records. ${error.message}`;
  if (error.status === 403) return `The LRS key may not write statements (403). Ask your LRS administrator for a key with write access. ${error.message}`;
  return error.message;
}
