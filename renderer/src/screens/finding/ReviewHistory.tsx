/** The append-only trail of decisions on a finding, newest first. */
import type { Review } from '../../../../shared/domain/types.js';
import { ReviewBadge } from '../../components/Badges.js';
import { formatDateTime } from '../../lib/format.js';

export function ReviewHistory({ reviews }: { reviews: readonly Review[] }) {
  if (reviews.length === 0) return <p className="muted">No decisions yet.</p>;
  const sorted = [...reviews].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <ol className="timeline">
      {sorted.map((r) => (
        <li key={r.id}>
          <div className="row-between">
            <ReviewBadge status={r.status} />
            <time className="muted" dateTime={r.at}>
              {formatDateTime(r.at)}
            </time>
          </div>
          <div className="timeline-who">{r.reviewer}</div>
          {r.reason ? (
            <p>
              <span className="muted">Reason: </span>
              {r.reason}
            </p>
          ) : null}
          {r.note ? <p className="timeline-note">{r.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
