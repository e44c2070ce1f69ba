// Several people can learn on one machine: the profiles here, switching between them, and adding one.
import { useId, useState, type FormEvent } from 'react';
import type { Lang, RoleId } from '../../core/model';
import { LangSelect } from '../components/LangSelect';
import { RoleSelect } from '../components/RoleSelect';
import { Avatar } from '../frame/ProfileMenu';
import { useI18n } from '../i18n/I18nContext';
import { useSession } from '../state/SessionContext';
import { useBusyAction, type BusyAction } from '../state/useBusyAction';
import { SettingsSection } from './SettingsSection';

export function ProfilesSection() {
  const { t } = useI18n();
  const { profile, profiles, switchProfile } = useSession();
  const action = useBusyAction('toast');
  return (
    <SettingsSection title={t('settings.profiles')}>
      <p className="hint">{t('settings.profilesHint')}</p>
      <ul className="profile-list">
        {profiles.map((p) => (
          <li key={p.id} className="profile-row">
            <Avatar profile={p} />
            <span className="profile-text">
              <span className="profile-name">{p.name}</span>
              <span className="profile-role">
                {t(`role.${p.role}`)} · {t(`lang.${p.uiLang}`)}
              </span>
            </span>
            {p.id === profile.id ? (
              <span className="status-pill status-done">{t('settings.current')}</span>
            ) : (
              <button type="button" className="button button-small" disabled={action.busy} onClick={() => action.run(() => switchProfile(p.id))} aria-label={t('settings.switchNamed', { name: p.name })}>
                {t('settings.switch')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <AddProfileForm action={action} />
    </SettingsSection>
  );
}

function AddProfileForm({ action }: { action: BusyAction }) {
  const { t } = useI18n();
  const { profile, createProfile } = useSession();
  const ids = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState<RoleId>('sales-rep');
  const [lang, setLang] = useState<Lang>(profile.uiLang);
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) void action.run(() => createProfile({ name: name.trim(), role, uiLang: lang }));
  };

  return (
    <form className="add-profile" onSubmit={add} aria-labelledby={`${ids}-add`}>
      <h3 id={`${ids}-add`} className="field-label">
        {t('settings.addProfile')}
      </h3>
      <div className="field-row">
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-new-name`}>
            {t('settings.newName')}
          </label>
          <input id={`${ids}-new-name`} className="input" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-new-role`}>
            {t('library.role')}
          </label>
          <RoleSelect id={`${ids}-new-role`} value={role} onChange={setRole} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-new-lang`}>
            {t('settings.language')}
          </label>
          <LangSelect id={`${ids}-new-lang`} value={lang} onChange={setLang} />
        </div>
      </div>
      <button type="submit" className="button button-primary" disabled={action.busy || !name.trim()}>
        {t('settings.create')}
      </button>
    </form>
  );
}
