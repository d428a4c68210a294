/** The reviewer's name, remembered on this machine and recorded with every decision. */
import { forwardRef } from 'react';
import { REVIEWER_KEY, useStoredString } from '../lib/preferences.js';

export function useReviewer(): [string, (v: string) => void] {
  return useStoredString(REVIEWER_KEY, '');
}

export const ReviewerField = forwardRef<HTMLInputElement, { compact?: boolean }>(function ReviewerField({ compact }, ref) {
  const [name, setName] = useReviewer();
  return (
    <div className={`field reviewer-field${compact ? ' reviewer-compact' : ''}`}>
      <label className="field-label" htmlFor="reviewer-name">
        Reviewer
      </label>
      <input
        ref={ref}
        id="reviewer-name"
        className="input input-sm"
        value={name}
        placeholder="Your name"
        autoComplete="name"
        maxLength={200}
        onChange={(e) => setName(e.currentTarget.value)}
      />
    </div>
  );
});
