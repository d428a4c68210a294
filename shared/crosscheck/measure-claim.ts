/**
 * Setting one claim against the practice of its metric: which records measure it (the
 * claim's own unit family first, then a convertible one, noted), how many there are, how
 * many meet the claim, and the practice percentiles in the claim's unit.
 *
 * A record meets a time claim when its value is at most the threshold (the top of a range:
 * "3-5 working days" is kept by anything within 5). "The same day" (0 days) is kept by
 * anything under one day. Outcome records (1 met / 0 missed) of the metric count as they are.
 */
import type { Claim } from '../domain/types.js';
import type { MetricPractice, PracticeIndex } from './practice-index.js';
import { countAtMost, countBelow, percentile } from './sorted-values.js';
import { baseFactor, familyFactor, familyOf, lowerIsBetter, type UnitFamily, type WorkingScale } from './units.js';

/** What practice says about one claim. */
export interface Measurement {
  /** Records that measure the claim, and how many of them meet it. */
  readonly n: number;
  readonly met: number;
  /** The claim's threshold in its own unit, or null (an outcome-only claim). */
  readonly threshold: number | null;
  /** Practice percentiles in the claim's unit (null without duration-like records). */
  readonly p50: number | null;
  readonly p90: number | null;
  readonly p95: number | null;
  /** The target percentile of practice in the claim's unit, for the rewording. */
  readonly at: (share: number) => number | null;
  /** Whether the records were durations, outcomes, or both. */
  readonly basis: 'values' | 'outcomes' | 'both' | 'none';
  /** True when a bigger value is better (percent). */
  readonly higherIsBetter: boolean;
  /** How the records were converted, when not exactly ("converted from calendar time"). */
  readonly note: string | null;
  /** A share the claim states through a percent unit ("98% of orders arrive complete"). */
  readonly impliedShare: number | null;
}

/** The order in which unit families may stand in for a claim's own. */
const STAND_INS: Readonly<Record<UnitFamily, readonly UnitFamily[]>> = {
  calendar: ['calendar', 'working', 'rings'],
  working: ['working', 'calendar'],
  rings: ['rings', 'calendar'],
  percent: ['percent'],
  currency: ['currency'],
};

function conversionNote(claimFamily: UnitFamily, used: UnitFamily): string | null {
  if (claimFamily === used) return null;
  if (used === 'calendar' && claimFamily === 'working') return 'logs in calendar time, converted to working time by the working week, so approximate';
  if (used === 'working' && claimFamily === 'calendar') return 'logs in working time, converted to calendar time by the working week, so approximate';
  if (claimFamily === 'rings') return 'no logs count rings, so answer times were read at about 5 seconds a ring';
  if (used === 'rings') return 'logs count rings, read at about 5 seconds a ring';
  return null;
}

const EMPTY = new Float64Array(0);

/** Measure a claim against the practice index. */
export function measureClaim(claim: Claim, index: PracticeIndex): Measurement {
  const practice: MetricPractice | undefined = index.byMetric.get(claim.category);
  const outcomeMet = practice?.outcomeMet ?? 0;
  const outcomeTotal = practice?.outcomeTotal ?? 0;
  const family = claim.unit ? familyOf(claim.unit) : null;
  const threshold = claim.value === null ? null : (claim.valueMax ?? claim.value);

  let series: Float64Array = EMPTY;
  let used: UnitFamily | null = null;
  if (family && threshold !== null && practice) {
    for (const f of STAND_INS[family]) {
      const s = practice.series.get(f);
      if (s && s.length > 0) {
        series = s;
        used = f;
        break;
      }
    }
  }

  const impliedShare =
    claim.unit === 'percent' && used === null && claim.value !== null ? Math.min(1, claim.value / 100) : null;

  if (used === null || family === null || threshold === null) {
    return {
      n: outcomeTotal,
      met: outcomeMet,
      threshold: impliedShare === null ? threshold : null,
      p50: null,
      p90: null,
      p95: null,
      at: () => null,
      basis: outcomeTotal > 0 ? 'outcomes' : 'none',
      higherIsBetter: false,
      note: null,
      impliedShare,
    };
  }

  // claim unit -> base of the family used: factor into the claim's family base, then across
  const scale: WorkingScale = index.scale;
  const toBase = baseFactor(claim.unit!, scale) * familyFactor(family, used, scale)!;
  const fromBase = (v: number) => v / toBase;
  const higherIsBetter = !lowerIsBetter(family);
  const dayUnit = claim.unit === 'days' || claim.unit === 'working-days';
  let metValues: number;
  if (higherIsBetter) metValues = series.length - countBelow(series, threshold * toBase * (1 - 1e-9));
  else if (dayUnit && threshold === 0) metValues = countBelow(series, toBase); // "the same day": under one day
  else metValues = countAtMost(series, threshold * toBase * (1 + 1e-9));
  const pct = (p: number) => {
    const v = percentile(series, p);
    return v === null ? null : fromBase(v);
  };
  return {
    n: series.length + outcomeTotal,
    met: metValues + outcomeMet,
    threshold,
    p50: pct(0.5),
    p90: pct(0.9),
    p95: pct(0.95),
    at: pct,
    basis: outcomeTotal > 0 ? 'both' : 'values',
    higherIsBetter,
    note: conversionNote(family, used),
    impliedShare: null,
  };
}
