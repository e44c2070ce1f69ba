// One captured lesson in the trainer's inbox, with what it became and the trainer's actions on it.
import type { LessonView } from '../../core/api/authoringContract';
import { CONVERTED_TO, LESSON_PARTS } from '../../core/content/lessonFormat';
import { renderMarkdown } from '../../core/markdown/createMarkdown';
import { RichHtml } from '../components/RichHtml';
import { FormProblem } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute, type Route } from '../routing/routes';
import { useApi } from '../state/ApiContext';
import { useNotify } from '../state/ToastContext';
import { useBusyAction } from '../state/useBusyAction';
import { ConvertLessonForm } from './ConvertLessonForm';

/** Where a lesson's `convertedTo` entry (`playbook:id#anchor`, `quiz:id#q`, `case:id#step`) opens for a learner. */
function convertedRoute(entry: string): Route | null {
  const [, kind, id, fragment] = CONVERTED_TO.exec(entry) ?? [];
  if (!id) return null;
  if (kind === 'playbook') return fragment ? { name: 'playbook', id, anchor: fragment } : { name: 'playbook', id };
  return kind === 'quiz' || kind === 'case' ? { name: kind, id } : null;
}

/** One lesson as the rep wrote it, where it went, and the trainer's actions on it. */
export function LessonDetail({ lesson, onChanged }: { lesson: LessonView; onChanged: (lesson: LessonView) => void }) {
  const api = useApi();
  const { t, date } = useI18n();
  const notify = useNotify();
  const { busy, problem, run } = useBusyAction();

  const archive = () =>
    run(async () => {
      const archived = await api.archiveLesson({ lessonId: lesson.id });
      notify(t('lessons.archived', { title: archived.title }));
      onChanged(archived);
    });

  return (
    <article className="lesson-detail card" aria-labelledby="lesson-detail-title">
      <header className="lesson-detail-head">
        <h2 id="lesson-detail-title" className="section-title">
          {lesson.title}
        </h2>
        <p className="hint">
          {t('lessons.byOn', { author: lesson.author, date: date(lesson.created) })}
          {lesson.customerType && ` · ${t('capture.customerType')}: ${lesson.customerType}`}
          {lesson.stage && ` · ${t('capture.stage')}: ${lesson.stage}`}
        </p>
        {lesson.tags.length > 0 && (
          <p className="lesson-tags">
            {lesson.tags.map((tag) => (
              <span key={tag} className="tag">
                {tag}
              </span>
            ))}
          </p>
        )}
      </header>
      <dl className="lesson-parts">
        {LESSON_PARTS.map((part) => (
          <div key={part} className="lesson-part">
            <dt>{t(`capture.${part}`)}</dt>
            <dd>
              <RichHtml html={renderMarkdown(lesson.parts[part])} />
            </dd>
          </div>
        ))}
      </dl>
      {lesson.convertedTo.length > 0 && (
        <section className="lesson-became">
          <h3 className="feedback-subtitle">{t('lessons.became')}</h3>
          <ul>
            {lesson.convertedTo.map((entry) => {
              const route = convertedRoute(entry);
              return <li key={entry}>{route ? <a href={formatRoute(route)}>{entry}</a> : <code>{entry}</code>}</li>;
            })}
          </ul>
        </section>
      )}
      <div className="button-row">
        <a className="button button-small" href={formatRoute({ name: 'editor', doc: { kind: 'lesson', lang: lesson.lang, id: lesson.id } })}>
          {t('lessons.openInEditor')}
        </a>
        {lesson.status !== 'archived' && (
          <button type="button" className="button button-small" disabled={busy} onClick={archive}>
            {t('lessons.archive')}
          </button>
        )}
      </div>
      <FormProblem message={problem} />
      {lesson.status !== 'archived' && <ConvertLessonForm lesson={lesson} />}
    </article>
  );
}
