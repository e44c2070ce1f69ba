// How the app looks to this learner: the interface language and the colour theme.
import type { Profile } from '../../core/api/contract';
import { LangSelect } from '../components/LangSelect';
import { SegmentedChoice } from '../components/SegmentedChoice';
import { useI18n } from '../i18n/I18nContext';
import { SettingsSection } from './SettingsSection';
import { useProfileChoice } from './useProfileChoice';

const THEMES: Profile['theme'][] = ['light', 'dark', 'system'];

export function AppearanceSection() {
  const { t } = useI18n();
  const { shown, apply } = useProfileChoice();
  return (
    <SettingsSection title={t('settings.appearance')}>
      <fieldset className="field">
        <legend className="field-label">{t('settings.language')}</legend>
        <LangSelect look="segments" id="settings-lang" value={shown.uiLang} onChange={(uiLang) => apply({ uiLang })} />
        <p className="hint">{t('settings.languageHint')}</p>
      </fieldset>
      <fieldset className="field">
        <legend className="field-label">{t('settings.theme')}</legend>
        <SegmentedChoice name="settings-theme" options={THEMES} value={shown.theme} onChange={(theme) => apply({ theme })} label={(theme) => <span>{t(`theme.${theme}`)}</span>} />
      </fieldset>
    </SettingsSection>
  );
}
