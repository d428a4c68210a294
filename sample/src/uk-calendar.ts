/**
 * Dates and times for the sample's practice logs: the quarter before 2026-10-01, UK working days,
 * and local timestamps. The whole quarter lies inside British Summer Time, so local time is UTC+1
 * throughout and naive local arithmetic is safe.
 */

/** First and last day of the audited quarter (inclusive). */
export const QUARTER_FIRST_DAY = '2026-07-01';
export const QUARTER_LAST_DAY = '2026-09-30';

/** England and Wales bank holidays that fall in the quarter (the summer bank holiday). */
export const BANK_HOLIDAYS = ['2026-08-31'] as const;

/** UTC offset of UK local time during the quarter (BST). */
const LOCAL_OFFSET = '+01:00';
const DAY_MS = 86_400_000;

/** Opening hours per ISO weekday (1 = Monday ... 7 = Sunday), as [start, end) minutes after midnight. */
export type WeeklyHours = Readonly<Partial<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, readonly [number, number]>>>;

/** "HH:MM" as minutes after midnight. */
export function minutesOf(hhmm: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) throw new Error(`not a time of day: ${hhmm}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Builds weekly hours from "HH:MM" pairs. */
export function hours(spec: Readonly<Partial<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, readonly [string, string]>>>): WeeklyHours {
  const out: Partial<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, readonly [number, number]>> = {};
  for (const [day, [start, end]] of Object.entries(spec) as [string, readonly [string, string]][]) {
    out[Number(day) as 1] = [minutesOf(start), minutesOf(end)];
  }
  return out;
}

/** A local moment as "naive" milliseconds: the local wall-clock fields read as if they were UTC. */
export type LocalMs = number;

/** ISO weekday of a naive local moment. */
export function isoWeekday(ms: LocalMs): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  const day = new Date(ms).getUTCDay();
  return (day === 0 ? 7 : day) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/** "YYYY-MM-DD" of a naive local moment. */
export function dateOf(ms: LocalMs): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Midnight of a "YYYY-MM-DD" day as a naive local moment. */
export function dayStart(date: string): LocalMs {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`not a date: ${date}`);
  return ms;
}

/** Every day of the quarter, in order. */
export function quarterDays(): string[] {
  const days: string[] = [];
  for (let ms = dayStart(QUARTER_FIRST_DAY); ms <= dayStart(QUARTER_LAST_DAY); ms += DAY_MS) days.push(dateOf(ms));
  return days;
}

/** True on a bank holiday. */
export function isBankHoliday(date: string): boolean {
  return (BANK_HOLIDAYS as readonly string[]).includes(date);
}

/** The open interval of a day under weekly hours, or null when closed (weekends, bank holidays). */
export function openingOn(date: string, weekly: WeeklyHours): readonly [LocalMs, LocalMs] | null {
  if (isBankHoliday(date)) return null;
  const start = dayStart(date);
  const span = weekly[isoWeekday(start)];
  return span ? [start + span[0] * 60_000, start + span[1] * 60_000] : null;
}

/** ISO 8601 with the UK offset, to the second: `2026-07-01T09:14:05+01:00`. */
export function isoLocal(ms: LocalMs): string {
  return `${new Date(ms).toISOString().slice(0, 19)}${LOCAL_OFFSET}`;
}

/** Zendesk's export style: `2026-07-01 09:14:05` in the account's time zone. */
export function zendeskLocal(ms: LocalMs): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** Minutes of `weekly` opening time between two naive local moments. */
export function businessMinutesBetween(from: LocalMs, to: LocalMs, weekly: WeeklyHours): number {
  let total = 0;
  for (let day = dayStart(dateOf(from)); day <= to; day += DAY_MS) {
    const open = openingOn(dateOf(day), weekly);
    if (!open) continue;
    const start = Math.max(open[0], from);
    const end = Math.min(open[1], to);
    if (end > start) total += end - start;
  }
  return Math.round(total / 60_000);
}

/** The moment `minutes` of opening time after `from` (skipping closed time). */
export function addBusinessMinutes(from: LocalMs, minutes: number, weekly: WeeklyHours): LocalMs {
  let remaining = minutes * 60_000;
  let cursor = from;
  // A year of days is far more than any reply time the fixtures use.
  for (let guard = 0; guard < 366; guard++) {
    const open = openingOn(dateOf(cursor), weekly);
    if (open) {
      const start = Math.max(open[0], cursor);
      if (start < open[1]) {
        const available = open[1] - start;
        if (remaining <= available) return start + remaining;
        remaining -= available;
      }
    }
    cursor = dayStart(dateOf(cursor)) + DAY_MS;
  }
  throw new Error(`cannot add ${minutes} business minutes within a year`);
}
