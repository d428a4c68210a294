/**
 * Reading the cells of a practice log: numbers, clock durations ("0:01:23"), met/missed
 * outcomes, and the names staff give to metrics and units. Vocabularies are data (maps of
 * aliases), and lookups go through `Map`s so a cell reading "__proto__" is just a miss.
 */
import { CLAIM_CATEGORIES, PRACTICE_UNITS, type ClaimCategory, type PracticeUnit } from '../domain/vocabulary.js';

/** One cell as a reader hands it over: text from CSV/JSON, typed values from XLSX/JSON. */
export type Cell = string | number | boolean | Date | null | undefined;

/** True for a missing cell or one holding only spaces. */
export function isEmptyCell(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  if (cell.length === 0) return true;
  for (let i = 0; i < cell.length; i++) if (cell.charCodeAt(i) > 32) return false;
  return true;
}

/**
 * A cell's text for messages, previews and text fields. A spreadsheet date is a wall-clock
 * time, so it is written without a zone: "2024-03-04 09:03:05", or "2024-03-04" at midnight.
 */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    const iso = cell.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  return String(cell);
}

const DECIMAL = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

/** A plain decimal number ("42", "-1.5", "3e2"), or NaN. Hex, "Infinity" and blanks are refused. */
export function parseDecimal(text: string): number {
  if (!DECIMAL.test(text)) return Number.NaN;
  return +text;
}

/**
 * A clock duration in seconds: "h:mm:ss", "m:ss" (call logs), with optional fraction; NaN
 * otherwise. Hours may exceed 24 ("49:10:00" is how help desks write long waits).
 */
export function parseClockSeconds(text: string): number {
  const parts = text.trim().split(':');
  if (parts.length < 2 || parts.length > 3) return Number.NaN;
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const last = i === parts.length - 1;
    if (!(last ? /^\d+(?:\.\d+)?$/ : /^\d+$/).test(part)) return Number.NaN;
    const v = +part;
    if (i > 0 && v >= 60) return Number.NaN;
    total = total * 60 + v;
  }
  return total;
}

/** A numeric cell: numbers as they are, text as a decimal; NaN otherwise. */
export function cellNumber(cell: Cell): number {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : Number.NaN;
  if (typeof cell === 'string') return parseDecimal(cell);
  return Number.NaN;
}

const OUTCOME_WORDS = new Map<string, number>([
  ['1', 1],
  ['0', 0],
  ['true', 1],
  ['false', 0],
  ['yes', 1],
  ['no', 0],
  ['y', 1],
  ['n', 0],
  ['met', 1],
  ['missed', 0],
  ['not met', 0],
  ['kept', 1],
  ['broken', 0],
  ['pass', 1],
  ['fail', 0],
  ['ok', 1],
  ['correct', 1],
  ['incorrect', 0],
  ['complete', 1],
  ['incomplete', 0],
  ['within sla', 1],
  ['sla violated', 0],
  ['achieved', 1],
  ['breached', 0],
]);

/** 1 (met), 0 (missed) or NaN for an outcome cell; `met`/`missed` add words a mapping names. */
export function parseOutcome(cell: Cell, met?: ReadonlySet<string>, missed?: ReadonlySet<string>): number {
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  if (typeof cell === 'number') return cell === 1 ? 1 : cell === 0 ? 0 : Number.NaN;
  if (typeof cell !== 'string') return Number.NaN;
  const key = cell.trim().toLowerCase();
  if (met?.has(key)) return 1;
  if (missed?.has(key)) return 0;
  const v = OUTCOME_WORDS.get(key);
  return v === undefined ? Number.NaN : v;
}

/** Lower-case, trimmed, with runs of spaces, underscores and hyphens as one hyphen. */
export function slug(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, '-');
}

const METRIC_ALIASES = new Map<string, ClaimCategory>([
  ...CLAIM_CATEGORIES.map((c) => [c, c] as const),
  ['phone', 'phone-answer'],
  ['call-answer', 'phone-answer'],
  ['calls', 'phone-answer'],
  ['call-back', 'callback'],
  ['callbacks', 'callback'],
  ['call-backs', 'callback'],
  ['email', 'email-response'],
  ['emails', 'email-response'],
  ['e-mail', 'email-response'],
  ['letter', 'letter-response'],
  ['letters', 'letter-response'],
  ['enquiry', 'enquiry-response'],
  ['inquiry-response', 'enquiry-response'],
  ['complaint-acknowledgement', 'complaint-response'],
  ['complaint', 'complaint-resolution'],
  ['complaints', 'complaint-resolution'],
  ['delivery', 'delivery-time'],
  ['refund', 'refund-time'],
  ['returns', 'returns-window'],
  ['fcr', 'first-contact-resolution'],
]);

const metricCache = new Map<string, ClaimCategory | null>();

/** The claim category a metric cell names ("phone-answer", "Phone answer", "callback"), or null. */
export function metricOf(text: string): ClaimCategory | null {
  const hit = metricCache.get(text);
  if (hit !== undefined) return hit;
  const found = METRIC_ALIASES.get(slug(text)) ?? null;
  // bounded: a file of a million distinct junk metrics must not grow the cache without end
  if (metricCache.size < 10_000) metricCache.set(text, found);
  return found;
}

const UNIT_ALIASES = new Map<string, PracticeUnit>([
  ...PRACTICE_UNITS.map((u) => [u, u] as const),
  ...(['s', 'sec', 'secs', 'second'] as const).map((a) => [a, 'seconds'] as const),
  ...(['m', 'min', 'mins', 'minute'] as const).map((a) => [a, 'minutes'] as const),
  ...(['h', 'hr', 'hrs', 'hour'] as const).map((a) => [a, 'hours'] as const),
  ...(['d', 'day', 'calendar-days', 'calendar-day'] as const).map((a) => [a, 'days'] as const),
  ...(['w', 'wk', 'wks', 'week'] as const).map((a) => [a, 'weeks'] as const),
  ...(['wd', 'working-day', 'business-days', 'business-day', 'workdays', 'workday'] as const).map(
    (a) => [a, 'working-days'] as const,
  ),
  ...(['bh', 'business-hour', 'working-hours', 'working-hour', 'office-hours'] as const).map(
    (a) => [a, 'business-hours'] as const,
  ),
  ...(['ring'] as const).map((a) => [a, 'rings'] as const),
  ...(['%', 'pct', 'per-cent', 'percentage'] as const).map((a) => [a, 'percent'] as const),
  ...(['gbp', 'usd', 'eur', '£', '$', '€', 'money'] as const).map((a) => [a, 'currency'] as const),
  ...(['met/missed', 'met', 'boolean', 'bool', 'yes/no'] as const).map((a) => [a, 'outcome'] as const),
]);

const unitCache = new Map<string, PracticeUnit | null>();

/** The practice unit a unit cell names ("minutes", "mins", "working days", "outcome"), or null. */
export function unitOf(text: string): PracticeUnit | null {
  const hit = unitCache.get(text);
  if (hit !== undefined) return hit;
  const found = UNIT_ALIASES.get(slug(text)) ?? null;
  if (unitCache.size < 10_000) unitCache.set(text, found);
  return found;
}

/** Shorten untrusted text for an error message. */
export function clip(text: string, max = 60): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
