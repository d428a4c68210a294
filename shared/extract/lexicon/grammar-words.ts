/**
 * Words of service pages that compromise's general English lexicon tags unhelpfully when they
 * open a line ("Economy (free): ...", "Tracked 48"), given the tags they have here. Loaded into
 * compromise through the plugin in `grammar.ts`.
 */

/** Word to compromise tag. */
export const GRAMMAR_WORDS: Readonly<Record<string, string>> = {
  economy: 'Noun', standard: 'Adjective', express: 'Adjective', tracked: 'Adjective', premium: 'Adjective',
  priority: 'Noun', target: 'Noun', office: 'Noun', clinic: 'Noun', helpline: 'Noun',
  freephone: 'Noun', webchat: 'Noun', checkout: 'Noun', collection: 'Noun', returns: 'Plural', refunds: 'Plural',
};

/** First words that never open an imperative, so compromise need not be asked. */
export const NEVER_IMPERATIVE: readonly string[] = [
  'we', "we'll", "we're", "we've", 'you', "you'll", "you're", 'our', 'your', 'the', 'a', 'an', 'this', 'that', 'these',
  'those', 'it', "it's", 'its', 'they', 'every', 'all', 'each', 'any', 'no', 'if', 'when', 'unless', 'where', 'standard',
  'free', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'i', 'my', 'there', 'most',
  'many', 'some', 'none', 'one', 'two', 'three', 'in', 'on', 'at', 'by', 'for', 'from', 'during', 'after', 'before',
];
