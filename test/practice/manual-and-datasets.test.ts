import { describe, expect, it } from 'vitest';
import { countManualReports, listDatasets, removeDataset } from '../../shared/practice/datasets.js';
import { importPractice } from '../../shared/practice/import-practice.js';
import { logPracticeReport } from '../../shared/practice/manual-report.js';
import { count, fixture, memoryWorkspace, records } from './workspace.js';

describe('logPracticeReport', () => {
  it('stores a staff report as a manual record with no dataset', () => {
    const db = memoryWorkspace();
    const rec = logPracticeReport(db, {
      occurredAt: '2024-03-05T11:00:00Z',
      metric: 'visit-wait',
      value: 22,
      unit: 'minutes',
      reportedBy: 'Front desk (M. Ortiz)',
      note: 'queue at opening, one counter closed',
    });
    expect(rec).toMatchObject({ datasetId: null, manual: true, metric: 'visit-wait', value: 22, channel: null });
    expect(records(db)).toEqual([
      {
        dataset_id: null,
        occurred_at: '2024-03-05T11:00:00Z',
        metric: 'visit-wait',
        value: 22,
        unit: 'minutes',
        channel: null,
        team: null,
        reported_by: 'Front desk (M. Ortiz)',
        note: 'queue at opening, one counter closed',
        manual: 1,
      },
    ]);
    expect(countManualReports(db)).toBe(1);
  });

  it('reads a hand-typed day/month/year date', () => {
    const rec = logPracticeReport(memoryWorkspace(), { occurredAt: '05/03/2024 11:00', metric: 'callback', value: 30, unit: 'hours', reportedBy: 'Sam' });
    expect(rec.occurredAt).toBe('2024-03-05T11:00:00');
  });

  it.each([
    [{ value: 2, unit: 'outcome' }, /outcome is 1 \(met\) or 0/],
    [{ value: -5 }, /must not be negative/],
    [{ occurredAt: 'last Tuesday' }, /is not a date/],
    [{ reportedBy: '  ' }, /say who reports it/],
    [{ metric: 'coffee' }, /metric/],
  ])('refuses a bad report %j', (over, message) => {
    const db = memoryWorkspace();
    const report = { occurredAt: '2024-03-05', metric: 'callback', value: 3, unit: 'hours', reportedBy: 'Sam', ...over };
    expect(() => logPracticeReport(db, report as never)).toThrow(message);
    expect(count(db, 'practice_records')).toBe(0);
  });
});

describe('datasets', () => {
  it('lists imports newest first and removes one with all its records, leaving the rest', async () => {
    const db = memoryWorkspace();
    const calls = await importPractice(db, fixture('call-log.tsv'), { name: 'March calls' });
    const tickets = await importPractice(db, fixture('zendesk-tickets.csv'));
    logPracticeReport(db, { occurredAt: '2024-03-05', metric: 'callback', value: 3, unit: 'hours', reportedBy: 'Sam' });
    const list = listDatasets(db);
    expect(list.map((d) => [d.name, d.records, d.preset, d.format])).toEqual([
      ['zendesk-tickets.csv', 30, 'zendesk', 'csv'],
      ['March calls', 10, 'call-log', 'tsv'],
    ]);
    expect(list[1]!.mapping?.measures).toHaveLength(2);

    expect(removeDataset(db, tickets.datasetId)).toBe(true);
    expect(listDatasets(db).map((d) => d.id)).toEqual([calls.datasetId]);
    expect(count(db, 'practice_records')).toBe(11); // 10 calls + 1 manual report
    expect(removeDataset(db, tickets.datasetId)).toBe(false);
  });
});
