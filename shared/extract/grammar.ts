/**
 * The grammar questions the promise lexicons cannot answer alone: does a clause open with an
 * imperative (a request: "Write to support@...", "Pick next-day delivery at checkout"), and
 * does it report the past ("We answered 40,000 calls")? compromise answers them: its lexicon
 * first (a word lookup, free), and its tagger only for the few openings the lexicon leaves
 * ambiguous ("Call us" vs "Call handling is..."), so the tagger stays off the fast path.
 */
import nlp from 'compromise';
import { GRAMMAR_WORDS, NEVER_IMPERATIVE } from './lexicon/grammar-words.js';

nlp.plugin({ words: GRAMMAR_WORDS });

const LEXICON = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | undefined> } } }).model.one
  .lexicon;
const NOT_IMPERATIVE = new Set(NEVER_IMPERATIVE);
// Lexicon tags of words that may be a verb or a noun at the start of a line ("call", "order").
const AMBIGUOUS = new Set([undefined, 'Singular', 'Adjective', 'Uncountable']);
// Words read from the start of a clause to decide its mood; enough for any imperative.
const OPENING_WORDS = 8;
// An introductory phrase before the main clause ("If you smell gas, call ..."): up to the comma
// before the main clause's subject when there is one, else up to the first comma.
const INTRO_TO_SUBJECT =
  /^(?:if|when|whenever|for|to|after|before|once|unless|where|as|in|on|at)\b[^]{0,160}?,\s+(?=(?:we|we'll|we're|you|you'll|you're|it|they|our|your|there|every|all|each|this|that)\b)/i;
// A label in front ("Phone: we aim to answer ..."), which is not the clause's verb.
const LABEL = /^\s*[^\s:]+(?:\s+[^\s:]+){0,3}:\s+/;
const INTRO = /^(?:if|when|whenever|for|to|after|before|once|unless|where|as|in|on|at)\b[^,]{0,80},\s*/i;
// A subject and the word after it (an adverb may come between): where a past tense would show.
const SUBJECT_VERB = /\b(?:we|i|they|our(?:\s+[a-z-]+){1,2}?)\s+(?:(?:[a-z]+ly|always|never|often|also|then|still|just|already)\s+)?([a-z]+)\b/g;
const RELATIVE_BEFORE = /\b(?:the|a|an|any|every|each|this|that|what)\s+[\w-]+\s+$/;
const openingMemo = new Map<string, boolean>();
const MAX_MEMO = 10_000;

/** True when the clause opens (after any introductory phrase) with an imperative verb. */
export function opensWithImperative(clause: string): boolean {
  const unlabelled = clause.replace(LABEL, '');
  const main = INTRO_TO_SUBJECT.test(unlabelled) ? unlabelled.replace(INTRO_TO_SUBJECT, '') : unlabelled.replace(INTRO, '');
  const first = /^[^\s\w]*([\w']+)/.exec(main)?.[1]?.toLowerCase();
  if (!first || NOT_IMPERATIVE.has(first) || /^\d/.test(first)) return false;
  // A verb of being early on means the first words are a subject ("Click and collect orders are ...").
  if (/^[^\s,]+(?:\s+[^\s,]+){0,4}\s+(?:is|are|will|was|were|has|have)\b/i.test(main)) return false;
  const tag = LEXICON[first];
  if (tag === 'Infinitive' || tag === 'Imperative') return true;
  if (!AMBIGUOUS.has(tag)) return false;
  // Figures do not change the mood: "order by 3pm" and "order by 5pm" share one answer.
  return taggedImperative(main.split(/\s+/).slice(0, OPENING_WORDS).join(' ').replace(/\d+/g, '0'));
}

function taggedImperative(opening: string): boolean {
  const known = openingMemo.get(opening);
  if (known !== undefined) return known;
  const doc = nlp(opening);
  const result = doc.has('^(#Imperative|#Infinitive)') && !doc.has('^#Gerund');
  if (openingMemo.size >= MAX_MEMO) openingMemo.clear();
  openingMemo.set(opening, result);
  return result;
}

/** True when a subject is followed by a verb in the past tense ("we handled", "our team answered"). */
export function reportsPast(clause: string): boolean {
  SUBJECT_VERB.lastIndex = 0;
  for (let m = SUBJECT_VERB.exec(clause); m; m = SUBJECT_VERB.exec(clause)) {
    // "the slot we agreed": a relative clause, not what the sentence reports.
    if (RELATIVE_BEFORE.test(clause.slice(Math.max(0, m.index - 30), m.index))) continue;
    const word = m[1]!;
    const tag = LEXICON[word];
    if (tag === 'PastTense') return true;
    if (/[^e]ed$/.test(word) && (tag === undefined || tag === 'Adjective')) return true;
  }
  return false;
}
