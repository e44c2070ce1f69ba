// One learner's progress as a file, to move it to another machine or data folder: the profile and every record
// that belongs to it. An import is checked whole (shape, version, every record belonging to that learner) before
// anything is replaced.
import type { Profile } from '../../core/api/contract';
import type { LearnerRecords } from '../../core/progress/records';
import { learnerRecordsShape, profileShape, SCHEMA_VERSION, type ProgressData, type StoredPrepSheet } from './progressSchema';
import { z } from 'zod';

export const LEARNER_EXPORT_FORMAT = 'playbook-trainer-learner';

export interface LearnerExport extends LearnerRecords {
  format: typeof LEARNER_EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  profile: Profile;
  prepSheets: StoredPrepSheet[];
}

const exportShape = z.object({
  format: z.literal(LEARNER_EXPORT_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  exportedAt: z.string(),
  profile: profileShape,
  ...learnerRecordsShape.shape,
});

export function learnerExport(data: ProgressData, profile: Profile, exportedAt: Date): LearnerExport {
  const own = <T extends { profileId: string }>(items: T[]) => items.filter((item) => item.profileId === profile.id);
  return structuredClone({
    format: LEARNER_EXPORT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: exportedAt.toISOString(),
    profile,
    reads: own(data.reads),
    quizAttempts: own(data.quizAttempts),
    reviewCards: own(data.reviewCards),
    replayAttempts: own(data.replayAttempts),
    prepSheets: own(data.prepSheets),
  });
}

/** The export in `text`, or why it cannot be imported. */
export function parseLearnerExport(text: string): { ok: true; value: LearnerExport } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: `it is not valid JSON (${(error as Error).message})` };
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== LEARNER_EXPORT_FORMAT) return { ok: false, message: 'it is not a progress export of Playbook Trainer' };
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) return { ok: false, message: `it was made by a newer version of Playbook Trainer (schema ${version}); update this one first` };
  const checked = exportShape.safeParse(raw);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, message: `unexpected content at ${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'invalid'}` };
  }
  const value = checked.data as unknown as LearnerExport;
  const records = [value.reads, value.quizAttempts, value.reviewCards, value.replayAttempts, value.prepSheets].flat();
  if (records.some((record) => record.profileId !== value.profile.id)) return { ok: false, message: `it holds records of another learner than ${value.profile.name}` };
  return { ok: true, value };
}
