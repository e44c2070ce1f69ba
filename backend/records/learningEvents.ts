// The flows' moments, shaped as LearningEvents: responses become option keys (authored order, as item analysis
// counts them), competencies come from the learning paths. One small function per event, so each flow's hook is a line.
import type { QuizResponse, Rating } from '../../core/api/contract';
import type { CaseReplay, ContentSet, Lang, Playbook, Question, Quiz, Section } from '../../core/model';
import { competenciesOf } from '../../core/records/competenciesOf';
import type { LearningEvent } from '../../core/records/learningEvent';
import { optionKey } from '../../core/records/xapiVocabulary';
import { INTERACTION_TYPES } from '../../core/records/xapiStatement';
import type { ReplayOutcome } from '../../core/replay/ReplaySession';

/** The response as keys: options and steps by their authored position, match pairs as `left[.]right`. */
export function responseKeys(response: QuizResponse): string[] {
  switch (response.type) {
    case 'single':
    case 'scenario':
      return [optionKey(response.choice)];
    case 'multiple':
      return response.choices.map(optionKey);
    case 'truefalse':
      return [String(response.value)];
    case 'order':
      return response.order.map(optionKey);
    case 'match':
      return response.pairs.map((right, left) => `${optionKey(left)}[.]${optionKey(right)}`);
    case 'recall':
      return [response.remembered ? 'remembered' : 'forgotten'];
  }
}

function questionRef(quiz: Quiz, question: Question) {
  const text = question.type === 'recall' ? question.front : question.prompt;
  const title = text.replace(/\s+/g, ' ').trim();
  return { quizId: quiz.id, quizTitle: quiz.title, questionId: question.id, questionTitle: title.length > 200 ? `${title.slice(0, 199)}…` : title || question.id };
}

const base = (content: ContentSet, lang: Lang, at: Date, kind: 'playbook' | 'quiz' | 'case', id: string) => ({
  at: at.toISOString(),
  lang,
  competencies: competenciesOf(content.paths, kind, id),
});

/** A playbook marked read, or (with `section`) one of its sections read on screen. */
export function playbookReadEvent(content: ContentSet, playbook: Playbook, at: Date, section?: Section): LearningEvent {
  return {
    type: 'playbook-read',
    ...base(content, playbook.lang, at, 'playbook', playbook.id),
    playbookId: playbook.id,
    title: playbook.title,
    ...(section ? { section: { anchor: section.anchor, title: section.title } } : {}),
  };
}

export function answeredEvent(content: ContentSet, quiz: Quiz, question: Question, response: QuizResponse, grade: { score: number; correct: boolean }, at: Date): LearningEvent {
  return {
    type: 'question-answered',
    ...base(content, quiz.lang, at, 'quiz', quiz.id),
    ...questionRef(quiz, question),
    interactionType: INTERACTION_TYPES[question.type],
    response: responseKeys(response),
    score: grade.score,
    success: grade.correct,
  };
}

export function quizFinishedEvent(content: ContentSet, quiz: Quiz, scored: { score: number; total: number; passed: boolean }, at: Date): LearningEvent {
  return { type: 'quiz-finished', ...base(content, quiz.lang, at, 'quiz', quiz.id), quizId: quiz.id, title: quiz.title, score: scored.score, total: scored.total, passed: scored.passed };
}

export function replayFinishedEvent(content: ContentSet, caseReplay: CaseReplay, outcome: ReplayOutcome, at: Date): LearningEvent {
  return {
    type: 'replay-finished',
    ...base(content, caseReplay.lang, at, 'case', caseReplay.id),
    caseId: caseReplay.id,
    title: caseReplay.title,
    score: outcome.score,
    choices: outcome.history.map((record) => ({ step: record.stepId, option: optionKey(record.chosen.index), elite: record.matchedElite })),
  };
}

export function reviewRatedEvent(content: ContentSet, quiz: Quiz, question: Question, rating: Rating, success: boolean, at: Date): LearningEvent {
  return { type: 'review-rated', ...base(content, quiz.lang, at, 'quiz', quiz.id), ...questionRef(quiz, question), rating, success };
}
