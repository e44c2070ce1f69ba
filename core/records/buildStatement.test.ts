// One statement per event type, each checked field by field and by Learning Locker's xAPI validation.
import { describe, expect, it } from 'vitest';
import { statementProblems } from '../../test/lrs/statementProblems';
import { actorKey, learnerActor } from './actorKey';
import { activityId, buildStatement } from './buildStatement';
import type { LearningEvent } from './learningEvent';
import { EXTENSIONS, VERBS } from './xapiVocabulary';

const base = 'https://lrs.example.com/activities/';
const settings = { activityBase: base };
const actor = learnerActor({ id: 'p-1', name: '李伟' }, base);
const id = '0b7cbd36-64c9-4a8b-9d2f-6c1f0f3a5e01';
const at = '2026-03-02T09:15:00.000Z';

function built(event: LearningEvent) {
  const statement = buildStatement(event, settings, actor, id);
  expect(statementProblems(statement)).toEqual([]);
  expect(statement.id).toBe(id);
  expect(statement.timestamp).toBe(at);
  expect(statement.context?.platform).toBe('Playbook Trainer');
  return statement;
}

describe('buildStatement', () => {
  it('playbook read: experienced the playbook', () => {
    const s = built({ type: 'playbook-read', at, lang: 'en', competencies: ['discovery'], playbookId: 'discovery-call', title: 'Discovery call' });
    expect(s.verb.id).toBe(VERBS.experienced);
    expect(s.object.id).toBe('https://lrs.example.com/activities/playbooks/discovery-call');
    expect(s.object.definition?.name).toEqual({ en: 'Discovery call' });
    expect(s.context?.extensions?.[EXTENSIONS.content]).toEqual({ kind: 'playbook', id: 'discovery-call', competencies: ['discovery'] });
    expect(s.result).toBeUndefined();
  });

  it('section read: experienced the section, named after its playbook', () => {
    const s = built({ type: 'playbook-read', at, lang: 'zh-CN', competencies: [], playbookId: 'discovery-call', title: '需求探询', section: { anchor: 'open-questions', title: '开放式提问' } });
    expect(s.object.id).toBe(`${base}playbooks/discovery-call/sections/open-questions`);
    expect(s.object.definition?.name).toEqual({ 'zh-CN': '需求探询: 开放式提问' });
    expect(s.context?.language).toBe('zh-CN');
    expect(s.context?.extensions?.[EXTENSIONS.content]).toEqual({ kind: 'section', id: 'discovery-call', part: 'open-questions', competencies: [] });
  });

  it('question answered: response keys, score, success, interaction type and the quiz as parent', () => {
    const s = built({
      type: 'question-answered', at, lang: 'en', competencies: ['qualify'],
      quizId: 'discovery-quiz', quizTitle: 'Discovery quiz', questionId: 'q3', questionTitle: 'Which questions open the call?',
      interactionType: 'choice', response: ['a', 'c'], score: 0.5, success: false,
    });
    expect(s.verb.id).toBe(VERBS.answered);
    expect(s.object.id).toBe(`${base}quizzes/discovery-quiz/questions/q3`);
    expect(s.object.definition?.interactionType).toBe('choice');
    expect(s.result).toEqual({ response: 'a[,]c', score: { raw: 0.5, min: 0, max: 1, scaled: 0.5 }, success: false, extensions: { [EXTENSIONS.options]: ['a', 'c'] } });
    expect(s.context?.contextActivities?.parent?.[0]?.id).toBe(`${base}quizzes/discovery-quiz`);
    expect(s.context?.extensions?.[EXTENSIONS.content]).toEqual({ kind: 'question', id: 'discovery-quiz', part: 'q3', competencies: ['qualify'] });
  });

  it('matching answered: pairs joined as the xAPI response pattern asks', () => {
    const s = built({
      type: 'question-answered', at, lang: 'en', competencies: [],
      quizId: 'qz', quizTitle: 'Quiz', questionId: 'm1', questionTitle: 'Match',
      interactionType: 'matching', response: ['a[.]b', 'b[.]a'], score: 0, success: false,
    });
    expect(s.result?.response).toBe('a[.]b[,]b[.]a');
  });

  it('quiz finished: passed with the scaled score, raw out of the question count', () => {
    const s = built({ type: 'quiz-finished', at, lang: 'en', competencies: ['qualify'], quizId: 'discovery-quiz', title: 'Discovery quiz', score: 0.8, total: 5, passed: true });
    expect(s.verb.id).toBe(VERBS.passed);
    expect(s.result).toEqual({ score: { scaled: 0.8, raw: 4, min: 0, max: 5 }, success: true, completion: true });
    expect(s.object.definition?.type).toBe('http://adlnet.gov/expapi/activities/assessment');
  });

  it('quiz finished below the pass score: failed', () => {
    const s = built({ type: 'quiz-finished', at, lang: 'en', competencies: [], quizId: 'qz', title: 'Quiz', score: 0.35, total: 4, passed: false });
    expect(s.verb.id).toBe(VERBS.failed);
    expect(s.result?.success).toBe(false);
    expect(s.result?.score?.raw).toBe(1.4);
  });

  it('case replay finished: completed, score as a share of the elite path, the choices made', () => {
    const choices = [{ step: 'open', option: 'b', elite: true }, { step: 'price', option: 'a', elite: false }];
    const s = built({ type: 'replay-finished', at, lang: 'en', competencies: ['negotiate'], caseId: 'renewal', title: 'Renewal at risk', score: 0.6, choices });
    expect(s.verb.id).toBe(VERBS.completed);
    expect(s.object.id).toBe(`${base}cases/renewal`);
    expect(s.result).toEqual({ score: { scaled: 0.6 }, completion: true, extensions: { [EXTENSIONS.choices]: choices } });
  });

  it('review card rated: rated the question, with the rating and whether the answer was right', () => {
    const s = built({ type: 'review-rated', at, lang: 'en', competencies: [], quizId: 'qz', quizTitle: 'Quiz', questionId: 'q1', questionTitle: 'Q', rating: 'hard', success: true });
    expect(s.verb.id).toBe(VERBS.rated);
    expect(s.object.id).toBe(`${base}quizzes/qz/questions/q1`);
    expect(s.result).toEqual({ success: true, extensions: { [EXTENSIONS.rating]: 'hard' } });
    expect(s.context?.contextActivities?.parent?.[0]?.id).toBe(`${base}quizzes/qz`);
  });

  it('lesson shared: shared the lesson, carrying its Markdown file', () => {
    const lessonFile = '---\nid: late-champion\ntitle: A late champion\n---\n\n## Situation\n…';
    const s = built({ type: 'lesson-shared', at, lang: 'en', lessonId: 'late-champion', title: 'A late champion', lessonFile });
    expect(s.verb.id).toBe(VERBS.shared);
    expect(s.object.id).toBe(`${base}lessons/late-champion`);
    expect(s.result?.extensions?.[EXTENSIONS.lessonFile]).toBe(lessonFile);
    expect(s.context?.extensions?.[EXTENSIONS.content]).toEqual({ kind: 'lesson', id: 'late-champion', competencies: [] });
  });

  it('ids with spaces or non-ASCII characters still make valid activity IRIs', () => {
    expect(activityId(base, { kind: 'section', id: 'pb', part: '开放 提问' })).toBe(`${base}playbooks/pb/sections/%E5%BC%80%E6%94%BE%20%E6%8F%90%E9%97%AE`);
  });
});

describe('actors', () => {
  it('without an identity of its own, the learner is an account named by the profile id under the activity base', () => {
    expect(actor).toEqual({ objectType: 'Agent', name: '李伟', account: { homePage: base, name: 'p-1' } });
    expect(actorKey(actor)).toBe(`account:${base}|p-1`);
  });

  it('an e-mail identity becomes a mailto: mbox, with or without the prefix', () => {
    const withMail = learnerActor({ id: 'p-1', name: 'Ana', xapiActor: { mbox: 'ana@example.com' } }, base);
    expect(withMail).toEqual({ objectType: 'Agent', name: 'Ana', mbox: 'mailto:ana@example.com' });
    expect(actorKey(withMail)).toBe('mbox:mailto:ana@example.com');
    expect(actorKey({ mbox: 'mailto:ana@example.com' })).toBe(actorKey(withMail));
  });

  it("a company account is used as given and keyed by home page and name", () => {
    const account = { homePage: 'https://crm.example.com', name: 'ana.silva' };
    const withAccount = learnerActor({ id: 'p-1', name: 'Ana', xapiActor: { account } }, base);
    expect(withAccount).toEqual({ objectType: 'Agent', name: 'Ana', account });
    expect(actorKey(withAccount)).toBe('account:https://crm.example.com|ana.silva');
    expect(statementProblems(buildStatement({ type: 'playbook-read', at, lang: 'en', competencies: [], playbookId: 'x', title: 'X' }, settings, withAccount, id))).toEqual([]);
  });
});
