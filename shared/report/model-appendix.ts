/** The appendix: every claim of the run, grouped by category, worst verdict first. */
import { CLAIM_CATEGORIES, type Claim } from '../domain/types.js';
import { compareText, type AuditIndex } from './audit-index.js';
import { clip, formatPromise } from './format.js';
import type { ReportInput } from './input.js';
import { CATEGORY_LABELS, STRENGTH_LABELS, VERDICT_LABELS, VERDICT_RANK } from './labels.js';
import { exposureOf, MAX_TEXT, practiceFigures, reviewFor, reviewState } from './model-parts.js';
import type { AppendixRow } from './model-types.js';

const CATEGORY_ORDER = new Map(CLAIM_CATEGORIES.map((c, i) => [c, i]));

/** One row per claim. */
export function appendix(input: ReportInput, index: AuditIndex): AppendixRow[] {
  const rank = (claim: Claim): number => {
    const verdict = index.practiceByClaim.get(claim.id)?.verdict;
    return verdict === undefined ? 99 : VERDICT_RANK[verdict];
  };
  const severity = (claim: Claim): number => index.practiceByClaim.get(claim.id)?.severity ?? 0;
  const sorted = [...input.claims].sort(
    (a, b) =>
      (CATEGORY_ORDER.get(a.category) ?? 0) - (CATEGORY_ORDER.get(b.category) ?? 0) ||
      rank(a) - rank(b) ||
      severity(b) - severity(a) ||
      compareText(a.text, b.text) ||
      compareText(a.id, b.id),
  );
  return sorted.map((claim, i) => {
    const finding = index.practiceByClaim.get(claim.id);
    const review = finding === undefined ? undefined : reviewFor(input.latestReviews, finding.key);
    return {
      ref: `C${i + 1}`,
      claimId: claim.id,
      text: clip(claim.text, MAX_TEXT),
      categoryLabel: CATEGORY_LABELS[claim.category],
      promise: formatPromise(claim.value, claim.valueMax, claim.unit, claim.share),
      strengthLabel: STRENGTH_LABELS[claim.strength],
      exposure: exposureOf(claim),
      verdict: finding?.verdict ?? null,
      verdictLabel: finding === undefined ? 'Not assessed' : VERDICT_LABELS[finding.verdict],
      result: practiceFigures(finding, claim).result,
      reviewLabel: reviewLabel(review === undefined ? undefined : reviewState(review)),
    };
  });
}

function reviewLabel(state: ReturnType<typeof reviewState> | undefined): string {
  if (state === undefined || state.status === 'open') return 'Open';
  return state.status === 'dismissed' && state.note !== null ? `Dismissed: ${clip(state.note, 120)}` : state.label;
}
