// Whether the lesson being typed is kept as a draft, so the rep knows closing the app loses nothing.
import { useI18n } from '../i18n/I18nContext';
import type { DraftState } from './useLessonDraft';

export function DraftNote({ state }: { state: DraftState }) {
  const { t } = useI18n();
  if (state === 'none') return null;
  return (
    <span className={`hint draft-note draft-${state}`} role="status">
      {t(`myLessons.draft.${state}`)}
    </span>
  );
}
