/** Earlier runs of this audit, and what changed between any two of them. */
import { useEffect, useState } from 'react';
import type { RunDiff } from '../../../../shared/domain/diff.js';
import { useApi } from '../../api/api-context.js';
import { useQuery } from '../../api/use-query.js';
import { useWorkspace } from '../../app/workspace-context.js';
import { ErrorAlert } from '../../components/Alert.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Field } from '../../components/Field.js';
import { PageHeader } from '../../components/PageHeader.js';
import { formatDate } from '../../lib/format.js';
import { toUiError, type UiError } from '../../lib/ui-error.js';
import { StartRunButton } from '../run/StartRunButton.js';
import { RunDiffView } from './RunDiffView.js';
import { RunsTable } from './RunsTable.js';

export function HistoryScreen() {
  const api = useApi();
  const { revision } = useWorkspace();
  const runs = useQuery(() => api.call('runs.list'), [api, revision]);
  const list = [...(runs.data ?? [])].sort((a, b) => b.number - a.number);
  const comparable = list.filter((r) => r.status === 'done');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [diff, setDiff] = useState<RunDiff | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UiError | null>(null);

  useEffect(() => {
    if (comparable.length >= 2 && !from && !to) {
      setTo(comparable[0]?.id ?? '');
      setFrom(comparable[1]?.id ?? '');
    }
  }, [comparable, from, to]);

  async function compare() {
    if (!from || !to) return;
    setBusy(true);
    setError(null);
    try {
      setDiff(await api.call('runs.diff', { fromRunId: from, toRunId: to }));
    } catch (err) {
      setError(toUiError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page">
      <PageHeader eyebrow="History" title="Runs and changes" description="Every run is kept. Compare two to see what changed on the site and in practice." actions={<StartRunButton />} />
      <ErrorAlert error={runs.error} />
      <section className="card" aria-labelledby="runs-title">
        <div className="card-header">
          <h2 id="runs-title">Runs</h2>
        </div>
        {list.length ? (
          <RunsTable runs={list} />
        ) : (
          <EmptyState icon="history" title="No runs yet">
            {runs.loading ? 'Loading…' : 'Run the audit; each run is kept here so next quarter’s can be compared with this one.'}
          </EmptyState>
        )}
      </section>
      <section className="card" aria-labelledby="compare-title">
        <div className="card-header">
          <div className="section-title">
            <h2 id="compare-title">Compare two runs</h2>
            <p>Promises added, removed and reworded, and verdicts that changed.</p>
          </div>
        </div>
        <div className="card-body stack">
          {comparable.length < 2 ? (
            <p className="muted">Two finished runs are needed. Run the audit again after the site or the logs change.</p>
          ) : (
            <div className="compare-row">
              <Field label="Earlier run">
                <select className="select" value={from} onChange={(e) => setFrom(e.currentTarget.value)}>
                  {comparable.map((r) => (
                    <option key={r.id} value={r.id}>
                      Run {r.number} · {formatDate(r.startedAt)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label="Later run">
                <select className="select" value={to} onChange={(e) => setTo(e.currentTarget.value)}>
                  {comparable.map((r) => (
                    <option key={r.id} value={r.id}>
                      Run {r.number} · {formatDate(r.startedAt)}
                    </option>
                  ))}
                </select>
              </Field>
              <button type="button" className="btn btn-primary" onClick={() => void compare()} disabled={busy || from === to}>
                {busy ? <span className="spinner" aria-hidden="true" /> : null}
                Compare
              </button>
            </div>
          )}
          {from && from === to ? <p className="muted">Pick two different runs.</p> : null}
          <ErrorAlert error={error} />
          {diff ? <RunDiffView diff={diff} /> : null}
        </div>
      </section>
    </div>
  );
}
