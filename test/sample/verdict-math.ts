/**
 * The arithmetic of SPEC's cross-check, re-done independently of the product so the fixtures can
 * prove they were built to give each verdict: attainment against a threshold, the Wilson score
 * interval, and the planned verdict bands.
 */

/** Two-sided normal quantile for a 95% interval. */
export const Z_95 = 1.959963984540054;

/** Wilson score interval for `met` successes out of `n`. */
export function wilson(met: number, n: number, z = Z_95): [number, number] {
  if (n <= 0) throw new Error('wilson() needs at least one record');
  const p = met / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Seconds per unit, for the time units a practice log and a claim may use. */
const SECONDS: Readonly<Record<string, number>> = { seconds: 1, minutes: 60, hours: 3600 };

/** Converts a threshold into the records' unit (only same-family conversions are needed here). */
export function convert(value: number, from: string, to: string): number {
  if (from === to) return value;
  const a = SECONDS[from];
  const b = SECONDS[to];
  if (a === undefined || b === undefined) throw new Error(`cannot convert ${from} to ${to}`);
  return (value * a) / b;
}

/** Records meeting a claim: at or under the threshold, or outcome 1. */
export function countMet(values: readonly number[], unit: string, threshold: number | null): number {
  if (unit === 'outcome') return values.filter((v) => v === 1).length;
  if (threshold === null) throw new Error('a duration record needs a threshold');
  return values.filter((v) => v <= threshold).length;
}

/** The planned verdict bands, stricter than any reasonable reading of SPEC so each is unambiguous. */
export type PlannedVerdict = 'kept' | 'at-risk' | 'over-promised' | 'unsubstantiated';

/**
 * kept: even the interval's low end clears the target; over-promised: even its high end falls short;
 * at-risk: the point estimate falls short but the interval reaches the target.
 */
export function plannedVerdict(met: number, n: number, target: number, minRecords: number): PlannedVerdict | 'ambiguous' {
  if (n < minRecords) return 'unsubstantiated';
  const [low, high] = wilson(met, n);
  if (low >= target) return 'kept';
  if (high < target) return 'over-promised';
  if (met / n < target) return 'at-risk';
  return 'ambiguous';
}

/** Value at quantile q (nearest rank). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  const value = sorted[index];
  if (value === undefined) throw new Error('quantile() of no values');
  return value;
}
