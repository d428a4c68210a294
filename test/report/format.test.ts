import { describe, expect, it } from 'vitest';
import type { ClaimUnit } from '../../shared/domain/types.js';
import { clip, formatCount, formatDate, formatPromise, formatQuantity, formatShare, formatValue, shortUri } from '../../shared/report/format.js';
import { weekdayRanges } from '../../shared/report/model-method.js';

describe('report formatting', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1204, '1,204'],
    [1234567, '1,234,567'],
    [-4500, '-4,500'],
  ])('formatCount(%d) = %s', (n, text) => expect(formatCount(n)).toBe(text));

  it.each([
    [3, '3'],
    [2.46, '2.5'],
    [0.04, '0'],
    [52.4, '52'],
    [1234.5, '1,235'],
  ])('formatValue(%d) = %s', (v, text) => expect(formatValue(v)).toBe(text));

  it.each([
    [0.612, '61%'],
    [1, '100%'],
    [0.9996, '99.9%'],
    [0, '0%'],
    [0.001, '0.1%'],
    [0.95, '95%'],
  ])('formatShare(%d) = %s, never rounding a miss up to 100%% or a hit down to 0%%', (x, text) => expect(formatShare(x)).toBe(text));

  it.each<[number, ClaimUnit | null, string]>([
    [1, 'working-days', '1 working day'],
    [2, 'working-days', '2 working days'],
    [30, 'seconds', '30 seconds'],
    [95, 'percent', '95%'],
    [3, 'rings', '3 rings'],
    [4.5, 'currency', '4.50 (money)'],
    [7, null, '7'],
  ])('formatQuantity(%d, %s) = %s', (v, unit, text) => expect(formatQuantity(v, unit)).toBe(text));

  it.each<[number | null, number | null, ClaimUnit | null, number | null, string]>([
    [24, null, 'hours', null, 'within 24 hours'],
    [3, 5, 'working-days', null, '3–5 working days'],
    [null, null, null, 98, '98% of cases'],
    [30, null, 'seconds', 90, '90% of cases within 30 seconds'],
    [null, null, null, null, 'no stated figure'],
    [0, null, 'days', null, 'within 0 days'],
  ])('formatPromise(%s, %s, %s, %s) = %s', (value, max, unit, share, text) =>
    expect(formatPromise(value, max, unit, share)).toBe(text),
  );

  it.each([
    ['2025-03-31T08:00:00Z', '31 March 2025'],
    ['2025-01-01T00:30:00+02:00', '31 December 2024'],
    ['not a date', null],
  ])('formatDate(%s) = %s (UTC)', (iso, text) => expect(formatDate(iso)).toBe(text));

  it.each([
    ['https://www.example.co.uk/', 'example.co.uk'],
    ['http://example.com/contact', 'example.com/contact'],
    ['file:///audits/x/Customer%20Charter.docx', 'Customer Charter.docx'],
    ['file:///audits/x/bad%E0name.pdf', 'bad%E0name.pdf'],
  ])('shortUri(%s) = %s', (uri, text) => expect(shortUri(uri)).toBe(text));

  it('clips long untrusted text at a word boundary', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('We answer every single call within thirty seconds', 20)).toBe('We answer every…');
    expect(clip('x'.repeat(50), 10)).toBe(`${'x'.repeat(10)}…`);
  });

  it.each([
    [[1, 2, 3, 4, 5], 'Mon–Fri'],
    [[1, 3, 6, 7], 'Mon, Wed, Sat, Sun'],
    [[5, 1, 2, 3, 4, 6], 'Mon–Sat'],
    [[], 'no working days'],
  ])('weekdayRanges(%j) = %s', (days, text) => expect(weekdayRanges(days)).toBe(text));
});
