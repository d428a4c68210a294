/**
 * Indexes a run's claims and findings once, checks that they refer to each other
 * properly, and decides which finding speaks for each claim.
 */
import type { Claim, Finding, Verdict } from '../domain/types.js';
import { ReportInputError } from './input.js';

/** A claim together with the finding that gives its practice verdict (if any). */
export interface AuditIndex {
  readonly claimsById: ReadonlyMap<string, Claim>;
  /** The practice finding (any verdict but `inconsistent`) of each claim. */
  readonly practiceByClaim: ReadonlyMap<string, Finding>;
  /** Cross-source contradictions, most severe first. */
  readonly inconsistencies: readonly Finding[];
}

/** Orders findings most severe first, with the key as a stable tiebreak. */
export function bySeverity(a: Finding, b: Finding): number {
  return b.severity - a.severity || compareText(a.key, b.key);
}

/** Code-point order: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Builds the index. Throws ReportInputError naming the record when a claim id repeats
 * or a finding points at a claim that is not in the run.
 */
export function indexAudit(claims: readonly Claim[], findings: readonly Finding[]): AuditIndex {
  const claimsById = new Map<string, Claim>();
  claims.forEach((claim, i) => {
    if (claimsById.has(claim.id)) throw new ReportInputError(`claims[${i}] repeats claim id "${claim.id}"`);
    claimsById.set(claim.id, claim);
  });
  const practiceByClaim = new Map<string, Finding>();
  const inconsistencies: Finding[] = [];
  findings.forEach((finding, i) => {
    if (!claimsById.has(finding.claimId)) {
      throw new ReportInputError(`findings[${i}] (id "${finding.id}") refers to claim "${finding.claimId}", which is not in the run`);
    }
    if (finding.verdict === 'inconsistent') {
      if (finding.conflictsWith !== null && !claimsById.has(finding.conflictsWith)) {
        throw new ReportInputError(
          `findings[${i}] (id "${finding.id}") conflicts with claim "${finding.conflictsWith}", which is not in the run`,
        );
      }
      inconsistencies.push(finding);
      return;
    }
    // Should the cross-check ever give one claim two practice findings, the more severe speaks for it.
    const previous = practiceByClaim.get(finding.claimId);
    if (previous === undefined || bySeverity(finding, previous) < 0) practiceByClaim.set(finding.claimId, finding);
  });
  inconsistencies.sort(bySeverity);
  return { claimsById, practiceByClaim, inconsistencies };
}

/** Promises counted once each by their practice verdict; `not-assessed` when a claim has no finding. */
export type VerdictCounts = Record<Exclude<Verdict, 'inconsistent'> | 'not-assessed', number>;

/** Counts each promise once by its practice verdict. */
export function countVerdicts(claims: readonly Claim[], index: AuditIndex): VerdictCounts {
  const count: VerdictCounts = {
    kept: 0,
    'at-risk': 0,
    'over-promised': 0,
    unsubstantiated: 0,
    unmeasurable: 0,
    'not-assessed': 0,
  };
  for (const claim of claims) {
    const verdict = index.practiceByClaim.get(claim.id)?.verdict;
    count[verdict === undefined || verdict === 'inconsistent' ? 'not-assessed' : verdict] += 1;
  }
  return count;
}
