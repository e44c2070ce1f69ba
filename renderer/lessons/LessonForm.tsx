// The lesson capture form, shared by a new lesson and editing one of My lessons.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { checkCapture, type CaptureField, type CaptureFields, type CaptureProblems } from '../authoring/captureFields';
import { LangSelect } from '../components/LangSelect';
import { FormProblem, messageOf } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';

const PARTS = ['situation', 'action', 'result', 'lesson'] as const;

/**
 * The capture form's four answers and details. The fields belong to the caller (a draft or a saved lesson can be
 * put in); the form checks them next to each field before `onSave`, and shows what went wrong.
 */
export function LessonForm(props: {
  fields: CaptureFields;
  /** Takes an update of the fields (typing fires faster than a render can hand the new fields back). */
  onChange: (update: (fields: CaptureFields) => CaptureFields) => void;
  onSave: (fields: CaptureFields) => Promise<void>;
  stages: readonly string[];
  submitLabel: string;
  /** Beside the submit button: whether the draft is saved, a way out of editing. */
  footer?: ReactNode;
}) {
  const { fields, onChange, stages } = props;
  const { t } = useI18n();
  const ids = useId();
  const [problems, setProblems] = useState<CaptureProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (field: keyof CaptureFields, value: string) => {
    onChange((current) => ({ ...current, [field]: value }));
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
      await props.onSave(fields);
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

  const input = (name: Exclude<CaptureField, (typeof PARTS)[number]>, extra: { autoComplete?: string; list?: string } = {}) => (props: { id: string }) => (
    <input {...props} {...extra} className="input" value={fields[name]} onChange={(event) => set(name, event.target.value)} />
  );

  return (
    <form className="card capture-form" onSubmit={onSubmit} aria-busy={busy} noValidate>
      {PARTS.map((part) =>
        field(part, t(`capture.${part}`), (attrs) => <textarea {...attrs} className="input" rows={3} value={fields[part]} onChange={(event) => set(part, event.target.value)} />, t(`capture.${part}Hint`)),
      )}
      {field('title', t('capture.lessonTitle'), input('title'), t('capture.titleHint'))}
      <div className="field-row">
        {field('tags', t('capture.tags'), input('tags'), t('capture.tagsHint'))}
        {field('customerType', t('capture.customerType'), input('customerType'))}
      </div>
      <div className="field-row">
        {field('stage', t('capture.stage'), (attrs) => (
          <>
            {input('stage', { list: `${ids}-stages` })(attrs)}
            <datalist id={`${ids}-stages`}>
              {stages.map((stage) => (
                <option key={stage} value={stage} />
              ))}
            </datalist>
          </>
        ))}
        {field('author', t('capture.author'), input('author', { autoComplete: 'name' }))}
      </div>
      <fieldset className="field">
        <legend className="field-label">{t('capture.lang')}</legend>
        <LangSelect look="segments" id={`${ids}-lang`} value={fields.lang} onChange={(lang) => set('lang', lang)} />
      </fieldset>
      <FormProblem message={Object.values(problems).some(Boolean) ? t('capture.fixFields') : null} />
      <FormProblem message={failure} />
      <div className="button-row capture-actions">
        <button type="submit" className="button button-primary button-large" disabled={busy}>
          {props.submitLabel}
        </button>
        {props.footer}
      </div>
    </form>
  );
}
