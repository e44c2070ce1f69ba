// What the settings screen shows about learning records: where they go, how many wait, what went wrong last.

export interface RecordsSettings {
  /** The LRS's statement API base; null: none configured (statements wait in the outbox). */
  endpoint: string | null;
  /** Base IRI of activity ids. */
  activityBase: string;
}

export interface RecordsStatus {
  settings: RecordsSettings;
  /** Where the endpoint comes from: the settings, or PBT_LRS_ENDPOINT when the settings name none. */
  endpointSource: 'settings' | 'environment' | 'none';
  /** `keychain`: the desktop app's, set here; `environment`: PBT_LRS_KEY / PBT_LRS_SECRET of the host. */
  credentials: { source: 'keychain' | 'environment'; set: boolean };
  queued: number;
  sent: number;
  /** Statements the LRS refused for good (kept in the data folder, not sent again). */
  refused: number;
  lastError: string | null;
  lastErrorAt: string | null;
  lastSentAt: string | null;
  /** When the next try after a failure is due. */
  retryAt: string | null;
}

export interface ConnectionTest {
  ok: boolean;
  message: string;
  /** xAPI versions the LRS reports in `/about`. */
  versions: string[];
}
