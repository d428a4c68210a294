/**
 * Passages to claims: each passage is read (`analyse.ts`), and promises with the same
 * normalised text are merged into one claim with every place it occurs, first one first.
 * Identical passages (a footer on every page) are read once.
 */
import type { ClaimDraft, Occurrence, SourcedPassage } from '../domain/types.js';
import { type PreviousSentence, type PromiseReading, readPassage } from './analyse.js';
import { claimKey } from './claim-key.js';

// Readings remembered for repeated passages; cleared when full, to bound memory on huge crawls.
const MAX_MEMO = 50_000;
// Occurrences kept per claim: exposure is counted, but a banner on 100,000 pages is not listed in full.
const MAX_OCCURRENCES = 10_000;

/** The claims made by `passages` (in document order), one per distinct promise. */
export function extractClaims(passages: readonly SourcedPassage[]): ClaimDraft[] {
  const claims = new Map<string, ClaimDraft & { occurrences: Occurrence[] }>();
  const memo = new Map<string, PromiseReading | null>();
  let prev: (PreviousSentence & { uri: string; path: string | null }) | null = null;
  for (const passage of passages) {
    const before = prev && prev.uri === passage.uri && prev.path === passage.location.path ? prev : null;
    const reading = readMemo(memo, passage, before);
    prev = { uri: passage.uri, path: passage.location.path, text: passage.text, compensation: reading?.compensation ?? false };
    if (!reading) continue;
    const occurrence: Occurrence = { uri: passage.uri, kind: passage.kind, location: passage.location };
    const key = claimKey(reading.text);
    const known = claims.get(key);
    if (known) {
      if (known.occurrences.length < MAX_OCCURRENCES && !known.occurrences.some((o) => sameOccurrence(o, occurrence))) {
        known.occurrences.push(occurrence);
      }
      continue;
    }
    const { compensation: _c, ...fields } = reading;
    claims.set(key, { key, ...fields, source: occurrence, occurrences: [occurrence] });
  }
  return [...claims.values()];
}

function readMemo(memo: Map<string, PromiseReading | null>, p: SourcedPassage, prev: PreviousSentence | null): PromiseReading | null {
  const id = `${p.role}\u0000${p.text}\u0000${p.leadIn ?? ''}\u0000${p.context ?? ''}\u0000${prev ? `${prev.compensation}${prev.text}` : ''}`;
  const hit = memo.get(id);
  if (hit !== undefined) return hit;
  if (memo.size >= MAX_MEMO) memo.clear();
  const reading = readPassage(p, prev);
  memo.set(id, reading);
  return reading;
}

function sameOccurrence(a: Occurrence, b: Occurrence): boolean {
  return (
    a.uri === b.uri &&
    a.kind === b.kind &&
    a.location.path === b.location.path &&
    a.location.page === b.location.page &&
    a.location.line === b.location.line
  );
}
