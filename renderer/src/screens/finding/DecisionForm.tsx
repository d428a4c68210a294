/** The reviewer's decision on one finding: accept, dismiss with a reason, or reworded with new wording. */
import { useState, type FormEvent } from 'react';
import type { Review, ReviewStatus } from '../../../../shared/domain/types.js';
import { ErrorAlert } from '../../components/Alert.js';
import { Field } from '../../components/Field.js';
import { ReviewerField } from '../../components/ReviewerField.js';
import { REVIEW_LABELS } from '../../lib/labels.js';
import type { Decision } from '../review/use-decide.js';
import type { UiError } from '../../lib/ui-error.js';

const CHOICES: readonly { status: ReviewStatus; label: string; hint: string }[] = [
  { status: 'accepted', label: 'Accept', hint: 'A real problem to fix.' },
  { status: 'dismissed', label: 'Dismiss', hint: 'Not a problem; say why.' },
  { status: 'reworded', label: 'Reworded', hint: 'The promise has been rewritten.' },
  { status: 'open', label: 'Reopen', hint: 'Back to undecided.' },
];

interface Props {
  current: ReviewStatus;
  /** The latest decision, whose reason or wording the form starts from. */
  last: Review | null;
  suggestion: string | null;
  busy: boolean;
  error: UiError | null;
  onDecide: (d: Decision) => Promise<boolean>;
}

export function DecisionForm({ current, last, suggestion, busy, error, onDecide }: Props) {
  const [status, setStatus] = useState<ReviewStatus>(current === 'open' ? 'accepted' : current);
  const [reason, setReason] = useState(last?.status === 'dismissed' ? (last.reason ?? '') : '');
  const [wording, setWording] = useState(last?.status === 'reworded' ? (last.note ?? '') : (suggestion ?? ''));
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (status === 'dismissed' && !reason.trim()) return setProblem('A dismissal needs a reason.');
    if (status === 'reworded' && !wording.trim()) return setProblem('Enter the new wording.');
    const d: Decision =
      status === 'reworded'
        ? { status, note: note.trim() ? `${wording.trim()}\n\n${note.trim()}` : wording.trim() }
        : { status, ...(status === 'dismissed' ? { reason: reason.trim() } : {}), ...(note.trim() ? { note: note.trim() } : {}) };
    if (await onDecide(d)) {
      setReason('');
      setNote('');
    }
  };

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} aria-labelledby="decision-title">
      <fieldset>
        <legend id="decision-title">
          Decision <span className="muted">(now: {REVIEW_LABELS[current]})</span>
        </legend>
        <div className="choice-grid">
          {CHOICES.map((c) => (
            <label key={c.status} className="choice" data-checked={status === c.status}>
              <input type="radio" name="decision" value={c.status} checked={status === c.status} onChange={() => setStatus(c.status)} />
              <span>
                <span className="choice-label">{c.label}</span>
                <span className="choice-hint">{c.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {status === 'dismissed' ? (
        <Field label="Reason for dismissing" error={problem && !reason.trim() ? problem : null}>
          <input className="input" value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={2000} />
        </Field>
      ) : null}
      {status === 'reworded' ? (
        <Field label="New wording" hint="What the site, flyer or policy says now." error={problem && !wording.trim() ? problem : null}>
          <textarea className="textarea" rows={3} value={wording} onChange={(e) => setWording(e.currentTarget.value)} maxLength={3000} />
        </Field>
      ) : null}
      <Field label="Note (optional)">
        <textarea className="textarea" rows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={2000} />
      </Field>
      <ReviewerField />
      <ErrorAlert error={error} />
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? <span className="spinner" aria-hidden="true" /> : null}
          Save decision
        </button>
      </div>
    </form>
  );
}
