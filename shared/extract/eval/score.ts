/**
 * Scores extracted claims against gold labels, as the corpus README defines a match: a gold
 * promise is found when some claim's text contains its quote. Counts recall, precision and F1,
 * the accuracy of every field over the promises found, and the distractors wrongly reported.
 */
import type { ClaimDraft } from '../../domain/types.js';
import type { GoldDocument, GoldPromise } from './gold.js';

/** The fields compared, under their gold names. */
export const FIELDS = ['category', 'measurable', 'value', 'value_max', 'unit', 'strength', 'scope', 'share'] as const;
export type Field = (typeof FIELDS)[number];

/** A field that the matched claim got wrong. */
export interface WrongField {
  readonly file: string;
  readonly quote: string;
  readonly field: Field;
  readonly expected: unknown;
  readonly actual: unknown;
  readonly claimText: string;
}

/** The outcome for one document. */
export interface DocumentScore {
  readonly file: string;
  readonly gold: number;
  readonly found: number;
  readonly claims: number;
  readonly matchedClaims: number;
  readonly misses: string[];
  readonly extras: string[];
  readonly distractors: string[];
  readonly wrong: WrongField[];
  /** Per field: [correct, compared]. */
  readonly fieldCounts: Record<Field, [number, number]>;
}

/** Scores the claims extracted from one document against its labels. */
export function scoreDocument(doc: GoldDocument, claims: readonly ClaimDraft[]): DocumentScore {
  const used = new Set<ClaimDraft>();
  const misses: string[] = [];
  const wrong: WrongField[] = [];
  const fieldCounts = Object.fromEntries(FIELDS.map((f) => [f, [0, 0]])) as Record<Field, [number, number]>;
  for (const promise of doc.promises) {
    const containing = claims.filter((c) => c.text.includes(promise.quote));
    const claim = containing.find((c) => !used.has(c)) ?? containing[0];
    if (!claim) {
      misses.push(promise.quote);
      continue;
    }
    used.add(claim);
    for (const field of FIELDS) {
      const expected = expectedValue(promise, field);
      const actual = actualValue(claim, field);
      const counts = fieldCounts[field];
      counts[1]++;
      if (expected === actual) counts[0]++;
      else wrong.push({ file: doc.file, quote: promise.quote, field, expected, actual, claimText: claim.text });
    }
  }
  return {
    file: doc.file,
    gold: doc.promises.length,
    found: doc.promises.length - misses.length,
    claims: claims.length,
    matchedClaims: used.size,
    misses,
    extras: claims.filter((c) => !used.has(c)).map((c) => c.text),
    distractors: doc.non_promises.filter((np) => claims.some((c) => c.text.includes(np))),
    wrong,
    fieldCounts,
  };
}

function expectedValue(p: GoldPromise, field: Field): unknown {
  if (field === 'share') return p.scope === 'share' ? (p.share ?? null) : null;
  return p[field];
}

function actualValue(c: ClaimDraft, field: Field): unknown {
  switch (field) {
    case 'value_max':
      return c.valueMax;
    case 'share':
      return c.scope === 'share' ? c.share : null;
    default:
      return c[field];
  }
}

/** Totals over all documents. */
export interface Summary {
  readonly gold: number;
  readonly found: number;
  readonly claims: number;
  readonly matchedClaims: number;
  readonly recall: number;
  readonly precision: number;
  readonly f1: number;
  readonly fieldAccuracy: Record<Field, number>;
  readonly meanFieldAccuracy: number;
  readonly distractorsReported: number;
  readonly distractorsTotal: number;
}

/** Sums document scores into recall, precision, F1 and field accuracies. */
export function summarise(docs: readonly DocumentScore[], distractorsTotal: number): Summary {
  const sum = (f: (d: DocumentScore) => number) => docs.reduce((s, d) => s + f(d), 0);
  const gold = sum((d) => d.gold);
  const found = sum((d) => d.found);
  const claims = sum((d) => d.claims);
  const matchedClaims = sum((d) => d.matchedClaims);
  const recall = gold === 0 ? 1 : found / gold;
  const precision = claims === 0 ? (gold === 0 ? 1 : 0) : matchedClaims / claims;
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  const fieldAccuracy = Object.fromEntries(
    FIELDS.map((f) => {
      const right = sum((d) => d.fieldCounts[f][0]);
      const total = sum((d) => d.fieldCounts[f][1]);
      return [f, total === 0 ? 1 : right / total];
    }),
  ) as Record<Field, number>;
  const meanFieldAccuracy = FIELDS.reduce((s, f) => s + fieldAccuracy[f], 0) / FIELDS.length;
  return {
    gold,
    found,
    claims,
    matchedClaims,
    recall,
    precision,
    f1,
    fieldAccuracy,
    meanFieldAccuracy,
    distractorsReported: sum((d) => d.distractors.length),
    distractorsTotal,
  };
}
