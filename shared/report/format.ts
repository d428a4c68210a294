/**
 * Deterministic formatting of figures, durations and dates for the report. No locale or
 * clock is consulted, so one input always gives the same words.
 */
import type { ClaimUnit } from '../domain/types.js';

const UNIT_WORDS: Readonly<Record<ClaimUnit, readonly [string, string]>> = {
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

/** Units whose values are durations or counts where "less is better", so practice can be set against a promise. */
export const TIME_UNITS: ReadonlySet<ClaimUnit> = new Set([
  'seconds',
  'minutes',
  'hours',
  'days',
  'working-days',
  'business-hours',
  'weeks',
  'rings',
]);

/** An integer with thousands separators: 1204 -> "1,204". */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A measured value at a precision a reader needs: 3 -> "3", 2.46 -> "2.5", 52.4 -> "52", 1234 -> "1,234". */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) >= 10) return formatCount(v);
  const rounded = Math.round(v * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** A share 0..1 as a percentage that never rounds a miss up to 100% or a hit down to 0%. */
export function formatShare(x: number): string {
  const pct = x * 100;
  const whole = Math.round(pct);
  if (whole === 100 && x < 1) return `${(Math.floor(pct * 10) / 10).toFixed(1)}%`;
  if (whole === 0 && x > 0) return `${(Math.ceil(pct * 10) / 10).toFixed(1)}%`;
  return `${whole}%`;
}

/** A value in a claim unit: (2, 'working-days') -> "2 working days"; (95, 'percent') -> "95%". */
export function formatQuantity(v: number, unit: ClaimUnit | null): string {
  const text = formatValue(v);
  if (unit === null) return text;
  if (unit === 'percent') return `${text}%`;
  if (unit === 'currency') return `${Number.isInteger(v) ? text : v.toFixed(2)} (money)`;
  const [one, many] = UNIT_WORDS[unit];
  return `${text} ${v === 1 ? one : many}`;
}

/** A claim's threshold in words: "within 24 hours", "3–5 working days", "95%". */
export function formatPromise(
  value: number | null,
  valueMax: number | null,
  unit: ClaimUnit | null,
  share: number | null,
): string {
  if (value === null && valueMax === null) return share !== null ? `${formatValue(share)}% of cases` : 'no stated figure';
  let text: string;
  if (value !== null && valueMax !== null && valueMax !== value) {
    const max = formatQuantity(valueMax, unit);
    text = `${formatValue(value)}–${max}`;
  } else {
    const v = (value ?? valueMax) as number;
    text = unit !== null && TIME_UNITS.has(unit) ? `within ${formatQuantity(v, unit)}` : formatQuantity(v, unit);
  }
  return share !== null ? `${formatValue(share)}% of cases ${text}` : text;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** An ISO 8601 instant as a date in words, in UTC ("3 March 2025"), or null when it is not a date. */
export function formatDate(iso: string): string | null {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return null;
  const d = new Date(t);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "1 promise" / "3 promises"; the plural defaults to singular + "s". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Cuts untrusted text to `max` characters at a word boundary, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A place as a reader recognises it: a URL without its scheme, or a file name. */
export function shortUri(uri: string): string {
  const web = /^https?:\/\/(?:www\.)?/i.exec(uri);
  if (web) {
    const rest = uri.slice(web[0].length);
    return rest.endsWith('/') ? rest.slice(0, -1) : rest;
  }
  const name = uri.split(/[\\/]/).filter(Boolean).pop() ?? uri;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
