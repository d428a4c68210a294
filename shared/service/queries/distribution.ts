/**
 * The practice distribution shown next to a finding: the records that measure the claim, in
 * the claim's unit, as a histogram with the promised threshold. Read from the cross-check's
 * own measurement, so the chart and the verdict can never disagree.
 */
import type { Claim } from '../../domain/types.js';
import type { FindingDetail } from '../../contract/types.js';
import type { Workspace } from '../../store/workspace.js';
import { getSettings } from '../../store/settings-repo.js';
import { buildPracticeIndex, measureClaim, type PracticeIndex } from '../../crosscheck/index.js';
import type { Db } from '../../store/database.js';

const BINS = 12;
/** Quantiles read per histogram; each stands for n / SAMPLES records. */
const SAMPLES = 2000;

export function practiceDistribution(ws: Workspace, claim: Claim): FindingDetail['distribution'] {
  if (!claim.measurable || claim.unit === null) return null;
  const m = measureClaim(claim, practiceIndex(ws.db));
  if (m.n === 0 || m.p50 === null) return null;
  const points = Math.min(m.n, SAMPLES);
  const values: number[] = [];
  for (let i = 0; i < points; i++) {
    const v = m.at(points === 1 ? 0.5 : i / (points - 1));
    if (v !== null && Number.isFinite(v)) values.push(v);
  }
  if (values.length === 0) return null;
  const lo = Math.min(...values, m.threshold ?? Infinity);
  const hi = Math.max(...values, m.threshold ?? -Infinity);
  const width = hi > lo ? (hi - lo) / BINS : 1;
  const weight = m.n / values.length;
  const bins = Array.from({ length: BINS }, (_, i) => ({ from: lo + i * width, to: lo + (i + 1) * width, count: 0 }));
  for (const v of values) bins[Math.min(BINS - 1, Math.floor((v - lo) / width))]!.count += weight;
  return {
    unit: claim.unit,
    threshold: m.threshold,
    bins: bins.map((b) => ({ from: round(b.from), to: round(b.to), count: Math.round(b.count) })),
  };
}

// Building the index reads every practice record; a reviewer opens finding after finding, so
// it is kept until the records or the working week change.
const cached = new WeakMap<Db, { signature: string; index: PracticeIndex }>();

function practiceIndex(db: Db): PracticeIndex {
  const workingTime = getSettings(db).workingTime;
  const r = db.prepare('SELECT count(*) AS n, coalesce(max(id), 0) AS last FROM practice_records').get() as { n: number; last: number };
  const signature = `${r.n}:${r.last}:${JSON.stringify(workingTime)}`;
  const hit = cached.get(db);
  if (hit?.signature === signature) return hit.index;
  const index = buildPracticeIndex(db, workingTime);
  cached.set(db, { signature, index });
  return index;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
