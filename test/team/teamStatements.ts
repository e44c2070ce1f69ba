// xAPI statements as the app sends them (docs/team.md, the shared statement shape), for the team view's tests
// and the team bench: one function per kind of event the team view reads.
import { ACTIVITY_TYPES, DEFAULT_ACTIVITY_BASE, EXTENSIONS, VERBS, type CaseChoice, type ContentRef, type VerbName } from '../../core/records/xapiVocabulary';

export interface StatementRep {
  /** Profile id: the account name under the activity base. */
  id: string;
  name: string;
}

export const repActor = (rep: StatementRep) => ({ name: rep.name, account: { homePage: DEFAULT_ACTIVITY_BASE, name: rep.id } });
export const repKey = (rep: StatementRep) => `account:${DEFAULT_ACTIVITY_BASE}|${rep.id}`;

interface Common {
  id: string;
  rep: StatementRep;
  at: number;
  lang: 'zh-CN' | 'en';
}

function statement(common: Common, verb: VerbName, activity: string, kind: ContentRef['kind'], ref: ContentRef, result?: object, interactionType?: string, parent?: string) {
  return {
    id: common.id,
    actor: repActor(common.rep),
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object: {
      objectType: 'Activity',
      id: `${DEFAULT_ACTIVITY_BASE}/${activity}`,
      definition: { type: ACTIVITY_TYPES[kind], name: { [common.lang]: ref.part ?? ref.id }, ...(interactionType ? { interactionType } : {}) },
    },
    ...(result ? { result } : {}),
    context: {
      platform: 'Playbook Trainer',
      language: common.lang,
      ...(parent ? { contextActivities: { parent: [{ objectType: 'Activity', id: `${DEFAULT_ACTIVITY_BASE}/${parent}` }] } } : {}),
      extensions: { [EXTENSIONS.content]: ref },
    },
    timestamp: new Date(common.at).toISOString(),
  };
}

export function answered(common: Common, quizId: string, questionId: string, options: string[], success: boolean, competencies: string[] = [], interactionType = 'choice') {
  const score = success ? 1 : 0;
  return statement(
    common,
    'answered',
    `quizzes/${quizId}/questions/${questionId}`,
    'question',
    { kind: 'question', id: quizId, part: questionId, competencies },
    { response: options.join('[,]'), score: { raw: score, min: 0, max: 1, scaled: score }, success, extensions: { [EXTENSIONS.options]: options } },
    interactionType,
    `quizzes/${quizId}`,
  );
}

export function quizFinished(common: Common, quizId: string, scaled: number, passed: boolean, competencies: string[] = []) {
  return statement(common, passed ? 'passed' : 'failed', `quizzes/${quizId}`, 'quiz', { kind: 'quiz', id: quizId, competencies }, {
    score: { scaled, raw: scaled * 10, min: 0, max: 10 },
    success: passed,
    completion: true,
  });
}

export function caseCompleted(common: Common, caseId: string, scaled: number, choices: CaseChoice[], competencies: string[] = []) {
  return statement(common, 'completed', `cases/${caseId}`, 'case', { kind: 'case', id: caseId, competencies }, {
    score: { scaled },
    completion: true,
    extensions: { [EXTENSIONS.choices]: choices },
  });
}

export function rated(common: Common, quizId: string, questionId: string, rating: 'again' | 'hard' | 'good' | 'easy', competencies: string[] = []) {
  return statement(
    common,
    'rated',
    `quizzes/${quizId}/questions/${questionId}`,
    'question',
    { kind: 'question', id: quizId, part: questionId, competencies },
    { success: rating !== 'again', extensions: { [EXTENSIONS.rating]: rating } },
    undefined,
    `quizzes/${quizId}`,
  );
}

export function playbookRead(common: Common, playbookId: string) {
  return statement(common, 'experienced', `playbooks/${playbookId}`, 'playbook', { kind: 'playbook', id: playbookId, competencies: [] });
}
