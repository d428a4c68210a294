/** An editable copy of the audit's settings, saved with settings.update. */
import { useCallback, useEffect, useState } from 'react';
import type { AuditSettings } from '../../../../shared/domain/settings.js';
import { useApi } from '../../api/api-context.js';
import { useOpenWorkspace, useWorkspace } from '../../app/workspace-context.js';
import { useNotify } from '../../components/Toasts.js';
import { toUiError, type UiError } from '../../lib/ui-error.js';

export interface SettingsDraft {
  readonly draft: AuditSettings;
  readonly dirty: boolean;
  readonly saving: boolean;
  readonly error: UiError | null;
  update(change: (s: AuditSettings) => AuditSettings): void;
  save(): Promise<boolean>;
  reset(): void;
}

export function useSettingsDraft(): SettingsDraft {
  const api = useApi();
  const info = useOpenWorkspace();
  const { setInfo } = useWorkspace();
  const notify = useNotify();
  const [draft, setDraft] = useState<AuditSettings>(info.settings);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<UiError | null>(null);

  // Follow changes made elsewhere (another window, the CLI) while nothing is being edited here.
  useEffect(() => {
    if (!dirty) setDraft(info.settings);
  }, [info.settings, dirty]);

  const update = useCallback((change: (s: AuditSettings) => AuditSettings) => {
    setDraft((d) => change(d));
    setDirty(true);
  }, []);

  const save = useCallback(async () => {
    setSaving(true);
    setError(null);
    try {
      const saved = await api.call('settings.update', { settings: draft });
      setInfo({ ...info, settings: saved });
      setDraft(saved);
      setDirty(false);
      notify('Settings saved');
      return true;
    } catch (err) {
      setError(toUiError(err));
      return false;
    } finally {
      setSaving(false);
    }
  }, [api, draft, info, notify, setInfo]);

  const reset = useCallback(() => {
    setDraft(info.settings);
    setDirty(false);
    setError(null);
  }, [info.settings]);

  return { draft, dirty, saving, error, update, save, reset };
}

/** Lines of a textarea as a list, without blanks. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}
