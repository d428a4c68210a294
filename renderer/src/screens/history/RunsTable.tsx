/** Every run of the audit, newest first, with what it read and found. */
import type { Run } from '../../../../shared/domain/types.js';
import { formatDateTime, formatElapsed, formatInteger } from '../../lib/format.js';
import { RUN_STATUS_LABELS } from '../../lib/labels.js';

export function RunsTable({ runs }: { runs: readonly Run[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Run</th>
            <th scope="col">Status</th>
            <th scope="col">Started</th>
            <th scope="col" className="num">
              Took
            </th>
            <th scope="col" className="num">
              Pages
            </th>
            <th scope="col" className="num">
              Documents
            </th>
            <th scope="col" className="num">
              Promises
            </th>
            <th scope="col" className="num">
              Findings
            </th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.id}>
              <th scope="row">#{r.number}</th>
              <td>
                <span className={`badge run-badge-${r.status}`}>{RUN_STATUS_LABELS[r.status]}</span>
              </td>
              <td className="nowrap">{formatDateTime(r.startedAt)}</td>
              <td className="num">{r.finishedAt ? formatElapsed(Date.parse(r.finishedAt) - Date.parse(r.startedAt)) : '—'}</td>
              <td className="num">{formatInteger(r.stats.pagesFetched)}</td>
              <td className="num">{formatInteger(r.stats.documentsRead)}</td>
              <td className="num">{formatInteger(r.stats.claims)}</td>
              <td className="num">{formatInteger(r.stats.findings)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
