// A learner's progress in ONE JSON file (progress.json) in a data folder, held by lowdb. Every change is applied
// to a copy, written through lowdb's adapter with the one durable writer (DurableJsonFile: exclusive temporary
// file, fsync, rename, folder fsync) and only then shown: changes run one at a time, a change is acknowledged once it is on disk, and a failed write
// leaves what the app shows as it was. Daily backups (ProgressBackups) restore a damaged or too-new file; a data
// folder that cannot be written opens read-only with one message. What is promised: docs/data-safety.md.
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { PrepSheet, Profile, ProfileList } from '../../core/api/contract';
import type { Lang, RoleId } from '../../core/model';
import type { AnswerRecord, LearnerRecords, QuizAttempt, ReplayAttempt, ReviewCardRecord } from '../../core/progress/records';
import type { ReviewCard } from '../../core/review/scheduleReview';
import { Low } from 'lowdb';
import { writeFileAtomically } from '../files/writeFileAtomically';
import { DurableJsonFile } from './DurableJsonFile';
import { learnerExport, parseLearnerExport } from './learnerExport';
import { ProgressBackups } from './ProgressBackups';
import { ProgressStoreError } from './ProgressStoreError';
import { emptyProgress, parseProgress, type ProgressData } from './progressSchema';

export { BACKUP_FOLDER } from './ProgressBackups';
export const PROGRESS_FILE = 'progress.json';

export type ProfileChanges = Partial<Pick<Profile, 'name' | 'role' | 'uiLang' | 'theme' | 'canViewTeam'>> & { xapiActor?: Profile['xapiActor'] | null };
export type PrepSheetFields = Omit<PrepSheet, 'id' | 'updatedAt'>;
export interface ImportedLearner {
  profile: Profile;
  counts: Record<'reads' | 'quizAttempts' | 'reviewCards' | 'replayAttempts' | 'prepSheets', number>;
}

const fileStamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-');
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

function notFound(what: string, id: string): never {
  throw new ProgressStoreError('not-found', `No ${what} "${id}".`);
}

const READ_ONLY_TAIL = 'Playbook Trainer opened read-only: your progress is shown but nothing new is saved.';

export class ProgressStore {
  /** Changes one after another, each acknowledged once written. */
  private writes: Promise<unknown> = Promise.resolve();
  /** Whether the data on disk is worth a backup (false for a fresh store nothing was saved to yet). */
  private saved: boolean;
  private shownNotice: string | null;

  private readonly db: Low<ProgressData>;

  private constructor(
    data: ProgressData,
    /** Absolute path of progress.json. */
    readonly file: string,
    notice: string | null,
    /** Why nothing can be saved (the data folder or file cannot be written); null when it can. */
    private readonly readOnlyReason: string | null,
    private readonly backups: ProgressBackups,
    private readonly clock: () => Date,
  ) {
    this.db = new Low(new DurableJsonFile<ProgressData>(file), data);
    this.shownNotice = notice ?? readOnlyReason;
    this.saved = false;
  }

  /** What the store shows: the data as last written. */
  private get data(): ProgressData {
    return this.db.data;
  }

  /**
   * Opens (or starts) the progress file in `dataDir`. An older schema is migrated after keeping a copy
   * (`progress.v<N>.json`). A file that cannot be used (corrupt, truncated, from a newer version) is moved aside,
   * never overwritten, and the latest daily backup restored. Never throws for a data folder it cannot read or
   * write: the store opens read-only and its notice says why.
   */
  static async open(dataDir: string, options: { now?: () => Date } = {}): Promise<ProgressStore> {
    const clock = options.now ?? (() => new Date());
    const dir = path.resolve(dataDir);
    const file = path.join(dir, PROGRESS_FILE);
    const backups = new ProgressBackups(dir);
    const readOnly = (reason: string, data = emptyProgress()) => new ProgressStore(data, file, null, reason, backups, clock);

    let text: string | null;
    try {
      await mkdir(dir, { recursive: true });
      text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EISDIR') {
        return readOnly(`${file} is a folder, not a file, so your progress cannot be read or saved. Playbook Trainer opened read-only: move that folder away (or start with another data folder) and restart to save progress again.`);
      }
      return readOnly(`Your progress in ${dir} cannot be read (${code ?? (error as Error).message}). ${READ_ONLY_TAIL} Fix the folder's permissions or start with another data folder.`);
    }
    const unwritable = await writeProblem(dir);
    const parsed = text === null ? null : parseProgress(text);
    if (unwritable) {
      return readOnly(`The data folder ${dir} cannot be written (${unwritable}). ${READ_ONLY_TAIL} Fix the folder's permissions or start with another data folder.`, parsed?.ok ? parsed.data : emptyProgress());
    }

    let data = emptyProgress();
    let notice: string | null = null;
    let restored = false;
    if (parsed?.ok) {
      data = parsed.data;
      if (parsed.migratedFrom !== null) await writeFileAtomically(path.join(dir, `progress.v${parsed.migratedFrom}.json`), text!);
    } else if (parsed) {
      const kind = parsed.reason === 'newer' ? 'newer' : 'corrupt';
      const aside = path.join(dir, `progress.${kind}-${fileStamp(clock())}.json`);
      await rename(file, aside);
      const backup = await backups.latest();
      if (backup) data = backup.data;
      restored = backup !== undefined;
      notice = backup
        ? `Your progress file could not be used (${parsed.message}). It was kept as ${aside}, and your progress from the backup of ${backup.day} was restored.`
        : `Your progress file could not be used (${parsed.message}). It was kept as ${aside}, and a new progress file was started (there was no backup to restore).`;
    }
    const store = new ProgressStore(data, file, notice, null, backups, clock);
    store.saved = parsed?.ok === true;
    if (store.saved) await backups.keep(data, dayOf(clock()));
    if ((parsed?.ok && parsed.migratedFrom !== null) || restored) await store.change(() => undefined);
    return store;
  }

  /** Set when the progress file had to be replaced or cannot be saved: tell the learner (once, see dismissNotice). */
  get notice(): string | null {
    return this.shownNotice;
  }

  /** The learner has seen the notice. A read-only store keeps saying why it is read-only. */
  dismissNotice(): void {
    this.shownNotice = this.readOnlyReason;
  }

  /** True when nothing can be saved (see the notice). */
  get readOnly(): boolean {
    return this.readOnlyReason !== null;
  }

  // ---------- internals ----------

  private now(): string {
    return this.clock().toISOString();
  }

  /**
   * Applies a change to a copy of the data and writes it; only once it is on disk does the store show it. Resolves
   * with `apply`'s result once written; a failed write rejects and leaves the store as it was. `apply` looks
   * records up in the copy it is given, never in objects found before.
   */
  private change<T>(apply: (data: ProgressData) => T): Promise<T> {
    const run = this.writes.then(async () => {
      if (this.readOnlyReason !== null) throw new ProgressStoreError('read-only', this.readOnlyReason);
      const draft = structuredClone(this.data);
      const result = apply(draft);
      try {
        // The first change of a day keeps the progress as it was before it.
        if (this.saved) await this.backups.keep(this.data, dayOf(this.clock()));
        await this.db.adapter.write(draft);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        throw new ProgressStoreError('not-saved', `Your progress could not be saved (${reason} writing ${this.file}), so nothing was changed. Check the data folder (free space, permissions) and try again.`);
      }
      this.db.data = draft;
      this.saved = true;
      return structuredClone(result);
    });
    this.writes = run.catch(() => undefined);
    return run;
  }

  private profile(profileId: string, data = this.data): Profile {
    return data.profiles.find((profile) => profile.id === profileId) ?? notFound('profile', profileId);
  }

  private quizAttempt(attemptId: string, data = this.data): QuizAttempt {
    return data.quizAttempts.find((attempt) => attempt.id === attemptId) ?? notFound('quiz attempt', attemptId);
  }

  private replayAttempt(replayId: string, data = this.data): ReplayAttempt {
    return data.replayAttempts.find((attempt) => attempt.id === replayId) ?? notFound('case replay', replayId);
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
    this.profile(profileId);
    const { name, role, uiLang, theme, xapiActor, canViewTeam } = changes;
    const given = Object.entries({ name, role, uiLang, theme, xapiActor, canViewTeam }).filter(([, value]) => value !== undefined);
    return this.change((data) => {
      const profile = Object.assign(this.profile(profileId, data), Object.fromEntries(given));
      // null removes the learner's own xAPI identity.
      if (profile.xapiActor === null) delete profile.xapiActor;
      return profile;
    });
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
    this.unfinished(this.quizAttempt(attemptId), 'quiz attempt');
    return this.change((data) => {
      const attempt = this.unfinished(this.quizAttempt(attemptId, data), 'quiz attempt');
      attempt.answers = [...attempt.answers.filter((other) => other.questionId !== answer.questionId), answer];
      return attempt;
    });
  }

  async finishQuizAttempt(attemptId: string, result: { score: number; passed: boolean }): Promise<QuizAttempt> {
    this.unfinished(this.quizAttempt(attemptId), 'quiz attempt');
    return this.change((data) => Object.assign(this.unfinished(this.quizAttempt(attemptId, data), 'quiz attempt'), result, { finishedAt: this.now() }));
  }

  private unfinished<T extends { id: string; finishedAt: string | null }>(attempt: T, what: string): T {
    if (attempt.finishedAt !== null) throw new ProgressStoreError('finished', `The ${what} "${attempt.id}" is already finished.`);
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
    this.unfinished(this.replayAttempt(replayId), 'case replay');
    return this.change((data) => {
      const attempt = this.unfinished(this.replayAttempt(replayId, data), 'case replay');
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

  // ---------- moving a learner ----------

  /** The learner's profile and records as a file to import elsewhere (importLearner). */
  exportLearner(profileId: string): { filename: string; content: string } {
    const profile = this.profile(profileId);
    const exported = learnerExport(this.data, profile, this.clock());
    const name = profile.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'learner';
    return { filename: `playbook-trainer-progress-${name}-${dayOf(this.clock())}.json`, content: `${JSON.stringify(exported, null, 2)}\n` };
  }

  /**
   * Adds the learner exported in `text`, or replaces all of that learner's records if the profile is here already.
   * The whole file is checked first: an invalid one is refused and nothing changes.
   */
  async importLearner(text: string): Promise<ImportedLearner> {
    const parsed = parseLearnerExport(text);
    if (!parsed.ok) throw new ProgressStoreError('invalid-import', `This file cannot be imported: ${parsed.message}.`);
    const { profile, reads, quizAttempts, reviewCards, replayAttempts, prepSheets } = parsed.value;
    const others = <T extends { profileId: string }>(items: T[]) => items.filter((item) => item.profileId !== profile.id);
    return this.change((data) => {
      data.profiles = [...data.profiles.filter((other) => other.id !== profile.id), profile];
      data.reads = [...others(data.reads), ...reads];
      data.quizAttempts = [...others(data.quizAttempts), ...quizAttempts];
      data.reviewCards = [...others(data.reviewCards), ...reviewCards];
      data.replayAttempts = [...others(data.replayAttempts), ...replayAttempts];
      data.prepSheets = [...others(data.prepSheets), ...prepSheets];
      data.activeProfileId ??= profile.id;
      const counts = { reads: reads.length, quizAttempts: quizAttempts.length, reviewCards: reviewCards.length, replayAttempts: replayAttempts.length, prepSheets: prepSheets.length };
      return { profile, counts };
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

/** Why nothing can be written in `dir` (an error code), found by creating and removing a file there; undefined when it can. */
async function writeProblem(dir: string): Promise<string | undefined> {
  const probe = path.join(dir, `.write-test-${randomBytes(6).toString('hex')}`);
  try {
    await (await open(probe, 'wx')).close();
    await unlink(probe);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
}
