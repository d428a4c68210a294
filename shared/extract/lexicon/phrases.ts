/**
 * How lexicon phrases are written and compiled. A lexicon is a plain list of phrases, matched
 * case-insensitively on word boundaries against normalised text (straight apostrophes). In a
 * phrase, a space matches any run of spaces; `*` is any one word; `#` is a number in digits
 * or words; `(a|b)` is a choice and `?` makes the group or letter before it optional. All
 * other characters match themselves.
 *
 * A compiled lexicon first checks, with one literal search, that the text contains a word every
 * phrase needs ("pay" for "we'll pay you"); a big alternation of phrases is tried only then.
 * Most text fails the literal search, which is many times faster. Plain native RegExps are used
 * throughout: a RegExp subclass would lose V8's fast paths.
 */

/** A list of phrases in the syntax above. */
export type Phrases = readonly string[];

const WORD = "[\\w'£$€%./:&+-]+";
const NUMBER =
  '(?:\\d+(?:[.,]\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-eight|fifty|sixty|ninety|hundred)';

/** The regular-expression source of one phrase. */
export function phraseSource(phrase: string): string {
  let out = '';
  for (const ch of phrase.trim()) {
    if (ch === ' ') out += '\\s+';
    else if (ch === '*') out += WORD;
    else if (ch === '#') out += NUMBER;
    else if ('()|?'.includes(ch)) out += ch === '(' ? '(?:' : ch;
    else out += ch.replace(/[.+^${}[\]\\/]/g, '\\$&');
  }
  return out;
}

/** A compiled lexicon: finds its phrases in normalised text, after a fast literal pre-search. */
export class Lexicon {
  /** The phrases as one alternation (global), for reference and tests. */
  readonly pattern: RegExp;
  private readonly once: RegExp;
  private readonly required: RegExp | null;

  constructor(body: string, required: RegExp | null) {
    // Hyphens join words ("jargon-free", "full-price"), so they count as part of a word here.
    const source = `(?<![\\w'-])(?:${body})(?![\\w'-])`;
    this.pattern = new RegExp(source, 'gi');
    this.once = new RegExp(source, 'i');
    this.required = required;
  }

  // The last text tested and the answer: a clause is often asked about twice in a row (for its
  // signals, then for its strength).
  private lastText: string | null = null;
  private lastResult = false;

  /** True when some phrase occurs in `text`. */
  test(text: string): boolean {
    if (text === this.lastText) return this.lastResult;
    const result = (!this.required || this.required.test(text)) && this.once.test(text);
    this.lastText = text;
    this.lastResult = result;
    return result;
  }

  /** Every occurrence of a phrase in `text`, as [start, end) pairs. */
  find(text: string): [number, number][] {
    if (this.required && !this.required.test(text)) return [];
    const out: [number, number][] = [];
    this.pattern.lastIndex = 0;
    for (let m = this.pattern.exec(text); m; m = this.pattern.exec(text)) {
      out.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) this.pattern.lastIndex++;
    }
    return out;
  }

  /** `text` with every occurrence replaced by spaces (offsets are kept). */
  blank(text: string): string {
    const found = this.find(text);
    if (found.length === 0) return text;
    let out = '';
    let at = 0;
    for (const [s, e] of found) {
      out += text.slice(at, s) + ' '.repeat(e - s);
      at = e;
    }
    return out + text.slice(at);
  }
}

/** Compiles `phrases` into a lexicon matching any of them as whole words, case-insensitively. */
export function compilePhrases(phrases: Phrases): Lexicon {
  // Longest first, so "we will aim" wins over "we will" where both start at the same place.
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  return new Lexicon(sorted.map(phraseSource).join('|'), requiredWords(sorted));
}

// A literal search for words at least one of which any match must contain, or null when some
// phrase needs no literal word (then every text is tried).
function requiredWords(phrases: Phrases): RegExp | null {
  const words = new Set<string>();
  for (const phrase of phrases) {
    const needed = neededWords(phrase);
    if (!needed) return null;
    for (const w of needed) words.add(w);
  }
  const escaped = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(escaped.join('|'), 'i');
}

// Words one of which every match of `phrase` contains: its longest plain run of letters (common
// words only when nothing better exists), or else all the choices of one of its groups; null
// when there is no such set (the phrase is all wildcards).
function neededWords(phrase: string): string[] | null {
  const tokens = topLevelTokens(phrase);
  const runs = tokens.flatMap((t) =>
    t
      .replace(/\([^()]*\)\??|.\?|[*#]/g, '\u0000')
      .split('\u0000')
      .filter((r) => /^[\w'£$€%/:.-]{2,}$/.test(r)),
  );
  const rank = (w: string) => (COMMON.has(w) ? 0 : w.length);
  const best = runs.sort((x, y) => rank(y) - rank(x) || y.length - x.length)[0];
  if (best && rank(best) >= 3) return [best];
  // Else the group whose shortest choice is longest: "(dispatched|sent|...)" beats "(is|are)".
  let bestGroup: string[] | null = null;
  for (const token of tokens) {
    const group = /^\(([^()]+)\)$/.exec(token.replace(/\([^()]*\)\?/g, ''));
    if (!group) continue;
    const choices = group[1]!.split('|').map((c) => c.trim().split(' ')[0]!.replace(/.\?$/, ''));
    if (!choices.every((c) => /^[\w'£$€%/:.-]+$/.test(c))) continue;
    const shortest = Math.min(...choices.map(rank));
    if (!bestGroup || shortest > Math.min(...bestGroup.map(rank))) bestGroup = choices;
  }
  return bestGroup ?? (best ? [best] : null);
}

// Words too common to make a good first search.
const COMMON = new Set(['we', 'you', 'your', 'our', 'the', 'to', 'will', 'have', 'from', 'this', 'no', 'all', 'any', 'of', 'a', 'an', 'and', 'is', 'are', 'be', 'it', 'in', 'on', 'at', 'for', 'us']);

// Splits a phrase at spaces that are not inside a group.
function topLevelTokens(phrase: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of phrase) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ' ' && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += ch;
  }
  if (current) out.push(current);
  return out;
}
