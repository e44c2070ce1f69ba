// "Capture a lesson": what an experienced rep learned on a deal, in four short answers, saved to the workspace's
// lesson inbox (and searchable at once) for a trainer to turn into a tactic, a question or a case step.
import { useId, type FormEvent, type ReactNode } from 'react';
import { LangSelect } from '../components/LangSelect';
import { PageHeader } from '../components/PageHeader';
import { FormProblem } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useApiQuery } from '../state/useApiQuery';
import { CaptureDone } from './CaptureDone';
import { CaptureField, type CaptureControlProps } from './CaptureField';
import type { CaptureField as FieldName } from './captureFields';
import { useCaptureForm } from './useCaptureForm';

const PARTS = ['situation', 'action', 'result', 'lesson'] as const;

export function CaptureScreen() {
  const api = useApi();
  const { t } = useI18n();
  const { profile } = useSession();
  const ids = useId();
  const form = useCaptureForm((name) => `${ids}-${name}`);
  const { fields, set } = form;
  const workspace = useApiQuery(() => api.getWorkspace({}), [api]);
  const stages = useApiQuery(() => api.getCatalog({ lang: profile.uiLang }).then((catalog) => catalog.stages), [api, profile.uiLang]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit();
  };
  const field = (name: FieldName, label: string, control: (props: CaptureControlProps) => ReactNode, hint?: string) => (
    <CaptureField key={name} id={`${ids}-${name}`} label={label} hint={hint} problem={form.problems[name]} control={control} />
  );
  const text = (name: FieldName, extra: { autoComplete?: string } = {}) => (props: CaptureControlProps) => <input {...props} {...extra} className="input" value={fields[name]} onChange={(event) => set(name, event.target.value)} />;

  if (form.saved) return <CaptureDone saved={form.saved} onAnother={form.another} />;

  return (
    <div className="page page-narrow">
      <PageHeader title={t('capture.title')} subtitle={t('capture.subtitle')} />
      {workspace.state.status === 'ready' && !workspace.state.data.dir && (
        <p className="notice" role="note">
          {t('capture.noWorkspace')}
        </p>
      )}
      <form className="card capture-form" onSubmit={onSubmit} aria-busy={form.busy} noValidate>
        {PARTS.map((part) =>
          field(part, t(`capture.${part}`), (props) => <textarea {...props} className="input" rows={3} value={fields[part]} onChange={(event) => set(part, event.target.value)} />, t(`capture.${part}Hint`)),
        )}
        {field('title', t('capture.lessonTitle'), text('title'), t('capture.titleHint'))}
        <div className="field-row">
          {field('tags', t('capture.tags'), text('tags'), t('capture.tagsHint'))}
          {field('customerType', t('capture.customerType'), text('customerType'))}
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
          {field('author', t('capture.author'), text('author', { autoComplete: 'name' }))}
        </div>
        <fieldset className="field">
          <legend className="field-label">{t('capture.lang')}</legend>
          <LangSelect look="segments" id={`${ids}-lang`} value={fields.lang} onChange={(lang) => set('lang', lang)} />
        </fieldset>
        <FormProblem message={Object.values(form.problems).some(Boolean) ? t('capture.fixFields') : null} />
        <FormProblem message={form.failure} />
        <div className="button-row">
          <button type="submit" className="button button-primary button-large" disabled={form.busy}>
            {t('capture.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
