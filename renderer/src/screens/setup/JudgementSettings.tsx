/** How strictly promises are judged, and the working week used for working-time durations. */
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/Alert.js';
import { Field } from '../../components/Field.js';
import { NumberInput } from './NumberInput.js';
import { SaveBar } from './SaveBar.js';
import { lines, useSettingsDraft } from './use-settings-draft.js';

const WEEKDAYS = [
  [1, 'Mon'],
  [2, 'Tue'],
  [3, 'Wed'],
  [4, 'Thu'],
  [5, 'Fri'],
  [6, 'Sat'],
  [7, 'Sun'],
] as const;

export function JudgementSettings() {
  const s = useSettingsDraft();
  const j = s.draft.judgement;
  const w = s.draft.workingTime;
  const [holidays, setHolidays] = useState(w.holidays.join('\n'));
  useEffect(() => {
    if (!s.dirty) setHolidays(w.holidays.join('\n'));
  }, [s.dirty, w.holidays]);

  const setJ = <K extends keyof typeof j>(key: K, value: (typeof j)[K]) => s.update((d) => ({ ...d, judgement: { ...d.judgement, [key]: value } }));
  const setW = <K extends keyof typeof w>(key: K, value: (typeof w)[K]) => s.update((d) => ({ ...d, workingTime: { ...d.workingTime, [key]: value } }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.save();
  };

  return (
    <form className="stack" onSubmit={submit} aria-label="Thresholds and working time" noValidate>
      <ErrorAlert error={s.error} />
      <section className="card">
        <div className="card-header">
          <div className="section-title">
            <h2>Thresholds</h2>
            <p>The share of cases a promise must meet to count as kept.</p>
          </div>
        </div>
        <div className="card-body form-grid-3">
          <Field label="Guarantees and firm promises (%)" hint="“We will”, “always”, “guaranteed”.">
            <NumberInput min={0} max={100} step={1} scale={100} value={j.targetFirm} onValue={(n) => setJ('targetFirm', n)} />
          </Field>
          <Field label="Aims (%)" hint="“We aim to”, “normally”, “where possible”.">
            <NumberInput min={0} max={100} step={1} scale={100} value={j.targetAim} onValue={(n) => setJ('targetAim', n)} />
          </Field>
          <Field label="Vague promises with a number (%)">
            <NumberInput min={0} max={100} step={1} scale={100} value={j.targetVague} onValue={(n) => setJ('targetVague', n)} />
          </Field>
          <Field label="Fewest records to judge" hint="Below this, a promise is “unsubstantiated”.">
            <NumberInput min={1} max={100000} value={j.minRecords} onValue={(n) => setJ('minRecords', Math.round(n))} />
          </Field>
          <Field label="Confidence (%)" hint="How sure a promise must be missed to call it over-promised.">
            <NumberInput min={50} max={99.9} step={0.5} scale={100} value={j.confidence} onValue={(n) => setJ('confidence', n)} />
          </Field>
        </div>
      </section>

      <section className="card">
        <div className="card-header">
          <div className="section-title">
            <h2>Working time</h2>
            <p>Used for promises in working days or business hours.</p>
          </div>
        </div>
        <div className="card-body stack">
          <fieldset>
            <legend>Working days</legend>
            <div className="weekday-row">
              {WEEKDAYS.map(([day, label]) => (
                <label key={day} className="weekday">
                  <input
                    type="checkbox"
                    checked={w.days.includes(day)}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      setW('days', on ? [...w.days, day].sort((a, b) => a - b) : w.days.filter((d) => d !== day));
                    }}
                  />
                  <span>{label}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="form-grid-3">
            <Field label="Day starts">
              <input className="input tabular" type="time" value={w.start} onChange={(e) => { const v = e.currentTarget.value; setW('start', v); }} />
            </Field>
            <Field label="Day ends">
              <input className="input tabular" type="time" value={w.end} onChange={(e) => { const v = e.currentTarget.value; setW('end', v); }} />
            </Field>
            <Field label="Holidays" hint="One date per line, YYYY-MM-DD.">
              <textarea
                className="textarea mono"
                rows={3}
                value={holidays}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  setHolidays(v);
                  setW('holidays', lines(v));
                }}
              />
            </Field>
          </div>
        </div>
      </section>
      <SaveBar draft={s} />
    </form>
  );
}
