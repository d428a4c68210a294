/** Small pieces several report sections share: practice figures, places, review states. */
import type { Claim, Finding, Occurrence, Review } from '../domain/types.js';
import { compareText } from './audit-index.js';
import type { DocumentRead } from './input.js';
import { clip, formatCount, formatDate, formatQuantity, formatShare, plural, shortUri, TIME_UNITS } from './format.js';
import { REVIEW_LABELS } from './labels.js';
import type { PracticeFigures, Place, ReviewState } from './model-types.js';

/** Longest claim or note text the report prints; longer untrusted text is clipped. */
export const MAX_TEXT = 600;

/** The figures of a finding in raw numbers and in words. */
export function practiceFigures(finding: Finding | undefined, claim: Claim): PracticeFigures {
  if (finding === undefined) {
    return {
      n: 0,
      attainment: null,
      attainmentLow: null,
      attainmentHigh: null,
      target: null,
      p50: null,
      p90: null,
      p95: null,
      typical: null,
      worst90: null,
      worst95: null,
      result: 'not assessed',
    };
  }
  const timed = claim.unit !== null && TIME_UNITS.has(claim.unit);
  const time = (v: number | null): string | null => (timed && v !== null ? formatQuantity(v, claim.unit) : null);
  return {
    n: finding.n,
    attainment: finding.attainment,
    attainmentLow: finding.attainmentLow,
    attainmentHigh: finding.attainmentHigh,
    target: finding.target,
    p50: finding.p50,
    p90: finding.p90,
    p95: finding.p95,
    typical: time(finding.p50),
    worst90: time(finding.p90),
    worst95: time(finding.p95),
    result: resultText(finding),
  };
}

function resultText(finding: Finding): string {
  if (finding.verdict === 'unmeasurable') return 'cannot be measured';
  if (finding.attainment === null || finding.n === 0) return 'no records';
  if (finding.verdict === 'unsubstantiated') return `${plural(finding.n, 'record')} only`;
  return `${formatShare(finding.attainment)} of ${formatCount(finding.n)}`;
}

/** Where an occurrence is, as a reader recognises it ("Summer flyer, page 2"). */
export function placeOf(occurrence: Occurrence, titles: ReadonlyMap<string, string>): Place {
  const linkable = /^https?:\/\//i.test(occurrence.uri);
  const title = titles.get(occurrence.uri);
  const name = occurrence.kind === 'page' || title === undefined || title === '' ? shortUri(occurrence.uri) : title;
  const page = occurrence.location.page !== null ? `, page ${occurrence.location.page}` : '';
  return { label: clip(`${name}${page}`, 160), uri: clip(occurrence.uri, 500), linkable };
}

/** Distinct places of a claim (one per URI and page), the first `max` of them, and how many more. */
export function placesOf(
  claim: Claim,
  titles: ReadonlyMap<string, string>,
  max: number,
): { places: Place[]; more: number } {
  const seen = new Set<string>();
  const places: Place[] = [];
  let total = 0;
  for (const occurrence of [claim.source, ...claim.occurrences]) {
    const id = `${occurrence.uri}#${occurrence.location.page ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    total += 1;
    if (places.length < max) places.push(placeOf(occurrence, titles));
  }
  return { places, more: total - places.length };
}

/** How many places show a claim: its occurrences, or at least the place it was found. */
export function exposureOf(claim: Claim): number {
  return Math.max(1, claim.occurrences.length);
}

/** Document titles by URI, so a flyer is named by its title rather than its file name. */
export function titlesByUri(documents: readonly DocumentRead[]): Map<string, string> {
  return new Map(documents.map((d) => [d.uri, d.title]));
}

/** A finding's latest review in words; no review means open. */
export function reviewState(review: Review | undefined): ReviewState {
  if (review === undefined) {
    return { status: 'open', label: REVIEW_LABELS.open, reviewer: null, date: null, note: null };
  }
  const note = review.status === 'dismissed' ? (review.reason ?? review.note) : review.note;
  return {
    status: review.status,
    label: REVIEW_LABELS[review.status],
    reviewer: clip(review.reviewer, 120),
    date: formatDate(review.at) ?? clip(review.at, 40),
    note: note === null || note.trim() === '' ? null : clip(note, MAX_TEXT),
  };
}

/** The latest review of a finding from the input's table, ignoring inherited object keys. */
export function reviewFor(reviews: Readonly<Record<string, Review>>, key: string): Review | undefined {
  return Object.hasOwn(reviews, key) ? reviews[key] : undefined;
}

/** Claims sorted for lists: most exposed first, then by text. */
export function byExposure(a: Claim, b: Claim): number {
  return exposureOf(b) - exposureOf(a) || compareText(a.text, b.text);
}
