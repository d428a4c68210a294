/** Imported practice logs: rows, format, and the rows skipped on import with why. */
import { useState } from 'react';
import type { DatasetInfo } from '../../../../shared/contract/types.js';
import { useApi } from '../../api/api-context.js';
import { useQuery } from '../../api/use-query.js';
import { useWorkspace } from '../../app/workspace-context.js';
import { ErrorAlert } from '../../components/Alert.js';
import { Icon } from '../../components/Icon.js';
import { useNotify } from '../../components/Toasts.js';
import { formatDateTime, formatInteger } from '../../lib/format.js';
import { toUiError, type UiError } from '../../lib/ui-error.js';
import { RowErrorsTable } from '../setup/RowErrorsTable.js';

export function DatasetsTable({ datasets }: { datasets: readonly DatasetInfo[] }) {
  const api = useApi();
  const { reload } = useWorkspace();
  const notify = useNotify();
  const presets = useQuery(() => api.call('practice.presets'), [api]);
  const presetLabel = (name: string) => presets.data?.find((p) => p.name === name)?.label ?? name;
  const [removing, setRemoving] = useState<string | null>(null);
  const [error, setError] = useState<UiError | null>(null);

  async function remove(d: DatasetInfo) {
    if (!window.confirm(`Remove “${d.name}” and its ${d.rowCount} records from this audit?`)) return;
    setRemoving(d.id);
    setError(null);
    try {
      await api.call('practice.removeDataset', { id: d.id });
      notify(`Removed ${d.name}`);
      await reload();
    } catch (err) {
      setError(toUiError(err));
    } finally {
      setRemoving(null);
    }
  }

  return (
    <>
      {error ? (
        <div className="card-body">
          <ErrorAlert error={error} />
        </div>
      ) : null}
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Log</th>
              <th scope="col">Format</th>
              <th scope="col" className="num">
                Records
              </th>
              <th scope="col" className="num">
                Skipped
              </th>
              <th scope="col">Imported</th>
              <th scope="col" className="actions">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {datasets.map((d) => (
              <tr key={d.id}>
                <td className="break">
                  <div className="row">
                    <Icon name="table" className="table-icon" />
                    <span>{d.name}</span>
                  </div>
                  {d.skippedCount > 0 ? (
                    <details className="skipped">
                      <summary>
                        {formatInteger(d.skippedCount)} skipped row{d.skippedCount === 1 ? '' : 's'}
                      </summary>
                      <RowErrorsTable errors={d.skipped} caption={`Rows skipped when ${d.name} was imported`} />
                    </details>
                  ) : null}
                </td>
                <td className="nowrap">
                  {d.format.toUpperCase()}
                  {d.preset ? <span className="muted"> · {presetLabel(d.preset)}</span> : null}
                </td>
                <td className="num">{formatInteger(d.rowCount)}</td>
                <td className="num">{d.skippedCount > 0 ? <span className="badge verdict-at-risk">{formatInteger(d.skippedCount)}</span> : <span className="muted">0</span>}</td>
                <td className="nowrap">{formatDateTime(d.importedAt)}</td>
                <td className="actions">
                  <button type="button" className="btn btn-sm btn-ghost btn-danger" disabled={removing === d.id} onClick={() => void remove(d)} aria-label={`Remove ${d.name}`}>
                    <Icon name="trash" /> Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
