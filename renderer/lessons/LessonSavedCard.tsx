// After a lesson is saved: where it went (the workspace's inbox or My lessons) and the next steps for each.
import { useState, type RefObject } from 'react';
import type { LessonView } from '../../core/api/authoringContract';
import type { MyLessonSummary } from '../../core/lessons/myLessons';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';
import type { useMyLessonActions } from './useMyLessonActions';

export type SavedLesson = { kind: 'inbox'; lesson: LessonView } | { kind: 'mine'; lesson: MyLessonSummary };

export function LessonSavedCard({ saved, headingRef, actions, onAnother }: { saved: SavedLesson; headingRef: RefObject<HTMLHeadingElement | null>; actions: ReturnType<typeof useMyLessonActions>; onAnother: () => void }) {
  const { t } = useI18n();
  const { lesson } = saved;
  const [shared, setShared] = useState(false);
  return (
    <section className="card capture-done" aria-labelledby="capture-done-title">
      <Icon name="check" className="done-icon" />
      <h2 id="capture-done-title" className="summary-title" tabIndex={-1} ref={headingRef}>
        {t('capture.doneTitle')}
      </h2>
      {saved.kind === 'inbox' ? (
        <p>{t('capture.doneBody', { title: lesson.title, path: saved.lesson.path })}</p>
      ) : (
        <p>{t('myLessons.doneBody', { title: lesson.title })}</p>
      )}
      <div className="button-row">
        {saved.kind === 'mine' && (
          <>
            {shared ? (
              <p className="shared-done" role="status">
                <Icon name="check" />
                {t('myLessons.sharedDone')}
              </p>
            ) : (
              <button type="button" className="button button-primary" disabled={actions.busyId === lesson.id} onClick={() => void actions.share(lesson).then(setShared)}>
                {t('myLessons.share')}
              </button>
            )}
            <button type="button" className="button" disabled={actions.busyId === lesson.id} onClick={() => void actions.exportFile(lesson)}>
              <Icon name="download" />
              {t('myLessons.export')}
            </button>
          </>
        )}
        <button type="button" className={`button${saved.kind === 'inbox' ? ' button-primary' : ''}`} onClick={onAnother}>
          {t('capture.another')}
        </button>
        {saved.kind === 'inbox' && (
          <>
            <a className="button" href={formatRoute({ name: 'search', query: lesson.title })}>
              {t('capture.findIt')}
            </a>
            <a className="button button-ghost" href={formatRoute({ name: 'lessons' })}>
              {t('trainerNav.lessons')}
            </a>
          </>
        )}
      </div>
    </section>
  );
}
