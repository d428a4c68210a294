/**
 * Durations between two timestamps, in calendar time or in working time (the company's
 * working week, working hours and holidays from `WorkingTime`), in the units claims use.
 *
 * Times are wall-clock milliseconds (see timestamp.ts): the office clock, read as if UTC, so
 * day boundaries and opening hours can be found with plain arithmetic. Long spans cost
 * O(1) per whole week plus a binary search over the holidays, never a loop over every day.
 */
import type { WorkingTime } from '../domain/settings.js';
import { instantMs, lastTimestamp, parseTimestamp, setLastFromWall } from './timestamp.js';

/** A unit a duration can be measured in. */
export type DurationUnit = 'seconds' | 'minutes' | 'hours' | 'days' | 'weeks' | 'working-days' | 'business-hours';

export const DURATION_UNITS: readonly DurationUnit[] = [
  'seconds',
  'minutes',
  'hours',
  'days',
  'weeks',
  'working-days',
  'business-hours',
];

const DAY_MS = 86_400_000;

/** Milliseconds in one calendar unit. */
export const CALENDAR_UNIT_MS = {
  seconds: 1000,
  minutes: 60_000,
  hours: 3_600_000,
  days: DAY_MS,
  weeks: 7 * DAY_MS,
} as const;

/** A `WorkingTime` compiled for fast arithmetic. */
export interface WorkingCalendar {
  /** Index 1..7 (ISO weekday): true when it is a working day. */
  readonly weekdays: readonly boolean[];
  /** Working days in a week without holidays. */
  readonly daysPerWeek: number;
  /** Opening and closing time, in ms after midnight. */
  readonly openMs: number;
  readonly closeMs: number;
  /** Length of a working day in ms. */
  readonly dayMs: number;
  /** Holidays that fall on working weekdays, as day numbers (days since 1970-01-01), sorted, unique. */
  readonly holidays: Int32Array;
}

/** True for working-time units (measured over working hours only). */
export function isWorkingUnit(unit: string): unit is 'working-days' | 'business-hours' {
  return unit === 'working-days' || unit === 'business-hours';
}

function clockMs(hhmm: string, what: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  const h = m ? Number(m[1]) : NaN;
  const min = m ? Number(m[2]) : NaN;
  if (!(h >= 0 && h <= 24 && min >= 0 && min < 60) || (h === 24 && min > 0)) {
    throw new RangeError(`working time: ${what} "${hhmm}" is not a time of day (HH:MM)`);
  }
  return (h * 60 + min) * 60_000;
}

/** ISO weekday (1 = Monday ... 7 = Sunday) of a day number. 1970-01-01 was a Thursday. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Compile a working week; throws a RangeError naming what is wrong with it. */
export function compileWorkingTime(wt: WorkingTime): WorkingCalendar {
  const openMs = clockMs(wt.start, 'start');
  const closeMs = clockMs(wt.end, 'end');
  if (closeMs <= openMs) {
    throw new RangeError(`working time: the day must end after it starts (${wt.start}-${wt.end})`);
  }
  const weekdays = new Array<boolean>(8).fill(false);
  for (const d of wt.days) {
    if (!Number.isInteger(d) || d < 1 || d > 7) throw new RangeError(`working time: ${d} is not an ISO weekday`);
    weekdays[d] = true;
  }
  const holidayDays = new Set<number>();
  for (const h of wt.holidays) {
    const day = parseTimestamp(h, 'ymd') / DAY_MS;
    if (!Number.isInteger(day) || lastTimestamp.hasTime) throw new RangeError(`working time: holiday "${h}" is not a date (YYYY-MM-DD)`);
    if (weekdays[isoWeekday(day)]) holidayDays.add(day);
  }
  return {
    weekdays,
    daysPerWeek: weekdays.filter(Boolean).length,
    openMs,
    closeMs,
    dayMs: closeMs - openMs,
    holidays: Int32Array.from([...holidayDays].sort((a, b) => a - b)),
  };
}

/** Index of the first element >= x in a sorted array. */
function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isHoliday(cal: WorkingCalendar, day: number): boolean {
  const i = lowerBound(cal.holidays, day);
  return i < cal.holidays.length && cal.holidays[i] === day;
}

/** True when `day` (days since 1970-01-01) is a working day. */
export function isWorkingDay(cal: WorkingCalendar, day: number): boolean {
  return cal.weekdays[isoWeekday(day)] === true && !isHoliday(cal, day);
}

/** Number of working days from `fromDay` to `toDay`, both included. */
export function countWorkingDays(cal: WorkingCalendar, fromDay: number, toDay: number): number {
  if (toDay < fromDay) return 0;
  const span = toDay - fromDay + 1;
  const weeks = Math.floor(span / 7);
  let count = weeks * cal.daysPerWeek;
  for (let d = fromDay + weeks * 7; d <= toDay; d++) if (cal.weekdays[isoWeekday(d)]) count++;
  return count - (lowerBound(cal.holidays, toDay + 1) - lowerBound(cal.holidays, fromDay));
}

function workingOverlap(cal: WorkingCalendar, day: number, fromMs: number, toMs: number): number {
  if (!isWorkingDay(cal, day)) return 0;
  const a = fromMs > cal.openMs ? fromMs : cal.openMs;
  const b = toMs < cal.closeMs ? toMs : cal.closeMs;
  return b > a ? b - a : 0;
}

/** Working milliseconds between two wall-clock times (0 when `end` is not after `start`). */
export function workingMsBetween(cal: WorkingCalendar, startWall: number, endWall: number): number {
  if (!(endWall > startWall)) return 0;
  const d0 = Math.floor(startWall / DAY_MS);
  const d1 = Math.floor(endWall / DAY_MS);
  if (d0 === d1) return workingOverlap(cal, d0, startWall - d0 * DAY_MS, endWall - d1 * DAY_MS);
  return (
    workingOverlap(cal, d0, startWall - d0 * DAY_MS, DAY_MS) +
    workingOverlap(cal, d1, 0, endWall - d1 * DAY_MS) +
    countWorkingDays(cal, d0 + 1, d1 - 1) * cal.dayMs
  );
}

/**
 * Working days after the start date up to and including the end date: dispatched on Friday
 * and delivered on Monday is 1 working day, the same day is 0. For date-only logs.
 */
export function workingDaysBetweenDates(cal: WorkingCalendar, startWall: number, endWall: number): number {
  const d0 = Math.floor(startWall / DAY_MS);
  const d1 = Math.floor(endWall / DAY_MS);
  return countWorkingDays(cal, d0 + 1, d1);
}

/** One end of a duration: its wall clock, its instant, and whether it had a time of day. */
export interface TimePoint {
  wall: number;
  instant: number;
  hasTime: boolean;
}

/**
 * The duration from `start` to `end` in `unit`: calendar units measure elapsed (instant)
 * time, `working-days` and `business-hours` measure working time. When either end is a bare
 * date, day units count dates (calendar days, or working days after the start date).
 * Negative when `end` is before `start`; the caller decides whether that is an error.
 */
export function durationBetween(cal: WorkingCalendar, start: TimePoint, end: TimePoint, unit: DurationUnit): number {
  const datesOnly = !start.hasTime || !end.hasTime;
  if (datesOnly ? Math.floor(end.wall / DAY_MS) < Math.floor(start.wall / DAY_MS) : end.instant < start.instant) {
    return (end.instant - start.instant) / CALENDAR_UNIT_MS.hours;
  }
  switch (unit) {
    case 'working-days':
      if (datesOnly) return workingDaysBetweenDates(cal, start.wall, end.wall);
      return cal.dayMs > 0 ? workingMsBetween(cal, start.wall, end.wall) / cal.dayMs : 0;
    case 'business-hours':
      return workingMsBetween(cal, start.wall, end.wall) / CALENDAR_UNIT_MS.hours;
    case 'days':
      if (datesOnly) return Math.floor(end.wall / DAY_MS) - Math.floor(start.wall / DAY_MS);
      return (end.instant - start.instant) / DAY_MS;
    default:
      return (end.instant - start.instant) / CALENDAR_UNIT_MS[unit];
  }
}

/**
 * The duration between two timestamps written as text (ISO 8601 or day/month/year) or Dates,
 * in `unit`, under a working week: the convenience form for one-off use (the importer uses
 * `durationBetween` on pre-parsed times). Throws a RangeError for text that is not a date.
 */
export function durationBetweenTimestamps(
  start: string | Date,
  end: string | Date,
  unit: DurationUnit,
  workingTime: WorkingTime | WorkingCalendar,
): number {
  const cal = 'weekdays' in workingTime ? workingTime : compileWorkingTime(workingTime);
  return durationBetween(cal, timePoint(start), timePoint(end), unit);
}

function timePoint(t: string | Date): TimePoint {
  if (t instanceof Date) {
    const wall = setLastFromWall(t.getTime());
    return { wall, instant: wall, hasTime: lastTimestamp.hasTime };
  }
  const wall = parseTimestamp(t, 'auto');
  if (Number.isNaN(wall)) throw new RangeError(`not a date: "${t.slice(0, 40)}"`);
  return { wall, instant: instantMs(wall), hasTime: lastTimestamp.hasTime };
}
