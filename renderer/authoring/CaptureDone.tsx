// The confirmation after a lesson is captured: where it went, and the next steps (another lesson, find it, the inbox).
import { useEffect, useRef } from 'react';
import type { LessonView } from '../../core/api/authoringContract';
import { Icon } from '../components/Icon';
import { PageHeader } from '../components/PageHeader';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';

export function CaptureDone({ saved, onAnother }: { saved: LessonView; onAnother: () => void }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // The confirmation takes the focus, so a screen reader announces it and Enter starts the next lesson.
  useEffect(() => heading.current?.focus(), [saved]);
  return (
    <div className="page page-narrow">
      <PageHeader title={t('capture.title')} />
      <section className="card capture-done" aria-labelledby="capture-done-title">
        <Icon name="check" className="done-icon" />
        <h2 id="capture-done-title" className="summary-title" tabIndex={-1} ref={heading}>
          {t('capture.doneTitle')}
        </h2>
        <p>{t('capture.doneBody', { title: saved.title, path: saved.path })}</p>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={onAnother}>
            {t('capture.another')}
          </button>
          <a className="button" href={formatRoute({ name: 'search', query: saved.title })}>
            {t('capture.findIt')}
          </a>
          <a className="button button-ghost" href={formatRoute({ name: 'lessons' })}>
            {t('trainerNav.lessons')}
          </a>
        </div>
      </section>
    </div>
  );
}
