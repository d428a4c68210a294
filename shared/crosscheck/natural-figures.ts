/**
 * Numbers and quantities as people write them: "61%", "1,240", "52 hours", "2 working days",
 * "the same day", and rounding a practice figure UP to a figure a company would print
 * (47 minutes -> 1 hour, 3.2 working days -> 4 working days).
 */
import type { ClaimUnit } from '../domain/vocabulary.js';
import type { WorkingScale } from './units.js';

const LABELS: Readonly<Record<ClaimUnit, [string, string]>> = {
  seconds: ['second', 'seconds'],
  minutes: ['minute', 'minutes'],
  hours: ['hour', 'hours'],
  days: ['day', 'days'],
  'working-days': ['working day', 'working days'],
  'business-hours': ['business hour', 'business hours'],
  weeks: ['week', 'weeks'],
  rings: ['ring', 'rings'],
  percent: ['%', '%'],
  currency: ['', ''],
};

/** 1240 -> "1,240"; 3.25 -> "3.3"; 52.4 -> "52". */
export function formatNumber(x: number): string {
  const r = Math.abs(x) >= 10 ? Math.round(x) : Math.round(x * 10) / 10;
  const [int, frac] = String(r).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/** A share as a percentage that never rounds a miss up to 100% or a hit down to 0%. */
export function formatShare(share: number): string {
  let pct = Math.round(share * 100);
  if (pct === 100 && share < 1) pct = Math.floor(share * 1000) / 10;
  if (pct === 0 && share > 0) pct = Math.ceil(share * 1000) / 10;
  return `${pct}%`;
}

/** "24 hours", "1 working day", "3 to 5 working days". */
export function formatQuantity(value: number, unit: ClaimUnit, valueMax: number | null = null): string {
  const [one, many] = LABELS[unit];
  if (unit === 'percent') return `${formatNumber(value)}%`;
  if (unit === 'currency') return formatNumber(value);
  if (valueMax !== null && valueMax !== value) return `${formatNumber(value)} to ${formatNumber(valueMax)} ${many}`;
  return `${formatNumber(value)} ${value === 1 ? one : many}`;
}

/** A time limit as a claim words it: "within 24 hours", "the same day", "within 3 to 5 working days". */
export function formatLimit(value: number, unit: ClaimUnit, valueMax: number | null = null): string {
  if ((unit === 'days' || unit === 'working-days') && value === 0 && (valueMax === null || valueMax === 0)) {
    return 'the same day';
  }
  return `within ${formatQuantity(value, unit, valueMax)}`;
}

const CALENDAR_SECONDS: Partial<Record<ClaimUnit, number>> = {
  seconds: 1,
  minutes: 60,
  hours: 3600,
  days: 86_400,
  weeks: 604_800,
};

/**
 * A practice figure (in `unit`) in the unit a person would use for it: seconds under two
 * minutes, minutes under two hours, hours under three days, then days; working time in
 * business hours under a working day, else working days.
 */
export function humanDuration(value: number, unit: ClaimUnit, scale: WorkingScale): string {
  const secs = CALENDAR_SECONDS[unit];
  if (secs !== undefined) {
    const s = value * secs;
    if (s < 120) return formatQuantity(s, 'seconds');
    if (s < 7200) return formatQuantity(s / 60, 'minutes');
    if (s < 3 * 86_400) return formatQuantity(s / 3600, 'hours');
    return formatQuantity(s / 86_400, 'days');
  }
  if (unit === 'working-days' || unit === 'business-hours') {
    const hours = unit === 'business-hours' ? value : (value * scale.dayLengthSeconds) / 3600;
    const dayHours = scale.dayLengthSeconds / 3600;
    return hours < dayHours ? formatQuantity(hours, 'business-hours') : formatQuantity(hours / dayHours, 'working-days');
  }
  return formatQuantity(value, unit);
}

/** Natural figures per unit, and the unit to move up to beyond the last one. */
const LADDERS: Partial<Record<ClaimUnit, { steps: readonly number[]; next?: ClaimUnit }>> = {
  seconds: { steps: [5, 10, 15, 20, 30, 45, 60, 90, 120], next: 'minutes' },
  minutes: { steps: [1, 2, 3, 5, 10, 15, 20, 30, 45, 60, 90, 120], next: 'hours' },
  hours: { steps: [1, 2, 3, 4, 6, 8, 12, 24, 36, 48, 72], next: 'days' },
  days: { steps: [1, 2, 3, 4, 5, 7, 10, 14, 21, 28], next: 'weeks' },
  weeks: { steps: [1, 2, 3, 4, 6, 8, 12, 16, 26, 52] },
  'business-hours': { steps: [1, 2, 3, 4, 6, 8, 12, 16], next: 'working-days' },
  'working-days': { steps: [1, 2, 3, 4, 5, 7, 10, 15, 20, 30, 40, 60] },
  rings: { steps: [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20] },
};

function convertUp(value: number, from: ClaimUnit, to: ClaimUnit, scale: WorkingScale): number {
  if (from === 'business-hours' && to === 'working-days') return (value * 3600) / scale.dayLengthSeconds;
  return (value * CALENDAR_SECONDS[from]!) / CALENDAR_SECONDS[to]!;
}

/**
 * Round a figure up to the next natural one, moving to a bigger unit past the ladder's top
 * (150 seconds -> 3 minutes; 80 hours -> 4 days). Zero days stays "the same day".
 * Null for units without a ladder (percent, currency).
 */
export function naturalCeil(value: number, unit: ClaimUnit, scale: WorkingScale): { value: number; unit: ClaimUnit } | null {
  const ladder = LADDERS[unit];
  if (!ladder) return null;
  if (value <= 1e-9 && (unit === 'days' || unit === 'working-days')) return { value: 0, unit };
  const step = ladder.steps.find((s) => s >= value - 1e-9);
  if (step !== undefined) return { value: step, unit };
  if (ladder.next) return naturalCeil(convertUp(value, unit, ladder.next, scale), ladder.next, scale);
  const top = ladder.steps[ladder.steps.length - 1]!;
  const round = top >= 50 ? 10 : 1;
  return { value: Math.ceil(value / round) * round, unit };
}
