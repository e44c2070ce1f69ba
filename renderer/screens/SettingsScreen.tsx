// The learner's settings page: one line per section, so a new setting is a new section component mounted here.
import { ContentUpdatesPanel } from '../channel/ContentUpdatesPanel';
import { PageHeader } from '../components/PageHeader';
import { useI18n } from '../i18n/I18nContext';
import { LearningRecordsSection } from '../records/LearningRecordsSection';
import { AppearanceSection } from '../settings/AppearanceSection';
import { ProfilesSection } from '../settings/ProfilesSection';
import { ProgressTransferSection } from '../settings/ProgressTransferSection';
import { YouSection } from '../settings/YouSection';
import { TeamSettings } from '../team/TeamSettings';

export function SettingsScreen() {
  const { t } = useI18n();
  return (
    <div className="page page-narrow">
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <YouSection />
      <AppearanceSection />
      <ProfilesSection />
      <ProgressTransferSection />
      <LearningRecordsSection />
      <ContentUpdatesPanel />
      <TeamSettings />
    </div>
  );
}
