/**
 * Finds every stated threshold in a passage: durations ("within 10 working days", "3-5 days",
 * "next working day"), rings, percentages, amounts of money and "free". Which one a claim
 * uses is decided later, knowing its category.
 */
import type { ClaimUnit } from '../domain/vocabulary.js';
import { CUES } from './cues.js';
import { NUMBER_PHRASES, NUMBER_WORDS } from './lexicon/numbers.js';
import { compilePhrases, phraseSource } from './lexicon/phrases.js';
import { CURRENCY_AFTER, CURRENCY_BEFORE, FIXED_THRESHOLDS, UNIT_WORDS } from './lexicon/units.js';

/** One stated threshold and where it is. */
export interface Mention {
  readonly kind: 'duration' | 'percent' | 'currency' | 'free';
  readonly value: number;
  readonly valueMax: number | null;
  readonly unit: ClaimUnit;
  readonly start: number;
  readonly end: number;
  /** Round the clock: scope `all` (README "24/7"). */
  readonly all: boolean;
  /** Inside brackets: an equivalent, not the threshold ("10 seconds (4 rings)"). */
  readonly inBrackets: boolean;
  /** Used only when no other duration is stated ("Next Day parcels arrive ... the next working day"). */
  readonly fallback?: boolean;
}

const WORDS = Object.keys(NUMBER_WORDS).filter((w) => w !== 'a' && w !== 'an').join('|');
const NUM = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:${WORDS})(?:[- ](?:${WORDS}))?|a|an)`;
const UNIT_RES = UNIT_WORDS.map(([w, unit]) => ({ re: new RegExp(`^(?:${phraseSource(w)})$`), unit }));
// Durations are found from their unit backwards: units are rare, numbers everywhere.
const UNIT = new RegExp(`(?<![\\w])(?:${UNIT_WORDS.map(([w]) => phraseSource(w)).join('|')})(?![\\w])`, 'g');
const NUMBER_BEFORE_UNIT = new RegExp(`(?<![\\w.])(?:between\\s+)?(${NUM})(?:\\s*(?:-|to|and|or)\\s*(${NUM}))?[\\s-]*$`);
// Only text with a digit or a number word (or a fixed expression) can state a threshold.
const ANY_DIGIT = /[\d£$€]/;
const ANY_THRESHOLD_WORD = new RegExp(
  `free|penny|charge|cost|fee|nothing to pay|hour|day|week|minute|second|ring|clock|immediately|straight away|right away|instantly|overnight|fortnight|\\b(?:${WORDS})\\b`,
);
// All fixed expressions at once, to find quickly whether any is present.
const ANY_FIXED = compilePhrases(FIXED_THRESHOLDS.map((f) => f.phrase));
const RINGS = new RegExp(`\\brings?\\s+(?:no\\s+)?(?:more than|over|beyond)\\s+(${NUM})\\s+times\\b`, 'g');
// "nine in ten calls", "4 out of 5 customers": a share written as a proportion.
const PROPORTION = new RegExp(`(?<![\\w.])(${NUM})\\s+(?:in|out of)\\s+(${NUM})\\b`, 'g');
// Cheap checks before the number-hungry patterns, which would otherwise try every position.
const HAS_PERCENT = /%|per ?cent/;
const HAS_PROPORTION = new RegExp(`\\b(?:in|out of)\\s+(?:\\d|${WORDS})`);
const HAS_MONEY = /[£$€]|\d\s?(?:p\b|pence|pounds?|dollars?|euros?)|(?:gbp|usd|eur)\s?\d/;
const PERCENT = new RegExp(`(?<![\\w.])(${NUM})\\s*(?:%|per ?cent\\b|percent\\b)`, 'g');
const MONEY = new RegExp(`${CURRENCY_BEFORE}\\s?(\\d[\\d,]*(?:\\.\\d+)?)|(?<![\\w.])(\\d[\\d,]*(?:\\.\\d+)?)\\s?${CURRENCY_AFTER}\\b`, 'g');
const FIXED = FIXED_THRESHOLDS.map((f) => ({ ...f, lexicon: compilePhrases([f.phrase]) }));
// "a"/"an" count as one only after these words ("within an hour", "less than a day").
const BEFORE_ARTICLE = /(?:within|in|than|under|over|after|for|of|to|about)\s+$/;

/** Every threshold stated in normalised `text`, in order of position. */
export function findMentions(text: string): Mention[] {
  if (!ANY_DIGIT.test(text) && !ANY_THRESHOLD_WORD.test(text)) return [];
  const brackets = bracketRanges(text);
  const out: Mention[] = [];
  const taken: [number, number][] = [];
  const add = (m: Omit<Mention, 'inBrackets'>) => {
    if (taken.some(([s, e]) => m.start < e && m.end > s)) return;
    taken.push([m.start, m.end]);
    out.push({ ...m, inBrackets: brackets.some(([s, e]) => m.start >= s && m.end <= e) });
  };
  if (ANY_FIXED.test(text)) for (const f of FIXED) {
    for (const [start, end] of f.lexicon.find(text)) {
      add({ kind: 'duration', value: f.value, valueMax: null, unit: f.unit, start, end, all: !!f.all, fallback: !!f.fallback });
    }
  }
  if (text.includes('ring')) for (const m of text.matchAll(RINGS)) {
    const v = parseNumber(m[1]!);
    if (v !== null) add({ kind: 'duration', value: v, valueMax: null, unit: 'rings', start: m.index, end: m.index + m[0].length, all: false });
  }
  for (const u of text.matchAll(UNIT)) {
    const before = NUMBER_BEFORE_UNIT.exec(text.slice(Math.max(0, u.index - 60), u.index));
    if (before) durationMention(text, before, u.index - before[0].length, u[0], u.index + u[0].length, add);
  }
  if (HAS_PERCENT.test(text)) for (const m of text.matchAll(PERCENT)) {
    const v = parseNumber(m[1]!);
    if (v !== null) add({ kind: 'percent', value: v, valueMax: null, unit: 'percent', start: m.index, end: m.index + m[0].length, all: v === 100 });
  }
  if (HAS_PROPORTION.test(text)) for (const m of text.matchAll(PROPORTION)) {
    const part = parseNumber(m[1]!);
    const whole = parseNumber(m[2]!);
    if (part === null || whole === null || whole < 2 || part <= 0 || part > whole) continue;
    const value = Math.round((1000 * part) / whole) / 10;
    add({ kind: 'percent', value, valueMax: null, unit: 'percent', start: m.index, end: m.index + m[0].length, all: value === 100 });
  }
  if (HAS_MONEY.test(text)) for (const m of text.matchAll(MONEY)) {
    const v = Number((m[1] ?? m[2] ?? '').replace(/,/g, ''));
    if (Number.isFinite(v)) add({ kind: 'currency', value: v, valueMax: null, unit: 'currency', start: m.index, end: m.index + m[0].length, all: false });
  }
  for (const [start, end] of freeMatches(text)) add({ kind: 'free', value: 0, valueMax: null, unit: 'currency', start, end, all: false });
  return out.sort((a, b) => a.start - b.start);
}

function durationMention(
  text: string,
  m: RegExpExecArray,
  start: number,
  unitWord: string,
  end: number,
  add: (m: Omit<Mention, 'inBrackets'>) => void,
): void {
  const first = m[1]!;
  if ((first === 'a' || first === 'an') && !BEFORE_ARTICLE.test(text.slice(Math.max(0, start - 12), start))) return;
  const value = parseNumber(first);
  const max = m[2] ? parseNumber(m[2]) : null;
  if (value === null) return;
  // "seven days a week", "365 days a year": how often, not how long.
  if (/^\s+(?:a|per|each|every) (?:day|week|month|year)\b/.test(text.slice(end))) return;
  let unit = unitOf(unitWord);
  // "within 4 hours during business hours" counts in business hours (README).
  if (unit === 'hours' && /^[^.;]{0,30}\b(?:business|working|office) hours\b/.test(text.slice(end))) unit = 'business-hours';
  add({ kind: 'duration', value, valueMax: max !== null && max > value ? max : null, unit, start, end, all: false });
}

function unitOf(word: string): ClaimUnit {
  return UNIT_RES.find((u) => u.re.test(word))?.unit ?? 'days';
}

/** The value of a number in digits or words ("24", "1,200", "two", "twenty-four", "a"), or null. */
export function parseNumber(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  if (/^\d/.test(s)) {
    const n = Number(s.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  if (s in NUMBER_PHRASES) return NUMBER_PHRASES[s]!;
  let total = 0;
  for (const part of s.split(/[- ]/)) {
    const n = NUMBER_WORDS[part];
    if (n === undefined) return null;
    total = n === 100 ? Math.max(1, total) * 100 : total + n;
  }
  return total;
}

// "free" and friends, minus uses that are not about price ("free to use another company").
function freeMatches(text: string): [number, number][] {
  const not = CUES.notFree.find(text);
  return CUES.free.find(text).filter(([s, e]) => !not.some(([ns, ne]) => s < ne && e > ns));
}

// [start, end) of every bracketed stretch, so equivalents in brackets can be told apart.
function bracketRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /\([^()]{0,200}\)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}
