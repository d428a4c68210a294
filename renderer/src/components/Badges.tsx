/** Verdict and review-status badges: colour plus words, never colour alone. */
import type { ReviewStatus, Verdict } from '../../../shared/domain/types.js';
import { REVIEW_LABELS, VERDICT_LABELS } from '../lib/labels.js';

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <span className={`badge badge-dot verdict-${verdict}`}>{VERDICT_LABELS[verdict]}</span>;
}

export function ReviewBadge({ status }: { status: ReviewStatus }) {
  return <span className={`badge status-${status}`}>{REVIEW_LABELS[status]}</span>;
}
