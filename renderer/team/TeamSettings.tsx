// Settings: the team view on or off for this profile. A convenience for managers and trainers, not access
// control: what a profile can read is decided by the LRS credentials or the exports it is given.
import { useState } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { useSession } from '../state/SessionContext';

export function TeamSettings() {
  const { t } = useI18n();
  const { profile, updateProfile } = useSession();
  // Shown at once; the profile follows when the back end has saved it (and a failure puts the box back).
  const [checked, setChecked] = useState(profile.canViewTeam === true);
  const toggle = (value: boolean) => {
    setChecked(value);
    updateProfile({ canViewTeam: value }).catch(() => setChecked(!value));
  };
  return (
    <section className="card settings-group" aria-labelledby="team-settings-title">
      <h2 id="team-settings-title" className="section-title">
        {t('team.settings.title')}
      </h2>
      <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
        <input type="checkbox" checked={checked} onChange={(event) => toggle(event.target.checked)} />
        <span>{t('team.settings.toggle')}</span>
      </label>
      <p className="hint">{t('team.settings.hint')}</p>
    </section>
  );
}
