import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../shared/crosscheck/cross-check.js';
import { indexRecords } from '../../shared/crosscheck/practice-index.js';
import { JudgementSchema } from '../../shared/domain/settings.js';
import type { ClaimCategory, PracticeUnit } from '../../shared/domain/vocabulary.js';
import { makeClaim, onFlyer, onPage } from './make-claim.js';

const judgement = JudgementSchema.parse({});

/** `count` records of `value` each. */
function repeat(metric: ClaimCategory, unit: PracticeUnit, value: number, count: number) {
  return Array.from({ length: count }, () => ({ metric, unit, value }));
}

describe('crossCheck verdicts on hand-built records', () => {
  it('kept: 97 of 100 call-backs within 24 hours meets a firm 95% target', () => {
    const index = indexRecords([...repeat('callback', 'hours', 6, 97), ...repeat('callback', 'hours', 30, 3)]);
    const [f] = crossCheck([makeClaim()], index, { judgement });
    expect(f).toMatchObject({ verdict: 'kept', n: 100, attainment: 0.97, target: 0.95, severity: 0, suggestion: null });
    expect(f!.explanation).toBe(
      'Customers are told calls are returned within 24 hours; staff logs show 97% of 100 call-backs were, meeting the 95% target.',
    );
  });

  it('over-promised: 61% of 412 call-backs, the slowest tenth over 53 hours', () => {
    const index = indexRecords([
      ...repeat('callback', 'hours', 10, 251),
      ...repeat('callback', 'hours', 40, 110),
      ...repeat('callback', 'hours', 53, 51),
    ]);
    const [f] = crossCheck([makeClaim()], index, { judgement });
    expect(f!.verdict).toBe('over-promised');
    expect(f!.n).toBe(412);
    expect(f!.attainment).toBeCloseTo(251 / 412, 10);
    expect(f!.attainmentHigh!).toBeLessThan(0.95);
    expect(f!.p50).toBe(10);
    expect(f!.p90).toBe(53);
    expect(f!.explanation).toBe(
      'Customers are told calls are returned within 24 hours; staff logs show 61% of 412 call-backs were, well short of the 95% target, and the slowest tenth took over 53 hours.',
    );
    expect(f!.suggestion).toBe('We will return calls within 72 hours.');
    expect(f!.severity).toBeGreaterThan(30);
  });

  it('at-risk: below target, but the interval still reaches it', () => {
    const index = indexRecords([...repeat('callback', 'hours', 5, 18), ...repeat('callback', 'hours', 30, 2)]);
    const [f] = crossCheck([makeClaim()], index, { judgement });
    expect(f!.verdict).toBe('at-risk');
    expect(f!.attainment).toBe(0.9);
    expect(f!.attainmentHigh!).toBeGreaterThanOrEqual(0.95);
    expect(f!.explanation).toContain('short of the 95% target though it could be chance');
  });

  it.each([
    [20, 'at-risk'],
    [200, 'over-promised'],
  ] as const)('the interval edge: 90%% of %i call-backs against a 95%% target is %s', (n, verdict) => {
    const index = indexRecords([...repeat('callback', 'hours', 5, n * 0.9), ...repeat('callback', 'hours', 30, n * 0.1)]);
    const [f] = crossCheck([makeClaim()], index, { judgement });
    expect(f!.attainment).toBeCloseTo(0.9, 12);
    expect(f!.verdict).toBe(verdict);
    expect(f!.attainmentHigh! >= 0.95).toBe(verdict === 'at-risk');
  });

  it('exactly at the target is kept', () => {
    const index = indexRecords([...repeat('callback', 'hours', 5, 95), ...repeat('callback', 'hours', 30, 5)]);
    expect(crossCheck([makeClaim()], index, { judgement })[0]!.verdict).toBe('kept');
  });

  it.each([
    ['too few records', 5],
    ['no records at all', 0],
  ])('unsubstantiated: %s', (_label, count) => {
    const index = indexRecords(repeat('callback', 'hours', 2, count));
    const [f] = crossCheck([makeClaim()], index, { judgement });
    expect(f!.verdict).toBe('unsubstantiated');
    expect(f!.n).toBe(count);
    expect(f!.severity).toBeGreaterThan(0);
    expect(f!.suggestion).toBeNull();
    expect(f!.explanation).toMatch(count === 0 ? /no staff logs record call-backs/ : /only 5 records of call-backs, too few to judge \(at least 20/);
  });

  it('honours a configured minimum number of records', () => {
    const index = indexRecords(repeat('callback', 'hours', 2, 5));
    const [f] = crossCheck([makeClaim()], index, { judgement: { ...judgement, minRecords: 5 } });
    expect(f!.verdict).toBe('kept');
  });

  it.each([
    ['a values claim', { category: 'values' as const, measurable: false, value: null, unit: null, text: 'We put people first.' }],
    ['a conduct claim', { category: 'staff-conduct' as const, text: 'Our staff are always polite and helpful.' }],
    ['a claim with no figure', { category: 'other' as const, measurable: false, value: null, unit: null, text: 'We care.' }],
  ])('unmeasurable: %s is listed for a person', (_label, over) => {
    const index = indexRecords(repeat('staff-conduct', 'outcome', 1, 50));
    const claim = makeClaim({ ...over, span: [0, over.text.length] });
    const [f] = crossCheck([claim], index, { judgement });
    expect(f).toMatchObject({ verdict: 'unmeasurable', n: 0, attainment: null, severity: 0, suggestion: null });
    expect(f!.explanation).toContain(`"${over.text}"`);
    expect(f!.explanation).toContain('listed for a person to judge');
  });

  it('inconsistent: the site says 24 hours, a flyer says 48, and each keeps its practice verdict', () => {
    const site = makeClaim({ key: 'site-24', occurrences: [onPage('contact'), onPage('about'), onPage('faq')] });
    const flyer = makeClaim({ key: 'flyer-48', value: 48, source: onFlyer(), occurrences: [onFlyer()] });
    const index = indexRecords([...repeat('callback', 'hours', 30, 60), ...repeat('callback', 'hours', 10, 40)]);
    const findings = crossCheck([site, flyer], index, { judgement });
    expect(findings.map((f) => f.verdict)).toEqual(['over-promised', 'kept', 'inconsistent']);
    const inc = findings[2]!;
    expect(inc).toMatchObject({ claimId: flyer.id, conflictsWith: site.id, key: 'inconsistent:flyer-48|site-24' });
    expect(inc.explanation).toBe(
      'A flyer says calls are returned within 48 hours, but the website says within 24 hours, so customers are told two different things.',
    );
    expect(inc.suggestion).toContain('We will return calls within 48 hours.');
    expect(inc.severity).toBeGreaterThan(0);
  });

  it('does not call 1 day and 24 hours inconsistent, nor 3-5 and within 5 working days', () => {
    const claims = [
      makeClaim({ value: 24, unit: 'hours' }),
      makeClaim({ value: 1, unit: 'days' }),
      makeClaim({ category: 'delivery-time', value: 3, valueMax: 5, unit: 'working-days' }),
      makeClaim({ category: 'delivery-time', value: 5, unit: 'working-days' }),
    ];
    const verdicts = crossCheck(claims, indexRecords([]), { judgement }).map((f) => f.verdict);
    expect(verdicts).not.toContain('inconsistent');
  });

  it('gives findings keys that are stable across runs', () => {
    const claim = makeClaim({ key: 'abc123' });
    const a = crossCheck([claim], indexRecords([]), { judgement });
    const b = crossCheck([{ ...claim, id: 'another-run-id' }], indexRecords([]), { judgement });
    expect(a[0]!.key).toBe('practice:abc123');
    expect(b[0]!.key).toBe(a[0]!.key);
  });
});

describe('targets', () => {
  it('uses the stated share for share claims', () => {
    const claim = makeClaim({ category: 'phone-answer', value: 20, unit: 'seconds', scope: 'share', share: 80, strength: 'aim' });
    const index = indexRecords([...repeat('phone-answer', 'seconds', 15, 82), ...repeat('phone-answer', 'seconds', 60, 18)]);
    const [f] = crossCheck([claim], index, { judgement });
    expect(f).toMatchObject({ target: 0.8, verdict: 'kept' });
    expect(f!.explanation).toMatch(/^Customers are told 80% of calls are answered within 20 seconds;/);
  });

  it.each([
    ['guarantee', 0.95],
    ['firm', 0.95],
    ['aim', 0.8],
    ['vague', 0.8],
  ] as const)('a %s claim must meet %f', (strength, target) => {
    const [f] = crossCheck([makeClaim({ strength })], indexRecords([]), { judgement });
    expect(f!.target).toBe(target);
  });

  it('follows a configured judgement', () => {
    const [f] = crossCheck([makeClaim({ strength: 'aim' })], indexRecords([]), {
      judgement: { ...judgement, targetAim: 0.7 },
    });
    expect(f!.target).toBe(0.7);
  });
});

describe('what meets a claim', () => {
  it('a range is kept by anything within its top ("3-5 working days")', () => {
    const claim = makeClaim({ category: 'delivery-time', value: 3, valueMax: 5, unit: 'working-days' });
    const index = indexRecords([...repeat('delivery-time', 'working-days', 5, 19), ...repeat('delivery-time', 'working-days', 6, 1)]);
    const [f] = crossCheck([claim], index, { judgement });
    expect(f!.attainment).toBe(0.95);
  });

  it('"the same day" is kept by anything under one day', () => {
    const claim = makeClaim({ category: 'delivery-time', value: 0, unit: 'days' });
    const index = indexRecords([...repeat('delivery-time', 'days', 0, 15), ...repeat('delivery-time', 'hours', 20, 3), ...repeat('delivery-time', 'days', 1, 2)]);
    const [f] = crossCheck([claim], index, { judgement });
    expect(f!.attainment).toBe(18 / 20);
    expect(f!.explanation).toContain('orders are delivered the same day');
  });

  it('outcome records count as met or missed', () => {
    const claim = makeClaim({ category: 'delivery-accuracy', value: null, unit: null, text: 'Every order arrives complete and correct.' });
    const index = indexRecords([...repeat('delivery-accuracy', 'outcome', 1, 90), ...repeat('delivery-accuracy', 'outcome', 0, 10)]);
    const [f] = crossCheck([claim], index, { judgement });
    expect(f).toMatchObject({ verdict: 'over-promised', n: 100, attainment: 0.9, p90: null });
    expect(f!.explanation).toBe(
      'Customers are told orders arrive complete and correct; staff logs show the promise was met for 90% of 100 deliveries, well short of the 95% target.',
    );
    expect(f!.suggestion).toBe('We aim to deliver 90% of orders complete and correct.');
  });

  it('a percentage in the claim is the share outcome records must reach', () => {
    const claim = makeClaim({ category: 'delivery-accuracy', value: 98, unit: 'percent', strength: 'firm' });
    const index = indexRecords([...repeat('delivery-accuracy', 'outcome', 1, 97), ...repeat('delivery-accuracy', 'outcome', 0, 3)]);
    const [f] = crossCheck([claim], index, { judgement });
    expect(f!.target).toBe(0.98);
    expect(f!.verdict).toBe('at-risk');
  });
});
