// Learning records in the API contract: the LRS settings, the outbox's state, a connection test and the queued
// statements exactly as they will be sent. Merged into `apiArgs` and `ApiResults` in contract.ts.
import { z } from 'zod';
import { LANGS } from '../model';
import type { ConnectionTest, RecordsStatus } from '../records/recordsStatus';
import type { XapiStatement } from '../records/xapiStatement';

const httpUrl = z.url({ protocol: /^https?$/ }).max(2000);

/** A learner's own xAPI identity (`Profile.xapiActor`): an account on the company's system, or an e-mail. */
export const xapiIdentitySchema = z.union([
  z.object({ account: z.object({ homePage: httpUrl, name: z.string().trim().min(1).max(200) }) }),
  z.object({ mbox: z.string().trim().regex(/^(mailto:)?[^\s@]+@[^\s@]+$/i, 'an e-mail address').max(320) }),
]);

export const recordsArgs = {
  recordsStatus: z.object({}),
  /**
   * `endpoint: ''` forgets the LRS (statements keep waiting). `key`/`secret` are kept in the OS keychain and only
   * accepted by the desktop app; `forgetCredentials` removes them there.
   */
  saveRecordsSettings: z.object({
    endpoint: httpUrl.or(z.literal('')).optional(),
    activityBase: httpUrl.optional(),
    key: z.string().trim().min(1).max(500).optional(),
    secret: z.string().max(500).optional(),
    forgetCredentials: z.boolean().optional(),
  }),
  testLrsConnection: z.object({}),
  /** The statements waiting to be sent, oldest first, as JSON exactly as they will be posted. */
  queuedStatements: z.object({ limit: z.number().int().min(1).max(1000).optional() }),
  sendRecordsNow: z.object({}),
  /** The reader reports a section the learner stayed on long enough to read it (once per visit). */
  sectionRead: z.object({ profileId: z.string().min(1).max(200), playbookId: z.string().min(1).max(200), anchor: z.string().min(1).max(200), lang: z.enum(LANGS) }),
} as const;

export interface RecordsResults {
  recordsStatus: RecordsStatus;
  saveRecordsSettings: RecordsStatus;
  testLrsConnection: ConnectionTest;
  queuedStatements: { statements: XapiStatement[]; total: number };
  sendRecordsNow: RecordsStatus;
  sectionRead: { recorded: boolean };
}
