import { describe, expect, it } from 'vitest';
import { measureClaim } from '../../shared/crosscheck/measure-claim.js';
import { indexRecords } from '../../shared/crosscheck/practice-index.js';
import { familyFactor, workingScale } from '../../shared/crosscheck/units.js';
import type { ClaimCategory, PracticeUnit } from '../../shared/domain/vocabulary.js';
import { makeClaim } from './make-claim.js';

function recs(metric: ClaimCategory, unit: PracticeUnit, values: number[]) {
  return values.map((value) => ({ metric, unit, value }));
}

describe('measuring a claim in another unit', () => {
  it.each([
    // claim                                         records                                                   met  n
    ['1 minute vs seconds', { category: 'phone-answer', value: 1, unit: 'minutes' }, recs('phone-answer', 'seconds', [30, 59, 60, 61, 120]), 3, 5],
    ['30 seconds vs minutes', { category: 'phone-answer', value: 30, unit: 'seconds' }, recs('phone-answer', 'minutes', [0.25, 0.5, 0.51, 2]), 2, 4],
    ['2 working days vs business hours (8-hour day)', { category: 'email-response', value: 2, unit: 'working-days' }, recs('email-response', 'business-hours', [8, 16, 16.5, 30]), 2, 4],
    ['4 business hours vs working days', { category: 'email-response', value: 4, unit: 'business-hours' }, recs('email-response', 'working-days', [0.25, 0.5, 0.75]), 2, 3],
    ['1 week vs days', { category: 'refund-time', value: 1, unit: 'weeks' }, recs('refund-time', 'days', [3, 7, 8]), 2, 3],
    ['hours and minutes mixed in one log', { category: 'callback', value: 2, unit: 'hours' }, [...recs('callback', 'minutes', [90, 150]), ...recs('callback', 'hours', [1, 3])], 2, 4],
  ] as const)('%s', (_label, claim, records, met, n) => {
    const m = measureClaim(makeClaim(claim as never), indexRecords(records));
    expect({ met: m.met, n: m.n, note: m.note }).toEqual({ met, n, note: null });
  });

  it('reports percentiles in the claim unit', () => {
    const m = measureClaim(
      makeClaim({ category: 'callback', value: 1, unit: 'hours' }),
      indexRecords(recs('callback', 'minutes', [30, 60, 90, 120, 600])),
    );
    expect(m.p50).toBe(1.5);
    expect(m.p90).toBe(10);
    expect(m.p95).toBe(10);
  });

  it('falls back to working time for a calendar claim, and says so', () => {
    const m = measureClaim(
      makeClaim({ category: 'email-response', value: 24, unit: 'hours' }),
      indexRecords(recs('email-response', 'working-days', [0.5, 1, 2])),
    );
    // 24 calendar hours ~ 24 * (5*8)/(7*24) = 5.7 working hours: only the half day fits
    expect(m.met).toBe(1);
    expect(m.note).toMatch(/converted to calendar time by the working week, so approximate/);
  });

  it('prefers the claim\'s own family when a help desk logged both', () => {
    const index = indexRecords([
      ...recs('email-response', 'minutes', [30, 600, 1500]), // calendar
      ...recs('email-response', 'business-hours', [0.5, 2, 3]), // the same tickets in working time
    ]);
    expect(measureClaim(makeClaim({ category: 'email-response', value: 4, unit: 'business-hours' }), index)).toMatchObject({ met: 3, n: 3, note: null });
    expect(measureClaim(makeClaim({ category: 'email-response', value: 4, unit: 'hours' }), index)).toMatchObject({ met: 1, n: 3, note: null });
  });

  it('reads seconds at about 5 a ring when no log counts rings, and says so', () => {
    const m = measureClaim(makeClaim({ category: 'phone-answer', value: 3, unit: 'rings' }), indexRecords(recs('phone-answer', 'seconds', [10, 15, 16])));
    expect(m).toMatchObject({ met: 2, n: 3 });
    expect(m.note).toMatch(/about 5 seconds a ring/);
    expect(m.p90).toBeCloseTo(16 / 5, 10);
  });

  it('uses rings when rings were logged, even if seconds were too', () => {
    const index = indexRecords([...recs('phone-answer', 'rings', [2, 3, 4]), ...recs('phone-answer', 'seconds', [100, 100, 100])]);
    expect(measureClaim(makeClaim({ category: 'phone-answer', value: 3, unit: 'rings' }), index)).toMatchObject({ met: 2, n: 3, note: null });
  });

  it('reads rings as seconds for a seconds claim when only rings were logged', () => {
    const m = measureClaim(makeClaim({ category: 'phone-answer', value: 20, unit: 'seconds' }), indexRecords(recs('phone-answer', 'rings', [3, 4, 5])));
    expect(m).toMatchObject({ met: 2, n: 3 });
    expect(m.note).toMatch(/logs count rings/);
  });

  it('treats a bigger percentage as better', () => {
    const m = measureClaim(makeClaim({ category: 'satisfaction-guarantee', value: 90, unit: 'percent' }), indexRecords(recs('satisfaction-guarantee', 'percent', [85, 90, 95, 99])));
    expect(m).toMatchObject({ met: 3, n: 4, higherIsBetter: true });
  });

  it('derives the calendar/working factor from the working week', () => {
    const scale = workingScale({ days: [1, 2, 3, 4, 5, 6], start: '08:00', end: '18:00' });
    expect(familyFactor('calendar', 'working', scale)).toBeCloseTo((6 * 10) / (7 * 24), 12);
    expect(familyFactor('working', 'calendar', scale)! * familyFactor('calendar', 'working', scale)!).toBeCloseTo(1, 12);
    expect(familyFactor('percent', 'calendar', scale)).toBeNull();
  });
});
