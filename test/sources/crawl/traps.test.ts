import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAP_LIMITS, TrapGuard } from '../../../shared/sources/crawl/traps.js';

const NOW = new Date('2025-06-15T12:00:00Z');

describe('trap guards', () => {
  it.each([
    ['https://example.com/a/a/b', null],
    ['https://example.com/a/a/a/', /segment "a" repeated 3 times/],
    ['https://example.com/x/y/x/y/x', /segment "x" repeated 3 times/],
    [`https://example.com/${'p'.repeat(2100)}`, /characters long \(limit 2083\)/],
    ['https://example.com/events/2025/06/', null],
    ['https://example.com/events/2150/06/', /calendar date in year 2150/],
    ['https://example.com/calendar?month=1901-01', /calendar date in year 1901/],
    ['https://example.com/calendar?year=3000&month=1', /calendar date in year 3000/],
    ['https://example.com/product/2025123456', null],
  ])('%s', (url, reason) => {
    const verdict = new TrapGuard(DEFAULT_TRAP_LIMITS, NOW).admit(url);
    if (reason === null) expect(verdict).toBeNull();
    else expect(verdict).toMatch(reason);
  });

  it('accepts at most 20 query variants per path, then refuses with a reason', () => {
    const guard = new TrapGuard(DEFAULT_TRAP_LIMITS, NOW);
    const verdicts = Array.from({ length: 30 }, (_, i) => guard.admit(`https://example.com/search?q=${i}`));
    expect(verdicts.slice(0, 20).every((v) => v === null)).toBe(true);
    expect(verdicts[20]).toMatch(/more than 20 query variants of \/search/);
    // A variant already accepted stays accepted; other paths are unaffected.
    expect(guard.admit('https://example.com/search?q=3')).toBeNull();
    expect(guard.admit('https://example.com/other?q=1')).toBeNull();
  });

  it('caps distinct pages of one calendar shape, within the accepted years', () => {
    const guard = new TrapGuard(DEFAULT_TRAP_LIMITS, NOW);
    let accepted = 0;
    for (let y = 2000; y <= 2025; y++) {
      for (let m = 1; m <= 12; m++) {
        if (guard.admit(`https://example.com/events/${y}/${String(m).padStart(2, '0')}/`) === null) accepted++;
      }
    }
    expect(accepted).toBe(DEFAULT_TRAP_LIMITS.maxCalendarVariants);
    // News articles under dated paths have distinct shapes, so they are not capped together.
    for (let i = 0; i < 50; i++) expect(guard.admit(`https://example.com/news/2024/05/story-${i}`)).toBeNull();
  });
});
