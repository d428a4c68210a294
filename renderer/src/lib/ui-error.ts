/** Any failure as something a person can read: what went wrong, and what to do about it. */
import { ApiError } from '../../../shared/contract/errors.js';

export interface UiError {
  readonly title: string;
  readonly message: string;
  readonly issues: readonly string[];
  /** What to do next, when the code says it. */
  readonly hint: string | null;
}

const HINTS: Record<string, string> = {
  'no-workspace': 'Open an audit or create a new one from the start screen.',
  'not-found': 'It may belong to an earlier run or have been removed. Go back and pick it again.',
  conflict: 'Wait for the work under way to finish, or cancel it, then try again.',
  internal: 'This is a fault in Promise Auditor. Try again; if it keeps happening, report it with the message above.',
};

const TITLES: Record<string, string> = {
  'bad-input': 'Please check what you entered',
  'no-workspace': 'No audit is open',
  'not-found': 'Not found',
  conflict: 'Not possible right now',
  unavailable: 'Promise Auditor is not answering',
  internal: 'Something went wrong',
};

export function toUiError(err: unknown): UiError {
  if (err instanceof ApiError) {
    return { title: TITLES[err.code] ?? 'Something went wrong', message: err.message, issues: err.issues, hint: HINTS[err.code] ?? null };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { title: 'Something went wrong', message, issues: [], hint: HINTS.internal ?? null };
}
