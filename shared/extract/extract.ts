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
  // A repeated passage gives the same reading object: its key is hashed once.
  const keys = new WeakMap<PromiseReading, string>();
  let prev: (PreviousSentence & { uri: string; path: string | null }) | null = null;
  for (const passage of passages) {
    const before = prev && prev.uri === passage.uri && prev.path === passage.location.path ? prev : null;
    const reading = memo.read(passage, before);
    prev = { uri: passage.uri, path: passage.location.path, text: passage.text, compensation: reading?.compensation ?? false };
    if (!reading) continue;
    const occurrence: Occurrence = { uri: passage.uri, kind: passage.kind, location: passage.location };
    const key = keys.get(reading) ?? claimKey(reading.text);
    keys.set(reading, key);
    const known = claims.get(key);
    if (known) {
      const place = placeOf(occurrence);
      if (known.claim.occurrences.length < MAX_OCCURRENCES && !known.places.has(place)) {
        known.places.add(place);
        known.claim.occurrences.push(occurrence);
      }
      continue;
    }
    const { compensation: _compensation, ...fields } = reading;
    claims.set(key, { claim: { key, ...fields, source: occurrence, occurrences: [occurrence] }, places: new Set([placeOf(occurrence)]) });
  }
  return [...claims.values()].map((b) => b.claim);
}

function placeOf(o: Occurrence): string {
  return `${o.kind}\u0000${o.uri}\u0000${o.location.path ?? ''}\u0000${o.location.page ?? ''}\u0000${o.location.line ?? ''}`;
}

/** What besides its text decides how a passage reads. */
interface Seen {
  readonly role: SourcedPassage['role'];
  readonly leadIn: string | null;
  readonly context: string | null;
  readonly prevText: string | null;
  readonly prevCompensation: boolean;
  readonly reading: PromiseReading | null;
}

/** Readings of passages already seen, looked up by text, then compared field by field (no keys built). */
class Memo {
  private readonly byText = new Map<string, Seen[]>();
  private size = 0;

  read(p: SourcedPassage, prev: PreviousSentence | null): PromiseReading | null {
    const prevText = prev?.text ?? null;
    const prevCompensation = prev?.compensation ?? false;
    const seen = this.byText.get(p.text);
    const hit = seen?.find(
      (s) =>
        s.role === p.role && s.leadIn === p.leadIn && s.context === p.context && s.prevText === prevText && s.prevCompensation === prevCompensation,
    );
    if (hit) return hit.reading;
    const reading = readPassage(p, prev);
    if (this.size >= MAX_MEMO) {
      this.byText.clear();
      this.size = 0;
    }
    const entry: Seen = { role: p.role, leadIn: p.leadIn, context: p.context, prevText, prevCompensation, reading };
    const list = this.byText.get(p.text);
    if (list) list.push(entry);
    else this.byText.set(p.text, [entry]);
    this.size++;
    return reading;
  }
}
