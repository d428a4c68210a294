/** Figures the dashboard shows, computed from the findings of a run. */
import type { FindingRow } from '../../../../shared/contract/types.js';
import { VERDICTS, type ClaimCategory, type Verdict } from '../../../../shared/domain/types.js';

export interface CategoryPoint {
  readonly category: ClaimCategory;
  /** Mean target share of the category's measured findings (what was promised), 0..1. */
  readonly promised: number;
  /** Record-weighted attainment (what happened), 0..1. */
  readonly practice: number;
  readonly findings: number;
  readonly records: number;
}

const RISKY: ReadonlySet<Verdict> = new Set(['over-promised', 'at-risk', 'inconsistent']);

export function countVerdicts(rows: readonly FindingRow[]): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const r of rows) counts[r.finding.verdict]++;
  return counts;
}

/** Promise (target) against practice (attainment) per category, for measured findings only. */
export function promiseVsPractice(rows: readonly FindingRow[]): CategoryPoint[] {
  const acc = new Map<ClaimCategory, { target: number; targets: number; met: number; n: number; findings: number }>();
  for (const r of rows) {
    const f = r.finding;
    if (f.attainment === null || f.target === null || f.n === 0 || f.verdict === 'inconsistent') continue;
    const a = acc.get(r.category) ?? { target: 0, targets: 0, met: 0, n: 0, findings: 0 };
    a.target += f.target;
    a.targets++;
    a.met += f.attainment * f.n;
    a.n += f.n;
    a.findings++;
    acc.set(r.category, a);
  }
  return [...acc.entries()]
    .map(([category, a]) => ({ category, promised: a.target / a.targets, practice: a.met / a.n, findings: a.findings, records: a.n }))
    .sort((x, y) => x.practice - x.promised - (y.practice - y.promised));
}

/** The findings most worth a reviewer's time: risky verdicts by severity. */
export function topRisks(rows: readonly FindingRow[], limit = 5): FindingRow[] {
  return rows
    .filter((r) => RISKY.has(r.finding.verdict))
    .sort((a, b) => b.finding.severity - a.finding.severity)
    .slice(0, limit);
}
