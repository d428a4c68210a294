/**
 * Practice, indexed once for the cross-check: per metric, the values of each unit family as
 * one sorted array in the family's base unit (so "how many calls were answered within 30
 * seconds" is a binary search), and the met/missed counts of outcome records. Built from the
 * workspace with one streaming query, or from records in memory (tests, benchmarks).
 */
import type { WorkingTime } from '../domain/settings.js';
import type { PracticeRecord } from '../domain/types.js';
import { CLAIM_CATEGORIES, PRACTICE_UNITS, type ClaimCategory, type PracticeUnit } from '../domain/vocabulary.js';
import type { Db } from '../store/database.js';
import { baseFactor, familyOf, workingScale, type UnitFamily, type WorkingScale } from './units.js';

/** The practice of one metric. */
export interface MetricPractice {
  /** Sorted values per unit family, in the family's base (seconds, working seconds, rings, percent, currency). */
  readonly series: ReadonlyMap<UnitFamily, Float64Array>;
  /** Outcome records that met the promise, and all outcome records. */
  readonly outcomeMet: number;
  readonly outcomeTotal: number;
}

export interface PracticeIndex {
  readonly byMetric: ReadonlyMap<ClaimCategory, MetricPractice>;
  /** The working week the working-time conversions use. */
  readonly scale: WorkingScale;
  /** Records indexed, and records left out (unknown metric or unit, not a number). */
  readonly records: number;
  readonly ignored: number;
}

class Growable {
  buf = new Float64Array(256);
  n = 0;
  push(v: number): void {
    if (this.n === this.buf.length) {
      const next = new Float64Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.n++] = v;
  }
}

interface MetricBuild {
  families: Map<UnitFamily, Growable>;
  met: number;
  total: number;
}

const KNOWN_METRICS: ReadonlySet<string> = new Set(CLAIM_CATEGORIES);
const UNIT_INFO: ReadonlyMap<string, { family: UnitFamily | null; unit: PracticeUnit }> = new Map(
  PRACTICE_UNITS.map((u) => [u, { family: familyOf(u), unit: u }]),
);

/** Collects records, then sorts them into a PracticeIndex. */
export class PracticeIndexBuilder {
  private readonly metrics = new Map<string, MetricBuild>();
  private readonly factors: Map<string, number>;
  private records = 0;
  private ignored = 0;

  constructor(readonly scale: WorkingScale) {
    this.factors = new Map(PRACTICE_UNITS.map((u) => [u, baseFactor(u, scale)]));
  }

  add(metric: string, unit: string, value: number): void {
    const info = UNIT_INFO.get(unit);
    if (!info || !KNOWN_METRICS.has(metric) || !Number.isFinite(value)) {
      this.ignored++;
      return;
    }
    let m = this.metrics.get(metric);
    if (!m) {
      m = { families: new Map(), met: 0, total: 0 };
      this.metrics.set(metric, m);
    }
    this.records++;
    if (info.family === null) {
      m.total++;
      if (value >= 1) m.met++;
      return;
    }
    let g = m.families.get(info.family);
    if (!g) {
      g = new Growable();
      m.families.set(info.family, g);
    }
    g.push(value * this.factors.get(unit)!);
  }

  build(): PracticeIndex {
    const byMetric = new Map<ClaimCategory, MetricPractice>();
    for (const [metric, m] of this.metrics) {
      const series = new Map<UnitFamily, Float64Array>();
      for (const [family, g] of m.families) series.set(family, g.buf.slice(0, g.n).sort());
      byMetric.set(metric as ClaimCategory, { series, outcomeMet: m.met, outcomeTotal: m.total });
    }
    return { byMetric, scale: this.scale, records: this.records, ignored: this.ignored };
  }
}

/** Index records held in memory. */
export function indexRecords(
  records: Iterable<Pick<PracticeRecord, 'metric' | 'unit' | 'value'>>,
  workingTime?: Pick<WorkingTime, 'days' | 'start' | 'end'>,
): PracticeIndex {
  const b = new PracticeIndexBuilder(workingScale(workingTime));
  for (const r of records) b.add(r.metric, r.unit, r.value);
  return b.build();
}

/** Rows per query of `buildPracticeIndex`: bounds the text one query returns to a few MB. */
const SCAN_ROWS = 250_000;

// metric and unit as small numbers computed by SQLite (the vocabularies are our constants, not input)
const METRIC_CODE = `CASE metric ${CLAIM_CATEGORIES.map((m, i) => `WHEN '${m}' THEN ${i}`).join(' ')} ELSE 99 END`;
const UNIT_CODE = `CASE unit ${PRACTICE_UNITS.map((u, i) => `WHEN '${u}' THEN ${i}`).join(' ')} ELSE 99 END`;

/**
 * Index every practice record of a workspace, streaming through the table in rowid ranges.
 * Each range comes back as ONE text of "code value" lines (SQLite's group_concat): reading a
 * million rows one JavaScript array at a time costs twice the CPU of this.
 */
export function buildPracticeIndex(db: Db, workingTime?: Pick<WorkingTime, 'days' | 'start' | 'end'>): PracticeIndex {
  const b = new PracticeIndexBuilder(workingScale(workingTime));
  const bounds = db.prepare('SELECT min(id) AS lo, max(id) AS hi FROM practice_records').get() as { lo: number | null; hi: number | null };
  if (bounds.lo === null || bounds.hi === null) return b.build();
  const range = db
    .prepare(
      `SELECT group_concat((${METRIC_CODE} * 100 + ${UNIT_CODE}) || ' ' || value, char(10))
       FROM practice_records WHERE id >= ? AND id < ?`,
    )
    .pluck();
  for (let lo = bounds.lo; lo <= bounds.hi; lo += SCAN_ROWS) {
    const text = range.get(lo, lo + SCAN_ROWS) as string | null;
    if (text) addCodedLines(b, text);
  }
  return b.build();
}

function addCodedLines(b: PracticeIndexBuilder, text: string): void {
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    const sp = text.indexOf(' ', pos);
    const code = +text.slice(pos, sp);
    const metric = CLAIM_CATEGORIES[Math.floor(code / 100)];
    const unit = PRACTICE_UNITS[code % 100];
    b.add(metric ?? '', unit ?? '', +text.slice(sp + 1, nl));
    pos = nl + 1;
  }
}
