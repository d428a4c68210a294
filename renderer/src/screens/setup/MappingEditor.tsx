/**
 * Edits the column mapping of a practice log: when each case happened, what each row measures
 * and where its value is, and optional details. Shaped after the importer's mapping schema,
 * which validates it again on preview and import.
 */
import { useId } from 'react';
import { ChoiceSelect, ColumnSelect } from './ColumnSelect.js';
import { MeasureEditor } from './MeasureEditor.js';
import { columnOf, DATE_ORDERS, newMeasure, TEXT_FIELDS, type Mapping, type TextSource } from './mapping-model.js';

const MAX_MEASURES = 12;

export function MappingEditor({ mapping, columns, onChange }: { mapping: Mapping; columns: readonly string[]; onChange: (m: Mapping) => void }) {
  return (
    <div className="mapping stack">
      <div className="form-grid-3">
        <ColumnSelect label="When it happened" value={columnOf(mapping.occurredAt, columns)} columns={columns} onChange={(c) => onChange({ ...mapping, occurredAt: c })} />
        <ChoiceSelect label="Dates like 03/04/2025 are" value={mapping.dateOrder ?? 'auto'} choices={DATE_ORDERS} onChange={(d) => onChange({ ...mapping, dateOrder: d })} />
      </div>
      {mapping.measures.map((m, i) => (
        <MeasureEditor
          key={i}
          index={i}
          measure={m}
          columns={columns}
          onChange={(next) => onChange({ ...mapping, measures: mapping.measures.map((x, j) => (j === i ? next : x)) })}
          {...(mapping.measures.length > 1 ? { onRemove: () => onChange({ ...mapping, measures: mapping.measures.filter((_, j) => j !== i) }) } : {})}
        />
      ))}
      {mapping.measures.length < MAX_MEASURES ? (
        <div>
          <button type="button" className="btn btn-sm" onClick={() => onChange({ ...mapping, measures: [...mapping.measures, newMeasure(columns)] })}>
            Add a measure
          </button>
          <span className="muted measure-hint"> A ticket export can give a first-reply time and a resolution time from one row.</span>
        </div>
      ) : null}
      <fieldset className="measure">
        <legend>Details kept with each record (optional)</legend>
        <div className="form-grid">
          {TEXT_FIELDS.map(([field, label]) => (
            <TextSourceEditor key={field} label={label} value={mapping[field]} columns={columns} onChange={(v) => {
              const next = { ...mapping };
              if (v) next[field] = v;
              else delete next[field];
              onChange(next);
            }} />
          ))}
        </div>
      </fieldset>
    </div>
  );
}

function TextSourceEditor({ label, value, columns, onChange }: { label: string; value: TextSource | undefined; columns: readonly string[]; onChange: (v: TextSource | undefined) => void }) {
  const id = useId();
  if (value && 'constant' in value) {
    return (
      <div className="field">
        <label className="field-label" htmlFor={id}>
          {label} (the same for every row)
        </label>
        <div className="row">
          <input id={id} className="input input-sm mapping-constant" value={value.constant} maxLength={500} onChange={(e) => onChange({ constant: e.currentTarget.value })} />
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => onChange(undefined)}>
            Clear
          </button>
        </div>
      </div>
    );
  }
  return <ColumnSelect label={label} value={value ? columnOf(value.column, columns) : ''} columns={columns} allowNone="Not recorded" onChange={(c) => onChange(c ? { ...(value ?? {}), column: c } : undefined)} />;
}
