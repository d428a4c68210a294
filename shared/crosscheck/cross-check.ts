/**
 * The cross-check: every claim set against the practice that measures it, plus the
 * inconsistencies between claims. Pure: claims and an index in, finding drafts out, in the
 * order of the claims followed by the inconsistencies.
 */
import type { Judgement } from '../domain/settings.js';
import type { Claim, FindingDraft } from '../domain/types.js';
import { explainPractice, explainUnmeasurable } from './explain.js';
import { findInconsistencies } from './inconsistency.js';
import { measureClaim } from './measure-claim.js';
import type { PracticeIndex } from './practice-index.js';
import { suggestRewording } from './reword.js';
import { practiceSeverity } from './severity.js';
import { isUnmeasurable, judge, targetFor } from './verdict.js';

export interface CrossCheckSettings {
  readonly judgement: Judgement;
}

function unmeasurable(claim: Claim): FindingDraft {
  return {
    key: `practice:${claim.key}`,
    claimId: claim.id,
    verdict: 'unmeasurable',
    conflictsWith: null,
    n: 0,
    attainment: null,
    attainmentLow: null,
    attainmentHigh: null,
    target: null,
    p50: null,
    p90: null,
    p95: null,
    severity: 0,
    explanation: explainUnmeasurable(claim),
    suggestion: null,
  };
}

/** The practice finding of one claim. */
export function checkClaim(claim: Claim, practice: PracticeIndex, judgement: Judgement): FindingDraft {
  if (isUnmeasurable(claim)) return unmeasurable(claim);
  const m = measureClaim(claim, practice);
  const target = targetFor(claim, judgement, m.impliedShare);
  const j = judge(m.met, m.n, target, judgement);
  return {
    key: `practice:${claim.key}`,
    claimId: claim.id,
    verdict: j.verdict,
    conflictsWith: null,
    n: m.n,
    attainment: j.attainment,
    attainmentLow: j.low,
    attainmentHigh: j.high,
    target,
    p50: m.p50,
    p90: m.p90,
    p95: m.p95,
    severity: practiceSeverity(claim, j.verdict, j.attainment, target),
    explanation: explainPractice(claim, j.verdict, m, j.attainment, j.high, target, judgement, practice.scale),
    suggestion: suggestRewording(claim, j.verdict, m, j.attainment, target, practice.scale),
  };
}

/** Cross-check claims against practice: one finding per claim, then one per inconsistency. */
export function crossCheck(claims: readonly Claim[], practice: PracticeIndex, settings: CrossCheckSettings): FindingDraft[] {
  const findings = claims.map((c) => checkClaim(c, practice, settings.judgement));
  for (const f of findInconsistencies(claims, practice.scale)) findings.push(f);
  return findings;
}
