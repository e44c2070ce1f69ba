// xAPI statements exactly as the app sends them (core/records buildStatement), for the team view's tests and the
// team bench: one function per kind of event the team view reads.
import { actorKey, learnerActor } from '../../core/records/actorKey';
import { buildStatement } from '../../core/records/buildStatement';
import type { LearningEvent } from '../../core/records/learningEvent';
import { DEFAULT_ACTIVITY_BASE, type CaseChoice } from '../../core/records/xapiVocabulary';

export interface StatementRep {
  /** Profile id: the account name under the activity base. */
  id: string;
  name: string;
}

const settings = { activityBase: DEFAULT_ACTIVITY_BASE };
export const repActor = (rep: StatementRep) => learnerActor(rep, DEFAULT_ACTIVITY_BASE);
export const repKey = (rep: StatementRep) => actorKey(repActor(rep));

interface Common {
  id: string;
  rep: StatementRep;
  at: number;
  lang: 'zh-CN' | 'en';
}

type Rating = 'again' | 'hard' | 'good' | 'easy';
type EventOf<T extends LearningEvent['type']> = Extract<LearningEvent, { type: T }>;
type InteractionType = EventOf<'question-answered'>['interactionType'];

type Unplaced<E> = E extends LearningEvent ? Omit<E, 'at' | 'lang'> : never;

function build(common: Common, event: Unplaced<LearningEvent>) {
  return buildStatement({ ...event, at: new Date(common.at).toISOString(), lang: common.lang } as LearningEvent, settings, repActor(common.rep), common.id);
}

const question = (quizId: string, questionId: string) => ({ quizId, quizTitle: quizId, questionId, questionTitle: questionId });

export function answered(common: Common, quizId: string, questionId: string, options: string[], success: boolean, competencies: string[] = [], interactionType: InteractionType = 'choice') {
  return build(common, { type: 'question-answered', ...question(quizId, questionId), interactionType, response: options, score: success ? 1 : 0, success, competencies });
}

export function quizFinished(common: Common, quizId: string, scaled: number, passed: boolean, competencies: string[] = []) {
  return build(common, { type: 'quiz-finished', quizId, title: quizId, score: scaled, total: 10, passed, competencies });
}

export function caseCompleted(common: Common, caseId: string, scaled: number, choices: CaseChoice[], competencies: string[] = []) {
  return build(common, { type: 'replay-finished', caseId, title: caseId, score: scaled, choices, competencies });
}

export function rated(common: Common, quizId: string, questionId: string, rating: Rating, competencies: string[] = []) {
  return build(common, { type: 'review-rated', ...question(quizId, questionId), rating, success: rating !== 'again', competencies });
}

export function playbookRead(common: Common, playbookId: string) {
  return build(common, { type: 'playbook-read', playbookId, title: playbookId, competencies: [] });
}
