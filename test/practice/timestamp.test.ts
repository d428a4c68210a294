import { describe, expect, it } from 'vitest';
import { instantMs, isoOfLast, lastTimestamp, parseTimestamp, type DateOrder } from '../../shared/practice/timestamp.js';

const utc = (...a: [number, number, number, number?, number?, number?, number?]) => Date.UTC(a[0], a[1] - 1, a[2], a[3] ?? 0, a[4] ?? 0, a[5] ?? 0, a[6] ?? 0);

describe('parseTimestamp', () => {
  it.each([
    ['2024-03-05', 'auto', utc(2024, 3, 5), '2024-03-05'],
    ['2024-03-05T09:12:00Z', 'auto', utc(2024, 3, 5, 9, 12), '2024-03-05T09:12:00Z'],
    ['2024-03-05T09:12:00', 'auto', utc(2024, 3, 5, 9, 12), '2024-03-05T09:12:00'],
    ['2024-03-05 09:12:33 +0000', 'auto', utc(2024, 3, 5, 9, 12, 33), '2024-03-05T09:12:33Z'],
    ['2024-03-05 09:12', 'auto', utc(2024, 3, 5, 9, 12), '2024-03-05T09:12:00'],
    ['2024-03-05T09:12:00.250+01:00', 'auto', utc(2024, 3, 5, 9, 12, 0, 250), '2024-03-05T09:12:00.250+01:00'],
    ['  2024-03-05T09:12:00Z ', 'auto', utc(2024, 3, 5, 9, 12), '2024-03-05T09:12:00Z'],
    ['25/03/2024', 'auto', utc(2024, 3, 25), '2024-03-25'],
    ['03/25/2024', 'auto', utc(2024, 3, 25), '2024-03-25'],
    ['04/03/2024 14:05', 'dmy', utc(2024, 3, 4, 14, 5), '2024-03-04T14:05:00'],
    ['04/03/2024 2:05 PM', 'mdy', utc(2024, 4, 3, 14, 5), '2024-04-03T14:05:00'],
    ['5.3.24', 'dmy', utc(2024, 3, 5), '2024-03-05'],
    ['2024-02-29', 'auto', utc(2024, 2, 29), '2024-02-29'],
    ['2024-03-05 09:12:00 UTC', 'auto', utc(2024, 3, 5, 9, 12), '2024-03-05T09:12:00Z'],
    ['12/12/2024', 'auto', utc(2024, 12, 12), '2024-12-12'],
  ] as const)('%s (%s)', (text, order, wall, iso) => {
    expect(parseTimestamp(text, order as DateOrder)).toBe(wall);
    expect(isoOfLast(text)).toBe(iso);
  });

  it.each([
    ['2024-02-30', 'invalid'],
    ['2023-02-29', 'invalid'],
    ['2024-13-01', 'invalid'],
    ['2024-03-05T25:00', 'invalid'],
    ['yesterday', 'invalid'],
    ['', 'invalid'],
    ['2024-03-05T09:12:00Zjunk', 'invalid'],
    ['03/04/2024', 'ambiguous'],
    ['1e5', 'invalid'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseTimestamp(text, 'auto')).toBeNaN();
    expect(lastTimestamp.problem).toBe(problem);
  });

  it('refuses a day-first date when told the file is ISO only', () => {
    expect(parseTimestamp('25/03/2024', 'ymd')).toBeNaN();
  });

  it('keeps the wall clock and gives the instant from the offset', () => {
    const wall = parseTimestamp('2024-03-05 09:00:00 +01:00');
    expect(wall).toBe(utc(2024, 3, 5, 9));
    expect(instantMs(wall)).toBe(utc(2024, 3, 5, 8));
    expect(lastTimestamp.hasTime).toBe(true);
    parseTimestamp('2024-03-05');
    expect(lastTimestamp.hasTime).toBe(false);
  });
});
