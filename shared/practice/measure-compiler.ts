/**
 * Compiling one measure of a mapping into a function from a row's cells to a record: column
 * indexes, units and conversion factors are settled once, so each row costs a few lookups.
 * A measure function returns 1 (it wrote a record), 0 (nothing to record: an empty value it
 * may skip, or a row its metric rules do not cover) or -1 (the row is bad; `out` says why).
 */
import type { ClaimCategory, PracticeUnit } from '../domain/vocabulary.js';
import {
  cellText,
  clip,
  isEmptyCell,
  metricOf,
  parseClockSeconds,
  parseDecimal,
  parseOutcome,
  unitOf,
  type Cell,
} from './cell-values.js';
import { cellTimeProblem, cellWall } from './cell-time.js';
import { HeaderIndex } from './header-index.js';
import type { ColumnRef, Measure, MetricSource, UnitSource } from './mapping-schema.js';
import { fail, type RowRecords } from './row-records.js';
import { instantMs, lastTimestamp, type DateOrder } from './timestamp.js';
import {
  DURATION_UNITS,
  durationBetween,
  type DurationUnit,
  type TimePoint,
  type WorkingCalendar,
} from './working-time.js';

/** A mapping that does not fit the file (a column it names is missing) or contradicts itself. */
export class MappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MappingError';
  }
}

export interface CompileContext {
  readonly header: HeaderIndex;
  /** For presets: leave out what the file lacks instead of refusing the mapping. */
  readonly lenient: boolean;
  readonly calendar: WorkingCalendar;
  readonly dateOrder: DateOrder;
}

export type MeasureFn = (cells: readonly Cell[], out: RowRecords) => number;

const SKIP = 0;
const BAD = -1;

function isDurationUnit(u: string): u is DurationUnit {
  return (DURATION_UNITS as readonly string[]).includes(u);
}

/** Seconds in one unit; working units count working seconds. */
function secondsPer(unit: DurationUnit, cal: WorkingCalendar): number {
  switch (unit) {
    case 'seconds':
      return 1;
    case 'minutes':
      return 60;
    case 'hours':
    case 'business-hours':
      return 3600;
    case 'days':
      return 86_400;
    case 'weeks':
      return 604_800;
    case 'working-days':
      return cal.dayMs / 1000;
  }
}

/** Signals a column the file lacks: null in lenient mode, else a MappingError. */
class Missing extends Error {}

function column(ctx: CompileContext, ref: ColumnRef, role: string): number {
  const i = ctx.header.find(ref);
  if (i >= 0) return i;
  if (ctx.lenient) throw new Missing();
  throw new MappingError(`the ${role} column ${HeaderIndex.describe(ref)} is not in the file (its columns: ${ctx.header.columns.map((c) => `"${clip(c, 40)}"`).join(', ')})`);
}

type MetricFn = (cells: readonly Cell[], out: RowRecords) => ClaimCategory | typeof SKIP | typeof BAD;

function compileMetric(ctx: CompileContext, src: MetricSource, skipEmpty: boolean): MetricFn {
  if ('constant' in src) return () => src.constant;
  if ('column' in src) {
    const i = column(ctx, src.column, 'metric');
    const name = ctx.header.columns[i]!;
    return (cells, out) => {
      const cell = cells[i];
      if (isEmptyCell(cell)) return skipEmpty ? SKIP : fail(out, name, 'no metric');
      const m = metricOf(cellText(cell));
      return m ?? fail(out, name, `unknown metric "${clip(cellText(cell))}" (use a claim category such as phone-answer)`);
    };
  }
  const present = src.lookup.map((c) => ctx.header.find(c)).filter((i) => i >= 0);
  const rules = src.rules.map((r) => ({ words: r.contains.map((w) => w.toLowerCase()), metric: r.metric }));
  const otherwise = src.otherwise;
  if (present.length === 0) {
    if (otherwise) return () => otherwise;
    if (ctx.lenient) throw new Missing();
    throw new MappingError(`none of the metric lookup columns ${HeaderIndex.describe(src.lookup)} is in the file`);
  }
  return (cells) => {
    for (const rule of rules) {
      for (const i of present) {
        const text = cellText(cells[i]).toLowerCase();
        if (text.length && rule.words.some((w) => text.includes(w))) return rule.metric;
      }
    }
    return otherwise ?? SKIP;
  };
}

type UnitFn = (cells: readonly Cell[], out: RowRecords) => PracticeUnit | typeof BAD;

function compileUnit(ctx: CompileContext, src: UnitSource): { fn: UnitFn; constant: PracticeUnit | null } {
  if ('constant' in src) {
    const u = src.constant;
    return { fn: () => u, constant: u };
  }
  const i = column(ctx, src.column, 'unit');
  const name = ctx.header.columns[i]!;
  return {
    constant: null,
    fn: (cells, out) => {
      const cell = cells[i];
      const u = isEmptyCell(cell) ? null : unitOf(cellText(cell));
      return u ?? fail(out, name, `unknown unit "${clip(cellText(cell))}" (use seconds, minutes, hours, days, working-days, business-hours, weeks, rings, percent, currency or outcome)`);
    },
  };
}

/** Check a value against its unit and store the record; returns 1 or -1. */
function store(out: RowRecords, column: string, metric: ClaimCategory, unit: PracticeUnit, v: number): number {
  if (!Number.isFinite(v)) return fail(out, column, 'not a finite number');
  if (unit === 'outcome') {
    if (v !== 0 && v !== 1) return fail(out, column, `an outcome must be 1 (met) or 0 (missed), not ${v}`);
  } else if (unit === 'percent') {
    if (v < 0 || v > 100) return fail(out, column, `a percentage must be between 0 and 100, not ${v}`);
  } else if (unit !== 'currency' && v < 0) {
    return fail(out, column, `a negative ${unit === 'rings' ? 'number of rings' : 'duration'} (${v})`);
  }
  const k = out.count++;
  out.metrics[k] = metric;
  out.units[k] = unit;
  out.values[k] = v;
  return 1;
}

/** Compile one measure, or null when (lenient) the file lacks its columns or `onlyWithout` rules it out. */
export function compileMeasure(ctx: CompileContext, m: Measure): MeasureFn | null {
  if (m.onlyWithout?.some((c) => ctx.header.has(c))) return null;
  try {
    return build(ctx, m);
  } catch (err) {
    if (err instanceof Missing) return null;
    throw err;
  }
}

function build(ctx: CompileContext, m: Measure): MeasureFn {
  const skipEmpty = m.whenEmpty === 'skip';
  const metricFn = compileMetric(ctx, m.metric, skipEmpty);
  const { fn: unitFn, constant: unitConst } = compileUnit(ctx, m.unit);
  const cal = ctx.calendar;
  const v = m.value;

  if ('outcome' in v) {
    if (unitConst !== null && unitConst !== 'outcome') throw new MappingError(`an outcome column needs the unit "outcome", not "${unitConst}"`);
    const i = column(ctx, v.outcome, 'outcome');
    const name = ctx.header.columns[i]!;
    const met = new Set((v.met ?? []).map((w) => w.toLowerCase()));
    const missed = new Set((v.missed ?? []).map((w) => w.toLowerCase()));
    return (cells, out) => {
      const cell = cells[i];
      if (isEmptyCell(cell)) return skipEmpty ? SKIP : fail(out, name, 'no outcome');
      const metric = metricFn(cells, out);
      if (metric === SKIP || metric === BAD) return metric;
      const unit = unitFn(cells, out);
      if (unit === BAD) return BAD;
      if (unit !== 'outcome') return fail(out, name, `an outcome column needs the unit "outcome", not "${unit}"`);
      const o = parseOutcome(cell, met, missed);
      if (o !== o) return fail(out, name, `not an outcome: "${clip(cellText(cell))}" (use met/missed, yes/no or 1/0)`);
      return store(out, name, metric, unit, o);
    };
  }

  if ('start' in v) {
    if (unitConst !== null && !isDurationUnit(unitConst)) throw new MappingError(`a duration between two timestamps needs a time unit, not "${unitConst}"`);
    const si = column(ctx, v.start, 'start');
    const ei = column(ctx, v.end, 'end');
    const startName = ctx.header.columns[si]!;
    const endName = ctx.header.columns[ei]!;
    const order = ctx.dateOrder;
    const a: TimePoint = { wall: 0, instant: 0, hasTime: false };
    const b: TimePoint = { wall: 0, instant: 0, hasTime: false };
    return (cells, out) => {
      const sc = cells[si];
      const ec = cells[ei];
      if (isEmptyCell(sc) || isEmptyCell(ec)) {
        return skipEmpty ? SKIP : fail(out, isEmptyCell(sc) ? startName : endName, 'no timestamp');
      }
      const metric = metricFn(cells, out);
      if (metric === SKIP || metric === BAD) return metric;
      const unit = unitFn(cells, out);
      if (unit === BAD) return BAD;
      if (!isDurationUnit(unit)) return fail(out, endName, `a duration needs a time unit, not "${unit}"`);
      a.wall = cellWall(sc, order);
      if (a.wall !== a.wall) return fail(out, startName, cellTimeProblem);
      a.instant = instantMs(a.wall);
      a.hasTime = lastTimestamp.hasTime;
      b.wall = cellWall(ec, order);
      if (b.wall !== b.wall) return fail(out, endName, cellTimeProblem);
      b.instant = instantMs(b.wall);
      b.hasTime = lastTimestamp.hasTime;
      const d = durationBetween(cal, a, b, unit);
      if (d < 0) return fail(out, endName, `ends before it starts ("${clip(cellText(sc), 30)}" to "${clip(cellText(ec), 30)}")`);
      return store(out, endName, metric, unit, d);
    };
  }

  const inputUnit = v.inputUnit;
  if (inputUnit && unitConst !== null && !isDurationUnit(unitConst)) {
    throw new MappingError(`inputUnit applies to time units only, not "${unitConst}"`);
  }
  const vi = column(ctx, v.column, 'value');
  const name = ctx.header.columns[vi]!;
  const constFactor =
    inputUnit && unitConst !== null && isDurationUnit(unitConst) ? secondsPer(inputUnit, cal) / secondsPer(unitConst, cal) : 1;
  return (cells, out) => {
    const cell = cells[vi];
    if (isEmptyCell(cell)) return skipEmpty ? SKIP : fail(out, name, 'no value');
    const metric = metricFn(cells, out);
    if (metric === SKIP || metric === BAD) return metric;
    const unit = unitConst ?? unitFn(cells, out);
    if (unit === BAD) return BAD;
    let n: number;
    if (typeof cell === 'number') n = cell;
    else if (typeof cell === 'string') n = parseDecimal(cell);
    else if (typeof cell === 'boolean' && unit === 'outcome') n = cell ? 1 : 0;
    else n = Number.NaN;
    if (n === n) {
      if (inputUnit && unitConst === null) {
        if (!isDurationUnit(unit)) return fail(out, name, `inputUnit applies to time units only, not "${unit}"`);
        n = (n * secondsPer(inputUnit, cal)) / secondsPer(unit, cal);
      } else n *= constFactor;
      return store(out, name, metric, unit, n);
    }
    if (typeof cell === 'string') {
      if (unit === 'outcome') {
        const o = parseOutcome(cell);
        if (o === o) return store(out, name, metric, unit, o);
      } else if (isDurationUnit(unit) && cell.indexOf(':') !== -1) {
        const secs = parseClockSeconds(cell);
        if (secs === secs) return store(out, name, metric, unit, secs / secondsPer(unit, cal));
      }
    }
    return fail(out, name, `not a number: "${clip(cellText(cell))}"`);
  };
}
