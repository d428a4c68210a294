/**
 * Severity, 0..100: how much a finding should worry the board. It multiplies three things,
 * each 0..1, so any one of them near zero keeps the finding low:
 *
 *   gap       how far practice falls short: (target - attainment) / 0.4, capped at 1, so
 *             missing a 95% target by 40 points or more is the worst gap;
 *             unsubstantiated claims count as a gap of 0.3 (a promise nobody can back);
 *             at-risk findings count half (the shortfall may be chance).
 *   exposure  how many customers see the claim: 0.5 + 0.5 * min(1, log(1 + e) / log(51)),
 *             where e counts its occurrences with a flyer weighing 2 (printed and handed out)
 *             and a page or policy 1; one page gives 0.59, fifty give 1.
 *   strength  guarantee 1, firm 0.85, aim 0.6, vague 0.4.
 *
 * Inconsistencies use as gap 0.4 + 0.6 * min(1, |ln(a / b)| / ln 4) for thresholds a and b
 * (24 h against 48 h gives 0.7), the exposure of both claims together, the stronger claim's
 * strength, and a factor 1.2 when the two appear in different kinds of source (site and flyer).
 */
import type { Claim, Occurrence } from '../domain/types.js';
import type { Strength, Verdict } from '../domain/vocabulary.js';

const STRENGTH_WEIGHT: Readonly<Record<Strength, number>> = { guarantee: 1, firm: 0.85, aim: 0.6, vague: 0.4 };
const KIND_WEIGHT = { page: 1, flyer: 2, policy: 1 } as const;

/** The strength weight of a claim. */
export function strengthWeight(strength: Strength): number {
  return STRENGTH_WEIGHT[strength];
}

/** Exposure weight, 0.5..1, of a set of occurrences. */
export function exposureWeight(occurrences: readonly Occurrence[]): number {
  let e = 0;
  for (const o of occurrences) e += KIND_WEIGHT[o.kind] ?? 1;
  e = Math.max(1, e);
  return 0.5 + 0.5 * Math.min(1, Math.log(1 + e) / Math.log(51));
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(100, x)) * 10) / 10;
}

/** Severity of a practice finding. */
export function practiceSeverity(claim: Claim, verdict: Verdict, attainment: number | null, target: number | null): number {
  let gap = 0;
  if (verdict === 'unsubstantiated') gap = 0.3;
  else if ((verdict === 'over-promised' || verdict === 'at-risk') && attainment !== null && target !== null) {
    gap = Math.min(1, Math.max(0, target - attainment) / 0.4);
    if (verdict === 'at-risk') gap *= 0.5;
  }
  return round(100 * gap * strengthWeight(claim.strength) * exposureWeight(claim.occurrences));
}

/** Severity of two claims stating thresholds `a` and `b` (same unit) for the same thing. */
export function inconsistencySeverity(first: Claim, second: Claim, a: number, b: number): number {
  const ratio = a > 0 && b > 0 ? Math.abs(Math.log(a / b)) : Math.LN2 * 2;
  const gap = 0.4 + 0.6 * Math.min(1, ratio / Math.log(4));
  const strength = Math.max(strengthWeight(first.strength), strengthWeight(second.strength));
  const exposure = exposureWeight([...first.occurrences, ...second.occurrences]);
  const acrossKinds = first.source.kind !== second.source.kind ? 1.2 : 1;
  return round(100 * gap * strength * exposure * acrossKinds);
}
