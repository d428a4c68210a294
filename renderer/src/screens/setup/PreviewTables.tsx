/** The first rows of a practice log as read, and as they would be imported. */
import { ScrollRegion } from '../../components/ScrollRegion.js';
import type { PracticePreview } from '../../../../shared/contract/types.js';
import { CATEGORY_LABELS, formatQuantity } from '../../lib/labels.js';
import { formatDateTime } from '../../lib/format.js';
import type { ClaimCategory } from '../../../../shared/domain/types.js';

const MAX_COLUMNS = 12;

export function PreviewTables({ preview }: { preview: PracticePreview }) {
  const columns = preview.columns.slice(0, MAX_COLUMNS);
  return (
    <div className="grid-2 preview-grid">
      <div className="stack-sm">
        <h3>In the file</h3>
        <ScrollRegion className="preview-table" label="First rows of the file">
          <table className="table table-compact">
            <caption className="sr-only">First rows of the file</caption>
            <thead>
              <tr>
                {columns.map((c, i) => (
                  <th key={`${c}-${i}`} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.slice(0, 8).map((row, r) => (
                <tr key={r}>
                  {columns.map((_, i) => (
                    <td key={i} className="nowrap cell-clip">
                      {row[i] ?? ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        {preview.columns.length > MAX_COLUMNS ? <p className="muted">{preview.columns.length - MAX_COLUMNS} more columns not shown.</p> : null}
      </div>
      <div className="stack-sm">
        <h3>As imported</h3>
        {preview.records.length === 0 ? (
          <p className="muted">No rows could be read as records with this mapping. Check the mapping below.</p>
        ) : (
          <ScrollRegion className="preview-table" label="First records as they would be imported">
            <table className="table table-compact">
              <caption className="sr-only">First records as they would be imported</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Measures</th>
                  <th scope="col" className="num">
                    Value
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.records.slice(0, 8).map((r, i) => (
                  <tr key={i}>
                    <td className="nowrap">{formatDateTime(r.occurredAt)}</td>
                    <td>{CATEGORY_LABELS[r.metric as ClaimCategory] ?? r.metric}</td>
                    <td className="num">{formatQuantity(r.value, r.unit)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </div>
    </div>
  );
}
