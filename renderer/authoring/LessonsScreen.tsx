// The trainer's lesson inbox screen (route `lessons`): lessons captured by reps, to triage.
import { useState } from 'react';
import type { LessonView } from '../../core/api/authoringContract';
import { LESSON_STATUSES, type LessonStatus } from '../../core/model';
import { Icon } from '../components/Icon';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';
import { useApi } from '../state/ApiContext';
import { useApiQuery } from '../state/useApiQuery';
import { LessonDetail } from './LessonDetail';
import { InboxPull } from '../lessons/InboxPull';

/** The trainer's triage of captured lessons: filter by status, open one, turn it into content or archive it. */
export function LessonsScreen() {
  const api = useApi();
  const { t, date } = useI18n();
  const [status, setStatus] = useState<LessonStatus | undefined>('inbox');
  const [openId, setOpenId] = useState<string | null>(null);
  const lessons = useApiQuery(() => api.listLessons(status ? { status } : {}), [api, status]);

  const changed = (lesson: LessonView) => {
    setOpenId(lesson.id);
    lessons.reload();
  };

  return (
    <div className="page page-lessons">
      <PageHeader
        title={t('lessons.title')}
        subtitle={t('lessons.subtitle')}
        actions={
          <a className="button button-primary" href={formatRoute({ name: 'capture' })}>
            <Icon name="plus" />
            {t('trainerNav.capture')}
          </a>
        }
      />
      <InboxPull onPulled={lessons.reload} />
      <div className="chip-group" role="group" aria-label={t('lessons.statusFilter')}>
        {[...LESSON_STATUSES, undefined].map((option) => (
          <button key={option ?? 'all'} type="button" className="chip" aria-pressed={status === option} onClick={() => setStatus(option)}>
            {option ? t(`lessons.status.${option}`) : t('lessons.all')}
          </button>
        ))}
      </div>
      <QueryView query={lessons}>
        {(list) => {
          const open = list.find((lesson) => lesson.id === openId);
          if (list.length === 0) return <EmptyState title={t('lessons.emptyTitle')}>{t('lessons.emptyBody')}</EmptyState>;
          return (
            <div className="lessons-layout">
              <ul className="lesson-list" aria-label={t('lessons.listLabel')}>
                {list.map((lesson) => (
                  <li key={lesson.id}>
                    <button type="button" className="lesson-entry" aria-pressed={lesson.id === openId} onClick={() => setOpenId(lesson.id)}>
                      <span className="lesson-entry-title">{lesson.title}</span>
                      <span className="lesson-entry-meta">
                        {t('lessons.byOn', { author: lesson.author, date: date(lesson.created) })}
                        <span className={`status-pill status-${lesson.status}`}>{t(`lessons.status.${lesson.status}`)}</span>
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
              {open ? <LessonDetail key={open.id} lesson={open} onChanged={changed} /> : <p className="hint lesson-pick">{t('lessons.pick')}</p>}
            </div>
          );
        }}
      </QueryView>
    </div>
  );
}
