// What the learner did, as the back end records it: one event per meaningful moment, turned into an xAPI
// statement by `buildStatement`. Events carry our own ids and titles only; activity ids are made from them.
import type { Lang } from '../model';
import type { CaseChoice } from './xapiVocabulary';
import type { InteractionType } from './xapiStatement';

export type ReviewRating = 'again' | 'hard' | 'good' | 'easy';

interface EventBase {
  /** When it happened (ISO 8601). */
  at: string;
  /** The language of the content the learner used. */
  lang: Lang;
  /** Competency ids of every learning path module that lists the item (empty when none). */
  competencies: string[];
}

/** A question, named for the statement's activity: in its quiz, with a title a person reading the LRS recognises. */
interface QuestionRef {
  quizId: string;
  quizTitle: string;
  questionId: string;
  /** The question's prompt (or a recall card's front), as plain as the content gives it. */
  questionTitle: string;
}

export type LearningEvent =
  | (EventBase & { type: 'playbook-read'; playbookId: string; title: string; section?: { anchor: string; title: string } })
  | (EventBase &
      QuestionRef & {
        type: 'question-answered';
        interactionType: InteractionType;
        /** The response as keys: `optionKey`s, `true`/`false`, step keys in the learner's order, `a.b` match pairs, or the recall answer. */
        response: string[];
        /** 0–1, partial credit included. */
        score: number;
        success: boolean;
      })
  | (EventBase & { type: 'quiz-finished'; quizId: string; title: string; score: number; total: number; passed: boolean })
  | (EventBase & { type: 'replay-finished'; caseId: string; title: string; score: number; choices: CaseChoice[] })
  | (EventBase & QuestionRef & { type: 'review-rated'; rating: ReviewRating; success: boolean })
  | (Omit<EventBase, 'competencies'> & { type: 'lesson-shared'; lessonId: string; title: string; lessonFile: string });

export type LearningEventType = LearningEvent['type'];
