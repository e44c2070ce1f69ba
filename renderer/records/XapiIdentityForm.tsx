// The learner's identity in learning records (Profile.xapiActor): none (the profile id), a company account, or an e-mail.
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { useSession } from '../state/SessionContext';
import { useNotify } from '../state/ToastContext';

type Kind = 'none' | 'account' | 'mbox';
const KINDS: Kind[] = ['none', 'account', 'mbox'];

export function XapiIdentityForm() {
  const { t } = useI18n();
  const ids = useId();
  const notify = useNotify();
  const { profile, updateProfile } = useSession();
  const current = profile.xapiActor;
  const [kind, setKind] = useState<Kind>(current ? ('mbox' in current ? 'mbox' : 'account') : 'none');
  const [homePage, setHomePage] = useState(current && 'account' in current ? current.account.homePage : '');
  const [name, setName] = useState(current && 'account' in current ? current.account.name : '');
  const [mbox, setMbox] = useState(current && 'mbox' in current ? current.mbox.replace(/^mailto:/i, '') : '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const xapiActor = kind === 'none' ? null : kind === 'mbox' ? { mbox: mbox.trim() } : { account: { homePage: homePage.trim(), name: name.trim() } };
    updateProfile({ xapiActor }).then(
      () => notify(t('settings.saved')),
      (error: unknown) => notify(error instanceof Error ? error.message : t('state.errorUnknown'), { tone: 'error' }),
    );
  };

  return (
    <form className="field records-form" onSubmit={submit} aria-labelledby={`${ids}-identity`}>
      <h3 id={`${ids}-identity`} className="field-label">
        {t('records.identity')}
      </h3>
      <div className="segmented">
        {KINDS.map((k) => (
          <label key={k} className={`segment${k === kind ? ' is-checked' : ''}`}>
            <input type="radio" name={`${ids}-kind`} checked={k === kind} onChange={() => setKind(k)} />
            <span>{t(`records.identity.${k}`)}</span>
          </label>
        ))}
      </div>
      {kind === 'account' ? (
        <div className="field-row">
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-home`}>
              {t('records.accountHomePage')}
            </label>
            <input id={`${ids}-home`} className="input" type="url" required value={homePage} onChange={(e) => setHomePage(e.target.value)} />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-name`}>
              {t('records.accountName')}
            </label>
            <input id={`${ids}-name`} className="input" required value={name} onChange={(e) => setName(e.target.value)} />
          </div>
        </div>
      ) : null}
      {kind === 'mbox' ? (
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-mbox`}>
            {t('records.email')}
          </label>
          <input id={`${ids}-mbox`} className="input" type="email" required value={mbox} onChange={(e) => setMbox(e.target.value)} />
        </div>
      ) : null}
      <p className="hint">{t('records.identityHint')}</p>
      <button type="submit" className="button">
        {t('records.saveIdentity')}
      </button>
    </form>
  );
}
