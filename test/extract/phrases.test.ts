import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePhrases, phraseSource } from '../../shared/extract/lexicon/phrases.js';
import { CATEGORY_CUES } from '../../shared/extract/lexicon/categories.js';
import { POLICY, WE_COMMIT, YOU_RECEIVE } from '../../shared/extract/lexicon/commitment.js';
import { HEDGES } from '../../shared/extract/lexicon/hedge.js';
import { DISCLAIMERS, PAST, REQUESTS } from '../../shared/extract/lexicon/not-promise.js';
import { VALUES } from '../../shared/extract/lexicon/values.js';

describe('lexicon phrase syntax', () => {
  const cases: [string, string, boolean][] = [
    ['we will', 'Yes, we   will reply', true],
    ['we will', 'we willingly reply', false],
    ['costs?', 'it cost nothing', true],
    ['costs?', 'it costs nothing', true],
    ['(is|are) free', 'returns are free', true],
    ['free', 'jargon-free text', false],
    ['answer * calls', 'answer all calls', true],
    ['within # days', 'within two days', true],
    ['within # days', 'within 14 days', true],
    ['free (uk )?delivery', 'free delivery', true],
    ['free (uk )?delivery', 'free uk delivery', true],
    ['24/7', 'open 24/7.', true],
    ["we'll", "we'll call", true],
  ];
  it.each(cases)('%j against %j', (phrase, text, expected) => {
    expect(compilePhrases([phrase]).test(text)).toBe(expected);
  });

  it('finds every match, and blanks them keeping offsets', () => {
    const lexicon = compilePhrases(['free', 'no charge']);
    expect(lexicon.find('free delivery, no charge, free returns')).toEqual([[0, 4], [15, 24], [26, 30]]);
    expect(lexicon.blank('free delivery, no charge')).toBe('     delivery,          ');
  });

  it('escapes characters that mean something in regular expressions', () => {
    expect(phraseSource('£4.50 (approx)')).toBe('£4\\.50\\s+(?:approx)');
  });

  // The literal pre-search must never hide a match: whatever a lexicon matches when compiled
  // without it, it matches with it.
  const lexicons = { WE_COMMIT, YOU_RECEIVE, POLICY, HEDGES, DISCLAIMERS, PAST, REQUESTS, VALUES, ...Object.fromEntries(CATEGORY_CUES.map((c) => [c.category, c.strong])) };
  it.each(Object.entries(lexicons))('the pre-search of %s never hides a match', (_name, phrases) => {
    if (phrases.length === 0) return;
    const fast = compilePhrases(phrases);
    const plain = new RegExp(fast.pattern.source, 'i');
    const words = ['we', 'will', 'you', "you'll", 'free', 'within', '5', 'working', 'days', 'aim', 'to', 'reply', 'our', 'team', 'every', 'call', 'not', 'a', 'guarantee', 'last', 'year', 'please', 'at', 'the', 'heart', 'of', 'everything', 'do', 'is', 'are', 'sent', 'dispatched', 'refund', 'complaint', 'resolve'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (ws) => {
        const text = ws.join(' ');
        expect(fast.test(text)).toBe(plain.test(text));
      }),
      { numRuns: 300 },
    );
    for (const phrase of phrases) {
      const sample = phrase.replace(/\(([^()|]*)(\|[^()]*)?\)\??/g, '$1').replace(/\?/g, '').replace(/\*/g, 'word').replace(/#/g, '5');
      expect(fast.test(sample)).toBe(plain.test(sample));
    }
  });
});
