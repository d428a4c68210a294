import { describe, expect, it } from 'vitest';
import { WorkingTimeSchema } from '../../shared/domain/settings.js';
import {
  compileWorkingTime,
  countWorkingDays,
  durationBetweenTimestamps,
  workingMsBetween,
  type DurationUnit,
} from '../../shared/practice/working-time.js';

// Mon-Fri 09:00-17:00; Good Friday and Easter Monday 2024 are holidays
const week = WorkingTimeSchema.parse({ holidays: ['2024-03-29', '2024-04-01'] });
const cal = compileWorkingTime(week);
const H = 3_600_000;

describe('durations in working time', () => {
  it.each([
    ['same day, inside hours', '2024-03-05 10:00', '2024-03-05 12:30', 'business-hours', 2.5],
    ['starts before opening', '2024-03-05 07:00', '2024-03-05 10:00', 'business-hours', 1],
    ['overnight', '2024-03-05 16:00', '2024-03-06 10:00', 'business-hours', 2],
    ['across a weekend', '2024-03-08 16:30', '2024-03-11 09:45', 'business-hours', 1.25],
    ['starts on a Saturday', '2024-03-09 11:00', '2024-03-11 11:00', 'business-hours', 2],
    ['across the Easter holidays', '2024-03-28 16:00', '2024-04-02 10:00', 'business-hours', 2],
    ['two full working weeks', '2024-03-04 09:00', '2024-03-18 09:00', 'working-days', 10],
    ['fractional working days', '2024-03-15 17:30', '2024-03-20 10:00', 'working-days', 17 / 8],
    ['dates: Friday to Monday', '2024-03-08', '2024-03-11', 'working-days', 1],
    ['dates: the same day', '2024-03-08', '2024-03-08', 'working-days', 0],
    ['dates: over Easter', '2024-03-28', '2024-04-02', 'working-days', 1],
    ['dates: a Saturday delivery', '2024-03-08', '2024-03-09', 'working-days', 0],
  ] as const)('%s', (_label, start, end, unit, expected) => {
    expect(durationBetweenTimestamps(start, end, unit, week)).toBeCloseTo(expected, 10);
  });
});

describe('durations in calendar time', () => {
  it.each([
    ['2024-03-08 16:30', '2024-03-11 09:45', 'hours', 65.25],
    ['2024-03-08 16:30', '2024-03-11 09:45', 'minutes', 3915],
    ['2024-03-01', '2024-03-04', 'days', 3],
    ['2024-03-01', '2024-03-15', 'weeks', 2],
    ['2024-03-05 09:00:00 +01:00', '2024-03-05 09:00:00 +00:00', 'hours', 1],
    ['2024-03-30 23:00:00Z', '2024-03-31 01:00:00Z', 'seconds', 7200],
  ] as const)('%s -> %s in %s', (start, end, unit, expected) => {
    expect(durationBetweenTimestamps(start, end, unit as DurationUnit, week)).toBeCloseTo(expected, 10);
  });

  it('is negative when the end comes first', () => {
    expect(durationBetweenTimestamps('2024-03-05 10:00', '2024-03-05 09:00', 'hours', week)).toBeLessThan(0);
    expect(() => durationBetweenTimestamps('soon', '2024-03-05', 'hours', week)).toThrow(/not a date/);
  });
});

describe('the working calendar', () => {
  it('counts working days over long spans without walking every day', () => {
    // 2024: 262 weekdays, minus the two holidays
    expect(countWorkingDays(cal, Date.UTC(2024, 0, 1) / 86_400_000, Date.UTC(2024, 11, 31) / 86_400_000)).toBe(260);
  });

  it('supports a six-day week with other hours', () => {
    const shop = compileWorkingTime(WorkingTimeSchema.parse({ days: [1, 2, 3, 4, 5, 6], start: '08:00', end: '20:00' }));
    expect(workingMsBetween(shop, Date.UTC(2024, 2, 9, 19), Date.UTC(2024, 2, 11, 9))).toBe(2 * H);
  });

  it.each([
    [{ start: '17:00', end: '09:00' }, /end after it starts/],
    [{ start: '25:00', end: '26:00' }, /not a time of day/],
    [{ days: [0] }, /ISO weekday/],
    [{ holidays: ['2024-02-31'] }, /not a date/],
  ])('refuses a broken working week %j', (over, message) => {
    expect(() => compileWorkingTime({ ...week, ...over })).toThrow(message);
  });
});
