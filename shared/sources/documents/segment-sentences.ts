/**
 * Sentence splitting for service-standard prose. A full stop ends a sentence only when a new
 * sentence visibly starts after it, and never inside "a.m.", "e.g.", "No. 5", "£4.50", "9.30",
 * initials, URLs or e-mail addresses: opening hours ("9:00 a.m. to 5:30 p.m.") and contact
 * lines are where promises live, so breaking them would break the promise.
 */

// Abbreviations after which a full stop never ends a sentence (compared lower-cased, without the final ".").
const NEVER_ENDS = new Set([
  'e.g', 'eg', 'i.e', 'ie', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'approx', 'tel', 'ref', 'fig',
  'inc', 'ltd', 'co', 'cf', 'viz', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'min', 'mins', 'hr', 'hrs', 'sec', 'secs',
  'dept', 'est', 'ext', 'op', 'pp', 'vol', 'ca', 'al', 'reg', 'nr',
]);

// Abbreviations that may end a sentence: they do only when the next word could not continue it.
const MAY_END = new Set(['a.m', 'p.m', 'am', 'pm', 'etc']);

// Words that, after "9 a.m." or "etc.", show the sentence goes on.
// Time zones ("7 p.m. ET, Monday to Friday", "5 p.m. Central") continue it too.
const CONTINUES =
  /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|weekdays?|weekends?|bank\b|[0-9(£$€]|(?:[ECMP][SD]?T|[AN]Z[SD]?T|AE[SD]T|AC[SD]T|AW[SD]?T|GMT|BST|IST|UTC|HST|AKST|NST|AST)\b|(?:Eastern|Central|Mountain|Pacific|Atlantic|Newfoundland|UK|Irish|local) time\b|(?:Eastern|Central|Mountain|Pacific|Atlantic)\b[^.]{0,40}(?:,|\bto\b|\bthrough\b|\bmon|\bsat|\bsun|\bweekdays|\bseven days))/i;

// A sentence can start with a capital, a digit, an opening quote/bracket or a currency sign.
const STARTS = /^["'“‘([]?[\p{Lu}\p{N}£$€]/u;

/** Splits one paragraph (whitespace already collapsed) into sentences, in order, none empty. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]+["'”’)\]]*(?= )/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    const rest = text.slice(end + 1, end + 40);
    if (!STARTS.test(rest)) continue;
    if (m[0][0] === '.' && !fullStopEnds(text, m.index, rest)) continue;
    pushTrimmed(out, text.slice(start, end));
    start = end + 1;
  }
  pushTrimmed(out, text.slice(start));
  return out;
}

// Whether the full stop at `dot` ends the sentence, judging by the word before it and what follows.
function fullStopEnds(text: string, dot: number, rest: string): boolean {
  const before = text.slice(Math.max(0, dot - 24), dot);
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  const bare = word.replace(/^["'“‘([]+/, '').toLowerCase();
  if (NEVER_ENDS.has(bare)) return false;
  // "No. 5", "Nos. 3-4", but "say no. If ..." ends a sentence.
  if ((bare === 'no' || bare === 'nos') && /^\d/.test(rest)) return false;
  // An initial ("J. Smith") or a lettered marker ("A.").
  if (/^\p{Lu}$/u.test(word.replace(/^["'“‘([]+/, ''))) return false;
  // "9 a.m. Monday" or "5.30p.m. (Eastern)": the time goes on into days, dates or brackets.
  if (MAY_END.has(bare) || /\d(?:a\.m|p\.m|am|pm)$/i.test(bare)) return !CONTINUES.test(rest);
  // Numbered markers at the start of a block ("1. Paying us").
  if (/^\d{1,2}$/.test(bare) && dot - word.length <= 0) return false;
  return true;
}

function pushTrimmed(out: string[], s: string): void {
  const t = s.trim();
  if (t) out.push(t);
}
