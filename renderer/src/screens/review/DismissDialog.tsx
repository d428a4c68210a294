/** Asks why findings are being dismissed: a dismissal always carries a reason. */
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog.js';
import { Field } from '../../components/Field.js';

const COMMON_REASONS = ['Not a promise (description or marketing)', 'Already fixed on the site', 'Wrong category or threshold', 'Covered by another finding'];

export function DismissDialog({ open, count, onCancel, onConfirm }: { open: boolean; count: number; onCancel: () => void; onConfirm: (reason: string, note: string) => void }) {
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const missing = reason.trim() === '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (missing) return;
    onConfirm(reason.trim(), note.trim());
    setReason('');
    setNote('');
    setTouched(false);
  };

  return (
    <Dialog open={open} title={count === 1 ? 'Dismiss this finding' : `Dismiss ${count} findings`} onClose={onCancel}>
      <form className="stack" onSubmit={submit}>
        <Field label="Reason" hint="Required. Kept in the review history and the report." error={touched && missing ? 'Say why, so the next reviewer knows.' : null}>
          <input className="input" value={reason} list="dismiss-reasons" autoFocus onChange={(e) => setReason(e.currentTarget.value)} maxLength={2000} />
        </Field>
        <datalist id="dismiss-reasons">
          {COMMON_REASONS.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        <Field label="Note (optional)">
          <textarea className="textarea" rows={3} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={5000} />
        </Field>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary">
            Dismiss
          </button>
        </div>
      </form>
    </Dialog>
  );
}
