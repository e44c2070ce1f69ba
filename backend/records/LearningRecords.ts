// The learner's learning records, end to end: an event is built into a statement (id fixed now), made durable in
// the outbox, and sent to the configured LRS in the background. Settings (endpoint, activity base) are kept in
// `<data>/records/settings.json`; the key and secret in a CredentialStore (keychain or environment).
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { learnerActor, type XapiIdentity } from '../../core/records/actorKey';
import { buildStatement } from '../../core/records/buildStatement';
import type { LearningEvent } from '../../core/records/learningEvent';
import type { ConnectionTest, RecordsSettings, RecordsStatus } from '../../core/records/recordsStatus';
import { DEFAULT_ACTIVITY_BASE } from '../../core/records/xapiVocabulary';
import type { XapiStatement } from '../../core/records/xapiStatement';
import { writeFileAtomically } from '../files/writeFileAtomically';
import { LrsClient, LrsError } from './LrsClient';
import type { CredentialStore, LrsCredentials } from './lrsCredentials';
import { Outbox } from './Outbox';
import { RecordSender } from './RecordSender';

export interface LearningRecordsOptions {
  dataDir: string;
  credentials: CredentialStore;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
  /** Overrides for tests (batch size, backoff, request timeout). */
  sender?: { batchSize?: number; initialBackoffMs?: number; maxBackoffMs?: number; timeoutMs?: number };
}

export type RecordingProfile = { id: string; name: string; xapiActor?: XapiIdentity };

export class LearningRecords {
  #settings: RecordsSettings;
  #credentials: LrsCredentials | null;
  #writeError: { message: string; at: string } | null = null;
  readonly #sender: RecordSender;

  private constructor(
    readonly outbox: Outbox,
    private readonly options: LearningRecordsOptions,
    settings: RecordsSettings,
    credentials: LrsCredentials | null,
  ) {
    this.#settings = settings;
    this.#credentials = credentials;
    this.#sender = new RecordSender({ outbox, client: () => this.client(), now: this.#now, ...options.sender });
  }

  static async open(options: LearningRecordsOptions): Promise<LearningRecords> {
    const outbox = await Outbox.open(options.dataDir);
    const settings = await readSettings(settingsFile(outbox));
    const records = new LearningRecords(outbox, options, settings, await options.credentials.read());
    // Whatever was left queued by the last run goes now.
    records.#sender.kick();
    return records;
  }

  get #now(): () => Date {
    return this.options.now ?? (() => new Date());
  }

  get endpoint(): string | null {
    return this.#settings.endpoint ?? (this.options.env ?? process.env).PBT_LRS_ENDPOINT ?? null;
  }

  /**
   * Records the event as a statement about this learner; resolves once it is safely in the outbox. Never fails
   * the learner's action: when the outbox cannot be written (a full disk), the error is shown in the status.
   */
  async record(profile: RecordingProfile, event: LearningEvent): Promise<XapiStatement | null> {
    const statement = buildStatement(event, this.#settings, learnerActor(profile, this.#settings.activityBase), randomUUID());
    try {
      await this.outbox.add(statement);
    } catch (error) {
      this.#writeError = { message: `A learning record could not be saved in the data folder: ${(error as Error).message}`, at: this.#now().toISOString() };
      return null;
    }
    this.#sender.kick();
    return statement;
  }

  status(): RecordsStatus {
    const { sending: _sending, ...sender } = this.#sender.status();
    const env = this.options.env ?? process.env;
    return {
      ...this.outbox.counts(),
      ...sender,
      ...(this.#writeError ? { lastError: this.#writeError.message, lastErrorAt: this.#writeError.at } : {}),
      settings: { ...this.#settings, endpoint: this.endpoint },
      endpointSource: this.#settings.endpoint ? 'settings' : env.PBT_LRS_ENDPOINT ? 'environment' : 'none',
      credentials: { source: this.options.credentials.source, set: this.#credentials !== null },
    };
  }

  /** Saves the settings (and, from the desktop app, the key and secret); queued statements are sent to the new LRS. */
  async configure(changes: { endpoint?: string | null; activityBase?: string; credentials?: LrsCredentials | null }): Promise<RecordsStatus> {
    const next = { ...this.#settings, ...(changes.endpoint !== undefined ? { endpoint: changes.endpoint || null } : {}), ...(changes.activityBase ? { activityBase: changes.activityBase } : {}) };
    await writeFileAtomically(settingsFile(this.outbox), `${JSON.stringify(next, null, 2)}\n`);
    this.#settings = next;
    if (changes.credentials !== undefined) {
      await this.options.credentials.write(changes.credentials);
      this.#credentials = changes.credentials;
    }
    void this.#sender.flush();
    return this.status();
  }

  /** Asks the LRS for `/about`, then reads one statement with the credentials: says which of the two failed. */
  async testConnection(): Promise<ConnectionTest> {
    const client = this.client();
    if (!client) return { ok: false, versions: [], message: this.endpoint ? 'No LRS key and secret are set.' : 'No LRS endpoint is set.' };
    let versions: string[];
    try {
      versions = (await client.about()).version;
    } catch (error) {
      return { ok: false, versions: [], message: `The LRS did not answer at ${this.endpoint}: ${(error as Error).message}` };
    }
    try {
      for await (const _ of client.query({ limit: 1 })) break;
      return { ok: true, versions, message: `Connected: the LRS speaks xAPI ${versions.join(', ')} and accepts the key.` };
    } catch (error) {
      if (error instanceof LrsError && error.status === 403) {
        return { ok: true, versions, message: 'Connected: the key is accepted (it may write statements but not read them).' };
      }
      if (error instanceof LrsError && error.status === 401) return { ok: false, versions, message: 'The LRS refused the key and secret (401).' };
      return { ok: false, versions, message: (error as Error).message };
    }
  }

  /** Statements waiting to be sent, exactly as they will be sent. */
  queued(limit: number): XapiStatement[] {
    return this.outbox.queued(limit);
  }

  async sendNow(): Promise<RecordsStatus> {
    await this.#sender.flush();
    return this.status();
  }

  close(): Promise<void> {
    return this.#sender.stop();
  }

  /** A client for the configured LRS (endpoint, key and secret as set now); null while one is missing. */
  client(): LrsClient | null {
    const endpoint = this.endpoint;
    if (!endpoint || !this.#credentials) return null;
    return new LrsClient({ endpoint, ...this.#credentials, ...(this.options.sender?.timeoutMs ? { timeoutMs: this.options.sender.timeoutMs } : {}) });
  }
}

const settingsFile = (outbox: Outbox) => path.join(outbox.dir, 'settings.json');

async function readSettings(file: string): Promise<RecordsSettings> {
  const defaults: RecordsSettings = { endpoint: null, activityBase: DEFAULT_ACTIVITY_BASE };
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return defaults;
  try {
    const saved = JSON.parse(text) as Partial<RecordsSettings>;
    return {
      endpoint: typeof saved.endpoint === 'string' && saved.endpoint ? saved.endpoint : null,
      activityBase: typeof saved.activityBase === 'string' && saved.activityBase ? saved.activityBase : DEFAULT_ACTIVITY_BASE,
    };
  } catch {
    // A settings file broken by hand: the defaults, and the next save writes a good one.
    return defaults;
  }
}
