/**
 * The cheap first pass: one regular expression, built from the same lexicons, that every
 * promise must match somewhere. Most prose on a site (descriptions, navigation, history)
 * fails it and costs nothing more.
 */
import { ALWAYS_OR_WHILE_OPEN } from './lexicon/availability.js';
import { ACT_STANDARD, POLICY, TELEGRAPHIC_START, WE_ACT, WE_COMMIT, YOU_RECEIVE } from './lexicon/commitment.js';
import { COMPENSATION, GUARANTEES } from './lexicon/guarantee.js';
import { HEDGES } from './lexicon/hedge.js';
import { compilePhrases } from './lexicon/phrases.js';
import { VALUES } from './lexicon/values.js';

const SIGNALS = compilePhrases([...WE_COMMIT, ...YOU_RECEIVE, ...POLICY, ...GUARANTEES, ...COMPENSATION, ...VALUES, ...ALWAYS_OR_WHILE_OPEN, ...HEDGES]);
const ACTS_STANDARD = compilePhrases(ACT_STANDARD);
// Clock times and stated amounts: opening hours and fragments ("3-5 working days") have no verb.
const STANDARD = /\d|£|\$|€|\bfree\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty|thirty|same|next)\b/;

/** True when normalised `text` could be a promise: it has a promise word or, for `fragment`s, any stated standard. */
export function isCandidate(text: string, fragment: boolean): boolean {
  return SIGNALS.test(text) || (WE_ACT.test(text) && (STANDARD.test(text) || ACTS_STANDARD.test(text))) || TELEGRAPHIC_START.test(text) || (fragment ? STANDARD.test(text) : /\d[:.]?\d*\s*(?:am|pm|a\.m|p\.m)/.test(text));
}
