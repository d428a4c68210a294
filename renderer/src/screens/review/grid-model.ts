/** Filtering and sorting of review rows; pure, so 10,000 rows stay quick to re-derive. */
import type { FindingRow } from '../../../../shared/contract/types.js';
import { REVIEW_STATUSES, VERDICTS, type ClaimCategory, type ReviewStatus, type SourceKind, type Verdict } from '../../../../shared/domain/types.js';
import { CATEGORY_LABELS } from '../../lib/labels.js';

export const SORT_KEYS = ['verdict', 'claim', 'category', 'source', 'exposure', 'attainment', 'severity', 'review'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export interface GridFilters {
  readonly verdict: Verdict | '';
  readonly category: ClaimCategory | '';
  readonly source: SourceKind | '';
  readonly status: ReviewStatus | '';
  readonly q: string;
  readonly sort: SortKey;
  readonly dir: SortDir;
}

export const DEFAULT_FILTERS: GridFilters = { verdict: '', category: '', source: '', status: '', q: '', sort: 'severity', dir: 'desc' };

/** Reads filters from the route's query; unknown values are ignored. */
export function filtersFromQuery(q: URLSearchParams): GridFilters {
  const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T | ''): T | '' => (value && (allowed as readonly string[]).includes(value) ? (value as T) : fallback);
  return {
    verdict: pick(q.get('verdict'), VERDICTS, ''),
    category: pick(q.get('category'), Object.keys(CATEGORY_LABELS) as ClaimCategory[], ''),
    source: pick(q.get('source'), ['page', 'flyer', 'policy'] as const, ''),
    status: pick(q.get('status'), REVIEW_STATUSES, ''),
    q: (q.get('q') ?? '').slice(0, 200),
    sort: pick(q.get('sort'), SORT_KEYS, 'severity') || 'severity',
    dir: q.get('dir') === 'asc' ? 'asc' : 'desc',
  };
}

export function filtersToQuery(f: GridFilters): string {
  const q = new URLSearchParams();
  if (f.verdict) q.set('verdict', f.verdict);
  if (f.category) q.set('category', f.category);
  if (f.source) q.set('source', f.source);
  if (f.status) q.set('status', f.status);
  if (f.q) q.set('q', f.q);
  if (f.sort !== DEFAULT_FILTERS.sort || f.dir !== DEFAULT_FILTERS.dir) {
    q.set('sort', f.sort);
    q.set('dir', f.dir);
  }
  return q.toString();
}

export function hasFilters(f: GridFilters): boolean {
  return Boolean(f.verdict || f.category || f.source || f.status || f.q);
}

export function filterRows(rows: readonly FindingRow[], f: GridFilters): FindingRow[] {
  const q = f.q.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!f.verdict || r.finding.verdict === f.verdict) &&
      (!f.category || r.category === f.category) &&
      (!f.source || r.sourceKind === f.source) &&
      (!f.status || r.reviewStatus === f.status) &&
      (!q || r.claimText.toLowerCase().includes(q) || r.sourceUri.toLowerCase().includes(q) || r.finding.explanation.toLowerCase().includes(q)),
  );
}

const verdictRank = new Map<string, number>(VERDICTS.map((v, i) => [v, i]));
const statusRank = new Map<string, number>(REVIEW_STATUSES.map((v, i) => [v, i]));

function compareBy(key: SortKey): (a: FindingRow, b: FindingRow) => number {
  switch (key) {
    case 'verdict':
      return (a, b) => (verdictRank.get(a.finding.verdict) ?? 0) - (verdictRank.get(b.finding.verdict) ?? 0);
    case 'claim':
      return (a, b) => a.claimText.localeCompare(b.claimText);
    case 'category':
      return (a, b) => CATEGORY_LABELS[a.category].localeCompare(CATEGORY_LABELS[b.category]);
    case 'source':
      return (a, b) => a.sourceUri.localeCompare(b.sourceUri);
    case 'exposure':
      return (a, b) => a.exposure - b.exposure;
    case 'attainment':
      // Findings without a measure sort after measured ones in either direction.
      return (a, b) => (a.finding.attainment ?? 2) - (b.finding.attainment ?? 2);
    case 'review':
      return (a, b) => (statusRank.get(a.reviewStatus) ?? 0) - (statusRank.get(b.reviewStatus) ?? 0);
    default:
      return (a, b) => a.finding.severity - b.finding.severity;
  }
}

export function sortRows(rows: FindingRow[], key: SortKey, dir: SortDir): FindingRow[] {
  const cmp = compareBy(key);
  const sign = dir === 'asc' ? 1 : -1;
  // Ties fall back to severity (highest first), then id, so the order is stable between loads.
  return rows.sort((a, b) => sign * cmp(a, b) || b.finding.severity - a.finding.severity || a.finding.id.localeCompare(b.finding.id));
}
