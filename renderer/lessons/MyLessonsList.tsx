// A rep without the trainer's workspace still keeps their lessons: the list of My lessons and what to do with each.
import type { MyLessonList, MyLessonSummary } from '../../core/lessons/myLessons';
import { DiagnosticList } from '../components/DiagnosticList';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';
import type { useMyLessonActions } from './useMyLessonActions';

/** "My lessons": what this rep captured on this computer, whether the trainer has it, and what to do with each. */
export function MyLessonsList({ list, actions, editingId, onEdit }: { list: MyLessonList; actions: ReturnType<typeof useMyLessonActions>; editingId: string | undefined; onEdit: (lesson: MyLessonSummary) => void }) {
  const { t, date } = useI18n();
  return (
    <section className="my-lessons" aria-labelledby="my-lessons-title">
      <h2 id="my-lessons-title" className="section-title">
        {t('myLessons.title')}
      </h2>
      <p className="hint">{t('myLessons.where')}</p>
      {list.lessons.length === 0 ? (
        <p className="hint my-lessons-empty">{t('myLessons.empty')}</p>
      ) : (
        <ul className="my-lesson-list">
          {list.lessons.map((lesson) => {
            const busy = actions.busyId === lesson.id;
            return (
              <li key={lesson.id} className="card my-lesson" aria-current={lesson.id === editingId ? 'true' : undefined}>
                <div className="my-lesson-text">
                  <h3 className="my-lesson-title" lang={lesson.lang}>
                    {lesson.title}
                  </h3>
                  <p className="my-lesson-meta">
                    {date(lesson.created)}
                    <span className={`status-pill my-lesson-${lesson.status}`}>{t(`myLessons.status.${lesson.status}`)}</span>
                    {lesson.sharedAt && <span>{t('myLessons.sharedOn', { date: date(lesson.sharedAt) })}</span>}
                  </p>
                </div>
                <div className="button-row my-lesson-actions">
                  {lesson.status !== 'shared' && (
                    <button type="button" className="button button-primary" disabled={busy} onClick={() => void actions.share(lesson)}>
                      {t(lesson.status === 'changed' ? 'myLessons.shareAgain' : 'myLessons.share')}
                    </button>
                  )}
                  <button type="button" className="button" disabled={busy} onClick={() => onEdit(lesson)}>
                    <Icon name="edit" />
                    {t('myLessons.edit')}
                  </button>
                  <button type="button" className="button" disabled={busy} onClick={() => void actions.exportFile(lesson)}>
                    <Icon name="download" />
                    {t('myLessons.export')}
                  </button>
                  <button type="button" className="button button-ghost" disabled={busy} onClick={() => void actions.remove(lesson)}>
                    <Icon name="trash" />
                    {t('myLessons.delete')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {list.diagnostics.length > 0 && (
        <div className="my-lessons-problems">
          <p className="notice">{t('myLessons.unreadable')}</p>
          <DiagnosticList diagnostics={list.diagnostics} />
        </div>
      )}
    </section>
  );
}
