// One field of the capture form with its label, hint and its own problem, wired for screen readers.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';
import type { CaptureProblems } from './captureFields';

export interface CaptureControlProps {
  id: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

interface CaptureFieldProps {
  id: string;
  label: string;
  hint?: string;
  problem: CaptureProblems[keyof CaptureProblems];
  control: (props: CaptureControlProps) => ReactNode;
}

export function CaptureField({ id, label, hint, problem, control }: CaptureFieldProps) {
  const { t } = useI18n();
  const describedBy = [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="hint capture-hint">
          {hint}
        </span>
      )}
      {control({ id, ...(problem ? { 'aria-invalid': true } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
      {problem && (
        <p id={`${id}-problem`} className="form-problem">
          {t(problem.key, problem.vars)}
        </p>
      )}
    </div>
  );
}
