// A learner's progress in ONE JSON file (progress.json) in a data folder, through lowdb.
// Writes go through lowdb's steno writer: temp file + rename, so a crash never leaves half a file,
// and concurrent writes are queued with the latest state written last (no lost updates).
import { randomInt, randomUUID } from 'node:crypto';
import { copyFile, mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile, TextFile } from 'lowdb/node';
import { ApiError, type PrepSheet, type Profile, type ProfileList } from '../../core/api/contract';
import type { Lang, RoleId } from '../../core/model';
import type { AnswerRecord, LearnerRecords, QuizAttempt, ReplayAttempt, ReviewCardRecord } from '../../core/progress/records';
import type { ReviewCard } from '../../core/review/scheduleReview';
import { emptyProgress, parseProgress, type ProgressData } from './progressSchema';

export const PROGRESS_FILE = 'progress.json';

/** The progress file cannot be used as it is and must not be overwritten (e.g. it comes from a newer app version). */
export class ProgressStoreError extends Error {
  override name = 'ProgressStoreError';
}

export type ProfileChanges = Partial<Pick<Profile, 'name' | 'role' | 'uiLang' | 'theme'>>;
export type PrepSheetFields = Omit<PrepSheet, 'id' | 'updatedAt'>;

const fileStamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-');

function notFound(what: string, id: string): never {
  throw new ApiError('not-found', `No ${what} "${id}".`);
}

export class ProgressStore {
  private constructor(
    private readonly db: Low<ProgressData>,
    /** Absolute path of progress.json. */
    readonly file: string,
    /** Set when the file could not be read and was moved aside: tell the learner. */
    readonly notice: string | null,
    private readonly clock: () => Date,
  ) {}

  /**
   * Opens (or starts) the progress file in `dataDir`. An older schema is migrated after keeping a copy
   * (`progress.v<N>.json`); an unreadable file is moved to `progress.corrupt-<timestamp>.json`, never overwritten.
   */
  static async open(dataDir: string, options: { now?: () => Date } = {}): Promise<ProgressStore> {
    const clock = options.now ?? (() => new Date());
    const dir = path.resolve(dataDir);
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, PROGRESS_FILE);
    const text = await new TextFile(file).read();
    const parsed = text === null ? null : parseProgress(text);
    let data = emptyProgress();
    let notice: string | null = null;
    if (parsed?.ok) {
      data = parsed.data;
      if (parsed.migratedFrom !== null) await copyFile(file, path.join(dir, `progress.v${parsed.migratedFrom}.json`));
    } else if (parsed?.reason === 'newer') {
      throw new ProgressStoreError(`Cannot open ${file}: it was ${parsed.message}. Update Playbook Trainer to use it.`);
    } else if (parsed) {
      const aside = path.join(dir, `progress.corrupt-${fileStamp(clock())}.json`);
      await rename(file, aside);
      notice = `Your progress file could not be read (${parsed.message}). It was kept as ${aside} and a new progress file was started.`;
    }
    const store = new ProgressStore(new Low(new JSONFile<ProgressData>(file), data), file, notice, clock);
    if (parsed?.ok && parsed.migratedFrom !== null) await store.db.write();
    return store;
  }

  // ---------- internals ----------

  private get data(): ProgressData {
    return this.db.data;
  }

  private now(): string {
    return this.clock().toISOString();
  }

  /** Applies a change in memory, then persists; resolves once a write containing the change is on disk. */
  private async change<T>(apply: (data: ProgressData) => T): Promise<T> {
    const result = apply(this.data);
    await this.db.write();
    return structuredClone(result);
  }

  private profile(profileId: string): Profile {
    return this.data.profiles.find((profile) => profile.id === profileId) ?? notFound('profile', profileId);
  }

  private quizAttempt(attemptId: string): QuizAttempt {
    return this.data.quizAttempts.find((attempt) => attempt.id === attemptId) ?? notFound('quiz attempt', attemptId);
  }

  private replayAttempt(replayId: string): ReplayAttempt {
    return this.data.replayAttempts.find((attempt) => attempt.id === replayId) ?? notFound('case replay', replayId);
  }

  private ownedBy<T extends { profileId: string }>(items: T[], profileId: string): T[] {
    this.profile(profileId);
    return structuredClone(items.filter((item) => item.profileId === profileId));
  }

  // ---------- profiles ----------

  listProfiles(): ProfileList {
    return structuredClone({ profiles: this.data.profiles, activeId: this.data.activeProfileId });
  }

  getProfile(profileId: string): Profile {
    return structuredClone(this.profile(profileId));
  }

  /** The first profile created becomes the active one. */
  async createProfile(fields: { name: string; role: RoleId; uiLang: Lang }): Promise<Profile> {
    return this.change((data) => {
      const profile: Profile = { id: randomUUID(), ...fields, theme: 'system', createdAt: this.now() };
      data.profiles.push(profile);
      data.activeProfileId ??= profile.id;
      return profile;
    });
  }

  /** Fields left undefined keep their value. */
  async updateProfile(profileId: string, changes: ProfileChanges): Promise<Profile> {
    const profile = this.profile(profileId);
    const { name, role, uiLang, theme } = changes;
    const given = Object.entries({ name, role, uiLang, theme }).filter(([, value]) => value !== undefined);
    return this.change(() => Object.assign(profile, Object.fromEntries(given)));
  }

  async selectProfile(profileId: string): Promise<ProfileList> {
    this.profile(profileId);
    return this.change((data) => {
      data.activeProfileId = profileId;
      return { profiles: data.profiles, activeId: profileId };
    });
  }

  // ---------- reading ----------

  /** Read marks count for the playbook id in any language. */
  isRead(profileId: string, playbookId: string): boolean {
    return this.data.reads.some((mark) => mark.profileId === profileId && mark.playbookId === playbookId);
  }

  async setRead(profileId: string, playbookId: string, lang: Lang, read: boolean): Promise<boolean> {
    this.profile(profileId);
    return this.change((data) => {
      data.reads = data.reads.filter((mark) => !(mark.profileId === profileId && mark.playbookId === playbookId));
      if (read) data.reads.push({ profileId, playbookId, lang, readAt: this.now() });
      return read;
    });
  }

  // ---------- quiz attempts ----------

  async startQuizAttempt(profileId: string, quizId: string, lang: Lang): Promise<QuizAttempt> {
    this.profile(profileId);
    return this.change((data) => {
      const attempt: QuizAttempt = {
        id: randomUUID(),
        profileId,
        quizId,
        lang,
        seed: randomInt(0, 2 ** 32),
        startedAt: this.now(),
        finishedAt: null,
        answers: [],
        score: null,
        passed: null,
      };
      data.quizAttempts.push(attempt);
      return attempt;
    });
  }

  getQuizAttempt(attemptId: string): QuizAttempt {
    return structuredClone(this.quizAttempt(attemptId));
  }

  /** The latest unfinished attempt at this quiz, to resume. */
  /** The learner's latest unfinished attempt at the quiz in `lang` (an attempt continues in the language it began in). */
  openQuizAttempt(profileId: string, quizId: string, lang: Lang): QuizAttempt | undefined {
    return this.ownedBy(this.data.quizAttempts, profileId).findLast((attempt) => attempt.quizId === quizId && attempt.lang === lang && attempt.finishedAt === null);
  }

  quizAttempts(profileId: string): QuizAttempt[] {
    return this.ownedBy(this.data.quizAttempts, profileId);
  }

  /** Records (or replaces) the answer to one question of an unfinished attempt. */
  async recordAnswer(attemptId: string, answer: AnswerRecord): Promise<QuizAttempt> {
    const attempt = this.unfinished(this.quizAttempt(attemptId), 'quiz attempt');
    return this.change(() => {
      attempt.answers = [...attempt.answers.filter((other) => other.questionId !== answer.questionId), answer];
      return attempt;
    });
  }

  async finishQuizAttempt(attemptId: string, result: { score: number; passed: boolean }): Promise<QuizAttempt> {
    const attempt = this.unfinished(this.quizAttempt(attemptId), 'quiz attempt');
    return this.change(() => Object.assign(attempt, result, { finishedAt: this.now() }));
  }

  private unfinished<T extends { id: string; finishedAt: string | null }>(attempt: T, what: string): T {
    if (attempt.finishedAt !== null) throw new ApiError('conflict', `The ${what} "${attempt.id}" is already finished.`);
    return attempt;
  }

  // ---------- review cards ----------

  reviewCards(profileId: string): ReviewCardRecord[] {
    return this.ownedBy(this.data.reviewCards, profileId);
  }

  getReviewCard(profileId: string, cardId: string): ReviewCardRecord {
    return this.reviewCards(profileId).find((card) => card.id === cardId) ?? notFound('review card', cardId);
  }

  findReviewCard(profileId: string, quizId: string, questionId: string): ReviewCardRecord | undefined {
    return this.reviewCards(profileId).find((card) => card.quizId === quizId && card.questionId === questionId);
  }

  /** Saves the schedule of the learner's card for this question, creating the card the first time. */
  async saveReviewCard(
    profileId: string,
    key: { quizId: string; questionId: string; lang: Lang },
    card: ReviewCard & Pick<ReviewCardRecord, 'refHash'>,
  ): Promise<ReviewCardRecord> {
    this.profile(profileId);
    return this.change((data) => {
      const existing = data.reviewCards.find(
        (other) => other.profileId === profileId && other.quizId === key.quizId && other.questionId === key.questionId,
      );
      // Only the schedule changes: identity fields stay whatever `card` carries along.
      if (existing) return Object.assign(existing, card, key, { id: existing.id, profileId, createdAt: existing.createdAt });
      const created: ReviewCardRecord = { ...card, ...key, id: randomUUID(), profileId, createdAt: this.now() };
      data.reviewCards.push(created);
      return created;
    });
  }

  // ---------- case replays ----------

  async startReplayAttempt(profileId: string, caseId: string, lang: Lang): Promise<ReplayAttempt> {
    this.profile(profileId);
    return this.change((data) => {
      const attempt: ReplayAttempt = {
        id: randomUUID(),
        profileId,
        caseId,
        lang,
        seed: randomInt(0, 2 ** 32),
        choices: [],
        startedAt: this.now(),
        finishedAt: null,
        score: null,
      };
      data.replayAttempts.push(attempt);
      return attempt;
    });
  }

  getReplayAttempt(replayId: string): ReplayAttempt {
    return structuredClone(this.replayAttempt(replayId));
  }

  replayAttempts(profileId: string): ReplayAttempt[] {
    return this.ownedBy(this.data.replayAttempts, profileId);
  }

  /** Saves the choices so far; with `score`, the replay is finished. */
  async saveReplayProgress(replayId: string, choices: number[], score?: number): Promise<ReplayAttempt> {
    const attempt = this.unfinished(this.replayAttempt(replayId), 'case replay');
    return this.change(() => {
      attempt.choices = [...choices];
      if (score !== undefined) Object.assign(attempt, { score, finishedAt: this.now() });
      return attempt;
    });
  }

  // ---------- prep sheets ----------

  /** Most recently changed first. */
  listPrepSheets(profileId: string): PrepSheet[] {
    return this.ownedBy(this.data.prepSheets, profileId)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .map(({ profileId: _owner, ...sheet }) => sheet);
  }

  getPrepSheet(profileId: string, sheetId: string): PrepSheet {
    return this.listPrepSheets(profileId).find((sheet) => sheet.id === sheetId) ?? notFound('prep sheet', sheetId);
  }

  /** Creates a sheet (no `sheetId`) or replaces the fields of an existing one. */
  async savePrepSheet(profileId: string, sheetId: string | undefined, fields: PrepSheetFields): Promise<PrepSheet> {
    if (sheetId !== undefined) this.getPrepSheet(profileId, sheetId);
    return this.change((data) => {
      const sheet: PrepSheet = { ...fields, id: sheetId ?? randomUUID(), updatedAt: this.now() };
      data.prepSheets = [...data.prepSheets.filter((other) => other.id !== sheet.id), { ...sheet, profileId }];
      return sheet;
    });
  }

  /** False when there was no such sheet. */
  async deletePrepSheet(profileId: string, sheetId: string): Promise<boolean> {
    if (!this.listPrepSheets(profileId).some((sheet) => sheet.id === sheetId)) return false;
    return this.change((data) => {
      data.prepSheets = data.prepSheets.filter((sheet) => !(sheet.profileId === profileId && sheet.id === sheetId));
      return true;
    });
  }

  // ---------- for readiness ----------

  learnerRecords(profileId: string): LearnerRecords {
    return {
      reads: this.ownedBy(this.data.reads, profileId),
      quizAttempts: this.quizAttempts(profileId),
      replayAttempts: this.replayAttempts(profileId),
      reviewCards: this.reviewCards(profileId),
    };
  }
}
