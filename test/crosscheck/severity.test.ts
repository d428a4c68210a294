import { describe, expect, it } from 'vitest';
import { exposureWeight, inconsistencySeverity, practiceSeverity } from '../../shared/crosscheck/severity.js';
import { makeClaim, onFlyer, onPage } from './make-claim.js';

describe('severity', () => {
  const pages = (n: number) => Array.from({ length: n }, (_, i) => onPage(`p${i}`));

  it('grows with the gap, the exposure and the strength', () => {
    const base = makeClaim({ strength: 'aim', occurrences: pages(1) });
    const small = practiceSeverity(base, 'over-promised', 0.75, 0.8);
    const bigGap = practiceSeverity(base, 'over-promised', 0.4, 0.8);
    const exposed = practiceSeverity({ ...base, occurrences: pages(40) }, 'over-promised', 0.75, 0.8);
    const stronger = practiceSeverity({ ...base, strength: 'guarantee' }, 'over-promised', 0.75, 0.8);
    expect(bigGap).toBeGreaterThan(small);
    expect(exposed).toBeGreaterThan(small);
    expect(stronger).toBeGreaterThan(small);
  });

  it('stays within 0..100 and is 0 for kept promises', () => {
    const worst = makeClaim({ strength: 'guarantee', occurrences: pages(200) });
    expect(practiceSeverity(worst, 'over-promised', 0, 0.95)).toBe(100);
    expect(practiceSeverity(worst, 'kept', 0.99, 0.95)).toBe(0);
  });

  it('weighs an at-risk finding at half its gap', () => {
    const c = makeClaim();
    expect(practiceSeverity(c, 'at-risk', 0.9, 0.95)).toBeCloseTo(practiceSeverity(c, 'over-promised', 0.9, 0.95) / 2, 0);
  });

  it('counts a flyer as more exposure than a page', () => {
    expect(exposureWeight([onFlyer()])).toBeGreaterThan(exposureWeight([onPage('a')]));
    expect(exposureWeight(pages(1))).toBeCloseTo(0.5 + 0.5 * (Math.log(2) / Math.log(51)), 10);
  });

  it('rates a wider disagreement across kinds of source higher', () => {
    const site = makeClaim({ occurrences: pages(3) });
    const flyer = makeClaim({ source: onFlyer(), occurrences: [onFlyer()] });
    const page2 = makeClaim({ occurrences: pages(1) });
    expect(inconsistencySeverity(site, flyer, 24, 96)).toBeGreaterThan(inconsistencySeverity(site, flyer, 24, 48));
    expect(inconsistencySeverity(site, flyer, 24, 48)).toBeGreaterThan(inconsistencySeverity(site, page2, 24, 48));
  });
});
