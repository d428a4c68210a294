import { describe, expect, it } from 'vitest';
import { WorkingTimeSchema } from '../../shared/domain/settings.js';
import { importPractice } from '../../shared/practice/import-practice.js';
import { listPresets } from '../../shared/practice/presets.js';
import { fixture, memoryWorkspace, records } from './workspace.js';

type Row = Record<string, unknown>;
const tally = (rows: Row[]) => {
  const t = new Map<string, number>();
  for (const r of rows) t.set(`${r.metric} ${r.unit}`, (t.get(`${r.metric} ${r.unit}`) ?? 0) + 1);
  return Object.fromEntries([...t].sort());
};
const find = (rows: Row[], note: string, metric: string, unit: string) =>
  rows.find((r) => r.note === note && r.metric === metric && r.unit === unit);

describe('presets, with no manual mapping', () => {
  it('lists the presets', () => {
    expect(listPresets().map((p) => p.name)).toEqual(['canonical', 'zendesk', 'freshdesk', 'call-log', 'delivery-log']);
  });

  it('imports a Zendesk ticket export', async () => {
    const db = memoryWorkspace();
    const result = await importPractice(db, fixture('zendesk-tickets.csv'));
    // 12 tickets; 4107 has no reply yet; 4111 (a complaint) is unsolved
    expect(result).toMatchObject({ preset: 'zendesk', rowsRead: 12, records: 30, rowsWithoutRecords: 1 });
    const rows = records(db);
    expect(tally(rows)).toEqual({
      'complaint-resolution business-hours': 4,
      'complaint-resolution hours': 4,
      'email-response business-hours': 6,
      'email-response minutes': 6,
      'enquiry-response business-hours': 5,
      'enquiry-response minutes': 5,
    });
    expect(find(rows, 'Zendesk ticket 4105', 'email-response', 'minutes')).toMatchObject({
      occurred_at: '2024-03-06T14:05:12Z',
      value: 2890,
      channel: 'Mail',
      team: 'Billing',
      reported_by: 'Tom Wright',
    });
    expect(find(rows, 'Zendesk ticket 4105', 'email-response', 'business-hours')!.value).toBeCloseTo(410 / 60, 10);
    expect(find(rows, 'Zendesk ticket 4109', 'complaint-resolution', 'hours')!.value).toBeCloseTo(2000 / 60, 10);
  });

  it('imports a Freshdesk ticket export, measuring working time from the timestamps', async () => {
    const db = memoryWorkspace();
    const result = await importPractice(db, fixture('freshdesk-tickets.csv'));
    expect(result).toMatchObject({ preset: 'freshdesk', rowsRead: 8, records: 20, rowsWithoutRecords: 1 });
    const rows = records(db);
    expect(tally(rows)).toEqual({
      'complaint-resolution hours': 3,
      'complaint-resolution working-days': 3,
      'email-response business-hours': 3,
      'email-response hours': 3,
      'enquiry-response business-hours': 4,
      'enquiry-response hours': 4,
    });
    // Friday 16:30 -> Monday 09:45: 65.25 hours, of which 1.25 working hours
    expect(find(rows, 'Freshdesk ticket 201', 'enquiry-response', 'hours')!.value).toBeCloseTo(65.25, 10);
    expect(find(rows, 'Freshdesk ticket 201', 'enquiry-response', 'business-hours')!.value).toBeCloseTo(1.25, 10);
    // Friday 17:30 -> Wednesday 10:00: 8 + 8 + 1 working hours = 2.125 working days
    expect(find(rows, 'Freshdesk ticket 208', 'complaint-resolution', 'working-days')!.value).toBeCloseTo(2.125, 10);
    expect(find(rows, 'Freshdesk ticket 203', 'email-response', 'hours')).toMatchObject({ occurred_at: '2024-03-11T14:20:00', channel: 'Email', team: 'Billing' });
  });

  it('imports a tab-separated call log, with h:mm:ss answer times and rings', async () => {
    const db = memoryWorkspace();
    const result = await importPractice(db, fixture('call-log.tsv'));
    expect(result).toMatchObject({ format: 'tsv', preset: 'call-log', rowsRead: 6, records: 10, rowsWithoutRecords: 1 });
    const rows = records(db);
    expect(rows.filter((r) => r.unit === 'seconds').map((r) => r.value)).toEqual([7, 31, 75, 12, 19]);
    expect(rows.filter((r) => r.unit === 'rings').map((r) => r.value)).toEqual([2, 6, 14, 3, 4]);
    expect(rows[0]).toMatchObject({ metric: 'phone-answer', channel: 'phone', team: 'Main line', reported_by: 'Alex Green' });
  });

  it('imports a delivery log with day-first dates, in working days over the Easter holidays', async () => {
    const db = memoryWorkspace();
    const workingTime = WorkingTimeSchema.parse({ holidays: ['2024-03-29', '2024-04-01'] });
    const result = await importPractice(db, fixture('delivery-log.csv'), { dateOrder: 'dmy', workingTime });
    expect(result).toMatchObject({ preset: 'delivery-log', rowsRead: 6, records: 15, rowsWithoutRecords: 1 });
    const rows = records(db);
    expect(rows.filter((r) => r.unit === 'working-days').map((r) => r.value)).toEqual([1, 2, 1, 4, 1]);
    expect(rows.filter((r) => r.unit === 'days').map((r) => r.value)).toEqual([3, 4, 1, 6, 5]);
    expect(rows.filter((r) => r.unit === 'outcome').map((r) => r.value)).toEqual([1, 1, 0, 1, 1]);
    expect(rows[0]).toMatchObject({ occurred_at: '2024-03-01', team: 'Royal Mail', note: 'order 100231' });
  });

  it('refuses ambiguous day/month dates unless told the order', async () => {
    const db = memoryWorkspace();
    await expect(importPractice(db, fixture('delivery-log.csv'))).rejects.toThrow(/ambiguous date "01\/03\/2024": set the mapping's dateOrder/);
  });

  it('applies a preset named explicitly, and refuses an unknown one', async () => {
    const db = memoryWorkspace();
    await expect(importPractice(db, fixture('zendesk-tickets.csv'), { preset: 'zendesk' })).resolves.toMatchObject({ records: 30 });
    await expect(importPractice(db, fixture('zendesk-tickets.csv'), { preset: 'salesforce' })).rejects.toThrow(/unknown preset "salesforce"/);
  });
});
