// The screen before any profile exists (not routed): language, name and role of a new learner.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { Profile, ProfileList } from '../../core/api/contract';
import { ROLES, type Lang, type RoleId } from '../../core/model';
import { LangSelect } from '../components/LangSelect';
import { FormProblem } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useBusyAction } from '../state/useBusyAction';
import { useApiQuery } from '../state/useApiQuery';

interface FirstRunProps {
  lang: Lang;
  onLangChange: (lang: Lang) => void;
  /** Profiles already on this machine when none is active. */
  existing: Profile[];
  /** With `created`, the learner was just signed up: their first visit. */
  onSignedIn: (list: ProfileList, created?: Profile) => void;
}

/** Language, name and role: the new learner's profile, with their role's learning path as theirs. */
export function FirstRunScreen({ lang, onLangChange, existing, onSignedIn }: FirstRunProps) {
  const api = useApi();
  const { t } = useI18n();
  const nameId = useId();
  const nameProblemId = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const [role, setRole] = useState<RoleId>('sales-rep');
  const { busy, problem, run } = useBusyAction();
  const catalog = useApiQuery(() => api.getCatalog({ lang }), [api, lang]);
  const pathFor = (r: RoleId) => catalog.state.data?.paths.find((path) => path.role === r);

  // Signing in replaces this screen: its buttons stay disabled until it is gone.
  const act = (work: () => Promise<{ list: ProfileList; created?: Profile }>) =>
    run(async () => {
      const { list, created } = await work();
      onSignedIn(list, created);
    }, { holdBusy: true });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      // The message sits under the field and the field takes the focus, so both are in view whatever was scrolled.
      setNameMissing(true);
      nameInput.current?.focus({ preventScroll: true });
      nameInput.current?.scrollIntoView?.({ block: 'center' });
      return;
    }
    void act(async () => {
      const created = await api.createProfile({ name: name.trim(), role, uiLang: lang });
      return { list: await api.selectProfile({ profileId: created.id }), created };
    });
  };

  return (
    <main className="first-run">
      <form className="first-run-card card" onSubmit={onSubmit} noValidate aria-labelledby="first-run-title">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            PT
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <h1 id="first-run-title" className="page-title">
          {t('firstRun.title')}
        </h1>
        <p className="page-subtitle">{t('firstRun.subtitle')}</p>

        <fieldset className="field">
          <legend className="field-label">{t('firstRun.language')}</legend>
          <LangSelect look="segments" id="ui-lang" value={lang} onChange={onLangChange} />
        </fieldset>

        <div className="field">
          <label className="field-label" htmlFor={nameId}>
            {t('firstRun.name')}
          </label>
          <input
            ref={nameInput}
            id={nameId}
            className="input"
            type="text"
            autoComplete="name"
            maxLength={80}
            value={name}
            autoFocus
            required
            aria-invalid={nameMissing || undefined}
            aria-describedby={nameMissing ? nameProblemId : undefined}
            onChange={(event) => {
              setName(event.target.value);
              if (event.target.value.trim()) setNameMissing(false);
            }}
          />
          {nameMissing && (
            <p id={nameProblemId} className="form-problem field-problem" role="alert">
              {t('firstRun.nameMissing')}
            </p>
          )}
        </div>

        <fieldset className="field">
          <legend className="field-label">{t('firstRun.role')}</legend>
          <div className="role-options">
            {ROLES.map((option) => {
              const path = pathFor(option);
              return (
                <label key={option} className={`role-option${option === role ? ' is-checked' : ''}`}>
                  <input type="radio" name="role" value={option} checked={option === role} onChange={() => setRole(option)} />
                  <span className="role-option-text">
                    <span className="role-option-name">{t(`role.${option}`)}</span>
                    <span className="role-option-desc">{t(`roleDesc.${option}`)}</span>
                    {/* The line is kept while the paths load, so the options do not grow when they arrive. */}
                    <span className="role-option-path" aria-hidden={path ? undefined : true}>
                      {path ? t('firstRun.pathPreview', { title: path.title, count: path.moduleCount }) : '\u00a0'}
                    </span>
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>

        <FormProblem message={problem} />
        <button type="submit" className="button button-primary button-large" disabled={busy}>
          {t('firstRun.start')}
        </button>

        {existing.length > 0 && (
          <div className="first-run-existing">
            <h2 className="section-title">{t('firstRun.existing')}</h2>
            <div className="button-row">
              {existing.map((profile) => (
                <button key={profile.id} type="button" className="button" disabled={busy} onClick={() => act(async () => ({ list: await api.selectProfile({ profileId: profile.id }) }))}>
                  {profile.name}
                </button>
              ))}
            </div>
          </div>
        )}
      </form>
    </main>
  );
}
