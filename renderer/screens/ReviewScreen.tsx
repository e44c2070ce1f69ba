// The review screen (route `review`): today's due cards.
import { PageHeader } from '../components/PageHeader';
import { useI18n } from '../i18n/I18nContext';
import { ReviewPlayer } from '../review/ReviewPlayer';
import { useSession } from '../state/SessionContext';

export function ReviewScreen() {
  const { t } = useI18n();
  const { profile, lang, refreshDue } = useSession();
  return (
    <div className="page page-narrow">
      <PageHeader title={t('review.title')} subtitle={t('review.subtitle')} />
      <ReviewPlayer profileId={profile.id} lang={lang} onRated={refreshDue} />
    </div>
  );
}
