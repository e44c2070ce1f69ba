// The words our xAPI statements are made of. Verbs and activity types come from the ADL vocabulary (and the
// Tin Can registry where ADL has none); our own extensions live under one fixed IRI, the same for every company,
// so any reader of an LRS can find them. What varies per company is only the base of activity ids (settings).

export const VERBS = {
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  rated: 'http://id.tincanapi.com/verb/rated',
  shared: 'http://adlnet.gov/expapi/verbs/shared',
} as const;
export type VerbName = keyof typeof VERBS;

export const ACTIVITY_TYPES = {
  section: 'http://id.tincanapi.com/activitytype/section',
  playbook: 'http://adlnet.gov/expapi/activities/module',
  quiz: 'http://adlnet.gov/expapi/activities/assessment',
  question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  case: 'http://adlnet.gov/expapi/activities/simulation',
  lesson: 'http://id.tincanapi.com/activitytype/document',
} as const;
export type ActivityKind = keyof typeof ACTIVITY_TYPES;

const EXTENSION_BASE = 'https://playbook-trainer.org/xapi/extensions';

/** Extension keys (IRIs). Readers (the team view, `pbt team report`) rely on these, never on parsing activity ids. */
export const EXTENSIONS = {
  /** context: `ContentRef`, what the statement is about in our own ids. */
  content: `${EXTENSION_BASE}/content`,
  /** result (case completed): `CaseChoice[]`, the decisions in order. */
  choices: `${EXTENSION_BASE}/choices`,
  /** result (question answered): `optionKey`s of the response, in the order given (also `result.response`, joined by `[,]`). */
  options: `${EXTENSION_BASE}/options`,
  /** result (review rated): the FSRS rating given (`again` | `hard` | `good` | `easy`). */
  rating: `${EXTENSION_BASE}/rating`,
  /** result (lesson shared): the lesson's Markdown file, exactly as it is kept in a workspace's `lessons/`. */
  lessonFile: `${EXTENSION_BASE}/lesson-file`,
} as const;

/** What a statement is about, in the content's own ids; the same ids in every language. */
export interface ContentRef {
  kind: ActivityKind;
  /** Playbook, quiz, case or lesson id. */
  id: string;
  /** Section anchor (kind `section`) or question id (kind `question`). */
  part?: string;
  /** Competency ids the item counts towards, from every learning path that lists it. */
  competencies: string[];
}

export interface CaseChoice {
  step: string;
  /** `optionKey` of the chosen option (options are shuffled per attempt; keys follow the authored order). */
  option: string;
  elite: boolean;
}

/** The default base of activity ids; a company sets its own in settings. */
export const DEFAULT_ACTIVITY_BASE = 'https://playbook-trainer.org/xapi/activities';

/**
 * A stable key for an authored option: `a`, `b`, `c`… by its position in the file (not on screen, where options are
 * shuffled), `true`/`false` for a true/false answer. Item analysis counts wrong answers by these keys.
 */
export function optionKey(authoredIndex: number): string {
  return authoredIndex < 26 ? String.fromCharCode(97 + authoredIndex) : `o${authoredIndex + 1}`;
}
