/**
 * Turns a declarative plan into canonical practice rows. Values come from bins with exact counts,
 * so every planned statistic (attainment against a threshold, median, p90) is hit exactly rather
 * than approximately; the seeded generator only decides where inside a bin a value falls, which
 * row gets which value, and the timestamps and context.
 */
import type { CanonicalRow } from './practice-csv.js';
import { pick, seededRandom, shuffle, type Random } from './prng.js';
import { isoLocal, openingOn, quarterDays, type LocalMs, type WeeklyHours } from './uk-calendar.js';

/** `count` values in [min, max]; `skew` > 1 crowds them towards `min`. */
export interface ValueBin {
  readonly count: number;
  readonly min: number;
  readonly max: number;
  readonly skew?: number;
  /** True for cases that missed the promise: they get a reason in the note more often. */
  readonly late?: boolean;
}

/** Who logged a record, through which channel, and why it went wrong when it did. */
export interface RecordContext {
  readonly channel: string;
  readonly team: string;
  readonly reportedBy: string;
  readonly note: string;
}

/** One practice file to generate. */
export interface PracticeFilePlan {
  /** Path relative to the fixture's folder, e.g. `practice/calls.csv`. */
  readonly file: string;
  readonly seed: number;
  readonly metric: string;
  readonly unit: string;
  /** Decimal places of `value`. */
  readonly decimals: number;
  readonly bins: readonly ValueBin[];
  /** When the events happen (records are spread over the quarter's open hours). */
  readonly hours: WeeklyHours;
  /** Channel, team, reporter and note for one record. */
  context(random: Random, late: boolean): RecordContext;
}

interface PlannedValue {
  readonly value: number;
  readonly late: boolean;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Stratified draws: the i-th value of a bin sits in the i-th slice of it, so bins fill evenly. */
function binValues(random: Random, bin: ValueBin, decimals: number): PlannedValue[] {
  const values: PlannedValue[] = [];
  for (let i = 0; i < bin.count; i++) {
    const u = (i + random()) / bin.count;
    const raw = bin.min + (bin.max - bin.min) * u ** (bin.skew ?? 1);
    const value = Math.min(bin.max, Math.max(bin.min, round(raw, decimals)));
    values.push({ value, late: bin.late ?? false });
  }
  return values;
}

/** `count` moments inside the quarter's open hours, in time order. */
export function openMoments(random: Random, count: number, weekly: WeeklyHours): LocalMs[] {
  const spans = quarterDays()
    .map((day) => openingOn(day, weekly))
    .filter((span): span is readonly [LocalMs, LocalMs] => span !== null);
  if (spans.length === 0) throw new Error('the weekly hours leave no open time in the quarter');
  const moments: LocalMs[] = [];
  for (let i = 0; i < count; i++) {
    const [start, end] = pick(random, spans);
    // Whole seconds, like a real log.
    moments.push(start + Math.floor(random() * ((end - start) / 1000)) * 1000);
  }
  return moments.sort((a, b) => a - b);
}

/** Generates the rows of one planned file. */
export function generatePracticeRows(plan: PracticeFilePlan): CanonicalRow[] {
  const random = seededRandom(plan.seed);
  const values = shuffle(
    random,
    plan.bins.flatMap((bin) => binValues(random, bin, plan.decimals)),
  );
  const moments = openMoments(random, values.length, plan.hours);
  return values.map(({ value, late }, i) => {
    const context = plan.context(random, late);
    return {
      occurredAt: isoLocal(moments[i] as LocalMs),
      metric: plan.metric,
      value,
      unit: plan.unit,
      channel: context.channel,
      team: context.team,
      reportedBy: context.reportedBy,
      note: context.note,
    };
  });
}

/** A note for a record: a reason for most late cases, an occasional remark otherwise. */
export function noteFor(
  random: Random,
  late: boolean,
  reasons: readonly string[],
  remarks: readonly string[],
  chances: { late: number; onTime: number } = { late: 0.7, onTime: 0.04 },
): string {
  if (late) return random() < chances.late ? pick(random, reasons) : '';
  return remarks.length > 0 && random() < chances.onTime ? pick(random, remarks) : '';
}
