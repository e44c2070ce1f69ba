// The shape of progress.json, its version history, and how an older file is brought up to date.
import { z } from 'zod';
import { xapiIdentitySchema } from '../../core/api/recordsContract';
import type { PrepSheet, Profile } from '../../core/api/contract';
import { LANGS, ROLES } from '../../core/model';
import type { QuizAttempt, ReadMark, ReplayAttempt, ReviewCardRecord } from '../../core/progress/records';
import { deriveSeed } from '../../core/quiz/seededShuffle';

export interface StoredPrepSheet extends PrepSheet {
  profileId: string;
}

export interface ProgressData {
  schemaVersion: number;
  activeProfileId: string | null;
  profiles: Profile[];
  reads: ReadMark[];
  quizAttempts: QuizAttempt[];
  reviewCards: ReviewCardRecord[];
  replayAttempts: ReplayAttempt[];
  prepSheets: StoredPrepSheet[];
}

type RawProgress = Record<string, unknown>;

const isRecord = (value: unknown): value is RawProgress => typeof value === 'object' && value !== null && !Array.isArray(value);

/** MIGRATIONS[i] turns a version-i file into version i + 1. Append only; never edit a shipped step. */
const MIGRATIONS: ((data: RawProgress) => RawProgress)[] = [
  // v0: files from before the schema was versioned, with collections added as features arrived: any may be missing.
  (data) => ({ activeProfileId: null, profiles: [], reads: [], quizAttempts: [], reviewCards: [], replayAttempts: [], prepSheets: [], ...data }),
  // v1: case replays shuffle their options with a seed stored on the attempt. Older attempts get one derived from
  // their id (stable, so a file migrated twice from the same copy agrees); their choices are option indices, unaffected.
  // Anything that is not a list of objects is left for the shape check to report.
  (data) =>
    Array.isArray(data.replayAttempts)
      ? { ...data, replayAttempts: data.replayAttempts.map((attempt: unknown) => (isRecord(attempt) ? { seed: deriveSeed(0, String(attempt.id)), ...attempt } : attempt)) }
      : data,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function emptyProgress(): ProgressData {
  return { schemaVersion: SCHEMA_VERSION, activeProfileId: null, profiles: [], reads: [], quizAttempts: [], reviewCards: [], replayAttempts: [], prepSheets: [] };
}

// Checks the structure the store relies on (collections, ids, owners) without re-stating every field of every record.
const owned = { id: z.string(), profileId: z.string() };
const progressShape = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  activeProfileId: z.string().nullable(),
  profiles: z.array(z.looseObject({ id: z.string(), name: z.string() })),
  reads: z.array(z.looseObject({ profileId: z.string(), playbookId: z.string() })),
  quizAttempts: z.array(z.looseObject({ ...owned, quizId: z.string(), answers: z.array(z.looseObject({ questionId: z.string() })) })),
  reviewCards: z.array(z.looseObject({ ...owned, quizId: z.string(), questionId: z.string(), due: z.string() })),
  replayAttempts: z.array(z.looseObject({ ...owned, caseId: z.string(), seed: z.number(), choices: z.array(z.number()) })),
  prepSheets: z.array(z.looseObject(owned)),
});

/** A learner's own records, as exported to move them to another machine (see learnerExport). */
export const learnerRecordsShape = progressShape.pick({ reads: true, quizAttempts: true, reviewCards: true, replayAttempts: true, prepSheets: true });
export const profileShape = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  role: z.enum(ROLES),
  uiLang: z.enum(LANGS),
  theme: z.enum(['light', 'dark', 'system']),
  createdAt: z.string(),
  xapiActor: xapiIdentitySchema.optional(),
});

export type ParsedProgress =
  | { ok: true; data: ProgressData; migratedFrom: number | null }
  /** `newer`: written by a later version of the app; it must not be touched. */
  | { ok: false; reason: 'unreadable' | 'newer'; message: string };

/** Parses the text of progress.json and migrates it to the current schema. A byte order mark (as some editors save) is skipped. */
export function parseProgress(text: string): ParsedProgress {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'unreadable', message: 'not a JSON object' };
  }
  let data = raw as RawProgress;
  const version = data.schemaVersion ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, reason: 'unreadable', message: `schemaVersion ${JSON.stringify(version)} is not a version number` };
  }
  if (version > SCHEMA_VERSION) {
    return { ok: false, reason: 'newer', message: `written by a newer version of the app (schema ${version}; this version reads up to ${SCHEMA_VERSION})` };
  }
  for (const [step, migrate] of MIGRATIONS.slice(version).entries()) {
    data = { ...migrate(data), schemaVersion: version + step + 1 };
  }
  const checked = progressShape.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'top level';
    return { ok: false, reason: 'unreadable', message: `unexpected content at ${where}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, data: data as unknown as ProgressData, migratedFrom: version < SCHEMA_VERSION ? version : null };
}
