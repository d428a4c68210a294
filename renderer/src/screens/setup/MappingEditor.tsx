/**
 * Edits the column mapping the importer proposed: each field it needs, matched to a column of
 * the file. Fields whose value is not a column name (formats, fixed values) are edited as JSON.
 */
import { useId } from 'react';

type Mapping = Record<string, unknown>;

export function MappingEditor({ mapping, columns, onChange }: { mapping: Mapping; columns: readonly string[]; onChange: (m: Mapping) => void }) {
  const id = useId();
  const entries = Object.entries(mapping);
  if (entries.length === 0) return <p className="muted">The importer needs no mapping for this file.</p>;
  return (
    <div className="mapping">
      {entries.map(([field, value]) => {
        const controlId = `${id}-${field}`;
        const isColumnChoice = value === null || typeof value === 'string';
        return (
          <div key={field} className="mapping-row">
            <label className="mapping-field mono" htmlFor={controlId}>
              {field}
            </label>
            <span className="mapping-arrow" aria-hidden="true">
              ←
            </span>
            {isColumnChoice ? (
              <select
                id={controlId}
                className="select select-sm"
                value={value ?? ''}
                onChange={(e) => onChange({ ...mapping, [field]: e.currentTarget.value === '' ? null : e.currentTarget.value })}
              >
                <option value="">Not in this file</option>
                {typeof value === 'string' && value !== '' && !columns.includes(value) ? <option value={value}>{value} (fixed value)</option> : null}
                {columns.map((c) => (
                  <option key={c} value={c}>
                    Column “{c}”
                  </option>
                ))}
              </select>
            ) : (
              <JsonValueInput id={controlId} value={value} onValue={(v) => onChange({ ...mapping, [field]: v })} />
            )}
          </div>
        );
      })}
    </div>
  );
}

function JsonValueInput({ id, value, onValue }: { id: string; value: unknown; onValue: (v: unknown) => void }) {
  return (
    <input
      id={id}
      className="input input-sm mono"
      defaultValue={JSON.stringify(value)}
      spellCheck={false}
      onBlur={(e) => {
        try {
          onValue(JSON.parse(e.currentTarget.value));
          e.currentTarget.setCustomValidity('');
        } catch {
          e.currentTarget.setCustomValidity('Not valid JSON');
          e.currentTarget.reportValidity();
        }
      }}
    />
  );
}
