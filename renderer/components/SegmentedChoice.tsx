// A small set of exclusive choices shown side by side as radio buttons (language, theme), styled as one control.
import type { ReactNode } from 'react';

interface SegmentedChoiceProps<V extends string> {
  /** The radio group's name, unique on the page. */
  name: string;
  options: readonly V[];
  value: V;
  onChange: (value: V) => void;
  label: (option: V) => ReactNode;
}

export function SegmentedChoice<V extends string>({ name, options, value, onChange, label }: SegmentedChoiceProps<V>) {
  return (
    <div className="segmented">
      {options.map((option) => (
        <label key={option} className={`segment${option === value ? ' is-checked' : ''}`}>
          <input type="radio" name={name} value={option} checked={option === value} onChange={() => onChange(option)} />
          {label(option)}
        </label>
      ))}
    </div>
  );
}
