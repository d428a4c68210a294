/**
 * Exports of claims and findings for everyone who is not the board: CSV for spreadsheets
 * (see csv.ts for the injection rules) and JSON in the shape `audit --json` writes.
 *
 * JSON carries text exactly as found, with no apostrophes added and no byte order mark
 * (RFC 8259 forbids one): it is read by programs, which do not evaluate formulas.
 */
import type { Claim, Finding, Review } from '../domain/types.js';
import { bySeverity, countVerdicts, indexAudit } from './audit-index.js';
import { toCsv, type CsvValue } from './csv.js';
import { exposureOf, reviewFor } from './model-parts.js';

/** What the exports read: one run's claims and findings, and the latest review per finding key. */
export interface ExportInput {
  readonly claims: readonly Claim[];
  readonly findings: readonly Finding[];
  readonly latestReviews?: Readonly<Record<string, Review>>;
  readonly company?: string;
  readonly runNumber?: number;
  readonly generatedAt?: string;
}

const CLAIM_HEADER = [
  'id', 'key', 'text', 'category', 'measurable', 'value', 'value_max', 'unit', 'strength', 'scope', 'share',
  'exposure', 'source_uri', 'source_kind', 'source_page', 'source_path', 'source_line', 'places',
] as const;

/** Every claim, one row each, with where it was first seen and every place it appears. */
export function claimsCsv(claims: readonly Claim[]): string {
  return toCsv(
    CLAIM_HEADER,
    claims.map((c): CsvValue[] => [
      c.id, c.key, c.text, c.category, c.measurable, c.value, c.valueMax, c.unit, c.strength, c.scope, c.share,
      exposureOf(c), c.source.uri, c.source.kind, c.source.location.page, c.source.location.path, c.source.location.line,
      [...new Set(c.occurrences.map((o) => o.uri))].join(' | '),
    ]),
  );
}

const FINDING_HEADER = [
  'id', 'key', 'verdict', 'claim_id', 'claim_text', 'category', 'conflicts_with', 'conflicts_with_text', 'n',
  'attainment', 'attainment_low', 'attainment_high', 'target', 'p50', 'p90', 'p95', 'unit', 'severity',
  'explanation', 'suggestion', 'review_status', 'review_reason', 'review_note', 'reviewer', 'reviewed_at',
] as const;

/** Every finding, most severe first, with its claim's words and its latest review. */
export function findingsCsv(input: ExportInput): string {
  const index = indexAudit(input.claims, input.findings);
  const reviews = input.latestReviews ?? {};
  const rows = [...input.findings].sort(bySeverity).map((f): CsvValue[] => {
    const claim = index.claimsById.get(f.claimId) as Claim;
    const other = f.conflictsWith === null ? undefined : index.claimsById.get(f.conflictsWith);
    const review = reviewFor(reviews, f.key);
    return [
      f.id, f.key, f.verdict, f.claimId, claim.text, claim.category, f.conflictsWith, other?.text ?? null, f.n,
      f.attainment, f.attainmentLow, f.attainmentHigh, f.target, f.p50, f.p90, f.p95, claim.unit, f.severity,
      f.explanation, f.suggestion, review?.status ?? 'open', review?.reason ?? null, review?.note ?? null,
      review?.reviewer ?? null, review?.at ?? null,
    ];
  });
  return toCsv(FINDING_HEADER, rows);
}

/** The summary block of the JSON export: each promise counted once by its practice verdict. */
/** The JSON export: `{"summary":{...},"findings":[...]}`. */
export interface AuditJsonSummary {
  readonly company: string | null;
  readonly run: number | null;
  readonly generatedAt: string | null;
  readonly promises: number;
  readonly findings: number;
  readonly kept: number;
  readonly atRisk: number;
  readonly overPromised: number;
  readonly unsubstantiated: number;
  readonly unmeasurable: number;
  readonly notAssessed: number;
  readonly inconsistent: number;
}

/** One finding as `audit --json` writes it. */
export interface AuditJsonFinding {
  readonly id: string;
  readonly key: string;
  readonly claim: Claim;
  readonly verdict: Finding['verdict'];
  /** For `inconsistent`: the other claim, stating a different threshold; else null. */
  readonly conflictsWith: Claim | null;
  readonly n: number;
  readonly attainment: number | null;
  readonly attainmentLow: number | null;
  readonly attainmentHigh: number | null;
  readonly target: number | null;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly p95: number | null;
  readonly severity: number;
  readonly explanation: string;
  readonly suggestion: string | null;
  readonly review: Omit<Review, 'id' | 'findingKey'> | null;
}

export interface AuditJson {
  readonly summary: AuditJsonSummary;
  readonly findings: readonly AuditJsonFinding[];
}

/** The `{"summary":{...},"findings":[...]}` export, findings most severe first. */
export function auditJson(input: ExportInput): AuditJson {
  const index = indexAudit(input.claims, input.findings);
  const counts = countVerdicts(input.claims, index);
  const reviews = input.latestReviews ?? {};
  const findings = [...input.findings].sort(bySeverity).map((f): AuditJsonFinding => {
    const review = reviewFor(reviews, f.key);
    return {
      id: f.id,
      key: f.key,
      claim: index.claimsById.get(f.claimId) as Claim,
      verdict: f.verdict,
      conflictsWith: f.conflictsWith === null ? null : (index.claimsById.get(f.conflictsWith) ?? null),
      n: f.n,
      attainment: f.attainment,
      attainmentLow: f.attainmentLow,
      attainmentHigh: f.attainmentHigh,
      target: f.target,
      p50: f.p50,
      p90: f.p90,
      p95: f.p95,
      severity: f.severity,
      explanation: f.explanation,
      suggestion: f.suggestion,
      review:
        review === undefined
          ? null
          : { status: review.status, reason: review.reason, note: review.note, reviewer: review.reviewer, at: review.at },
    };
  });
  return {
    summary: {
      company: input.company ?? null,
      run: input.runNumber ?? null,
      generatedAt: input.generatedAt ?? null,
      promises: input.claims.length,
      findings: input.findings.length,
      kept: counts.kept,
      atRisk: counts['at-risk'],
      overPromised: counts['over-promised'],
      unsubstantiated: counts.unsubstantiated,
      unmeasurable: counts.unmeasurable,
      notAssessed: counts['not-assessed'],
      inconsistent: index.inconsistencies.length,
    },
    findings,
  };
}

/** The JSON export as UTF-8 text (no byte order mark), pretty-printed, ending in a newline. */
export function auditJsonText(input: ExportInput): string {
  return `${JSON.stringify(auditJson(input), null, 2)}\n`;
}
