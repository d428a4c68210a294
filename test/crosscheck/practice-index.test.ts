import { describe, expect, it } from 'vitest';
import { buildPracticeIndex, indexRecords } from '../../shared/crosscheck/practice-index.js';
import { openDatabase } from '../../shared/store/database.js';

describe('the practice index', () => {
  it('groups by metric and unit family, sorted, in base units, with outcome counts', () => {
    const index = indexRecords([
      { metric: 'phone-answer', unit: 'minutes', value: 1 },
      { metric: 'phone-answer', unit: 'seconds', value: 30 },
      { metric: 'phone-answer', unit: 'rings', value: 4 },
      { metric: 'email-response', unit: 'working-days', value: 1 },
      { metric: 'email-response', unit: 'business-hours', value: 3 },
      { metric: 'delivery-accuracy', unit: 'outcome', value: 1 },
      { metric: 'delivery-accuracy', unit: 'outcome', value: 0 },
      { metric: 'delivery-accuracy', unit: 'outcome', value: 1 },
    ]);
    expect([...index.byMetric.get('phone-answer')!.series.get('calendar')!]).toEqual([30, 60]);
    expect([...index.byMetric.get('phone-answer')!.series.get('rings')!]).toEqual([4]);
    expect([...index.byMetric.get('email-response')!.series.get('working')!]).toEqual([3 * 3600, 8 * 3600]);
    expect(index.byMetric.get('delivery-accuracy')).toMatchObject({ outcomeMet: 2, outcomeTotal: 3 });
    expect(index.records).toBe(8);
  });

  it('is built from a workspace with one query, leaving out what it cannot read', () => {
    const db = openDatabase(':memory:');
    const insert = db.prepare('INSERT INTO practice_records (occurred_at, metric, value, unit, manual) VALUES (?, ?, ?, ?, 1)');
    insert.run('2024-03-04', 'callback', 30, 'hours');
    insert.run('2024-03-04', 'callback', 2, 'days');
    insert.run('2024-03-04', 'callback', 5, 'furlongs');
    insert.run('2024-03-04', 'gardening', 5, 'hours');
    const index = buildPracticeIndex(db, { days: [1, 2, 3, 4], start: '10:00', end: '16:00' });
    expect([...index.byMetric.get('callback')!.series.get('calendar')!]).toEqual([30 * 3600, 2 * 86400]);
    expect(index).toMatchObject({ records: 2, ignored: 2, scale: { dayLengthSeconds: 6 * 3600, daysPerWeek: 4 } });
  });
});
