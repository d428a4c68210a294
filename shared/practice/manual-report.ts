/**
 * A practice report a staff member logs by hand in the app ("today's queue: 22 minutes"):
 * validated like an imported row and stored as a record with no dataset, marked manual.
 */
import { z } from 'zod';
import { ClaimCategorySchema, PracticeUnitSchema } from '../domain/schemas.js';
import type { PracticeRecord } from '../domain/types.js';
import type { Db } from '../store/database.js';
import { isoOfLast, parseTimestamp } from './timestamp.js';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((s) => (s ? s : null));

export const ManualReportSchema = z
  .strictObject({
    /** When it happened (ISO 8601 or day/month/year). */
    occurredAt: z.string().min(1).max(64),
    metric: ClaimCategorySchema,
    value: z.number().finite(),
    unit: PracticeUnitSchema,
    /** Who reports it. */
    reportedBy: z.string().trim().min(1, 'say who reports it').max(200),
    note: optionalText(2000),
    channel: optionalText(200),
    team: optionalText(200),
  })
  .superRefine((r, ctx) => {
    if (r.unit === 'outcome' && r.value !== 0 && r.value !== 1) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'an outcome is 1 (met) or 0 (missed)' });
    } else if (r.unit === 'percent' && (r.value < 0 || r.value > 100)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a percentage is between 0 and 100' });
    } else if (r.unit !== 'currency' && r.value < 0) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'must not be negative' });
    }
    if (Number.isNaN(parseTimestamp(r.occurredAt, 'dmy')) && Number.isNaN(parseTimestamp(r.occurredAt, 'ymd'))) {
      ctx.addIssue({ code: 'custom', path: ['occurredAt'], message: `"${r.occurredAt.slice(0, 40)}" is not a date` });
    }
  });
export type ManualReport = z.input<typeof ManualReportSchema>;

/** Normalise a hand-typed date: ISO as it stands, else day/month/year (the app's locale). */
function isoDate(text: string): string {
  if (!Number.isNaN(parseTimestamp(text, 'ymd'))) return isoOfLast(text);
  parseTimestamp(text, 'dmy');
  return isoOfLast(text);
}

/** Store one manual practice report; throws a ZodError naming what is wrong with it. */
export function logPracticeReport(db: Db, report: ManualReport): PracticeRecord {
  const r = ManualReportSchema.parse(report);
  const occurredAt = isoDate(r.occurredAt);
  const info = db
    .prepare(
      `INSERT INTO practice_records (dataset_id, occurred_at, metric, value, unit, channel, team, reported_by, note, manual)
       VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    )
    .run(occurredAt, r.metric, r.value, r.unit, r.channel, r.team, r.reportedBy, r.note);
  return {
    id: String(info.lastInsertRowid),
    datasetId: null,
    occurredAt,
    metric: r.metric,
    value: r.value,
    unit: r.unit,
    channel: r.channel,
    team: r.team,
    reportedBy: r.reportedBy,
    note: r.note,
    manual: true,
  };
}
