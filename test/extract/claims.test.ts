/**
 * Claims as SPEC shapes them: one per distinct promise with every occurrence, a stable key,
 * the first occurrence as source, and a span that highlights the promise inside its text.
 */
import { describe, expect, it } from 'vitest';
import { ClaimSchema } from '../../shared/domain/schemas.js';
import { claimKey, normaliseForKey } from '../../shared/extract/claim-key.js';
import { extractClaims } from '../../shared/extract/extract.js';
import { claimOf, claimsOf, passage } from './helpers.js';

describe('one claim per distinct promise', () => {
  it('merges a banner seen on 40 pages into one claim with 40 occurrences, first one as source', () => {
    const pages = Array.from({ length: 40 }, (_, i) => `https://shop.example.co.uk/page-${i}`);
    const claims = extractClaims(pages.map((uri) => passage({ text: 'Free UK delivery on every order', uri, path: 'div.banner' })));
    expect(claims).toHaveLength(1);
    expect(claims[0]!.occurrences.map((o) => o.uri)).toEqual(pages);
    expect(claims[0]!.source).toEqual(claims[0]!.occurrences[0]);
  });

  it('merges the same wording in a flyer and on the site, keeping both kinds of source', () => {
    const claims = claimsOf(
      { text: 'We answer every call within 2 minutes.', uri: 'https://www.example.co.uk/support', kind: 'page' },
      { text: 'We answer every call within 2 minutes.', uri: 'file:///docs/flyer.pdf', kind: 'flyer', path: 'p' },
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]!.occurrences.map((o) => o.kind)).toEqual(['page', 'flyer']);
  });

  it('treats case, curly quotes, dashes, spacing and the final full stop as the same wording', () => {
    expect(normaliseForKey('We’ll reply in 3–5  days.')).toBe(normaliseForKey("we'll reply in 3-5 days"));
    expect(claimKey('We’ll reply in 3–5  days.')).toBe(claimKey("we'll reply in 3-5 days"));
  });

  it('keeps different promises apart and gives each a different key', () => {
    const claims = claimsOf({ text: 'We will reply within 5 days.' }, { text: 'We will reply within 10 days.' });
    expect(claims).toHaveLength(2);
    expect(new Set(claims.map((c) => c.key)).size).toBe(2);
  });

  it('records a repeated passage at the same place once', () => {
    const claims = claimsOf({ text: 'We will reply within 5 days.' }, { text: 'We will reply within 5 days.' });
    expect(claims[0]!.occurrences).toHaveLength(1);
  });

  it('gives keys that do not change between runs', () => {
    expect(claimKey('We will reply within 5 days.')).toMatch(/^[0-9a-f]{16}$/);
    expect(claimKey('We will reply within 5 days.')).toBe(claimKey('We will reply within 5 days.'));
    expect(claimKey('x', 'price')).not.toBe(claimKey('x'));
  });
});

describe('claims in SPEC shape', () => {
  it('fits the Claim schema once given an id', () => {
    for (const claim of claimsOf(
      { text: 'We aim to answer 80% of calls within 20 seconds.' },
      { text: 'Our lines are open Monday to Friday 9am to 5pm.' },
    )) {
      expect(() => ClaimSchema.parse({ id: 'c1', ...claim })).not.toThrow();
    }
  });

  const spans: [string, string][] = [
    ['We will reply within 5 days.', 'We will reply within 5 days'],
    ["If we're late, miss an appointment or break any of these promises, we'll pay you £30 in compensation.", "we'll pay you £30 in compensation"],
    ['If you use one of our email addresses, we will try to acknowledge your message within 24 hours.', 'we will try to acknowledge your message within 24 hours'],
  ];
  it.each(spans)('highlights the promise in %j', (text, highlighted) => {
    const claim = claimOf(text)!;
    expect(claim.text.slice(claim.span[0], claim.span[1])).toBe(highlighted);
  });
});
