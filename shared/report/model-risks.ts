/** The top risks: promises practice does not keep, most serious first, each with its evidence. */
import type { Finding } from '../domain/types.js';
import { compareText, type AuditIndex } from './audit-index.js';
import { clip, formatPromise } from './format.js';
import type { ReportInput } from './input.js';
import { CATEGORY_LABELS, STRENGTH_LABELS, VERDICT_LABELS } from './labels.js';
import { exposureOf, MAX_TEXT, placesOf, practiceFigures, reviewFor, reviewState } from './model-parts.js';
import type { RiskCard } from './model-types.js';

/** Places listed on a risk card before "and N more". */
const MAX_PLACES = 6;

/** Default number of risk cards. */
export const DEFAULT_TOP_RISKS = 10;

/** Severity in words: the same bands everywhere the report shows severity. */
export function severityBand(severity: number): RiskCard['severityBand'] {
  return severity >= 67 ? 'High' : severity >= 34 ? 'Medium' : 'Low';
}

/**
 * Over-promised and at-risk findings not dismissed by a reviewer, most severe first
 * (ties: lower attainment first, then key). A dismissed finding stays in the appendix.
 */
export function rankedRisks(input: ReportInput, index: AuditIndex): Finding[] {
  const risky = [...index.practiceByClaim.values()].filter(
    (f) =>
      (f.verdict === 'over-promised' || f.verdict === 'at-risk') &&
      reviewFor(input.latestReviews, f.key)?.status !== 'dismissed',
  );
  return risky.sort(
    (a, b) =>
      b.severity - a.severity || (a.attainment ?? 1) - (b.attainment ?? 1) || compareText(a.key, b.key),
  );
}

/** One card per top risk, up to `count`. */
export function riskCards(
  input: ReportInput,
  index: AuditIndex,
  titles: ReadonlyMap<string, string>,
  count: number,
): RiskCard[] {
  return rankedRisks(input, index)
    .slice(0, count)
    .map((finding, i) => {
      const claim = index.claimsById.get(finding.claimId);
      if (claim === undefined) throw new Error(`unindexed claim ${finding.claimId}`);
      const { places, more } = placesOf(claim, titles, MAX_PLACES);
      return {
        rank: i + 1,
        findingId: finding.id,
        findingKey: finding.key,
        verdict: finding.verdict,
        verdictLabel: VERDICT_LABELS[finding.verdict],
        categoryLabel: CATEGORY_LABELS[claim.category],
        severity: Math.round(finding.severity),
        severityBand: severityBand(finding.severity),
        claimText: clip(claim.text, MAX_TEXT),
        promise: formatPromise(claim.value, claim.valueMax, claim.unit, claim.share),
        strengthLabel: STRENGTH_LABELS[claim.strength],
        exposure: exposureOf(claim),
        places,
        morePlaces: more,
        practice: practiceFigures(finding, claim),
        explanation: clip(finding.explanation, MAX_TEXT),
        suggestion: finding.suggestion === null ? null : clip(finding.suggestion, MAX_TEXT),
        review: reviewState(reviewFor(input.latestReviews, finding.key)),
      };
    });
}
