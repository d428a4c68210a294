/** Every bad row of a practice log: line, column and reason. */
import { ScrollRegion } from '../../components/ScrollRegion.js';
import type { RowError } from '../../../../shared/contract/types.js';

export function RowErrorsTable({ errors, caption, limit = 500 }: { errors: readonly RowError[]; caption: string; limit?: number }) {
  const shown = errors.slice(0, limit);
  return (
    <ScrollRegion className="row-errors" label={caption}>
      <table className="table table-compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Line
            </th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e, i) => (
            <tr key={`${e.line}-${e.column ?? ''}-${i}`}>
              <td className="num">{e.line}</td>
              <td className="mono break">{e.column ?? <span className="muted">whole row</span>}</td>
              <td className="break">{e.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {errors.length > shown.length ? <p className="muted table-note">And {errors.length - shown.length} more.</p> : null}
    </ScrollRegion>
  );
}
