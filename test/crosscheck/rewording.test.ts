import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../shared/crosscheck/cross-check.js';
import { formatLimit, formatShare, humanDuration, naturalCeil } from '../../shared/crosscheck/natural-figures.js';
import { indexRecords } from '../../shared/crosscheck/practice-index.js';
import { workingScale } from '../../shared/crosscheck/units.js';
import { JudgementSchema } from '../../shared/domain/settings.js';
import type { ClaimUnit } from '../../shared/domain/vocabulary.js';
import { makeClaim } from './make-claim.js';

const judgement = JudgementSchema.parse({});
const scale = workingScale();

describe('naturalCeil', () => {
  it.each([
    [47, 'seconds', 60, 'seconds'],
    [150, 'seconds', 3, 'minutes'],
    [47, 'minutes', 60, 'minutes'],
    [130, 'minutes', 3, 'hours'],
    [25, 'hours', 36, 'hours'],
    [80, 'hours', 4, 'days'],
    [3.2, 'working-days', 4, 'working-days'],
    [1.6, 'working-days', 2, 'working-days'],
    [17, 'business-hours', 3, 'working-days'],
    [0, 'days', 0, 'days'],
    [40, 'days', 6, 'weeks'],
    [4.2, 'rings', 5, 'rings'],
    [75, 'working-days', 80, 'working-days'],
  ] as const)('%f %s -> %f %s', (value, unit, expected, expectedUnit) => {
    expect(naturalCeil(value, unit as ClaimUnit, scale)).toEqual({ value: expected, unit: expectedUnit });
  });

  it('has no natural figure for money or percentages', () => {
    expect(naturalCeil(9.99, 'currency', scale)).toBeNull();
  });
});

describe('formatting', () => {
  it.each([
    [24, 'hours', null, 'within 24 hours'],
    [1, 'working-days', null, 'within 1 working day'],
    [3, 'working-days', 5, 'within 3 to 5 working days'],
    [0, 'days', null, 'the same day'],
    [1, 'hours', null, 'within 1 hour'],
  ] as const)('%f %s..%s reads "%s"', (v, unit, max, text) => {
    expect(formatLimit(v, unit, max)).toBe(text);
  });

  it.each([
    [0.61, '61%'],
    [0.996, '99.6%'],
    [1, '100%'],
    [0.001, '0.1%'],
  ])('share %f reads %s', (share, text) => {
    expect(formatShare(share)).toBe(text);
  });

  it.each([
    [52.4, 'hours', '52 hours'],
    [0.5, 'hours', '30 minutes'],
    [200, 'hours', '8.3 days'],
    [0.5, 'working-days', '4 business hours'],
    [2.5, 'working-days', '2.5 working days'],
    [90, 'seconds', '90 seconds'],
  ] as const)('practice figure %f %s reads "%s"', (v, unit, text) => {
    expect(humanDuration(v, unit, scale)).toBe(text);
  });
});

describe('suggested rewording', () => {
  const late = (values: number[]) => indexRecords(values.map((value) => ({ metric: 'callback' as const, unit: 'working-days' as const, value })));
  // 100 call-backs: 60 within a day, 38 in under two, 2 in three
  const practice = late([...Array<number>(60).fill(1), ...Array<number>(38).fill(1.6), 3, 3]);

  it('keeps an aim an aim, at the 80th percentile rounded up: "We aim to return calls within 2 working days"', () => {
    const claim = makeClaim({ value: 1, unit: 'working-days', strength: 'aim' });
    const [f] = crossCheck([claim], practice, { judgement });
    expect(f!.verdict).toBe('over-promised');
    expect(f!.suggestion).toBe('We aim to return calls within 2 working days.');
  });

  it('keeps a firm promise firm, at the 95th percentile', () => {
    const claim = makeClaim({ value: 1, unit: 'working-days', strength: 'firm' });
    const [f] = crossCheck([claim], practice, { judgement });
    expect(f!.suggestion).toBe('We will return calls within 2 working days.');
  });

  it('keeps a stated share and moves the limit', () => {
    const claim = makeClaim({ category: 'phone-answer', value: 20, unit: 'seconds', scope: 'share', share: 80, strength: 'aim' });
    const index = indexRecords(Array.from({ length: 100 }, (_, i) => ({ metric: 'phone-answer' as const, unit: 'seconds' as const, value: i < 50 ? 10 : 40 })));
    const [f] = crossCheck([claim], index, { judgement });
    expect(f!.verdict).toBe('over-promised');
    expect(f!.suggestion).toBe('We aim to answer 80% of calls within 45 seconds.');
  });

  it('offers nothing for a kept promise', () => {
    const claim = makeClaim({ value: 5, unit: 'working-days' });
    expect(crossCheck([claim], practice, { judgement })[0]!.suggestion).toBeNull();
  });
});
