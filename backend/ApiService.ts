// The back end behind the one API contract, shared by every host (Electron IPC, the web host, tests).
// It composes the content (the trainer's workspace over the built-in pack), the search index and the progress
// store; the flows and views
// it delegates to live in backend/service/. Arguments arrive already validated by `dispatch`.
import type { Api, ApiArgs, ApiErrorBody, ApiResults, ApiMethod, DiagnosticView } from '../core/api/contract';
import { API_METHODS, ApiError } from '../core/api/contract';
import type { ContentSet } from '../core/model';
import type { SearchIndex } from '../core/search/SearchIndex';
import type { ProgressStore } from './store/ProgressStore';
import { ProgressStoreError, type ProgressStoreFailure } from './store/ProgressStoreError';
import { ContentRenderer } from './service/views/ContentRenderer';
import { catalogView, playbookView } from './service/views/contentViews';
import { requireItem } from './service/views/contentLookup';
import { diagnosticView } from './service/views/displayPath';
import type { LearnerViewDeps } from './service/views/learnerViews';
import { playbookMarks } from '../core/progress/playbookMarks';
import { homeView, pathView, progressView } from './service/views/learnerViews';
import { PrepSheets } from './service/learner/PrepSheets';
import { QuizFlow } from './service/learner/QuizFlow';
import { ReplayFlow } from './service/learner/ReplayFlow';
import { ReviewFlow } from './service/learner/ReviewFlow';
import { AuthoringFlow } from './service/trainer/AuthoringFlow';
import { FreshnessFlow } from './service/trainer/FreshnessFlow';
import { LessonFlow } from './service/trainer/LessonFlow';
import type { Workspace } from './workspace/Workspace';
import type { GitFlow } from './git/GitFlow';
import type { LearningEvent } from '../core/records/learningEvent';
import type { LearningRecords } from './records/LearningRecords';
import { playbookReadEvent } from './records/learningEvents';
import type { ContentChannel } from './channel/ContentChannel';
import { TeamFlow } from './team/TeamFlow';
import { LessonInbox } from './lessons/LessonInbox';
import { MyLessons } from './lessons/MyLessons';
import { MyLessonStore } from './lessons/MyLessonStore';

type Method<M extends ApiMethod> = (args: ApiArgs<M>) => Promise<ApiResults[M]>;

/** The API error each refusal of the progress store becomes. */
const STORE_FAILURE_CODES: Record<ProgressStoreFailure, ApiErrorBody['code']> = {
  'not-found': 'not-found',
  finished: 'conflict',
  'read-only': 'conflict',
  'not-saved': 'internal',
  'invalid-import': 'bad-request',
};

/** A failure as it leaves the API: the progress store's own errors become API errors, others pass unchanged. */
export function apiFailureOf(error: unknown): unknown {
  return error instanceof ProgressStoreError ? new ApiError(STORE_FAILURE_CODES[error.reason], error.message) : error;
}

export interface ApiServiceDeps {
  /** The loaded content and the roots it came from (a `ContentRepository`). */
  repository: { readonly content: ContentSet; readonly roots: readonly string[] };
  /** The search index, once it is loaded or built (the rest of the API does not wait for it). */
  search: () => Promise<SearchIndex>;
  store: ProgressStore;
  /** The trainer's side of the same content: the workspace folder over the built-in pack, and writes to it. */
  workspace: Workspace;
  /** The clock, fixed in tests. */
  now?: () => Date;
  /** The workspace's Git repository, its settings and credentials. */
  git: GitFlow;
  /** Learning records (xAPI outbox and sender); absent where the host records nothing. */
  records?: LearningRecords;
  /** The learner's content channel; absent where content comes only from the given roots. */
  channel?: ContentChannel;
  /** The learner's data folder: a rep's own lessons and the lesson inbox's state live in `<data>/lessons/`. */
  dataDir: string;
}

export class ApiService implements Api {
  private readonly content: () => ContentSet;
  private readonly quizzes: QuizFlow;
  private readonly reviews: ReviewFlow;
  private readonly replays: ReplayFlow;
  private readonly prepSheets: PrepSheets;
  private readonly renderer: ContentRenderer;
  private readonly learner: LearnerViewDeps;
  private readonly authoring: AuthoringFlow;
  private readonly lessons: LessonFlow;
  private readonly freshnessFlow: FreshnessFlow;
  private readonly team: TeamFlow;
  private readonly myLessonStore: MyLessonStore;
  private readonly myLessons: MyLessons;
  private readonly lessonInbox: LessonInbox;

  constructor(private readonly deps: ApiServiceDeps) {
    const { repository, store } = deps;
    this.content = () => repository.content;
    this.renderer = new ContentRenderer(this.content, repository.roots);
    this.learner = { content: this.content, store, now: deps.now ?? (() => new Date()) };
    const learning = { ...this.learner, renderer: this.renderer, record: this.record };
    this.quizzes = new QuizFlow(learning);
    this.reviews = new ReviewFlow(learning);
    this.replays = new ReplayFlow(learning);
    this.prepSheets = new PrepSheets({ ...learning, texts: deps.workspace });
    const trainer = { workspace: deps.workspace, now: this.learner.now };
    this.authoring = new AuthoringFlow({ ...trainer, renderer: this.renderer });
    this.lessons = new LessonFlow(trainer);
    this.freshnessFlow = new FreshnessFlow(trainer);
    this.myLessonStore = new MyLessonStore(deps.dataDir, this.learner.now);
    const { records } = deps;
    this.myLessons = new MyLessons({
      store: this.myLessonStore,
      recordShare: records && (async ({ profileId, lessonId, title, lang, file, at }) => {
        const statement = await records.record(store.getProfile(profileId), { type: 'lesson-shared', at: at.toISOString(), lang, lessonId, title, lessonFile: file });
        if (!statement) throw new ApiError('conflict', `${records.status().lastError ?? 'The share could not be saved in the data folder.'} Try sharing again.`);
        return { statementId: statement.id };
      }),
      now: this.learner.now,
    });
    this.lessonInbox = new LessonInbox({ dataDir: deps.dataDir, workspace: deps.workspace, lrs: () => records?.client() ?? undefined, now: this.learner.now });
    this.team = new TeamFlow({ dataDir: deps.dataDir, content: this.content, profile: (profileId) => store.getProfile(profileId), lrs: () => deps.records?.client() ?? undefined });
    // The flows let the store's errors through; here, at the API's edge, every method turns them into API errors.
    for (const method of API_METHODS) {
      const call = this[method] as (args: unknown) => Promise<unknown>;
      Object.assign(this, { [method]: (args: unknown) => call.call(this, args).catch((error: unknown) => Promise.reject(apiFailureOf(error))) });
    }
  }

  /** Content problems, named by their display paths. (What happened to the progress file: dataStatus.) */
  private diagnostics(): DiagnosticView[] {
    return this.content().diagnostics.map((diagnostic) => diagnosticView(diagnostic, this.deps.repository.roots));
  }

  // ---------- content ----------

  getCatalog: Method<'getCatalog'> = async ({ lang }) => ({ ...catalogView(this.content(), lang), diagnostics: this.diagnostics() });

  getPlaybook: Method<'getPlaybook'> = async ({ id, lang, profileId }) => {
    const read = profileId !== undefined && this.deps.store.isRead(profileId, id);
    return playbookView(this.deps.workspace, this.content, this.renderer, id, lang, read);
  };

  getDiagnostics: Method<'getDiagnostics'> = async () => this.diagnostics();

  /**
   * `lang` and `role` rank the learner's language and role first without hiding the rest: a pinyin or Chinese
   * query finds Chinese content from the English UI; `roles` filters.
   */
  searchSuggestions: Method<'searchSuggestions'> = async ({ query, lang }) => (await this.deps.search()).suggest(query, lang);

  search: Method<'search'> = async ({ query, lang, role, types, roles, tags, limit }) =>
    (await this.deps.search()).search(query, {
      ...(lang ? { boostLang: lang } : {}),
      ...(role ? { boostRole: role } : {}),
      ...(types ? { types } : {}),
      ...(roles ? { roles } : {}),
      ...(tags ? { tags } : {}),
      limit: limit ?? 20,
    });

  // ---------- learner profiles ----------

  listProfiles: Method<'listProfiles'> = async () => this.deps.store.listProfiles();

  createProfile: Method<'createProfile'> = async (fields) => this.deps.store.createProfile(fields);

  updateProfile: Method<'updateProfile'> = async ({ profileId, ...changes }) => this.deps.store.updateProfile(profileId, changes);

  selectProfile: Method<'selectProfile'> = async ({ profileId }) => this.deps.store.selectProfile(profileId);

  home: Method<'home'> = async ({ profileId, lang }) => homeView(this.learner, profileId, lang);

  // ---------- reading ----------

  markRead: Method<'markRead'> = async ({ profileId, playbookId, lang, read }) => {
    const playbook = requireItem(this.content().playbooks, playbookId, lang, 'playbook');
    const marked = await this.deps.store.setRead(profileId, playbook.id, playbook.lang, read);
    if (marked) await this.record(profileId, playbookReadEvent(this.content(), playbook, this.learner.now()));
    return { read: marked };
  };

  // ---------- quizzes ----------

  startQuiz: Method<'startQuiz'> = ({ profileId, quizId, lang }) => this.quizzes.start(profileId, quizId, lang);

  answer: Method<'answer'> = ({ attemptId, questionId, response }) => this.quizzes.answer(attemptId, questionId, response);

  finishQuiz: Method<'finishQuiz'> = ({ attemptId }) => this.quizzes.finish(attemptId);

  // ---------- spaced review ----------

  dueReviews: Method<'dueReviews'> = ({ profileId, lang }) => this.reviews.due(profileId, lang);

  reviewAnswer: Method<'reviewAnswer'> = ({ profileId, cardId, response }) => this.reviews.answer(profileId, cardId, response);

  rateReview: Method<'rateReview'> = ({ profileId, cardId, rating }) => this.reviews.rate(profileId, cardId, rating);

  undoRating: Method<'undoRating'> = ({ profileId, cardId }) => this.reviews.undo(profileId, cardId);

  // ---------- case replays ----------

  startReplay: Method<'startReplay'> = ({ profileId, caseId, lang }) => this.replays.start(profileId, caseId, lang);

  choose: Method<'choose'> = ({ replayId, option }) => this.replays.choose(replayId, option);

  advance: Method<'advance'> = ({ replayId }) => this.replays.advance(replayId);

  retryReplay: Method<'retryReplay'> = ({ replayId, decision }) => this.replays.retry(replayId, decision);

  // ---------- paths and progress ----------

  getPath: Method<'getPath'> = async ({ profileId, lang, pathId }) => pathView(this.learner, profileId, lang, pathId);

  progress: Method<'progress'> = async ({ profileId, lang }) => progressView(this.learner, profileId, lang);

  playbookMarks: Method<'playbookMarks'> = async ({ profileId }) => playbookMarks(this.learner.content(), this.learner.store.learnerRecords(profileId));

  // ---------- meeting prep ----------

  listPrepSheets: Method<'listPrepSheets'> = async ({ profileId }) => this.prepSheets.list(profileId);

  getPrepSheet: Method<'getPrepSheet'> = async ({ profileId, sheetId }) => this.prepSheets.get(profileId, sheetId);

  savePrepSheet: Method<'savePrepSheet'> = ({ profileId, sheetId, sheet }) => this.prepSheets.save(profileId, sheetId, sheet);

  deletePrepSheet: Method<'deletePrepSheet'> = ({ profileId, sheetId }) => this.prepSheets.delete(profileId, sheetId);

  pin: Method<'pin'> = ({ profileId, sheetId, item }) => this.prepSheets.pin(profileId, sheetId, item);

  tickPrepChecklist: Method<'tickPrepChecklist'> = ({ profileId, sheetId, item, index, checked }) =>
    this.prepSheets.tick(profileId, sheetId, item, index, checked);

  exportPrepSheet: Method<'exportPrepSheet'> = async ({ profileId, sheetId, format }) => this.prepSheets.export(profileId, sheetId, format);

  // ---------- the learner's data ----------

  dataStatus: Method<'dataStatus'> = async () => ({ notice: this.deps.store.notice, readOnly: this.deps.store.readOnly });

  dismissDataNotice: Method<'dismissDataNotice'> = async () => {
    this.deps.store.dismissNotice();
    return this.dataStatus({});
  };

  exportProgress: Method<'exportProgress'> = async ({ profileId }) => ({ ...this.deps.store.exportLearner(profileId), mime: 'application/json' });

  importProgress: Method<'importProgress'> = ({ content }) => this.deps.store.importLearner(content);

  // ---------- trainer tools: workspace and editor ----------

  getWorkspace: Method<'getWorkspace'> = async () => this.authoring.view();

  openWorkspace: Method<'openWorkspace'> = ({ dir }) => this.authoring.open(dir);

  validateDraft: Method<'validateDraft'> = ({ kind, text, path }) => this.authoring.validate(kind, text, path);

  readSource: Method<'readSource'> = ({ kind, id, lang }) => this.authoring.read(kind, id, lang);

  saveSource: Method<'saveSource'> = ({ path, text, expected }) => this.authoring.save(path, text, expected);

  newFromTemplate: Method<'newFromTemplate'> = async ({ kind, ...fields }) => this.authoring.template(kind, fields);

  forkItem: Method<'forkItem'> = ({ kind, id, lang }) => this.authoring.fork(kind, id, lang);

  renameId: Method<'renameId'> = (rename) => this.authoring.rename(rename);

  caseGraph: Method<'caseGraph'> = async ({ text }) => this.authoring.graph(text);

  // ---------- trainer tools: elite lessons ----------

  captureLesson: Method<'captureLesson'> = (fields) => this.lessons.capture(fields);

  listLessons: Method<'listLessons'> = async ({ status }) => this.lessons.list(status);

  convertLesson: Method<'convertLesson'> = ({ lessonId, target }) => this.lessons.convert(lessonId, target);

  archiveLesson: Method<'archiveLesson'> = ({ lessonId }) => this.lessons.archive(lessonId);

  // ---------- trainer tools: freshness ----------

  freshness: Method<'freshness'> = async () => this.freshnessFlow.report();

  markVerified: Method<'markVerified'> = ({ playbookId, lang }) => this.freshnessFlow.markVerified(playbookId, lang);

  acceptSectionChange: Method<'acceptSectionChange'> = ({ ref, lang }) => this.freshnessFlow.acceptSectionChange(ref, lang);

  // ---------- git ----------

  gitStatus: Method<'gitStatus'> = async ({ fetch }) => (await this.deps.git.repository()).status({ fetch: fetch ?? false });

  gitDiff: Method<'gitDiff'> = async ({ path }) => (await this.deps.git.repository()).diff(path);

  gitCommit: Method<'gitCommit'> = ({ profileId, message }) => this.deps.git.commit(profileId, message);

  gitPull: Method<'gitPull'> = async () => (await this.deps.git.repository()).pull();

  gitPush: Method<'gitPush'> = async () => (await this.deps.git.repository()).push();

  gitSettings: Method<'gitSettings'> = () => this.deps.git.settings();

  saveGitSettings: Method<'saveGitSettings'> = (changes) => this.deps.git.saveSettings(changes);

  sectionChangeText: Method<'sectionChangeText'> = ({ ref, lang }) => this.deps.git.sectionChangeText(ref, lang);

  // ---------- learning records ----------

  private readonly record = async (profileId: string, event: LearningEvent): Promise<void> => {
    await this.deps.records?.record(this.deps.store.getProfile(profileId), event);
  };

  private requireRecords(): LearningRecords {
    if (!this.deps.records) throw new ApiError('conflict', 'Learning records are not kept by this host.');
    return this.deps.records;
  }

  recordsStatus: Method<'recordsStatus'> = async () => this.requireRecords().status();

  saveRecordsSettings: Method<'saveRecordsSettings'> = async ({ endpoint, activityBase, key, secret, forgetCredentials }) =>
    this.requireRecords().configure({
      ...(endpoint !== undefined ? { endpoint } : {}),
      ...(activityBase !== undefined ? { activityBase } : {}),
      ...(forgetCredentials ? { credentials: null } : key !== undefined ? { credentials: { key, secret: secret ?? '' } } : {}),
    });

  testLrsConnection: Method<'testLrsConnection'> = () => this.requireRecords().testConnection();

  queuedStatements: Method<'queuedStatements'> = async ({ limit }) => {
    const records = this.requireRecords();
    return { statements: records.queued(limit ?? 50), total: records.status().queued };
  };

  sendRecordsNow: Method<'sendRecordsNow'> = () => this.requireRecords().sendNow();

  sectionRead: Method<'sectionRead'> = async ({ profileId, playbookId, anchor, lang }) => {
    const playbook = requireItem(this.content().playbooks, playbookId, lang, 'playbook');
    const section = playbook.sections.find((candidate) => candidate.anchor === anchor);
    if (!section) throw new ApiError('not-found', `Playbook ${playbookId} has no section #${anchor}.`);
    await this.record(profileId, playbookReadEvent(this.content(), playbook, this.learner.now(), section));
    return { recorded: this.deps.records !== undefined };
  };

  // ---------- channel ----------

  channelStatus: Method<'channelStatus'> = async ({ profileId }) => this.contentChannel().status(profileId);

  subscribeChannel: Method<'subscribeChannel'> = async ({ subscription, profileId }) => {
    await this.contentChannel().subscribe(subscription);
    return this.contentChannel().status(profileId);
  };

  checkChannel: Method<'checkChannel'> = async ({ profileId }) => {
    await this.contentChannel().check();
    return this.contentChannel().status(profileId);
  };

  rollBackChannel: Method<'rollBackChannel'> = async ({ profileId }) => {
    const channel = this.contentChannel();
    if (!channel.status().previous) throw new ApiError('conflict', 'There is no previous version to roll back to.');
    await channel.rollBack();
    return channel.status(profileId);
  };

  private contentChannel(): ContentChannel {
    if (!this.deps.channel) throw new ApiError('conflict', 'This app has no content channel: its content comes only from the folders it was started with.');
    return this.deps.channel;
  }

  // ---------- lessons ----------

  listMyLessons: Method<'listMyLessons'> = () => this.myLessonStore.list();

  readMyLesson: Method<'readMyLesson'> = ({ lessonId }) => this.myLessons.fields(lessonId);

  saveMyLesson: Method<'saveMyLesson'> = (fields) => this.myLessonStore.save(fields);

  deleteMyLesson: Method<'deleteMyLesson'> = async ({ lessonId }) => {
    await this.myLessonStore.remove(lessonId);
    return { deleted: true };
  };

  shareMyLesson: Method<'shareMyLesson'> = ({ lessonId, profileId }) => this.myLessons.share(profileId, lessonId);

  exportMyLesson: Method<'exportMyLesson'> = ({ lessonId }) => this.myLessons.export(lessonId);

  getLessonDraft: Method<'getLessonDraft'> = () => this.myLessonStore.draft();

  saveLessonDraft: Method<'saveLessonDraft'> = ({ draft }) => this.myLessonStore.saveDraft(draft && { fields: draft.fields, ...(draft.lessonId ? { lessonId: draft.lessonId } : {}) });

  lessonInboxSettings: Method<'lessonInboxSettings'> = () => this.lessonInbox.settings();

  setLessonDropFolder: Method<'setLessonDropFolder'> = ({ dir }) => this.lessonInbox.setDropFolder(dir);

  pullLessons: Method<'pullLessons'> = () => this.lessonInbox.pull();
  // ---------- team ----------

  teamView: Method<'teamView'> = ({ profileId, lang, pathId }) => this.team.view(profileId, lang, pathId);

  teamLoad: Method<'teamLoad'> = ({ profileId, source }) => this.team.load(profileId, source);

  teamRefresh: Method<'teamRefresh'> = ({ profileId }) => this.team.refresh(profileId);

  teamTrend: Method<'teamTrend'> = ({ profileId, actor, lang, pathId }) => this.team.trend(profileId, actor, lang, pathId);

  teamMarkElite: Method<'teamMarkElite'> = ({ profileId, actor, elite }) => this.team.markElite(profileId, actor, elite);
}
