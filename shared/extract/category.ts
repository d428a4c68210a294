/**
 * Decides what a promise is about. Ethos, compensation and opening hours are recognised first;
 * otherwise each category's cues are scored in the promise itself, then (with less weight) in
 * its brackets, lead-in, heading or table header, and the sentence before it. Replies are
 * filed by channel: e-mail only, letters only, or anything else (`enquiry-response`).
 */
import type { ClaimCategory } from '../domain/vocabulary.js';
import { CUES } from './cues.js';
import { CATEGORY_CUES } from './lexicon/categories.js';
import { compilePhrases } from './lexicon/phrases.js';
import type { Mention } from './thresholds.js';
import { statesAvailability } from './window.js';
import { TIME_RANGE } from './lexicon/availability.js';

/** What the category is decided from (all text normalised). */
export interface CategoryInput {
  /** The promise, brackets removed. */
  readonly main: string;
  /** The bracketed parts of the promise. */
  readonly brackets: string;
  readonly leadIn: string | null;
  readonly context: string | null;
  /** The sentence before, in the same paragraph. */
  readonly prev: string | null;
  /** Thresholds stated in the promise. */
  readonly mentions: readonly Mention[];
  /** Weight of the context: high for a table header or FAQ question, low for a section heading. */
  readonly contextWeight: number;
  /** A table cell: its headers alone may say what it is about. */
  readonly cell: boolean;
  /** The promise pays compensation, or is the payment deadline of compensation just promised. */
  readonly compensation: boolean;
}

const COMPILED = CATEGORY_CUES.map((c) => ({
  category: c.category,
  strong: c.strong.length > 0 ? compilePhrases(c.strong) : null,
  weak: c.weak && c.weak.length > 0 ? compilePhrases(c.weak) : null,
  excludedBy: c.excludedBy && c.excludedBy.length > 0 ? compilePhrases(c.excludedBy) : null,
}));
const ORDER = new Map(CATEGORY_CUES.map((c, i) => [c.category, i]));
// Categories whose thresholds are durations, helped when a duration is stated.
const TIMED = new Set<ClaimCategory>([
  'phone-answer', 'callback', 'email-response', 'letter-response', 'enquiry-response', 'complaint-response',
  'complaint-resolution', 'visit-wait', 'appointment', 'delivery-time', 'refund-time', 'returns-window',
]);
// A single weak cue ("order") is not enough to file a promise under a category.
const MIN_SCORE = 1.5;

/** The category of a promise. */
export function categorise(input: CategoryInput): ClaimCategory {
  const main = input.main;
  const stated = input.mentions.filter((m) => !m.inBrackets);
  // "8am to 8pm, 7 days" names the days of a window, not a time limit.
  const window = TIME_RANGE.test(main);
  const timed = stated.some((m) => m.kind === 'duration' && !m.all && !(window && m.unit === 'days' && (m.value === 7 || m.value === 365)));
  if (isValues(main, stated)) return 'values';
  if (input.compensation) return 'other';
  if (statesAvailability(`${main} ${input.brackets}`) && !timed) return 'availability-hours';
  const sources = weightedSources(input);
  const scores = new Map<ClaimCategory, number>();
  const add = (c: ClaimCategory, s: number) => scores.set(c, (scores.get(c) ?? 0) + s);
  // Surroundings only support what the promise's own words suggest, unless the promise is a
  // bare standard ("within 20 seconds") that only its header or question explains.
  const surroundingsDecide = timed || input.cell;
  const response = responseCategory(input);
  // Categories the promise's own words point to: only these are helped by a stated duration.
  const ownEvidence = new Set<ClaimCategory>();
  for (const { text, weight, own } of sources) {
    const allow = (c: ClaimCategory) => own || surroundingsDecide || (scores.get(c) ?? 0) >= 1.5;
    for (const [c, level] of cueLevels(text, !own)) {
      const category = c === RESPONSE ? response : c;
      if (!allow(category)) continue;
      add(category, level * weight);
      // A table header or FAQ question speaks for a bare answer as its own words would.
      if (own || weight >= 0.8) ownEvidence.add(category);
    }
  }
  complaintScore(input, sources, add);
  affinities(input.mentions, timed, stated, scores, ownEvidence, add);
  for (const c of COMPILED) if (c.excludedBy?.test(main)) scores.delete(c.category);
  // "We'll email you 30 days before any price change" is a notice period, not a price.
  if (stated.some((m) => m.kind === 'duration' && m.value > 0) && !stated.some((m) => m.kind === 'currency' || m.kind === 'free')) {
    scores.delete('price');
  }
  return best(scores);
}

const RESPONSE = 'response';
type CueKey = ClaimCategory | typeof RESPONSE;
// Headings, lead-ins and neighbouring sentences recur across many passages: their cues are
// looked up once. Bounded, and cleared when full.
const cueCache = new Map<string, ReadonlyMap<CueKey, number>>();
const MAX_CACHE = 5_000;

// For each category (and the response family) whose cues `text` has: 3 for a strong cue, 1 for a weak one.
function cueLevels(text: string, cache: boolean): ReadonlyMap<CueKey, number> {
  const known = cache ? cueCache.get(text) : undefined;
  if (known) return known;
  const levels = new Map<CueKey, number>();
  for (const c of COMPILED) {
    if (c.strong?.test(text)) levels.set(c.category, 3);
    else if (c.weak?.test(text)) levels.set(c.category, 1);
  }
  if (CUES.responseActs.test(text)) levels.set(RESPONSE, 3);
  if (!cache) return levels;
  if (cueCache.size >= MAX_CACHE) cueCache.clear();
  cueCache.set(text, levels);
  return levels;
}

function isValues(main: string, stated: readonly Mention[]): boolean {
  return CUES.values.test(main) && CUES.firstPerson.test(main) && !stated.some((m) => m.kind !== 'percent');
}

interface Source {
  readonly text: string;
  readonly weight: number;
  /** The promise's own words (main text or brackets). */
  readonly own: boolean;
}

function weightedSources(input: CategoryInput): Source[] {
  const out: Source[] = [{ text: input.main, weight: 1, own: true }];
  if (input.brackets) out.push({ text: input.brackets, weight: 0.5, own: true });
  if (input.leadIn) out.push({ text: input.leadIn, weight: 0.3, own: false });
  if (input.context) out.push({ text: input.context, weight: input.contextWeight, own: false });
  if (input.prev) out.push({ text: input.prev, weight: 0.2, own: false });
  return out;
}

// Complaints: the topic may come from anywhere around the promise; the act decides between
// acknowledging (response) and putting right (resolution).
function complaintScore(
  input: CategoryInput,
  sources: readonly Source[],
  add: (c: ClaimCategory, s: number) => void,
): void {
  const topic = complaintTopic(sources);
  if (topic === 0) return;
  const category = CUES.resolutionActs.test(input.main) ? 'complaint-resolution' : 'complaint-response';
  add(category, 3 * Math.min(1, topic) + (CUES.complaintTopic.test(input.main) ? 1 : 0));
}

// How plainly the promise is about complaints: its own words count fully, a heading or the
// sentence before count double their usual weight (a section called "Complaints" sets the topic).
function complaintTopic(sources: readonly Source[]): number {
  return sources.reduce((s, src) => s + (CUES.complaintTopic.test(src.text) ? (src.own ? src.weight : 2 * src.weight) : 0), 0);
}

// Stated thresholds favour the categories they fit: rings and seconds are how calls are
// answered, money is a price, a duration is a time limit of some service.
function affinities(
  mentions: readonly Mention[],
  timed: boolean,
  stated: readonly Mention[],
  scores: Map<ClaimCategory, number>,
  ownEvidence: ReadonlySet<ClaimCategory>,
  add: (c: ClaimCategory, s: number) => void,
): void {
  if (mentions.some((m) => m.unit === 'rings')) add('phone-answer', 3);
  if (stated.some((m) => m.unit === 'seconds')) add('phone-answer', 1.5);
  // Money favours a price only when it comes first ("Tell us within 48 hours ... at no cost to you" is a time limit).
  // A price beside a delivery time ("$6.95 – delivered in 3 to 7 days") labels an option; the time is the promise.
  const first = stated[0];
  if (!timed && first && (first.kind === 'currency' || first.kind === 'free') && scores.has('price')) add('price', 2);
  if (timed) for (const c of ownEvidence) if (TIMED.has(c)) add(c, 1);
}

// Replies by channel: the promise's own words first, then its lead-in and heading together.
function responseCategory(input: CategoryInput): ClaimCategory {
  if (complaintTopic(weightedSources(input)) >= 0.4) {
    return CUES.resolutionActs.test(input.main) ? 'complaint-resolution' : 'complaint-response';
  }
  const fromMain = channels(`${input.main} ${input.brackets}`);
  const found = fromMain.size > 0 ? fromMain : channels(`${input.leadIn ?? ''} ${input.context ?? ''}`);
  const all = found.size > 0 ? found : channels(input.prev ?? '');
  if (all.size === 1 && all.has('email')) return 'email-response';
  if (all.size === 1 && all.has('letter')) return 'letter-response';
  return 'enquiry-response';
}

function channels(text: string): Set<string> {
  const out = new Set<string>();
  if (CUES.channelEmail.test(text)) out.add('email');
  if (CUES.channelLetter.test(text)) out.add('letter');
  if (CUES.channelMixed.test(text)) out.add('mixed');
  return out;
}

function best(scores: Map<ClaimCategory, number>): ClaimCategory {
  let winner: ClaimCategory = 'other';
  let top = -1;
  for (const [c, s] of scores) {
    if (s < MIN_SCORE - 1e-9) continue;
    const better = s > top + 1e-9 || (Math.abs(s - top) <= 1e-9 && (ORDER.get(c) ?? 99) < (ORDER.get(winner) ?? 99));
    if (better) {
      winner = c;
      top = s;
    }
  }
  return winner;
}
