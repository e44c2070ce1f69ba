import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import type { Profile } from '../../core/api/contract';
import { LANGS, ROLES, type Lang, type RoleId } from '../../core/model';
import { ContentUpdatesPanel } from '../channel/ContentUpdatesPanel';
import { PageHeader } from '../components/PageHeader';
import { Avatar } from '../frame/ProfileMenu';
import { useI18n } from '../i18n/I18nContext';
import { downloadFile } from '../prep/exportSheet';
import { LearningRecordsSection } from '../records/LearningRecordsSection';
import { useApi } from '../state/ApiContext';
import { useSession, type ProfilePatch } from '../state/SessionContext';
import { useNotify } from '../state/ToastContext';
import { TeamSettings } from '../team/TeamSettings';

const THEMES: Profile['theme'][] = ['light', 'dark', 'system'];

export function SettingsScreen() {
  const { t } = useI18n();
  const { profile, updateProfile } = useSession();
  const notify = useNotify();
  const ids = useId();
  const [name, setName] = useState(profile.name);
  // Choices show at once while the profile is saved; a failure puts the saved value back.
  const [pending, setPending] = useState<ProfilePatch>({});
  const shown = { ...profile, ...pending };

  const apply = async (patch: ProfilePatch) => {
    setPending((p) => ({ ...p, ...patch }));
    try {
      await updateProfile(patch);
    } catch (error) {
      notify(error instanceof Error ? error.message : t('state.errorUnknown'), { tone: 'error' });
    } finally {
      setPending((p) => {
        const rest = { ...p };
        for (const key of Object.keys(patch) as (keyof ProfilePatch)[]) delete rest[key];
        return rest;
      });
    }
  };
  const saveName = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() && name.trim() !== profile.name) void apply({ name: name.trim() }).then(() => notify(t('settings.saved')));
  };

  return (
    <div className="page page-narrow">
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />

      <section className="card settings-group" aria-labelledby={`${ids}-you`}>
        <h2 id={`${ids}-you`} className="section-title">
          {t('settings.you')}
        </h2>
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
          <select id={`${ids}-role`} className="select" value={shown.role} onChange={(e) => apply({ role: e.target.value as RoleId })}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
          <span className="hint">{t('settings.roleHint')}</span>
        </div>
      </section>

      <section className="card settings-group" aria-labelledby={`${ids}-look`}>
        <h2 id={`${ids}-look`} className="section-title">
          {t('settings.appearance')}
        </h2>
        <fieldset className="field">
          <legend className="field-label">{t('settings.language')}</legend>
          <div className="segmented">
            {LANGS.map((lang) => (
              <label key={lang} className={`segment${lang === shown.uiLang ? ' is-checked' : ''}`}>
                <input type="radio" name="settings-lang" checked={lang === shown.uiLang} onChange={() => apply({ uiLang: lang })} />
                <span lang={lang}>{t(`lang.${lang}`)}</span>
              </label>
            ))}
          </div>
          <p className="hint">{t('settings.languageHint')}</p>
        </fieldset>
        <fieldset className="field">
          <legend className="field-label">{t('settings.theme')}</legend>
          <div className="segmented">
            {THEMES.map((theme) => (
              <label key={theme} className={`segment${theme === shown.theme ? ' is-checked' : ''}`}>
                <input type="radio" name="settings-theme" checked={theme === shown.theme} onChange={() => apply({ theme })} />
                <span>{t(`theme.${theme}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </section>

      <ProfilesSection />
      <ProgressTransferSection />
      <LearningRecordsSection />
      <ContentUpdatesPanel />
      <TeamSettings />
    </div>
  );
}

/** Export the learner's progress to a file, or import one (checked whole by the back end before it replaces anything). */
function ProgressTransferSection() {
  const { t } = useI18n();
  const api = useApi();
  const { profile, switchProfile } = useSession();
  const notify = useNotify();
  const ids = useId();
  const [busy, run] = useBusyRun();
  const importFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void run(async () => {
      const imported = await api.importProgress({ content: await file.text() });
      await switchProfile(imported.profile.id);
      notify(t('settings.imported', { name: imported.profile.name }));
    });
  };

  return (
    <section className="card settings-group" aria-labelledby={`${ids}-transfer`}>
      <h2 id={`${ids}-transfer`} className="section-title">
        {t('settings.transfer')}
      </h2>
      <p className="hint">{t('settings.transferHint')}</p>
      <div className="field-row">
        <button type="button" className="button" disabled={busy} onClick={() => run(async () => downloadFile(await api.exportProgress({ profileId: profile.id })))}>
          {t('settings.exportProgress')}
        </button>
        <label className={`button${busy ? ' is-disabled' : ''}`}>
          {t('settings.importProgress')}
          <input type="file" accept=".json,application/json" className="sr-only" disabled={busy} onChange={importFile} />
        </label>
      </div>
    </section>
  );
}

function ProfilesSection() {
  const { t } = useI18n();
  const { profile, profiles, switchProfile, createProfile } = useSession();
  const ids = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState<RoleId>('sales-rep');
  const [lang, setLang] = useState<Lang>(profile.uiLang);
  const [busy, run] = useBusyRun();
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) void run(() => createProfile({ name: name.trim(), role, uiLang: lang }));
  };

  return (
    <section className="card settings-group" aria-labelledby={`${ids}-profiles`}>
      <h2 id={`${ids}-profiles`} className="section-title">
        {t('settings.profiles')}
      </h2>
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
              <button type="button" className="button button-small" disabled={busy} onClick={() => run(() => switchProfile(p.id))} aria-label={t('settings.switchNamed', { name: p.name })}>
                {t('settings.switch')}
              </button>
            )}
          </li>
        ))}
      </ul>
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
            <select id={`${ids}-new-role`} className="select" value={role} onChange={(e) => setRole(e.target.value as RoleId)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-new-lang`}>
              {t('settings.language')}
            </label>
            <select id={`${ids}-new-lang`} className="select" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
              {LANGS.map((l) => (
                <option key={l} value={l}>
                  {t(`lang.${l}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="button button-primary" disabled={busy || !name.trim()}>
          {t('settings.create')}
        </button>
      </form>
    </section>
  );
}

/** Runs one action at a time: `busy` while it runs, and a failure shown as a toast. */
function useBusyRun(): [boolean, (work: () => Promise<void>) => Promise<void>] {
  const { t } = useI18n();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notify(error instanceof Error ? error.message : t('state.errorUnknown'), { tone: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return [busy, run];
}
