/** Promise against practice, one row per category that has promises. */
import type { Claim, ClaimCategory, Finding } from '../domain/types.js';
import { CLAIM_CATEGORIES } from '../domain/types.js';
import { compareText, type AuditIndex } from './audit-index.js';
import { clip, formatPromise, TIME_UNITS } from './format.js';
import type { ReportInput } from './input.js';
import { CATEGORY_LABELS } from './labels.js';
import { exposureOf, MAX_TEXT, practiceFigures } from './model-parts.js';
import type { CategoryComparison, CategoryHeadline } from './model-types.js';

const TESTED = new Set(['kept', 'at-risk', 'over-promised']);

/** Categories in vocabulary order, each with its counts and its headline promise. */
export function categoryComparisons(input: ReportInput, index: AuditIndex): CategoryComparison[] {
  const byCategory = new Map<ClaimCategory, Claim[]>();
  for (const claim of input.claims) {
    const list = byCategory.get(claim.category) ?? [];
    list.push(claim);
    byCategory.set(claim.category, list);
  }
  const rows: CategoryComparison[] = [];
  for (const category of CLAIM_CATEGORIES) {
    const claims = byCategory.get(category);
    if (claims === undefined) continue;
    let kept = 0;
    let atRisk = 0;
    let overPromised = 0;
    const tested: { claim: Claim; finding: Finding }[] = [];
    for (const claim of claims) {
      const finding = index.practiceByClaim.get(claim.id);
      if (finding === undefined || !TESTED.has(finding.verdict)) continue;
      if (finding.verdict === 'kept') kept += 1;
      else if (finding.verdict === 'at-risk') atRisk += 1;
      else overPromised += 1;
      tested.push({ claim, finding });
    }
    rows.push({
      category,
      label: CATEGORY_LABELS[category],
      claims: claims.length,
      kept,
      atRisk,
      overPromised,
      untested: claims.length - tested.length,
      headline: headlineOf(tested),
    });
  }
  return rows;
}

/** The most widely shown tested promise (then the most severe, then by key) speaks for the category. */
function headlineOf(tested: { claim: Claim; finding: Finding }[]): CategoryHeadline | null {
  const best = [...tested].sort(
    (a, b) =>
      exposureOf(b.claim) - exposureOf(a.claim) ||
      b.finding.severity - a.finding.severity ||
      compareText(a.finding.key, b.finding.key),
  )[0];
  if (best === undefined) return null;
  const { claim, finding } = best;
  const threshold = claim.valueMax ?? claim.value;
  const timed = claim.unit !== null && TIME_UNITS.has(claim.unit) && threshold !== null && threshold > 0;
  const ratio = (v: number | null): number | null =>
    timed && v !== null ? Math.round((v / (threshold as number)) * 1000) / 1000 : null;
  return {
    findingId: finding.id,
    claimText: clip(claim.text, MAX_TEXT),
    promise: formatPromise(claim.value, claim.valueMax, claim.unit, claim.share),
    verdict: finding.verdict,
    practice: practiceFigures(finding, claim),
    ratioP50: ratio(finding.p50),
    ratioP90: ratio(finding.p90),
  };
}
