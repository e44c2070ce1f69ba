// The content model: what trainers write (playbooks, quizzes, cases, paths), once parsed and validated.
// Every layer (loader, search, learning logic, API, UI) speaks these types.

export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const ROLES = ['order-coordinator', 'sales-rep', 'sales-manager', 'regional-manager'] as const;
export type RoleId = (typeof ROLES)[number];

export type Severity = 'error' | 'warning';

/** A problem found in content, precise enough to jump to: file, 1-based line and column. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
}

/** Where an item was loaded from. `root` is the content root (built-in pack or a workspace). */
export interface SourceRef {
  root: string;
  file: string;
  line: number;
}

export type ContentKind = 'playbook' | 'quiz' | 'case' | 'path' | 'lesson' | 'glossary';

// ---------- Playbooks ----------

/** A `## ` heading and everything under it: the unit of search and of deep links (`playbook-id#anchor`). */
export interface Section {
  anchor: string;
  title: string;
  /** 1-based line of the heading in the source file. */
  line: number;
  /**
   * Where the Markdown of the section body (without the heading) lies in the playbook body: `body.slice(start, end)`.
   * The body is read from the file when a screen shows it (see core/content/playbookBody), not kept in memory.
   */
  start: number;
  end: number;
  /** Fingerprint of the heading title and Markdown, what a `playbook-id#anchor` reference to it compares (core/content/sectionHash). */
  hash: string;
  /** Plain text of the section body, for search and snippets. */
  text: string;
  /** What a rep or customer says when this section is the answer (front matter `situations:`), for search. */
  situations: string[];
}

export const BLOCK_KINDS = ['tactic', 'pitfall', 'example', 'checklist', 'quote'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** A `::: tactic TITLE` (or pitfall, example, checklist, quote) container inside a section. */
export interface Block {
  kind: BlockKind;
  title: string;
  /** Anchor of the section the block stands in ('' when it comes before the first section). */
  section: string;
  /** Stable anchor of the block itself, for deep links and pins: `<section>--<slug of title>`. */
  anchor: string;
  line: number;
  /** Where the Markdown inside the container lies in the playbook body, as for a section. */
  start: number;
  end: number;
  /** Fingerprint of the title and Markdown, as for a section. */
  hash: string;
  text: string;
  /** As for a section: the sentences of the situations this block answers. */
  situations: string[];
}

/**
 * `practice`: widely documented practice of process-driven B2B selling; `course`: this course's own elaboration.
 * Either way, the content goes beyond the source article the course is built on.
 */
export const BEYOND_KINDS = ['practice', 'course'] as const;
export type BeyondKind = (typeof BEYOND_KINDS)[number];

/** A mark that a playbook, or one of its sections, goes beyond the source article (front matter `beyond`). */
export interface BeyondNote {
  /** Anchor of a `## ` section of the playbook; absent when the mark is for the whole playbook. */
  section?: string;
  kind: BeyondKind;
  /** One sentence saying where the content comes from. */
  note?: string;
}

export interface Playbook {
  kind: 'playbook';
  id: string;
  lang: Lang;
  title: string;
  summary: string;
  roles: RoleId[];
  stages: string[];
  tags: string[];
  related: string[];
  author?: string;
  updated?: string;
  level?: string;
  /** Who answers for this playbook being current. */
  owner?: string;
  /** Days between reviews; `DEFAULT_REVIEW_EVERY` when absent. */
  reviewEvery?: number;
  /** Date (YYYY-MM-DD) a trainer last confirmed the playbook is current. */
  verified?: string;
  /** What goes beyond the source article; absent when the front matter marks nothing. */
  beyond?: BeyondNote[];
  /** Fingerprint of the Markdown body after the front matter, what a reference without anchor compares (core/content/sectionHash). */
  bodyHash: string;
  /**
   * Fingerprint of the body exactly as parsed: a body read back from the file is checked against it before
   * sections are cut out of it by their offsets (`bodyHash` ignores whitespace at line ends, which moves offsets).
   */
  bodyChecksum: string;
  /** 1-based line in the file where the body starts (front matter length + 1). */
  bodyLine: number;
  sections: Section[];
  blocks: Block[];
  source: SourceRef;
}

// ---------- Quizzes ----------

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'order', 'match', 'recall', 'scenario'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface Option {
  text: string;
  correct: boolean;
  feedback?: string;
}

interface QuestionBase {
  id: string;
  explain: string;
  /** `playbook-id#anchor` of the section that teaches this. */
  ref?: string;
  line: number;
}

export interface ChoiceQuestion extends QuestionBase {
  type: 'single' | 'multiple' | 'scenario';
  prompt: string;
  options: Option[];
}
export interface TrueFalseQuestion extends QuestionBase {
  type: 'truefalse';
  prompt: string;
  answer: boolean;
}
export interface OrderQuestion extends QuestionBase {
  type: 'order';
  prompt: string;
  /** In the correct order; shown shuffled. */
  steps: string[];
}
export interface MatchQuestion extends QuestionBase {
  type: 'match';
  prompt: string;
  pairs: [string, string][];
}
export interface RecallQuestion extends QuestionBase {
  type: 'recall';
  front: string;
  back: string;
}
export type Question = ChoiceQuestion | TrueFalseQuestion | OrderQuestion | MatchQuestion | RecallQuestion;

export interface Quiz {
  kind: 'quiz';
  id: string;
  lang: Lang;
  title: string;
  playbook: string;
  passScore: number;
  questions: Question[];
  source: SourceRef;
}

// ---------- Case replays ----------

export interface CaseOption {
  text: string;
  /** 0–3. */
  points: number;
  elite: boolean;
  outcome: string;
  /** A step id, or 'end'. */
  next: string;
}

export interface CaseStep {
  id: string;
  narrative: string;
  /** The elite rep's reasoning, shown after the decision. */
  commentary?: string;
  decision?: {
    prompt: string;
    /** The options differ in outcome and points but all lead to the same step on purpose (item-writing rule C2). */
    converges?: boolean;
    options: CaseOption[];
  };
  /** For a step without a decision: the step that follows, or 'end'. */
  next?: string;
  line: number;
}

export interface CaseLesson {
  text: string;
  ref?: string;
  /** Line of the lesson in its case file. */
  line: number;
}

export interface CaseReplay {
  kind: 'case';
  id: string;
  lang: Lang;
  title: string;
  summary: string;
  roles: RoleId[];
  playbooks: string[];
  start: string;
  steps: CaseStep[];
  debrief: string;
  lessons: CaseLesson[];
  source: SourceRef;
}

// ---------- Learning paths ----------

export interface Competency {
  id: string;
  title: string;
}

export interface PathModule {
  kind: 'playbook' | 'quiz' | 'case';
  id: string;
  competency: string;
}

export interface LearningPath {
  kind: 'path';
  id: string;
  lang: Lang;
  role: RoleId;
  title: string;
  competencies: Competency[];
  modules: PathModule[];
  source: SourceRef;
}

// ---------- Elite lessons ----------

export const LESSON_STATUSES = ['inbox', 'converted', 'archived'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];

/** What an experienced rep wrote down: the four parts of the capture form, each Markdown. */
export interface LessonParts {
  situation: string;
  action: string;
  result: string;
  lesson: string;
}

/** A lesson captured from an elite rep (`lessons/*.md`), waiting in the inbox until a trainer turns it into content. */
export interface Lesson {
  kind: 'lesson';
  id: string;
  lang: Lang;
  title: string;
  author: string;
  /** YYYY-MM-DD. */
  created: string;
  tags: string[];
  customerType?: string;
  stage?: string;
  status: LessonStatus;
  /** What the lesson became, as `playbook:id#anchor`, `quiz:id#question` or `case:id#step`. */
  convertedTo: string[];
  parts: LessonParts;
  /** Markdown body after the front matter. */
  body: string;
  /** Plain text of the body, for search. */
  text: string;
  source: SourceRef;
}

// ---------- Glossary ----------

/** Terms that mean the same in a sales conversation, in any language: a search for one also finds the others. */
export interface GlossaryGroup {
  terms: string[];
  /** 1-based line of the group in its file. */
  line: number;
}

/** A `content/glossary/**` file: groups of synonyms that trainers own, used to expand search queries. */
export interface Glossary {
  kind: 'glossary';
  id: string;
  lang: Lang;
  title: string;
  groups: GlossaryGroup[];
  source: SourceRef;
}

export type ContentItem = Playbook | Quiz | CaseReplay | LearningPath | Lesson | Glossary;

/** Everything loaded from the content roots, after overlay, plus what went wrong. */
export interface ContentSet {
  playbooks: Playbook[];
  quizzes: Quiz[];
  cases: CaseReplay[];
  paths: LearningPath[];
  lessons: Lesson[];
  glossaries: Glossary[];
  diagnostics: Diagnostic[];
}

export const END = 'end';
export const DEFAULT_PASS_SCORE = 0.8;
/** Days between reviews of a playbook that does not set `reviewEvery`. */
export const DEFAULT_REVIEW_EVERY = 180;
/** The method's promise: an ordinary rep reaches 80% of an elite rep's level. */
export const READINESS_TARGET = 0.8;
