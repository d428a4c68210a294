/**
 * Scope words: how widely a promise applies. README: "all, every, always, never, 100%" and
 * "24/7" are scope `all`; a stated percentage other than 100 is scope `share`.
 */
import type { Phrases } from './phrases.js';

/** Words that make a promise universal. */
export const SCOPE_ALL: Phrases = [
  'every', 'everything', 'everyone', 'everybody', 'all', 'always', 'never', 'each', 'whatever', 'whoever',
  'any *',
  'wherever you (are|live)', 'no (call|customer|one|order|caller|letter|email|complaint|visit|appointment)s?',
  '100%', '100 per ?cent', '24/7', '24 hours a day', '(around|round) the clock', 'only ever', 'without exception',
  'at all times', 'no matter', "won't", 'will not', 'not rearrange', 'not cancel', 'not charge',
];

/** Phrases that look universal but are not ("as many calls as we can", "all of the following"). */
export const SCOPE_NOT_ALL: Phrases = [
  'as many * as we can', 'as many * * as we can', 'at all', 'all of the following', 'any questions', 'any of these',
  'for each', 'each (further|extra|additional)', 'any of', 'any other', 'any questions?', 'if (you have )?any', 'whether any', 'all the (information|details|documents|evidence|paperwork|facts)',
  "(not|doesn't|don't|isn't|aren't|won't|can't|cannot) always", 'any time without', 'at any time', 'if you have any', 'any other', 'any change to your',
];
