/**
 * Units of claims and practice, grouped in families that convert exactly among themselves:
 * calendar time (seconds ... weeks), working time (business hours, working days), rings,
 * percent and currency. Across calendar and working time there is only an approximation
 * (so many working hours in a calendar week), and between rings and seconds a rule of thumb
 * (about 5 seconds a ring); findings that rely on either say so.
 */
import type { WorkingTime } from '../domain/settings.js';
import type { PracticeUnit } from '../domain/vocabulary.js';

export type UnitFamily = 'calendar' | 'working' | 'rings' | 'percent' | 'currency';

/** Seconds a phone rings per ring, for converting "answered within 3 rings". */
export const SECONDS_PER_RING = 5;

/** The family of a unit; null for `outcome`. */
export function familyOf(unit: PracticeUnit): UnitFamily | null {
  switch (unit) {
    case 'seconds':
    case 'minutes':
    case 'hours':
    case 'days':
    case 'weeks':
      return 'calendar';
    case 'working-days':
    case 'business-hours':
      return 'working';
    case 'rings':
    case 'percent':
    case 'currency':
      return unit;
    case 'outcome':
      return null;
  }
}

/** What the working week says about converting working time. */
export interface WorkingScale {
  /** Working seconds in a working day. */
  readonly dayLengthSeconds: number;
  /** Working days in a week. */
  readonly daysPerWeek: number;
}

/** The scale of a working week (defaults: 8-hour days, 5 days a week). */
export function workingScale(wt?: Pick<WorkingTime, 'days' | 'start' | 'end'>): WorkingScale {
  if (!wt) return { dayLengthSeconds: 8 * 3600, daysPerWeek: 5 };
  const toSec = (hhmm: string) => Number(hhmm.slice(0, 2)) * 3600 + Number(hhmm.slice(3, 5)) * 60;
  const len = toSec(wt.end) - toSec(wt.start);
  return { dayLengthSeconds: len > 0 ? len : 8 * 3600, daysPerWeek: new Set(wt.days).size || 5 };
}

/** One unit in its family's base: seconds (calendar), working seconds (working), or 1. */
export function baseFactor(unit: PracticeUnit, scale: WorkingScale): number {
  switch (unit) {
    case 'seconds':
      return 1;
    case 'minutes':
      return 60;
    case 'hours':
      return 3600;
    case 'days':
      return 86_400;
    case 'weeks':
      return 604_800;
    case 'business-hours':
      return 3600;
    case 'working-days':
      return scale.dayLengthSeconds;
    default:
      return 1;
  }
}

/**
 * How many base units of family `to` one base unit of family `from` is, or null when they do
 * not convert. Calendar <-> working uses the share of the week that is working time; rings
 * <-> calendar uses SECONDS_PER_RING.
 */
export function familyFactor(from: UnitFamily, to: UnitFamily, scale: WorkingScale): number | null {
  if (from === to) return 1;
  const workingShare = (scale.daysPerWeek * scale.dayLengthSeconds) / (7 * 86_400);
  if (from === 'calendar' && to === 'working') return workingShare;
  if (from === 'working' && to === 'calendar') return 1 / workingShare;
  if (from === 'rings' && to === 'calendar') return SECONDS_PER_RING;
  if (from === 'calendar' && to === 'rings') return 1 / SECONDS_PER_RING;
  return null;
}

/** Units where a smaller value is better (time, rings, price); percent is the other way round. */
export function lowerIsBetter(family: UnitFamily): boolean {
  return family !== 'percent';
}
