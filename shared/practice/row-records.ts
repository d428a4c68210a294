/**
 * The records one row becomes, in reusable slots: converting a row allocates nothing but the
 * strings it stores. A row either yields all its records or reports one problem.
 */
import type { ClaimCategory, PracticeUnit } from '../domain/vocabulary.js';

export interface RowRecords {
  occurredAt: string;
  channel: string | null;
  team: string | null;
  reportedBy: string | null;
  note: string | null;
  /** Records produced; slots past `count` are stale. */
  count: number;
  readonly metrics: ClaimCategory[];
  readonly units: PracticeUnit[];
  readonly values: number[];
  /** When the row fails: the column at fault (header name, or null) and why. */
  errorColumn: string | null;
  errorReason: string;
}

/** Fresh slots for one row's records. */
export function newRowRecords(): RowRecords {
  return {
    occurredAt: '',
    channel: null,
    team: null,
    reportedBy: null,
    note: null,
    count: 0,
    metrics: [],
    units: [],
    values: [],
    errorColumn: null,
    errorReason: '',
  };
}

/** Mark the row bad; returns -1 so a measure can `return fail(...)`. */
export function fail(out: RowRecords, column: string | null, reason: string): -1 {
  out.errorColumn = column;
  out.errorReason = reason;
  return -1;
}
