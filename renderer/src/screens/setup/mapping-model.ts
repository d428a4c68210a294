/**
 * The shape of a practice-log column mapping as the importer reads it (see the importer's
 * mapping schema; validated again there), and helpers to edit one. Only the parts a person
 * edits here are typed; everything else is carried along untouched.
 */
import type { ClaimCategory, PracticeUnit } from '../../../../shared/domain/types.js';

/** A column by header name, or alternative names (the first present is used). */
export type ColumnRef = string | readonly string[];

export type TextSource = { column: ColumnRef; prefix?: string } | { constant: string };
export type MetricSource = { column: ColumnRef } | { constant: ClaimCategory } | { lookup: readonly string[]; rules: readonly unknown[]; otherwise?: ClaimCategory };
export type UnitSource = { column: ColumnRef } | { constant: PracticeUnit };
export type ValueSource =
  | { column: ColumnRef; inputUnit?: DurationUnit }
  | { start: ColumnRef; end: ColumnRef }
  | { outcome: ColumnRef; met?: readonly string[]; missed?: readonly string[] };

export const DURATION_UNITS = ['seconds', 'minutes', 'hours', 'days', 'weeks', 'working-days', 'business-hours'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];
export const DATE_ORDERS = [
  ['auto', 'Decide from the dates (refuse ambiguous ones)'],
  ['dmy', 'Day first (31/12/2025)'],
  ['mdy', 'Month first (12/31/2025)'],
  ['ymd', 'Year first (2025/12/31)'],
] as const;

export interface Measure {
  metric: MetricSource;
  unit: UnitSource;
  value: ValueSource;
  whenEmpty?: 'error' | 'skip';
  onlyWithout?: readonly string[];
}

export interface Mapping {
  occurredAt: ColumnRef;
  dateOrder?: 'auto' | 'ymd' | 'dmy' | 'mdy';
  measures: Measure[];
  channel?: TextSource;
  team?: TextSource;
  reportedBy?: TextSource;
  note?: TextSource;
}

export const TEXT_FIELDS = [
  ['channel', 'Channel'],
  ['team', 'Team'],
  ['reportedBy', 'Reported by'],
  ['note', 'Note'],
] as const;

/** The mapping if it has the shape this editor understands, else null (edit it elsewhere). */
export function asMapping(value: Record<string, unknown> | null): Mapping | null {
  if (!value || !Array.isArray(value.measures) || value.measures.length === 0) return null;
  if (typeof value.occurredAt !== 'string' && !Array.isArray(value.occurredAt)) return null;
  return value as unknown as Mapping;
}

/** The column a reference points at in this file: itself, or the first alternative present. */
export function columnOf(ref: ColumnRef | undefined, columns: readonly string[]): string {
  if (ref === undefined) return '';
  if (typeof ref === 'string') return ref;
  return ref.find((c) => columns.includes(c)) ?? ref[0] ?? '';
}

/** A starting mapping for a file no preset fits, from what its columns look like. */
export function guessMapping(columns: readonly string[], kinds: readonly string[] = []): Mapping {
  const byKind = (kind: string) => columns.find((_, i) => kinds[i] === kind);
  const named = (...words: string[]) => columns.find((c) => words.some((w) => c.toLowerCase().includes(w)));
  const when = byKind('timestamp') ?? named('date', 'time', 'created', 'start') ?? columns[0] ?? '';
  const value = byKind('duration') ?? byKind('number') ?? named('value', 'minutes', 'seconds', 'hours', 'wait') ?? columns[1] ?? '';
  return {
    occurredAt: when,
    dateOrder: 'auto',
    measures: [{ metric: { constant: 'phone-answer' }, unit: { constant: 'seconds' }, value: { column: value }, whenEmpty: 'error' }],
  };
}

export function newMeasure(columns: readonly string[]): Measure {
  return { metric: { constant: 'callback' }, unit: { constant: 'hours' }, value: { column: columns[0] ?? '' }, whenEmpty: 'skip' };
}
