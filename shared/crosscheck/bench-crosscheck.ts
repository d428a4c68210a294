/**
 * Benchmark of the cross-check for the lead's bench: 10,000 claims against 1,000,000
 * practice records (sizes adjustable). Times the index build and the cross-check apart;
 * optionally builds the index from a workspace file filled by `fillWorkspace`.
 *
 * Run alone: `npx tsx shared/crosscheck/bench-crosscheck.ts [records] [claims]`.
 */
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Claim } from '../domain/types.js';
import { JudgementSchema } from '../domain/settings.js';
import type { ClaimCategory, ClaimUnit, PracticeUnit, Strength } from '../domain/vocabulary.js';
import type { Db } from '../store/database.js';
import { crossCheck } from './cross-check.js';
import { buildPracticeIndex, PracticeIndexBuilder, type PracticeIndex } from './practice-index.js';
import { workingScale } from './units.js';

/** A deterministic random source (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PRACTICE: readonly [ClaimCategory, PracticeUnit, number][] = [
  ['phone-answer', 'seconds', 30],
  ['phone-answer', 'rings', 4],
  ['callback', 'hours', 20],
  ['email-response', 'working-days', 1.5],
  ['email-response', 'minutes', 900],
  ['complaint-resolution', 'working-days', 6],
  ['delivery-time', 'working-days', 2.5],
  ['refund-time', 'days', 6],
  ['visit-wait', 'minutes', 12],
];
const OUTCOMES: readonly ClaimCategory[] = ['delivery-accuracy', 'first-contact-resolution'];

/** Generate `n` practice records, calling `emit` for each. */
export function generateRecords(n: number, emit: (metric: ClaimCategory, unit: PracticeUnit, value: number) => void, seed = 7): void {
  const r = random(seed);
  for (let i = 0; i < n; i++) {
    if (r() < 0.1) {
      emit(OUTCOMES[Math.floor(r() * OUTCOMES.length)]!, 'outcome', r() < 0.9 ? 1 : 0);
      continue;
    }
    const [metric, unit, mean] = PRACTICE[Math.floor(r() * PRACTICE.length)]!;
    emit(metric, unit, Math.round(-Math.log(1 - r()) * mean * 10) / 10);
  }
}

const CLAIM_SHAPES: readonly [ClaimCategory, ClaimUnit | null, readonly number[]][] = [
  ['phone-answer', 'seconds', [20, 30, 60]],
  ['phone-answer', 'rings', [3, 5]],
  ['callback', 'hours', [4, 24, 48]],
  ['callback', 'working-days', [1, 2]],
  ['email-response', 'working-days', [1, 2, 5]],
  ['email-response', 'hours', [24, 48]],
  ['complaint-resolution', 'working-days', [5, 10, 20]],
  ['delivery-time', 'working-days', [1, 3, 5]],
  ['refund-time', 'days', [5, 14]],
  ['visit-wait', 'minutes', [10, 15]],
  ['delivery-accuracy', null, [0]],
  ['appointment', 'days', [7]],
];
const STRENGTHS: readonly Strength[] = ['guarantee', 'firm', 'aim', 'vague'];

/** Generate `n` claims over the categories practice covers, with a few values claims and repeats. */
export function generateClaims(n: number, seed = 11): Claim[] {
  const r = random(seed);
  const claims: Claim[] = [];
  for (let i = 0; i < n; i++) {
    const page = { uri: `https://bench.example/page-${Math.floor(r() * 2000)}`, kind: r() < 0.1 ? 'flyer' : 'page', location: { page: null, path: 'main > p', line: null } } as const;
    const occurrences = Array.from({ length: 1 + Math.floor(r() * r() * 30) }, () => page);
    if (r() < 0.05) {
      claims.push({ id: randomUUID(), key: `values-${i}`, text: 'We put our customers first.', span: [0, 27], category: 'values', measurable: false, value: null, valueMax: null, unit: null, strength: 'vague', scope: 'unspecified', share: null, source: page, occurrences });
      continue;
    }
    const [category, unit, values] = CLAIM_SHAPES[Math.floor(r() * CLAIM_SHAPES.length)]!;
    const value = unit === null ? null : values[Math.floor(r() * values.length)]!;
    const share = r() < 0.15 ? 80 : null;
    claims.push({
      id: randomUUID(),
      key: `claim-${i}`,
      text: `Claim ${i}`,
      span: [0, 8],
      category,
      measurable: true,
      value,
      valueMax: null,
      unit,
      strength: STRENGTHS[Math.floor(r() * STRENGTHS.length)]!,
      scope: share === null ? 'all' : 'share',
      share,
      source: page,
      occurrences,
    });
  }
  return claims;
}

/** Fill a workspace with `n` generated records (one transaction), for `buildPracticeIndex`. */
export function fillWorkspace(db: Db, n: number): void {
  const insert = db.prepare('INSERT INTO practice_records (dataset_id, occurred_at, metric, value, unit, manual) VALUES (NULL, ?, ?, ?, ?, 0)');
  db.transaction(() => generateRecords(n, (m, u, v) => insert.run('2024-03-01T09:00:00Z', m, v, u)))();
}

export interface CrossCheckBench {
  readonly records: number;
  readonly claims: number;
  readonly findings: number;
  /** Building the index from records in memory (or from the workspace when one was given). */
  readonly indexMs: number;
  readonly crossCheckMs: number;
  readonly claimsPerSecond: number;
  readonly peakRssMb: number;
}

/** Time the cross-check of `claims` claims against `records` records. */
export function benchCrossCheck(opts: { records?: number; claims?: number; db?: Db } = {}): CrossCheckBench {
  const records = opts.records ?? 1_000_000;
  const claims = generateClaims(opts.claims ?? 10_000);
  let t = performance.now();
  let index: PracticeIndex;
  if (opts.db) index = buildPracticeIndex(opts.db);
  else {
    const b = new PracticeIndexBuilder(workingScale());
    generateRecords(records, (m, u, v) => b.add(m, u, v));
    index = b.build();
  }
  const indexMs = performance.now() - t;
  t = performance.now();
  const findings = crossCheck(claims, index, { judgement: JudgementSchema.parse({}) });
  const crossCheckMs = performance.now() - t;
  return {
    records: index.records,
    claims: claims.length,
    findings: findings.length,
    indexMs: Math.round(indexMs),
    crossCheckMs: Math.round(crossCheckMs),
    claimsPerSecond: Math.round((claims.length / crossCheckMs) * 1000),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const records = Number(process.argv[2] ?? 1_000_000);
  const claims = Number(process.argv[3] ?? 10_000);
  benchCrossCheck({ records, claims }); // warm-up of the JIT, as a long-running app would be
  console.log(JSON.stringify(benchCrossCheck({ records, claims })));
}
