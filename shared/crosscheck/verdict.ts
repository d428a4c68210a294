/**
 * The target a claim must meet and the verdict its measurement earns.
 *
 * Target: the share a claim states ("80% of calls within 20 seconds"), else by strength
 * (guarantee/firm -> targetFirm, aim -> targetAim, vague -> targetVague).
 *
 * Verdict, using the Wilson interval [low, high] on attainment at the judgement's confidence:
 *   unsubstantiated  fewer than minRecords records (none at all included)
 *   kept             attainment >= target
 *   at-risk          attainment < target, but high >= target (the shortfall may be chance)
 *   over-promised    high < target (clearly below target, not just a bare share)
 */
import type { Judgement } from '../domain/settings.js';
import type { Claim } from '../domain/types.js';
import type { Verdict } from '../domain/vocabulary.js';
import { wilsonInterval } from './wilson.js';

/** Categories no practice log can measure: listed for a person to judge. */
export const UNMEASURABLE_CATEGORIES: ReadonlySet<string> = new Set(['staff-conduct', 'values']);

/** True when a claim is left to human judgement rather than measured. */
export function isUnmeasurable(claim: Claim): boolean {
  return !claim.measurable || UNMEASURABLE_CATEGORIES.has(claim.category);
}

/** The share (0..1) of cases a claim must meet. */
export function targetFor(claim: Claim, judgement: Judgement, impliedShare: number | null = null): number {
  if (claim.scope === 'share' && claim.share !== null && claim.share > 0) {
    return Math.min(1, claim.share > 1 ? claim.share / 100 : claim.share);
  }
  if (impliedShare !== null) return impliedShare;
  switch (claim.strength) {
    case 'guarantee':
    case 'firm':
      return judgement.targetFirm;
    case 'aim':
      return judgement.targetAim;
    case 'vague':
      return judgement.targetVague;
  }
}

/** The statistics behind a verdict. */
export interface Judged {
  readonly verdict: Exclude<Verdict, 'unmeasurable' | 'inconsistent'>;
  readonly attainment: number | null;
  readonly low: number | null;
  readonly high: number | null;
}

/** Decide kept / at-risk / over-promised / unsubstantiated for `met` of `n` against `target`. */
export function judge(met: number, n: number, target: number, judgement: Judgement): Judged {
  const interval = wilsonInterval(met, n, judgement.confidence);
  const attainment = n > 0 ? met / n : null;
  const low = interval?.low ?? null;
  const high = interval?.high ?? null;
  const eps = 1e-12;
  let verdict: Judged['verdict'];
  if (n < judgement.minRecords || attainment === null || high === null) verdict = 'unsubstantiated';
  else if (attainment >= target - eps) verdict = 'kept';
  else if (high >= target - eps) verdict = 'at-risk';
  else verdict = 'over-promised';
  return { verdict, attainment, low, high };
}
