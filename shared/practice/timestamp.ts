/**
 * Parsing the timestamps of practice logs without a regular expression or an allocation per
 * call: a million rows go through here, so it scans char codes and leaves its details in
 * `lastTimestamp` instead of returning an object.
 *
 * Accepted: ISO 8601 dates and date-times ("2024-03-05", "2024-03-05T09:12:00Z",
 * "2024-03-05 09:12:00 +0100", fractions of a second), day/month/year dates with `/`, `.`
 * or `-` ("05/03/2024 09:12", "5.3.2024"), 12-hour clocks ("3:05 PM"), and the zones `Z`,
 * `UTC`, `GMT`, `+hh:mm`, `+hhmm`, `+hh`.
 *
 * Times are kept as *wall-clock* milliseconds: the clock time as written, read as if it were
 * UTC. Working-time durations need the clock on the office wall, not an instant; calendar
 * durations subtract the offset (see `instantMs`).
 */

/** How to read dates written with slashes or dots: day first, month first, or decide per value. */
export type DateOrder = 'auto' | 'ymd' | 'dmy' | 'mdy';

/** Why the last parse failed: not a date at all, or a date that could be day- or month-first. */
export type TimestampProblem = 'invalid' | 'ambiguous' | null;

/** Details of the last successful `parseTimestamp` call (reused, never reallocated). */
export const lastTimestamp = {
  year: 0,
  month: 0,
  day: 0,
  hour: 0,
  minute: 0,
  second: 0,
  millisecond: 0,
  /** True when the value had a time of day (a bare date is a whole day). */
  hasTime: false,
  /** True when the value named its zone (Z, UTC, +01:00). */
  hasOffset: false,
  /** Offset from UTC in minutes when `hasOffset` (+60 for +01:00). */
  offsetMinutes: 0,
  /** True when the text was already ISO 8601 with a `T` and can be stored as it stands. */
  isoAsWritten: false,
  problem: null as TimestampProblem,
};

let s = '';
let p = 0;
let end = 0;

function digitsAt(): number {
  let n = 0;
  while (p + n < end) {
    const c = s.charCodeAt(p + n);
    if (c < 48 || c > 57) break;
    n++;
  }
  return n;
}

function intOf(len: number): number {
  let v = 0;
  for (let i = 0; i < len; i++) v = v * 10 + (s.charCodeAt(p + i) - 48);
  p += len;
  return v;
}

function skipSpaces(): void {
  while (p < end && s.charCodeAt(p) === 32) p++;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function fail(problem: TimestampProblem): number {
  lastTimestamp.problem = problem;
  return Number.NaN;
}

function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
}

/**
 * The common case in one pass with fixed positions: "YYYY-MM-DDTHH:MM:SS" with nothing, "Z"
 * or "+hh:mm" after it. NaN sends the text to the general parser.
 */
function fastIso(text: string, len: number): number {
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  const hour = digit(text, 11) * 10 + digit(text, 12);
  const minute = digit(text, 14) * 10 + digit(text, 15);
  const second = digit(text, 17) * 10 + digit(text, 18);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
  if (second < 0 || second > 59 || day > daysInMonth(year, month)) return NaN;
  let offset = 0;
  let hasOffset = false;
  if (len === 20) {
    if (text.charCodeAt(19) !== 90) return NaN;
    hasOffset = true;
  } else if (len === 25) {
    const sign = text.charCodeAt(19);
    const oh = digit(text, 20) * 10 + digit(text, 21);
    const om = digit(text, 23) * 10 + digit(text, 24);
    if ((sign !== 43 && sign !== 45) || text.charCodeAt(22) !== 58 || oh < 0 || oh > 14 || om < 0 || om > 59) return NaN;
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om);
    hasOffset = true;
  } else if (len !== 19) return NaN;
  const t = lastTimestamp;
  t.year = year;
  t.month = month;
  t.day = day;
  t.hour = hour;
  t.minute = minute;
  t.second = second;
  t.millisecond = 0;
  t.hasTime = true;
  t.hasOffset = hasOffset;
  t.offsetMinutes = offset;
  t.isoAsWritten = true;
  t.problem = null;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/**
 * Parse a timestamp to wall-clock milliseconds, or NaN (then `lastTimestamp.problem` says why).
 * Bounded: looks at no more than the first 64 characters.
 */
export function parseTimestamp(text: string, order: DateOrder = 'auto'): number {
  const len = text.length;
  if (
    len >= 19 &&
    (len === 19 || len === 20 || len === 25) &&
    text.charCodeAt(10) === 84 &&
    text.charCodeAt(4) === 45 &&
    text.charCodeAt(7) === 45 &&
    text.charCodeAt(13) === 58 &&
    text.charCodeAt(16) === 58 &&
    order !== 'dmy' &&
    order !== 'mdy'
  ) {
    const wall = fastIso(text, len);
    if (wall === wall) return wall;
  }
  s = text;
  p = 0;
  end = Math.min(text.length, 64);
  if (text.length > 64) return fail('invalid');
  while (p < end && s.charCodeAt(p) <= 32) p++;
  while (end > p && s.charCodeAt(end - 1) <= 32) end--;
  const t = lastTimestamp;
  t.problem = null;
  t.isoAsWritten = false;

  const n1 = digitsAt();
  if (n1 === 0 || n1 > 4) return fail('invalid');
  const a = intOf(n1);
  const sep = s.charCodeAt(p);
  if (sep !== 45 && sep !== 47 && sep !== 46) return fail('invalid'); // - / .
  p++;
  const n2 = digitsAt();
  if (n2 === 0 || n2 > 2) return fail('invalid');
  const b = intOf(n2);
  if (s.charCodeAt(p) !== sep) return fail('invalid');
  p++;
  const n3 = digitsAt();
  if (n3 === 0 || n3 > 4) return fail('invalid');
  const c = intOf(n3);

  let year: number;
  let month: number;
  let day: number;
  if (n1 === 4) {
    if (order === 'dmy' || order === 'mdy') return fail('invalid');
    year = a;
    month = b;
    day = c;
  } else {
    if (order === 'ymd') return fail('invalid');
    if (n3 !== 4 && n3 !== 2) return fail('invalid');
    year = n3 === 2 ? 2000 + c : c;
    let dayFirst: boolean;
    if (order === 'dmy') dayFirst = true;
    else if (order === 'mdy') dayFirst = false;
    else if (a > 12 && b <= 12) dayFirst = true;
    else if (b > 12 && a <= 12) dayFirst = false;
    else if (a === b) dayFirst = true; // 05/05: either reading gives the same date
    else return fail('ambiguous');
    day = dayFirst ? a : b;
    month = dayFirst ? b : a;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return fail('invalid');
  t.year = year;
  t.month = month;
  t.day = day;
  t.hour = 0;
  t.minute = 0;
  t.second = 0;
  t.millisecond = 0;
  t.hasTime = false;
  t.hasOffset = false;
  t.offsetMinutes = 0;

  if (p < end) {
    const tsep = s.charCodeAt(p);
    const isT = tsep === 84 || tsep === 116;
    if (isT) p++;
    else if (tsep === 32) skipSpaces();
    else return fail('invalid');
    if (!parseTime()) return fail('invalid');
    t.isoAsWritten = isT && sep === 45 && n1 === 4 && n2 === 2 && n3 === 2 && hourDigits === 2;
  }
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second, t.millisecond);
}

let hourDigits = 0;

function parseTime(): boolean {
  const t = lastTimestamp;
  const nh = digitsAt();
  hourDigits = nh;
  if (nh === 0 || nh > 2) return false;
  let hour = intOf(nh);
  if (s.charCodeAt(p) !== 58) return false; // :
  p++;
  if (digitsAt() !== 2) return false;
  const minute = intOf(2);
  let second = 0;
  let ms = 0;
  if (s.charCodeAt(p) === 58) {
    p++;
    if (digitsAt() !== 2) return false;
    second = intOf(2);
    const dot = s.charCodeAt(p);
    if (dot === 46 || dot === 44) {
      p++;
      const nf = digitsAt();
      if (nf === 0 || nf > 9) return false;
      const frac = intOf(nf);
      ms = Math.floor(frac / 10 ** (nf - 3 > 0 ? nf - 3 : 0)) * (nf < 3 ? 10 ** (3 - nf) : 1);
    }
  }
  skipSpaces();
  // 12-hour clock
  if (p + 1 < end && (s.charCodeAt(p + 1) === 77 || s.charCodeAt(p + 1) === 109)) {
    const ap = s.charCodeAt(p) | 32;
    if (ap === 97 || ap === 112) {
      if (hour < 1 || hour > 12) return false;
      if (ap === 97 && hour === 12) hour = 0;
      else if (ap === 112 && hour !== 12) hour += 12;
      p += 2;
      skipSpaces();
    }
  }
  if (hour > 23 || minute > 59 || second > 60) return false;
  t.hour = hour;
  t.minute = minute;
  t.second = second === 60 ? 59 : second;
  t.millisecond = ms;
  t.hasTime = true;
  if (p < end && !parseZone()) return false;
  return p === end;
}

function parseZone(): boolean {
  const t = lastTimestamp;
  const c = s.charCodeAt(p);
  if (c === 90 || c === 122) {
    p++;
    t.hasOffset = true;
    return true;
  }
  if (c === 85 || c === 71) {
    // UTC or GMT, optionally followed by an offset
    const word = s.slice(p, p + 3).toUpperCase();
    if (word !== 'UTC' && word !== 'GMT') return false;
    p += 3;
    t.hasOffset = true;
    if (p === end) return true;
  }
  const sign = s.charCodeAt(p);
  if (sign !== 43 && sign !== 45) return false;
  p++;
  if (digitsAt() < 2) return false;
  const oh = intOf(2);
  let om = 0;
  if (s.charCodeAt(p) === 58) p++;
  if (p < end) {
    if (digitsAt() !== 2) return false;
    om = intOf(2);
  }
  if (oh > 14 || om > 59) return false;
  t.hasOffset = true;
  t.offsetMinutes = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  return true;
}

/** The instant (UTC ms) of the last parsed timestamp, given its wall-clock ms. */
export function instantMs(wall: number): number {
  return lastTimestamp.hasOffset ? wall - lastTimestamp.offsetMinutes * 60_000 : wall;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The last parsed timestamp written as ISO 8601 for storage: the text itself when it already
 * was (the common case, no allocation), else rebuilt from its parts.
 */
export function isoOfLast(text: string): string {
  const t = lastTimestamp;
  if (t.isoAsWritten) {
    return text.charCodeAt(0) > 32 && text.charCodeAt(text.length - 1) > 32 ? text : text.trim();
  }
  const date = `${String(t.year).padStart(4, '0')}-${pad2(t.month)}-${pad2(t.day)}`;
  if (!t.hasTime) return date;
  let out = `${date}T${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)}`;
  if (t.millisecond) out += `.${String(t.millisecond).padStart(3, '0')}`;
  if (!t.hasOffset) return out;
  if (t.offsetMinutes === 0) return `${out}Z`;
  const m = Math.abs(t.offsetMinutes);
  return `${out}${t.offsetMinutes < 0 ? '-' : '+'}${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
}

/**
 * Take a wall-clock time from a spreadsheet (exceljs reads a date cell as a Date whose UTC
 * fields are the wall clock) into `lastTimestamp`, as if it had been parsed. Returns `wall`.
 */
export function setLastFromWall(wall: number): number {
  const t = lastTimestamp;
  const d = new Date(wall);
  t.year = d.getUTCFullYear();
  t.month = d.getUTCMonth() + 1;
  t.day = d.getUTCDate();
  t.hour = d.getUTCHours();
  t.minute = d.getUTCMinutes();
  t.second = d.getUTCSeconds();
  t.millisecond = d.getUTCMilliseconds();
  t.hasTime = t.hour !== 0 || t.minute !== 0 || t.second !== 0 || t.millisecond !== 0;
  t.hasOffset = false;
  t.offsetMinutes = 0;
  t.isoAsWritten = false;
  t.problem = null;
  return wall;
}

/** Wall-clock ms of an Excel serial day number (1900 date system). */
export function wallOfExcelSerial(serial: number): number {
  return Math.round((serial - 25569) * 86_400_000);
}
