/**
 * Crawler-trap guards: URL shapes that generate pages without end (calendars, repeated path
 * segments, ever-new query strings, runaway URL length). Each refusal carries a reason string
 * that ends up in the frontier and the report.
 */

/** Limits of the trap guards; the defaults are what well-behaved crawlers use. */
export interface TrapLimits {
  /** Longest URL fetched (the old Internet Explorer limit, a de-facto web maximum). */
  readonly maxUrlLength: number;
  /** How often one path segment may occur in a path ("/a/a/a/" has "a" three times). */
  readonly maxSegmentRepeats: number;
  /** Distinct query strings accepted per path ("/search?q=..." variants). */
  readonly maxQueryVariants: number;
  /** Distinct URLs accepted per calendar-like URL shape ("/events/<date>"). */
  readonly maxCalendarVariants: number;
  /** Calendar years accepted: from this year ... */
  readonly minCalendarYear: number;
  /** ... to this many years past the current one. */
  readonly calendarYearsAhead: number;
}

export const DEFAULT_TRAP_LIMITS: TrapLimits = {
  maxUrlLength: 2083,
  maxSegmentRepeats: 2,
  maxQueryVariants: 20,
  maxCalendarVariants: 36,
  minCalendarYear: 1990,
  calendarYearsAhead: 5,
};

/** A year followed by a month, with separators: 2024/05, 2024-05-17, 2024_5. */
const DATE_IN_URL = /(?:^|[/=_\-.])((?:19|20|21)\d\d)[-/_.](0?[1-9]|1[0-2])(?:[-/_.](?:0?[1-9]|[12]\d|3[01]))?(?=$|[-/?&#_.=])/;
/** Query names calendars page through. */
const CALENDAR_PARAM = /^(?:date|day|month|year|week|yearmonth|ym|cal|calendar|start|end|from|to)$/i;

/** The reason a URL's shape alone makes it a trap, or null. */
export function staticTrapReason(url: URL, href: string, limits: TrapLimits, now: Date): string | null {
  if (href.length > limits.maxUrlLength) {
    return `trap: URL is ${href.length} characters long (limit ${limits.maxUrlLength})`;
  }
  const counts = new Map<string, number>();
  for (const seg of url.pathname.split('/')) {
    if (seg === '') continue;
    const n = (counts.get(seg) ?? 0) + 1;
    if (n > limits.maxSegmentRepeats) {
      return `trap: path segment "${seg.slice(0, 40)}" repeated ${n} times`;
    }
    counts.set(seg, n);
  }
  const year = calendarYear(url);
  if (year !== null) {
    const maxYear = now.getUTCFullYear() + limits.calendarYearsAhead;
    if (year < limits.minCalendarYear || year > maxYear) {
      return `trap: calendar date in year ${year} (accepted ${limits.minCalendarYear}-${maxYear})`;
    }
  }
  return null;
}

/** The year of a calendar-like URL (a date in its path or query), else null. */
function calendarYear(url: URL): number | null {
  const m = DATE_IN_URL.exec(url.pathname) ?? DATE_IN_URL.exec(url.search);
  if (m) return Number(m[1]);
  for (const [name, value] of url.searchParams) {
    if (CALENDAR_PARAM.test(name) && /^\d{4}$/.test(value)) {
      const y = Number(value);
      if (y >= 1000) return y;
    }
  }
  return null;
}

/** A calendar-like URL's shape with its dates blanked out, or null when it is not calendar-like. */
function calendarShape(url: URL): string | null {
  let dated = false;
  const path = url.pathname.replace(new RegExp(DATE_IN_URL.source, 'g'), () => {
    dated = true;
    return '/<date>';
  });
  const names: string[] = [];
  for (const [name, value] of url.searchParams) {
    if (CALENDAR_PARAM.test(name) && /\d/.test(value)) dated = true;
    else if (DATE_IN_URL.test(`=${value}`)) dated = true;
    names.push(name);
  }
  return dated ? `${url.host}${path}?${names.sort().join('&')}` : null;
}

/**
 * The stateful guards: counts distinct query strings per path and distinct URLs per calendar
 * shape over the whole crawl, so a trap is cut after a bounded number of URLs.
 */
export class TrapGuard {
  private readonly queriesByPath = new Map<string, Set<string>>();
  private readonly urlsByCalendarShape = new Map<string, number>();

  constructor(
    private readonly limits: TrapLimits = DEFAULT_TRAP_LIMITS,
    private readonly now: Date = new Date(),
  ) {}

  /**
   * Checks a normalised URL not seen before; returns why it is refused, or null and counts it.
   * Call once per distinct URL.
   */
  admit(href: string): string | null {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return 'not a valid URL';
    }
    const reason = staticTrapReason(url, href, this.limits, this.now);
    if (reason) return reason;
    if (url.search !== '') {
      const key = `${url.host}${url.pathname}`;
      let seen = this.queriesByPath.get(key);
      if (!seen) this.queriesByPath.set(key, (seen = new Set()));
      if (!seen.has(url.search)) {
        if (seen.size >= this.limits.maxQueryVariants) {
          return `trap: more than ${this.limits.maxQueryVariants} query variants of ${url.pathname.slice(0, 200)}`;
        }
        seen.add(url.search);
      }
    }
    const shape = calendarShape(url);
    if (shape !== null) {
      const n = (this.urlsByCalendarShape.get(shape) ?? 0) + 1;
      if (n > this.limits.maxCalendarVariants) {
        return `trap: more than ${this.limits.maxCalendarVariants} calendar pages shaped ${shape.slice(0, 200)}`;
      }
      this.urlsByCalendarShape.set(shape, n);
    }
    return null;
  }
}
