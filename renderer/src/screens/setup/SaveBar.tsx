/** Save / discard for a settings form, with what state it is in. */
import type { SettingsDraft } from './use-settings-draft.js';

export function SaveBar({ draft }: { draft: SettingsDraft }) {
  return (
    <div className="save-bar">
      <span className="muted" role="status">
        {draft.saving ? 'Saving…' : draft.dirty ? 'You have unsaved changes.' : 'All changes saved.'}
      </span>
      <div className="row">
        <button type="button" className="btn btn-ghost" onClick={draft.reset} disabled={!draft.dirty || draft.saving}>
          Discard
        </button>
        <button type="submit" className="btn btn-primary" disabled={!draft.dirty || draft.saving}>
          Save settings
        </button>
      </div>
    </div>
  );
}
