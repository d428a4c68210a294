/** Inconsistencies between sources, and the unmeasurable promises left for human judgement. */
import type { Claim } from '../domain/types.js';
import type { AuditIndex } from './audit-index.js';
import { clip, formatPromise } from './format.js';
import type { ReportInput } from './input.js';
import { CATEGORY_LABELS, STRENGTH_LABELS } from './labels.js';
import { byExposure, exposureOf, MAX_TEXT, placeOf, reviewFor, reviewState } from './model-parts.js';
import type { ClaimSide, Inconsistency, JudgementItem } from './model-types.js';

function side(claim: Claim, titles: ReadonlyMap<string, string>): ClaimSide {
  return {
    claimId: claim.id,
    text: clip(claim.text, MAX_TEXT),
    promise: formatPromise(claim.value, claim.valueMax, claim.unit, claim.share),
    place: placeOf(claim.source, titles),
    exposure: exposureOf(claim),
  };
}

/** Each contradiction with both claims side by side, most severe first. */
export function inconsistencies(
  input: ReportInput,
  index: AuditIndex,
  titles: ReadonlyMap<string, string>,
): Inconsistency[] {
  return index.inconsistencies.map((finding) => {
    const first = index.claimsById.get(finding.claimId) as Claim;
    const second = finding.conflictsWith === null ? undefined : index.claimsById.get(finding.conflictsWith);
    return {
      findingId: finding.id,
      categoryLabel: CATEGORY_LABELS[first.category],
      severity: Math.round(finding.severity),
      explanation: clip(finding.explanation, MAX_TEXT),
      suggestion: finding.suggestion === null ? null : clip(finding.suggestion, MAX_TEXT),
      first: side(first, titles),
      second: second === undefined ? null : side(second, titles),
      review: reviewState(reviewFor(input.latestReviews, finding.key)),
    };
  });
}

/** Unmeasurable promises, most widely shown first. */
export function judgementItems(
  input: ReportInput,
  index: AuditIndex,
  titles: ReadonlyMap<string, string>,
): JudgementItem[] {
  const items: { claim: Claim; key: string }[] = [];
  for (const claim of input.claims) {
    const finding = index.practiceByClaim.get(claim.id);
    if (finding?.verdict === 'unmeasurable') items.push({ claim, key: finding.key });
  }
  return items
    .sort((a, b) => byExposure(a.claim, b.claim))
    .map(({ claim, key }) => ({
      claimId: claim.id,
      categoryLabel: CATEGORY_LABELS[claim.category],
      text: clip(claim.text, MAX_TEXT),
      strengthLabel: STRENGTH_LABELS[claim.strength],
      exposure: exposureOf(claim),
      place: placeOf(claim.source, titles),
      review: reviewState(reviewFor(input.latestReviews, key)),
    }));
}
