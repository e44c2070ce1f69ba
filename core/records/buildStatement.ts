// A recorded learning event → the one xAPI statement sent for it (table in docs/team.md). Pure: the statement id
// and the time come with the event, so the same event always gives the same statement and a retry re-sends it unchanged.
import type { Lang } from '../model';
import type { LearningEvent } from './learningEvent';
import { ACTIVITY_TYPES, EXTENSIONS, VERBS, type ActivityKind, type ContentRef, type VerbName } from './xapiVocabulary';
import type { XapiActivity, XapiActor, XapiResult, XapiStatement } from './xapiStatement';

export interface RecordSettings {
  /** Base IRI of activity ids, e.g. `https://lrs.example.com/activities` (a trailing `/` is ignored). */
  activityBase: string;
}

export const PLATFORM = 'Playbook Trainer';

const segment = (id: string) => encodeURIComponent(id);

/** Activity ids under the base, from content ids: the same id in every language. */
export function activityId(base: string, ref: Omit<ContentRef, 'competencies'>): string {
  const root = base.replace(/\/+$/, '');
  switch (ref.kind) {
    case 'playbook':
      return `${root}/playbooks/${segment(ref.id)}`;
    case 'section':
      return `${root}/playbooks/${segment(ref.id)}/sections/${segment(ref.part ?? '')}`;
    case 'quiz':
      return `${root}/quizzes/${segment(ref.id)}`;
    case 'question':
      return `${root}/quizzes/${segment(ref.id)}/questions/${segment(ref.part ?? '')}`;
    case 'case':
      return `${root}/cases/${segment(ref.id)}`;
    case 'lesson':
      return `${root}/lessons/${segment(ref.id)}`;
  }
}

function activity(base: string, ref: ContentRef, title: string, lang: Lang, extra: Partial<NonNullable<XapiActivity['definition']>> = {}): XapiActivity {
  return { objectType: 'Activity', id: activityId(base, ref), definition: { type: ACTIVITY_TYPES[ref.kind], name: { [lang]: title }, ...extra } };
}

interface Parts {
  verb: VerbName;
  ref: ContentRef;
  title: string;
  definition?: Partial<NonNullable<XapiActivity['definition']>>;
  result?: XapiResult;
  parent?: { ref: ContentRef; title: string };
}

function partsOf(event: LearningEvent): Parts {
  const competencies = 'competencies' in event ? event.competencies : [];
  const ref = (kind: ActivityKind, id: string, part?: string): ContentRef => ({ kind, id, ...(part !== undefined ? { part } : {}), competencies });
  switch (event.type) {
    case 'playbook-read':
      return event.section
        ? { verb: 'experienced', ref: ref('section', event.playbookId, event.section.anchor), title: `${event.title}: ${event.section.title}` }
        : { verb: 'experienced', ref: ref('playbook', event.playbookId), title: event.title };
    case 'question-answered':
      return {
        verb: 'answered',
        ref: ref('question', event.quizId, event.questionId),
        title: event.questionTitle,
        definition: { interactionType: event.interactionType },
        result: {
          response: event.response.join('[,]'),
          score: { raw: event.score, min: 0, max: 1, scaled: event.score },
          success: event.success,
          extensions: { [EXTENSIONS.options]: event.response },
        },
        parent: { ref: ref('quiz', event.quizId), title: event.quizTitle },
      };
    case 'quiz-finished':
      return {
        verb: event.passed ? 'passed' : 'failed',
        ref: ref('quiz', event.quizId),
        title: event.title,
        result: { score: { scaled: event.score, raw: round(event.score * event.total), min: 0, max: event.total }, success: event.passed, completion: true },
      };
    case 'replay-finished':
      return {
        verb: 'completed',
        ref: ref('case', event.caseId),
        title: event.title,
        result: { score: { scaled: event.score }, completion: true, extensions: { [EXTENSIONS.choices]: event.choices } },
      };
    case 'review-rated':
      return {
        verb: 'rated',
        ref: ref('question', event.quizId, event.questionId),
        title: event.questionTitle,
        result: { success: event.success, extensions: { [EXTENSIONS.rating]: event.rating } },
        parent: { ref: ref('quiz', event.quizId), title: event.quizTitle },
      };
    case 'lesson-shared':
      return { verb: 'shared', ref: ref('lesson', event.lessonId), title: event.title, result: { extensions: { [EXTENSIONS.lessonFile]: event.lessonFile } } };
  }
}

/** Raw scores of partial credits: four decimals are plenty and keep the JSON short. */
const round = (value: number) => Math.round(value * 10_000) / 10_000;

export function buildStatement(event: LearningEvent, settings: RecordSettings, actor: XapiActor, statementId: string): XapiStatement {
  const { verb, ref, title, definition, result, parent } = partsOf(event);
  return {
    id: statementId,
    actor,
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object: activity(settings.activityBase, ref, title, event.lang, definition),
    ...(result ? { result } : {}),
    context: {
      platform: PLATFORM,
      language: event.lang,
      ...(parent ? { contextActivities: { parent: [activity(settings.activityBase, parent.ref, parent.title, event.lang)] } } : {}),
      extensions: { [EXTENSIONS.content]: ref },
    },
    timestamp: event.at,
  };
}
