/** Starts a run (or shows the one under way) from any screen's header. */
import { useState } from 'react';
import { useApi } from '../../api/api-context.js';
import { href, navigate } from '../../app/router.js';
import { useOpenWorkspace, useRunning, useWorkspace } from '../../app/workspace-context.js';
import { ErrorAlert } from '../../components/Alert.js';
import { Icon } from '../../components/Icon.js';
import { toUiError, type UiError } from '../../lib/ui-error.js';

export function StartRunButton({ size = 'md', quiet = false }: { size?: 'md' | 'lg'; /** A secondary button, when another action leads. */ quiet?: boolean }) {
  const api = useApi();
  const info = useOpenWorkspace();
  const { reload } = useWorkspace();
  const running = useRunning();
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const cls = `btn${quiet ? '' : ' btn-primary'}${size === 'lg' ? ' btn-lg' : ''}`;

  if (running) {
    return (
      <a className={cls} href={href('run')}>
        <span className="spinner" aria-hidden="true" /> View progress
      </a>
    );
  }

  async function start() {
    setStarting(true);
    setError(null);
    try {
      await api.call('audit.start');
      await reload();
      navigate('run');
    } catch (err) {
      setError(toUiError(err));
    } finally {
      setStarting(false);
    }
  }

  return (
    <div className="start-run">
      <button type="button" className={cls} onClick={() => void start()} disabled={starting}>
        {starting ? <span className="spinner" aria-hidden="true" /> : <Icon name="play" />}
        {info.runs.length ? 'Run the audit again' : 'Run the audit'}
      </button>
      {error ? (
        <div className="start-run-error">
          <ErrorAlert error={error} />
        </div>
      ) : null}
    </div>
  );
}
