/** Records a decision on findings (one or many) and reports how it went. */
import { useCallback, useState } from 'react';
import type { Review, ReviewStatus } from '../../../../shared/domain/types.js';
import { useApi } from '../../api/api-context.js';
import { useNotify } from '../../components/Toasts.js';
import { useReviewer } from '../../components/ReviewerField.js';
import { REVIEW_LABELS } from '../../lib/labels.js';
import { toUiError, type UiError } from '../../lib/ui-error.js';

export interface Decision {
  readonly status: ReviewStatus;
  readonly reason?: string;
  readonly note?: string;
}

const PAST: Record<ReviewStatus, string> = { open: 'reopened', accepted: 'accepted', dismissed: 'dismissed', reworded: 'marked reworded' };

export function useDecide(onDone: (reviews: readonly Review[]) => void) {
  const api = useApi();
  const notify = useNotify();
  const [reviewer] = useReviewer();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UiError | null>(null);

  const decide = useCallback(
    async (findingKeys: readonly string[], d: Decision): Promise<boolean> => {
      if (!reviewer.trim()) {
        setError({ title: 'Who is reviewing?', message: 'Enter your name in the Reviewer field first; it is recorded with every decision.', issues: [], hint: null });
        document.getElementById('reviewer-name')?.focus();
        return false;
      }
      if (findingKeys.length === 0) return false;
      setBusy(true);
      setError(null);
      try {
        const reviews = await api.call('review.decide', {
          findingKeys: [...findingKeys],
          status: d.status,
          reviewer: reviewer.trim(),
          ...(d.reason ? { reason: d.reason } : {}),
          ...(d.note ? { note: d.note } : {}),
        });
        const n = findingKeys.length;
        notify(`${n} finding${n === 1 ? '' : 's'} ${PAST[d.status]}`);
        onDone(reviews);
        return true;
      } catch (err) {
        setError(toUiError(err));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [api, notify, onDone, reviewer],
  );

  return { decide, busy, error, clearError: () => setError(null), label: (s: ReviewStatus) => REVIEW_LABELS[s] };
}
