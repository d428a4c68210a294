/** One measure of a mapping: what a row measures, in which unit, and where its value is. */
import { CLAIM_CATEGORIES, PRACTICE_UNITS, type ClaimCategory, type PracticeUnit } from '../../../../shared/domain/types.js';
import { CATEGORY_LABELS, UNIT_LABELS } from '../../lib/labels.js';
import { ChoiceSelect, ColumnSelect } from './ColumnSelect.js';
import { columnOf, DURATION_UNITS, type DurationUnit, type Measure } from './mapping-model.js';

const CATEGORY_CHOICES = CLAIM_CATEGORIES.map((c) => [c, CATEGORY_LABELS[c]] as const);
const UNIT_CHOICES = PRACTICE_UNITS.map((u) => [u, UNIT_LABELS[u]] as const);

interface Props {
  measure: Measure;
  index: number;
  columns: readonly string[];
  onChange: (m: Measure) => void;
  onRemove?: () => void;
}

export function MeasureEditor({ measure, index, columns, onChange, onRemove }: Props) {
  const first = columns[0] ?? '';
  const metricMode = 'column' in measure.metric ? 'column' : 'constant' in measure.metric ? 'constant' : 'lookup';
  const unitMode = 'column' in measure.unit ? 'column' : 'constant';
  const valueMode = 'start' in measure.value ? 'between' : 'outcome' in measure.value ? 'outcome' : 'column';
  const set = (patch: Partial<Measure>) => onChange({ ...measure, ...patch });

  return (
    <fieldset className="measure">
      <legend>
        Measure {index + 1}
        {onRemove ? (
          <button type="button" className="btn btn-ghost btn-sm measure-remove" onClick={onRemove}>
            Remove
          </button>
        ) : null}
      </legend>
      <div className="form-grid-3">
        <ChoiceSelect
          label="What it measures"
          value={metricMode}
          choices={[['constant', 'The same for every row'], ['column', 'Named in a column'], ...(metricMode === 'lookup' ? [['lookup', 'Decided by the preset’s rules'] as const] : [])]}
          onChange={(m) => set({ metric: m === 'column' ? { column: first } : m === 'constant' ? { constant: 'callback' } : measure.metric })}
        />
        {'constant' in measure.metric ? (
          <ChoiceSelect<ClaimCategory> label="Category" value={measure.metric.constant} choices={CATEGORY_CHOICES} onChange={(c) => set({ metric: { constant: c } })} />
        ) : 'column' in measure.metric ? (
          <ColumnSelect label="Category column" value={columnOf(measure.metric.column, columns)} columns={columns} onChange={(c) => set({ metric: { column: c } })} />
        ) : (
          <p className="muted measure-note">Decided from {measure.metric.lookup.join(', ')} by {measure.metric.rules.length} rules.</p>
        )}
        <div />
        <ChoiceSelect label="Unit" value={unitMode} choices={[['constant', 'The same for every row'], ['column', 'Named in a column']]} onChange={(m) => set({ unit: m === 'column' ? { column: first } : { constant: 'hours' } })} />
        {'constant' in measure.unit ? (
          <ChoiceSelect<PracticeUnit> label="Unit of the record" value={measure.unit.constant} choices={UNIT_CHOICES} onChange={(u) => set({ unit: { constant: u } })} />
        ) : (
          <ColumnSelect label="Unit column" value={columnOf(measure.unit.column, columns)} columns={columns} onChange={(c) => set({ unit: { column: c } })} />
        )}
        <div />
        <ChoiceSelect
          label="Value"
          value={valueMode}
          choices={[['column', 'A number in a column'], ['between', 'Time between two columns'], ['outcome', 'Met or missed, in a column']]}
          onChange={(m) => set({ value: m === 'between' ? { start: first, end: columns[1] ?? first } : m === 'outcome' ? { outcome: first } : { column: first } })}
        />
        {'start' in measure.value ? (
          <>
            <ColumnSelect label="From (start time)" value={columnOf(measure.value.start, columns)} columns={columns} onChange={(c) => set({ value: { ...(measure.value as { start: string; end: string }), start: c } })} />
            <ColumnSelect label="To (end time)" value={columnOf(measure.value.end, columns)} columns={columns} onChange={(c) => set({ value: { ...(measure.value as { start: string; end: string }), end: c } })} />
          </>
        ) : 'outcome' in measure.value ? (
          <>
            <ColumnSelect label="Met / missed column" value={columnOf(measure.value.outcome, columns)} columns={columns} onChange={(c) => set({ value: { ...(measure.value as { outcome: string }), outcome: c } })} />
            <div />
          </>
        ) : (
          <>
            <ColumnSelect label="Value column" value={columnOf(measure.value.column, columns)} columns={columns} onChange={(c) => set({ value: { ...(measure.value as { column: string }), column: c } })} />
            <ChoiceSelect<DurationUnit | ''>
              label="The column counts in"
              value={measure.value.inputUnit ?? ''}
              choices={[['', 'The record’s unit'], ...DURATION_UNITS.map((u) => [u, UNIT_LABELS[u]] as const)]}
              onChange={(u) => {
                const { inputUnit: _drop, ...rest } = measure.value as { column: string; inputUnit?: DurationUnit };
                set({ value: u ? { ...rest, inputUnit: u } : rest });
              }}
            />
          </>
        )}
        <ChoiceSelect label="When the value is empty" value={measure.whenEmpty ?? 'error'} choices={[['error', 'Report the row as bad'], ['skip', 'Skip the row (e.g. unsolved tickets)']]} onChange={(w) => set({ whenEmpty: w })} />
      </div>
    </fieldset>
  );
}
