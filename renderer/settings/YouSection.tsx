// Who the learner is: their name and their role (which picks their learning path).
import { useId, useState, type FormEvent } from 'react';
import { RoleSelect } from '../components/RoleSelect';
import { useI18n } from '../i18n/I18nContext';
import { useSession } from '../state/SessionContext';
import { useNotify } from '../state/ToastContext';
import { SettingsSection } from './SettingsSection';
import { useProfileChoice } from './useProfileChoice';

export function YouSection() {
  const { t } = useI18n();
  const { profile } = useSession();
  const notify = useNotify();
  const ids = useId();
  const { shown, apply } = useProfileChoice();
  const [name, setName] = useState(profile.name);
  const saveName = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() && name.trim() !== profile.name) void apply({ name: name.trim() }).then(() => notify(t('settings.saved')));
  };

  return (
    <SettingsSection title={t('settings.you')}>
      <form className="field field-inline" onSubmit={saveName}>
        <label className="field-label" htmlFor={`${ids}-name`}>
          {t('firstRun.name')}
        </label>
        <input id={`${ids}-name`} className="input" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="button" disabled={!name.trim() || name.trim() === profile.name}>
          {t('settings.saveName')}
        </button>
      </form>
      <div className="field field-inline">
        <label className="field-label" htmlFor={`${ids}-role`}>
          {t('firstRun.role')}
        </label>
        <RoleSelect id={`${ids}-role`} value={shown.role} onChange={(role) => apply({ role })} />
        <span className="hint">{t('settings.roleHint')}</span>
      </div>
    </SettingsSection>
  );
}
