// How commits are signed and where the Git credentials come from: the e-mail for commits, and on the desktop a
// user name and token kept by the system keychain. In a browser the token comes from the host's environment.
import { useId, useState, type FormEvent } from 'react';
import type { GitSettingsView } from '../../core/git/gitStatus';
import { FormProblem, QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useBusyAction } from '../state/useBusyAction';
import { useApiQuery } from '../state/useApiQuery';

export function GitSettingsForm() {
  const api = useApi();
  const query = useApiQuery(() => api.gitSettings({}), [api]);
  return <QueryView query={query}>{(settings) => <SettingsFields settings={settings} onSaved={query.set} />}</QueryView>;
}

function SettingsFields({ settings, onSaved }: { settings: GitSettingsView; onSaved: (settings: GitSettingsView) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const id = useId();
  const [email, setEmail] = useState(settings.email ?? '');
  const [username, setUsername] = useState(settings.username ?? '');
  const [token, setToken] = useState('');
  const { problem, run } = useBusyAction();
  const [saved, setSaved] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    await run(async () => {
      const changes = {
        email: email.trim() ? email.trim() : null,
        ...(settings.canStoreCredentials && token ? { username: username.trim() || 'git', token } : {}),
      };
      onSaved(await api.saveGitSettings(changes));
      setToken('');
      setSaved(true);
    });
  };

  const source =
    settings.credentials === 'none'
      ? t('git.credentialsNone')
      : t(settings.credentials === 'keychain' ? 'git.credentialsKeychain' : 'git.credentialsEnvironment', { username: settings.username ?? '' });
  return (
    <form className="git-settings" onSubmit={onSubmit}>
      <p className="hint">{source}</p>
      <label htmlFor={`${id}-email`}>{t('git.email')}</label>
      <input id={`${id}-email`} type="email" value={email} onChange={(event) => setEmail(event.target.value)} autoComplete="email" />
      {settings.canStoreCredentials ? (
        <>
          <label htmlFor={`${id}-user`}>{t('git.username')}</label>
          <input id={`${id}-user`} value={username} onChange={(event) => setUsername(event.target.value)} autoComplete="username" />
          <label htmlFor={`${id}-token`}>{t('git.token')}</label>
          <input id={`${id}-token`} type="password" value={token} onChange={(event) => setToken(event.target.value)} autoComplete="new-password" />
        </>
      ) : (
        <p className="hint">{t('git.credentialsFromEnvironment')}</p>
      )}
      <FormProblem message={problem} />
      <div className="git-settings-actions">
        <button type="submit" className="button button-small">
          {t('git.saveSettings')}
        </button>
        {saved && <span role="status">{t('git.settingsSaved')}</span>}
      </div>
    </form>
  );
}
