import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { LessonView } from '../../core/api/authoringContract';
import { Icon } from '../components/Icon';
import { LangSelect } from '../components/LangSelect';
import { PageHeader } from '../components/PageHeader';
import { FormProblem, messageOf } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useApiQuery } from '../state/useApiQuery';
import { captureArgs, checkCapture, type CaptureField, type CaptureFields, type CaptureProblems } from './captureFields';

const PARTS = ['situation', 'action', 'result', 'lesson'] as const;

/**
 * "Capture a lesson": what an experienced rep learned on a deal, in four short answers, saved to the workspace's
 * lesson inbox (and searchable at once) for a trainer to turn into a tactic, a question or a case step.
 */
export function CaptureScreen() {
  const api = useApi();
  const { t } = useI18n();
  const { profile } = useSession();
  const ids = useId();
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const blank = (): CaptureFields => ({ title: '', situation: '', action: '', result: '', lesson: '', tags: '', customerType: '', stage: '', author: profile.name, lang: profile.uiLang });
  const [fields, setFields] = useState<CaptureFields>(blank);
  const [problems, setProblems] = useState<CaptureProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<LessonView | null>(null);
  const workspace = useApiQuery(() => api.getWorkspace({}), [api]);
  const stages = useApiQuery(() => api.getCatalog({ lang: profile.uiLang }).then((catalog) => catalog.stages), [api, profile.uiLang]);

  // The confirmation takes the focus, so a screen reader announces it and Enter starts the next lesson.
  useEffect(() => doneHeading.current?.focus(), [saved]);

  const set = (field: keyof CaptureFields, value: string) => {
    setFields((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkCapture(fields);
    setProblems(found);
    setFailure(null);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`${ids}-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      setSaved(await api.captureLesson(captureArgs(fields)));
      setFields(blank());
    } catch (error) {
      setFailure(messageOf(error, t('state.errorUnknown')));
    } finally {
      setBusy(false);
    }
  };

  const field = (name: CaptureField, label: string, control: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode, hint?: string) => {
    const problem = problems[name];
    const describedBy = [hint && `${ids}-${name}-hint`, problem && `${ids}-${name}-problem`].filter(Boolean).join(' ');
    return (
      <div className="field" key={name}>
        <label className="field-label" htmlFor={`${ids}-${name}`}>
          {label}
        </label>
        {hint && (
          <span id={`${ids}-${name}-hint`} className="hint capture-hint">
            {hint}
          </span>
        )}
        {control({ id: `${ids}-${name}`, ...(problem ? { 'aria-invalid': true } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
        {problem && (
          <p id={`${ids}-${name}-problem`} className="form-problem">
            {t(problem.key, problem.vars)}
          </p>
        )}
      </div>
    );
  };

  if (saved) {
    return (
      <div className="page page-narrow">
        <PageHeader title={t('capture.title')} />
        <section className="card capture-done" aria-labelledby="capture-done-title">
          <Icon name="check" className="done-icon" />
          <h2 id="capture-done-title" className="summary-title" tabIndex={-1} ref={doneHeading}>
            {t('capture.doneTitle')}
          </h2>
          <p>{t('capture.doneBody', { title: saved.title, path: saved.path })}</p>
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={() => setSaved(null)}>
              {t('capture.another')}
            </button>
            <a className="button" href={formatRoute({ name: 'search', query: saved.title })}>
              {t('capture.findIt')}
            </a>
            <a className="button button-ghost" href={formatRoute({ name: 'lessons' })}>
              {t('trainerNav.lessons')}
            </a>
          </div>
        </section>
      </div>
    );
  }

  return (
    <div className="page page-narrow">
      <PageHeader title={t('capture.title')} subtitle={t('capture.subtitle')} />
      {workspace.state.status === 'ready' && !workspace.state.data.dir && (
        <p className="notice" role="note">
          {t('capture.noWorkspace')}
        </p>
      )}
      <form className="card capture-form" onSubmit={onSubmit} aria-busy={busy} noValidate>
        {PARTS.map((part) =>
          field(part, t(`capture.${part}`), (props) => <textarea {...props} className="input" rows={3} value={fields[part]} onChange={(event) => set(part, event.target.value)} />, t(`capture.${part}Hint`)),
        )}
        {field('title', t('capture.lessonTitle'), (props) => <input {...props} className="input" value={fields.title} onChange={(event) => set('title', event.target.value)} />, t('capture.titleHint'))}
        <div className="field-row">
          {field('tags', t('capture.tags'), (props) => <input {...props} className="input" value={fields.tags} onChange={(event) => set('tags', event.target.value)} />, t('capture.tagsHint'))}
          {field('customerType', t('capture.customerType'), (props) => <input {...props} className="input" value={fields.customerType} onChange={(event) => set('customerType', event.target.value)} />)}
        </div>
        <div className="field-row">
          {field('stage', t('capture.stage'), (props) => (
            <>
              <input {...props} className="input" list={`${ids}-stages`} value={fields.stage} onChange={(event) => set('stage', event.target.value)} />
              <datalist id={`${ids}-stages`}>
                {(stages.state.data ?? []).map((stage) => (
                  <option key={stage} value={stage} />
                ))}
              </datalist>
            </>
          ))}
          {field('author', t('capture.author'), (props) => <input {...props} className="input" autoComplete="name" value={fields.author} onChange={(event) => set('author', event.target.value)} />)}
        </div>
        <fieldset className="field">
          <legend className="field-label">{t('capture.lang')}</legend>
          <LangSelect look="segments" id={`${ids}-lang`} value={fields.lang} onChange={(lang) => set('lang', lang)} />
        </fieldset>
        <FormProblem message={Object.values(problems).some(Boolean) ? t('capture.fixFields') : null} />
        <FormProblem message={failure} />
        <div className="button-row">
          <button type="submit" className="button button-primary button-large" disabled={busy}>
            {t('capture.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
