/**
 * A column mapping says how the rows of any CSV/TSV/XLSX/JSON log become practice records:
 * which column holds when it happened, and one or more *measures* per row (a help-desk ticket
 * yields a first-reply time and a resolution time). Presets are mappings kept as data.
 *
 * Value maps are arrays of pairs, never objects keyed by cell text, so a cell or header
 * reading "__proto__" cannot reach a prototype.
 */
import { z } from 'zod';
import { ClaimCategorySchema, PracticeUnitSchema } from '../domain/schemas.js';

const name = z.string().min(1).max(200);

/** How to read dates written with slashes or dots: day first, month first, ISO only, or decide per value. */
export const DateOrderSchema = z.enum(['auto', 'ymd', 'dmy', 'mdy']);

/** A column by its header name, or a list of alternative names (the first present is used). */
export const ColumnRefSchema = z.union([name, z.array(name).min(1).max(30)]);
export type ColumnRef = z.infer<typeof ColumnRefSchema>;

/** A text field of the record (channel, team, reported by, note): a column or a constant. */
export const TextSourceSchema = z.union([
  z.strictObject({
    column: ColumnRefSchema,
    /** Put in front of the cell's text ("ticket " + "4711"). */
    prefix: z.string().max(100).optional(),
  }),
  z.strictObject({ constant: z.string().max(500) }),
]);
export type TextSource = z.infer<typeof TextSourceSchema>;

/** Where a record's metric (claim category) comes from. */
export const MetricSourceSchema = z.union([
  /** A column naming the category ("phone-answer", "callback", "Phone answer"). */
  z.strictObject({ column: ColumnRefSchema }),
  z.strictObject({ constant: ClaimCategorySchema }),
  /**
   * Decide from the text of some columns: the first rule whose words appear in any of them wins
   * ("Via" contains "mail" -> email-response); else `otherwise`; with no `otherwise` the
   * measure makes no record for that row.
   */
  z.strictObject({
    lookup: z.array(name).min(1).max(10),
    rules: z
      .array(
        z.strictObject({
          contains: z.array(z.string().min(1).max(100)).min(1).max(30),
          metric: ClaimCategorySchema,
        }),
      )
      .max(30),
    otherwise: ClaimCategorySchema.optional(),
  }),
]);
export type MetricSource = z.infer<typeof MetricSourceSchema>;

/** Where a record's unit comes from. */
export const UnitSourceSchema = z.union([
  z.strictObject({ column: ColumnRefSchema }),
  z.strictObject({ constant: PracticeUnitSchema }),
]);
export type UnitSource = z.infer<typeof UnitSourceSchema>;

const DurationUnitSchema = z.enum([
  'seconds',
  'minutes',
  'hours',
  'days',
  'weeks',
  'working-days',
  'business-hours',
]);

/** Where a record's value comes from. */
export const ValueSourceSchema = z.union([
  /**
   * A number (or a clock duration "0:01:23") in one column. `inputUnit` says what the column
   * counts when it differs from the record's unit ("First reply time in minutes" stored as
   * hours); with a working-time record unit the column is read as working time.
   */
  z.strictObject({
    column: ColumnRefSchema,
    inputUnit: DurationUnitSchema.optional(),
  }),
  /**
   * A duration between two timestamps, measured in the record's unit: working-days and
   * business-hours count working time (working week, hours, holidays), others calendar time.
   */
  z.strictObject({ start: ColumnRefSchema, end: ColumnRefSchema }),
  /** A met/missed column; the record's unit must be `outcome`. Extra words may be named. */
  z.strictObject({
    outcome: ColumnRefSchema,
    met: z.array(z.string().min(1).max(50)).max(30).optional(),
    missed: z.array(z.string().min(1).max(50)).max(30).optional(),
  }),
]);
export type ValueSource = z.infer<typeof ValueSourceSchema>;

/** One record a row yields. */
export const MeasureSchema = z.strictObject({
  metric: MetricSourceSchema,
  unit: UnitSourceSchema,
  value: ValueSourceSchema,
  /** An empty value (an unsolved ticket has no resolution time): `skip` makes no record, `error` reports the row. */
  whenEmpty: z.enum(['error', 'skip']).default('error'),
  /** Use this measure only when none of these columns is present (a fallback for older exports). */
  onlyWithout: z.array(name).max(10).optional(),
});
export type Measure = z.infer<typeof MeasureSchema>;

/** How the rows of a log become practice records. */
export const ColumnMappingSchema = z.strictObject({
  /** When the case happened (a call's start, a ticket's creation). */
  occurredAt: ColumnRefSchema,
  /** How to read dates written with slashes or dots; `auto` refuses ambiguous ones. */
  dateOrder: DateOrderSchema.default('auto'),
  measures: z.array(MeasureSchema).min(1).max(12),
  channel: TextSourceSchema.optional(),
  team: TextSourceSchema.optional(),
  reportedBy: TextSourceSchema.optional(),
  note: TextSourceSchema.optional(),
});
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;
/** A mapping as written by hand or in a preset, before defaults are filled in. */
export type ColumnMappingInput = z.input<typeof ColumnMappingSchema>;

/** A saved mapping with a name, and the columns that identify its exports. */
export const PresetSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9-]{1,40}$/),
  label: z.string().max(100),
  description: z.string().max(1000),
  /** Columns that must all be present for the preset to be suggested. */
  requires: z.array(name).max(20),
  /** At least one of these must be present too (when non-empty). */
  requiresAny: z.array(name).max(30),
  mapping: ColumnMappingSchema,
});
export type Preset = z.infer<typeof PresetSchema>;
export type PresetInput = z.input<typeof PresetSchema>;
