/** A select of the file's columns, for one field of a mapping. */
import { useId } from 'react';

export function ColumnSelect({ label, value, columns, onChange, allowNone }: { label: string; value: string; columns: readonly string[]; onChange: (c: string) => void; allowNone?: string }) {
  const id = useId();
  const missing = value !== '' && !columns.includes(value);
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="select select-sm" value={value} onChange={(e) => onChange(e.currentTarget.value)} aria-invalid={missing || undefined}>
        {allowNone !== undefined || value === '' ? <option value="">{allowNone ?? 'Choose a column'}</option> : null}
        {missing ? <option value={value}>{value} (not in this file)</option> : null}
        {columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A select of fixed choices with a label. */
export function ChoiceSelect<T extends string>({ label, value, choices, onChange }: { label: string; value: T; choices: readonly (readonly [T, string])[]; onChange: (v: T) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="select select-sm" value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {choices.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
