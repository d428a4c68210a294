/**
 * Passages to claims: each passage is read (`analyse.ts`), and promises with the same
 * normalised text are merged into one claim with every place it occurs, first one first.
 * Identical passages (a footer on every page) are read once.
 */
import type { ClaimDraft, Occurrence, SourcedPassage } from '../domain/types.js';
import { type PreviousSentence, type PromiseReading, readPassage } from './analyse.js';
import { claimKey } from './claim-key.js';

// Passages remembered for repeats; cleared when full, to bound memory on huge crawls.
const MAX_MEMO = 50_000;
// Occurrences kept per claim: exposure is counted, but a banner on 100,000 pages is not listed in full.
const MAX_OCCURRENCES = 10_000;

/** A claim being built, with the places already recorded. */
interface Building {
  readonly claim: ClaimDraft & { occurrences: Occurrence[] };
  readonly places: Set<string>;
}

/** The claims made by `passages` (in document order), one per distinct promise. */
export function extractClaims(passages: readonly SourcedPassage[]): ClaimDraft[] {
  const claims = new Map<string, Building>();
  const memo = new Memo();
  let prev: (PreviousSentence & { uri: string; path: string | null }) | null = null;
  for (const passage of passages) {
    const before = prev && prev.uri === passage.uri && prev.path === passage.location.path ? prev : null;
    const reading = memo.read(passage, before);
    prev = { uri: passage.uri, path: passage.location.path, text: passage.text, compensation: reading?.compensation ?? false };
    if (!reading) continue;
    const occurrence: Occurrence = { uri: passage.uri, kind: passage.kind, location: passage.location };
    const place = placeOf(occurrence);
    const key = claimKey(reading.text);
    const known = claims.get(key);
    if (known) {
      if (known.claim.occurrences.length < MAX_OCCURRENCES && !known.places.has(place)) {
        known.places.add(place);
        known.claim.occurrences.push(occurrence);
      }
      continue;
    }
    const { compensation: _compensation, ...fields } = reading;
    claims.set(key, { claim: { key, ...fields, source: occurrence, occurrences: [occurrence] }, places: new Set([place]) });
  }
  return [...claims.values()].map((b) => b.claim);
}

function placeOf(o: Occurrence): string {
  return `${o.kind}\u0000${o.uri}\u0000${o.location.path ?? ''}\u0000${o.location.page ?? ''}\u0000${o.location.line ?? ''}`;
}

/** Readings of passages already seen, looked up by text first (cheap), then by what else matters. */
class Memo {
  private readonly byText = new Map<string, { variant: string; reading: PromiseReading | null }[]>();
  private size = 0;

  read(p: SourcedPassage, prev: PreviousSentence | null): PromiseReading | null {
    const variant = `${p.role}\u0000${p.leadIn ?? ''}\u0000${p.context ?? ''}\u0000${prev ? `${prev.compensation}${prev.text}` : ''}`;
    const seen = this.byText.get(p.text);
    const hit = seen?.find((s) => s.variant === variant);
    if (hit) return hit.reading;
    const reading = readPassage(p, prev);
    if (this.size >= MAX_MEMO) {
      this.byText.clear();
      this.size = 0;
    }
    const list = this.byText.get(p.text);
    if (list) list.push({ variant, reading });
    else this.byText.set(p.text, [{ variant, reading }]);
    this.size++;
    return reading;
  }
}
