/**
 * The canonical practice-log CSV of SPEC ("Practice logs"):
 * `occurred_at,metric,value,unit,channel,team,reported_by,note`.
 */

/** The canonical header, in order. */
export const CANONICAL_COLUMNS = [
  'occurred_at',
  'metric',
  'value',
  'unit',
  'channel',
  'team',
  'reported_by',
  'note',
] as const;

/** One practice record as written to the canonical CSV. */
export interface CanonicalRow {
  /** ISO 8601 with the UK offset, e.g. `2026-07-01T09:14:00+01:00`. */
  readonly occurredAt: string;
  /** A claim category. */
  readonly metric: string;
  readonly value: number;
  /** A claim unit or `outcome`. */
  readonly unit: string;
  readonly channel: string;
  readonly team: string;
  readonly reportedBy: string;
  readonly note: string;
}

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Formats one CSV line from its fields. */
export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/** Writes rows as a canonical CSV document (LF line endings, trailing newline). */
export function toCanonicalCsv(rows: readonly CanonicalRow[]): string {
  const lines = [csvLine(CANONICAL_COLUMNS)];
  for (const row of rows) {
    lines.push(
      csvLine([
        row.occurredAt,
        row.metric,
        String(row.value),
        row.unit,
        row.channel,
        row.team,
        row.reportedBy,
        row.note,
      ]),
    );
  }
  return `${lines.join('\n')}\n`;
}
