/** A staff member logs one practice report: when, what, how long or whether it was met. */
import { useState, type FormEvent } from 'react';
import { CLAIM_CATEGORIES, PRACTICE_UNITS, type ClaimCategory, type PracticeUnit } from '../../../../shared/domain/types.js';
import { useApi } from '../../api/api-context.js';
import { useWorkspace } from '../../app/workspace-context.js';
import { ErrorAlert } from '../../components/Alert.js';
import { Field } from '../../components/Field.js';
import { useReviewer } from '../../components/ReviewerField.js';
import { useNotify } from '../../components/Toasts.js';
import { CATEGORY_LABELS, UNIT_LABELS } from '../../lib/labels.js';
import { toUiError, type UiError } from '../../lib/ui-error.js';

/** The unit a category is most often measured in, to save a click. */
const USUAL_UNIT: Partial<Record<ClaimCategory, PracticeUnit>> = {
  'phone-answer': 'seconds',
  callback: 'hours',
  'email-response': 'hours',
  'letter-response': 'working-days',
  'enquiry-response': 'working-days',
  'complaint-response': 'working-days',
  'complaint-resolution': 'working-days',
  'visit-wait': 'minutes',
  appointment: 'days',
  'delivery-time': 'days',
  'delivery-accuracy': 'outcome',
  'refund-time': 'days',
  'first-contact-resolution': 'outcome',
};

function nowLocal(): string {
  const d = new Date();
  d.setSeconds(0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export function LogReportForm() {
  const api = useApi();
  const { reload } = useWorkspace();
  const notify = useNotify();
  const [reviewer] = useReviewer();
  const [occurredAt, setOccurredAt] = useState(nowLocal);
  const [metric, setMetric] = useState<ClaimCategory>('callback');
  const [unit, setUnit] = useState<PracticeUnit>('hours');
  const [value, setValue] = useState('');
  const [reportedBy, setReportedBy] = useState(reviewer);
  const [channel, setChannel] = useState('');
  const [team, setTeam] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const [invalid, setInvalid] = useState<Record<string, string>>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problems: Record<string, string> = {};
    const when = new Date(occurredAt);
    if (!occurredAt || Number.isNaN(when.getTime())) problems.occurredAt = 'Enter the date and time it happened.';
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) problems.value = unit === 'outcome' ? 'Enter 1 if the promise was met, 0 if not.' : 'Enter a number.';
    else if (unit === 'outcome' && n !== 0 && n !== 1) problems.value = 'For an outcome, enter 1 (met) or 0 (missed).';
    if (!reportedBy.trim()) problems.reportedBy = 'Enter who is reporting.';
    setInvalid(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    setError(null);
    try {
      await api.call('practice.log', {
        occurredAt: when.toISOString(),
        metric,
        value: n,
        unit,
        reportedBy: reportedBy.trim(),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(channel.trim() ? { channel: channel.trim() } : {}),
        ...(team.trim() ? { team: team.trim() } : {}),
      });
      notify('Report logged');
      setValue('');
      setNote('');
      await reload();
    } catch (err) {
      setError(toUiError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} aria-labelledby="log-title" noValidate>
      <div className="form-grid">
        <Field label="What happened" hint="The kind of promise this measures.">
          <select
            className="select"
            value={metric}
            onChange={(e) => {
              const m = e.currentTarget.value as ClaimCategory;
              setMetric(m);
              const usual = USUAL_UNIT[m];
              if (usual) setUnit(usual);
            }}
          >
            {CLAIM_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="When" error={invalid.occurredAt ?? null}>
          <input className="input" type="datetime-local" value={occurredAt} onChange={(e) => setOccurredAt(e.currentTarget.value)} />
        </Field>
        <Field label={unit === 'outcome' ? 'Met the promise? (1 yes, 0 no)' : 'How long / how much'} error={invalid.value ?? null}>
          <input className="input tabular" inputMode="decimal" value={value} onChange={(e) => setValue(e.currentTarget.value)} placeholder={unit === 'outcome' ? '1' : '52'} />
        </Field>
        <Field label="Unit">
          <select className="select" value={unit} onChange={(e) => setUnit(e.currentTarget.value as PracticeUnit)}>
            {PRACTICE_UNITS.map((u) => (
              <option key={u} value={u}>
                {UNIT_LABELS[u]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Reported by" error={invalid.reportedBy ?? null}>
          <input className="input" value={reportedBy} onChange={(e) => setReportedBy(e.currentTarget.value)} autoComplete="name" />
        </Field>
        <div className="form-grid">
          <Field label="Channel (optional)">
            <input className="input" value={channel} onChange={(e) => setChannel(e.currentTarget.value)} placeholder="Phone" />
          </Field>
          <Field label="Team (optional)">
            <input className="input" value={team} onChange={(e) => setTeam(e.currentTarget.value)} placeholder="Billing" />
          </Field>
        </div>
        <Field label="Note (optional)" className="span-all">
          <textarea className="textarea" rows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={2000} placeholder="Queue was 22 minutes at lunchtime; two staff off sick." />
        </Field>
      </div>
      <ErrorAlert error={error} />
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? <span className="spinner" aria-hidden="true" /> : null}
          Log report
        </button>
      </div>
    </form>
  );
}
