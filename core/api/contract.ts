// The one API contract between the UI and the back end.
// The Electron preload implements it over IPC, the web host over HTTP, the tests in-process:
// the renderer cannot tell which one it has. The contract grows by adding methods.
//
// Each method takes one argument object, validated at the boundary by the zod schema below,
// and returns a promise of the result type in `ApiResults`.
import { z } from 'zod';
import type { BeyondNote, CaseReplay, Diagnostic, Lang, LearningPath, Playbook, Quiz, RoleId } from '../model';
import { LANGS, ROLES } from '../model';
import type { ReadinessBasis } from '../progress/benchmark';
import type { PlaybookMark } from '../progress/playbookMarks';
import type { CompetencyReadiness, PathModuleView, PathView } from '../progress/readiness';
import type { WeakSection } from '../progress/weakestSections';
import type { AnswerFeedback } from '../quiz/answerFeedback';
import type { QuizResponse } from '../quiz/gradeAnswer';
import type { QuestionView } from '../quiz/presentQuiz';
import type { ReplayView } from '../replay/replayView';
import type { RatingPreview } from '../review/previewRatings';
import { RATINGS, type Rating } from '../review/scheduleReview';
import { SEARCH_TYPES } from '../search/documents';
import type { SearchHit, SearchSuggestions } from '../search/SearchIndex';
import { authoringArgs, type AuthoringResults } from './authoringContract';
import { gitArgs, type GitResults } from './gitContract';
import { recordsArgs, xapiIdentitySchema, type RecordsResults } from './recordsContract';
import type { XapiIdentity } from '../records/actorKey';
import { channelArgs, type ChannelResults } from './channelContract';
import { lessonsArgs, type LessonsResults } from './lessonsContract';
import { teamArgs, type TeamResults } from './teamContract';

// The domain owns these types; the contract re-exports them so every side imports one contract.
export type { ModuleStatus, CompetencyReadiness, PathModuleView, PathView } from '../progress/readiness';
export type { AnswerFeedback } from '../quiz/answerFeedback';
export type { QuizResponse } from '../quiz/gradeAnswer';
export type { QuestionView } from '../quiz/presentQuiz';
export type { ReplayChoiceView, ReplayResult, ReplayStepView, ReplayView } from '../replay/replayView';
export { RATINGS, type Rating } from '../review/scheduleReview';
export { SEARCH_TYPES, type SearchType } from '../search/documents';
export type { SearchHit, SearchSuggestions } from '../search/SearchIndex';

// ---------- argument schemas ----------

const id = z.string().min(1).max(200);
const lang = z.enum(LANGS);
const role = z.enum(ROLES);
const profileId = id;

export const QuizResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single'), choice: z.number().int().min(0) }),
  z.object({ type: z.literal('scenario'), choice: z.number().int().min(0) }),
  z.object({ type: z.literal('multiple'), choices: z.array(z.number().int().min(0)).max(50) }),
  z.object({ type: z.literal('truefalse'), value: z.boolean() }),
  z.object({ type: z.literal('order'), order: z.array(z.number().int().min(0)).max(50) }),
  z.object({ type: z.literal('match'), pairs: z.array(z.number().int().min(0)).max(50) }),
  z.object({ type: z.literal('recall'), remembered: z.boolean() }),
]) satisfies z.ZodType<QuizResponse>;


const prepItem = z.object({
  kind: z.enum(['section', 'tactic']),
  playbookId: id,
  anchor: z.string().max(300),
  lang,
});
export type PrepItemRef = z.infer<typeof prepItem>;

const prepSheetFields = z.object({
  title: z.string().max(200),
  customer: z.string().max(200),
  date: z.string().max(40),
  goal: z.string().max(2000),
  notes: z.string().max(20000),
  items: z.array(prepItem).max(200),
  checked: z.array(z.string().max(400)).max(2000),
});


export const apiArgs = {
  // content
  getCatalog: z.object({ lang }),
  getPlaybook: z.object({ id, lang, profileId: profileId.optional() }),
  getDiagnostics: z.object({}),
  search: z.object({
    query: z.string().max(200),
    /** The learner's language and role: items in it and for it rank first; others still show. */
    lang: lang.optional(),
    role: role.optional(),
    types: z.array(z.enum(SEARCH_TYPES)).max(SEARCH_TYPES.length).optional(),
    roles: z.array(role).max(4).optional(),
    tags: z.array(z.string().max(100)).max(20).optional(),
    limit: z.number().int().min(1).max(100).optional(),
  }),
  /** What to offer when a search finds nothing: what was tried, nearest words, glossary terms, tactics of the nearest tag. */
  searchSuggestions: z.object({ query: z.string().max(200), lang: lang.optional() }),
  // learner profiles
  listProfiles: z.object({}),
  createProfile: z.object({ name: z.string().min(1).max(80), role, uiLang: lang }),
  updateProfile: z.object({
    profileId,
    name: z.string().min(1).max(80).optional(),
    role: role.optional(),
    uiLang: lang.optional(),
    theme: z.enum(['light', 'dark', 'system']).optional(),
    /** null removes it (statements then name the learner by profile id). */
    xapiActor: xapiIdentitySchema.nullable().optional(),
    canViewTeam: z.boolean().optional(),
  }),
  selectProfile: z.object({ profileId }),
  home: z.object({ profileId, lang }),
  // reading
  markRead: z.object({ profileId, playbookId: id, lang, read: z.boolean() }),
  // quizzes
  startQuiz: z.object({ profileId, quizId: id, lang }),
  answer: z.object({ attemptId: id, questionId: id, response: QuizResponseSchema }),
  finishQuiz: z.object({ attemptId: id }),
  // spaced review
  dueReviews: z.object({ profileId, lang }),
  reviewAnswer: z.object({ profileId, cardId: id, response: QuizResponseSchema }),
  rateReview: z.object({ profileId, cardId: id, rating: z.enum(RATINGS) }),
  /** Takes back the learner's last rating in this session: the card gets its schedule from before it. */
  undoRating: z.object({ profileId, cardId: id }),
  // case replays
  startReplay: z.object({ profileId, caseId: id, lang }),
  choose: z.object({ replayId: id, option: z.number().int().min(0) }),
  advance: z.object({ replayId: id }),
  /** A new run of the same case that repeats the choices before decision `decision` (0-based) and waits there. */
  retryReplay: z.object({ replayId: id, decision: z.number().int().min(0) }),
  // paths and progress
  getPath: z.object({ profileId, lang, pathId: id.optional() }),
  progress: z.object({ profileId, lang }),
  /** Per playbook, read or not and the best quiz result: the library's marks. */
  playbookMarks: z.object({ profileId }),
  // meeting prep
  listPrepSheets: z.object({ profileId }),
  getPrepSheet: z.object({ profileId, sheetId: id }),
  savePrepSheet: z.object({ profileId, sheetId: id.optional(), sheet: prepSheetFields }),
  deletePrepSheet: z.object({ profileId, sheetId: id }),
  pin: z.object({ profileId, sheetId: id.optional(), item: prepItem }),
  /** Ticks the `index`-th checklist item of a block into the sheet, pinning the block first when it is not there. */
  tickPrepChecklist: z.object({ profileId, sheetId: id.optional(), item: prepItem, index: z.number().int().min(0).max(500), checked: z.boolean() }),
  exportPrepSheet: z.object({ profileId, sheetId: id, format: z.enum(['markdown', 'html']) }),
  // the learner's data: a notice about it shown once, and moving a learner to another machine
  dataStatus: z.object({}),
  dismissDataNotice: z.object({}),
  exportProgress: z.object({ profileId }),
  importProgress: z.object({ content: z.string().max(20_000_000) }),
  // trainer tools: workspace, editor, lesson inbox, freshness
  ...authoringArgs,
  ...gitArgs,
  ...recordsArgs,
  ...channelArgs,
  ...lessonsArgs,
  // team view: records of the whole team, for profiles that may see them
  ...teamArgs,
} as const;

export type ApiMethod = keyof typeof apiArgs;
export type ApiArgs<M extends ApiMethod> = z.infer<(typeof apiArgs)[M]>;
export const API_METHODS = Object.keys(apiArgs) as ApiMethod[];

// ---------- result types ----------

export interface PlaybookSummary extends Pick<Playbook, 'id' | 'lang' | 'title' | 'summary' | 'roles' | 'stages' | 'tags'> {
  sectionCount: number;
  /** True when the item is shown in another language because the requested one is missing. */
  fallback: boolean;
}
export interface QuizSummary extends Pick<Quiz, 'id' | 'lang' | 'title' | 'playbook' | 'passScore'> {
  questionCount: number;
}
export interface CaseSummary extends Pick<CaseReplay, 'id' | 'lang' | 'title' | 'summary' | 'roles' | 'playbooks'> {
  decisionCount: number;
}
export interface PathSummary extends Pick<LearningPath, 'id' | 'lang' | 'role' | 'title'> {
  moduleCount: number;
}
/** A content problem as the UI shows it: `path` names the file as its author knows it, not where this machine keeps it. */
export interface DiagnosticView extends Diagnostic {
  /** The file inside its content root, `/`-separated (`playbooks/en/x.md`); a bare file name for a file outside every root. */
  path: string;
}

export interface Catalog {
  playbooks: PlaybookSummary[];
  quizzes: QuizSummary[];
  cases: CaseSummary[];
  paths: PathSummary[];
  stages: string[];
  tags: string[];
  diagnostics: DiagnosticView[];
}

export interface TocEntry {
  anchor: string;
  title: string;
}
export interface PlaybookView extends PlaybookSummary, Pick<Playbook, 'author' | 'updated' | 'level'> {
  /** Sanitised HTML of the body, section headings carry `id="<anchor>"`. */
  html: string;
  toc: TocEntry[];
  related: PlaybookSummary[];
  quizzes: QuizSummary[];
  cases: CaseSummary[];
  read: boolean;
  /** What goes beyond the source article, for the whole playbook (no `section`) or a section; empty when nothing is marked. */
  beyond: BeyondNote[];
  /** Where the file lives, so an author can find it; `path` is the file inside its content root, for display. */
  source: { root: string; file: string; path: string };
}



export interface Profile {
  id: string;
  name: string;
  role: RoleId;
  uiLang: Lang;
  theme: 'light' | 'dark' | 'system';
  createdAt: string;
  /** The learner's identity in learning records (xAPI); without one, the profile id under the activity base. */
  xapiActor?: XapiIdentity;
  /** Shows the team view (records of the whole team). A convenience, not access control: the LRS credentials are. */
  canViewTeam?: boolean;
}
export interface ProfileList {
  profiles: Profile[];
  activeId: string | null;
}



export interface QuizSession {
  attemptId: string;
  quizId: string;
  title: string;
  passScore: number;
  questions: QuestionView[];
  /** Feedback for questions already answered in this attempt (resuming after a restart). */
  answered: AnswerFeedback[];
}

export interface QuizResult {
  attemptId: string;
  quizId: string;
  score: number;
  passScore: number;
  passed: boolean;
  correctCount: number;
  total: number;
  missed: { questionId: string; ref?: AnswerFeedback['ref'] }[];
}

export interface ReviewItem {
  cardId: string;
  quizId: string;
  quizTitle: string;
  question: QuestionView;
  /** 'new' | 'learning' | 'review' | 'relearning' */
  state: string;
  due: string;
  lapses: number;
  /** The section the question teaches from changed since the learner last answered it: show "updated — re-check". */
  updated?: boolean;
  /** When the card would be due again after each rating, for the rating buttons. */
  preview: Record<Rating, RatingPreview>;
}
export interface ReviewQueue {
  due: ReviewItem[];
  /** ISO time of the next card due after today's queue, or null when there is none. */
  nextDue: string | null;
  totalCards: number;
}
export interface RateResult {
  cardId: string;
  nextDue: string;
  remainingToday: number;
}
export interface UndoRatingResult {
  cardId: string;
  /** The card's due time again, as before the rating. */
  due: string;
  remainingToday: number;
}



export interface AttemptRecord {
  kind: 'quiz' | 'case';
  id: string;
  itemId: string;
  title: string;
  score: number;
  passed: boolean;
  finishedAt: string;
}
export interface ProgressView {
  path: PathView | null;
  overall: number;
  target: number;
  competencies: CompetencyReadiness[];
  history: AttemptRecord[];
  /** Sections most often missed in quizzes and reviews. */
  weakest: WeakSection[];
  stats: { playbooksRead: number; quizzesPassed: number; casesReplayed: number; reviewCards: number };
  /** What 100% of `overall` means. */
  basis: ReadinessBasis;
}

export interface HomeView {
  profile: Profile;
  continueWith: { kind: 'playbook' | 'quiz' | 'case'; id: string; title: string } | null;
  dueCount: number;
  nextModule: PathModuleView | null;
  path: PathSummary | null;
  overall: number;
  target: number;
  contentErrors: number;
  /** What 100% of `overall` means. */
  basis: ReadinessBasis;
}

export interface PrepItemView extends PrepItemRef {
  title: string;
  playbookTitle: string;
  html: string;
  /** Checklist items inside the pinned block, with stable keys for ticking. */
  checklist: { key: string; text: string }[];
  missing: boolean;
}
export interface PrepSheet {
  id: string;
  title: string;
  customer: string;
  date: string;
  goal: string;
  notes: string;
  items: PrepItemRef[];
  checked: string[];
  updatedAt: string;
}
export interface PrepSheetView extends PrepSheet {
  itemViews: PrepItemView[];
}
export interface ExportedFile {
  filename: string;
  mime: string;
  content: string;
}

/**
 * How the learner's progress stands: `notice` says what happened to it (restored from a backup, set aside, cannot
 * be saved) until the learner dismisses it; `readOnly` when nothing can be saved this session.
 */
export interface DataStatus {
  notice: string | null;
  readOnly: boolean;
}
export interface ImportedProgress {
  profile: Profile;
  counts: Record<'reads' | 'quizAttempts' | 'reviewCards' | 'replayAttempts' | 'prepSheets', number>;
}

export interface ApiResults extends AuthoringResults, GitResults, RecordsResults, ChannelResults, LessonsResults, TeamResults {
  getCatalog: Catalog;
  getPlaybook: PlaybookView;
  getDiagnostics: DiagnosticView[];
  search: SearchHit[];
  searchSuggestions: SearchSuggestions;
  listProfiles: ProfileList;
  createProfile: Profile;
  updateProfile: Profile;
  selectProfile: ProfileList;
  home: HomeView;
  markRead: { read: boolean };
  startQuiz: QuizSession;
  answer: AnswerFeedback;
  finishQuiz: QuizResult;
  dueReviews: ReviewQueue;
  reviewAnswer: AnswerFeedback;
  rateReview: RateResult;
  undoRating: UndoRatingResult;
  startReplay: ReplayView;
  choose: ReplayView;
  advance: ReplayView;
  retryReplay: ReplayView;
  getPath: PathView | null;
  progress: ProgressView;
  playbookMarks: PlaybookMark[];
  listPrepSheets: PrepSheet[];
  getPrepSheet: PrepSheetView;
  savePrepSheet: PrepSheetView;
  deletePrepSheet: { deleted: boolean };
  pin: PrepSheetView;
  tickPrepChecklist: PrepSheetView;
  exportPrepSheet: ExportedFile;
  dataStatus: DataStatus;
  dismissDataNotice: DataStatus;
  exportProgress: ExportedFile;
  importProgress: ImportedProgress;
}

/** The API as the renderer sees it: one async function per method. */
export type Api = { [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResults[M]> };

/** An error that crosses the boundary as data: a code the UI can act on and a message for people. */
export interface ApiErrorBody {
  code: 'bad-request' | 'not-found' | 'conflict' | 'internal';
  message: string;
  /** Content diagnostics, when the failure comes from content. */
  diagnostics?: Diagnostic[];
}

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorBody['code'],
    message: string,
    readonly diagnostics?: Diagnostic[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message, ...(this.diagnostics ? { diagnostics: this.diagnostics } : {}) };
  }
}
