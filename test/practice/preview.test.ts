import { describe, expect, it } from 'vitest';
import { previewPractice } from '../../shared/practice/preview-practice.js';
import { fixture } from './workspace.js';

describe('previewPractice', () => {
  it.each([
    ['zendesk-tickets.csv', 'zendesk'],
    ['freshdesk-tickets.csv', 'freshdesk'],
    ['call-log.tsv', 'call-log'],
    ['canonical-windows1252.csv', 'canonical'],
  ])('recognises %s as the %s preset', async (file, preset) => {
    const p = await previewPractice(fixture(file));
    expect(p.suggestion.preset).toBe(preset);
    expect(p.mappingError).toBeNull();
    expect(p.records.length).toBeGreaterThan(0);
  });

  it('shows columns, the first rows as text, and what each column holds', async () => {
    const p = await previewPractice(fixture('delivery-log.csv'));
    expect(p.columns).toEqual(['Order number', 'Order date', 'Dispatched', 'Delivered', 'Courier', 'Complete and correct']);
    expect(p.rows[0]).toEqual(['100231', '01/03/2024', '01/03/2024', '04/03/2024', 'Royal Mail', 'yes']);
    expect(p.lines).toEqual([2, 3, 4, 5, 6, 7]);
    expect(p.columnKinds).toEqual(['number', 'timestamp', 'timestamp', 'timestamp', 'text', 'outcome']);
  });

  it('infers day-first dates from a day above 12 and previews the records they give', async () => {
    const p = await previewPractice(fixture('delivery-log.csv'));
    expect(p.suggestion).toMatchObject({ preset: 'delivery-log', dateOrder: 'dmy' });
    expect(p.errors).toEqual([]);
    expect(p.records.filter((r) => r.unit === 'working-days').map((r) => [r.line, r.value])).toEqual([
      [2, 1],
      [3, 2],
      [4, 1],
      [5, 4],
      [7, 3],
    ]);
  });

  it('lists the per-row errors of the preview rows', async () => {
    const p = await previewPractice(fixture('bad-rows.csv'));
    expect(p.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 8, 9]);
    expect(p.records).toHaveLength(2);
  });

  it('shows at most 20 rows', async () => {
    const rows = ['occurred_at,metric,value,unit'];
    for (let i = 0; i < 100; i++) rows.push(`2024-03-04T09:00:00Z,phone-answer,${i},seconds`);
    const p = await previewPractice({ bytes: Buffer.from(rows.join('\n')), name: 'calls.csv' });
    expect(p.rows).toHaveLength(20);
    expect(p.records).toHaveLength(20);
  });

  it('says why no mapping applies, and still shows the rows', async () => {
    const p = await previewPractice({ bytes: Buffer.from('Colour,Size\nred,3\n'), name: 'shop.csv' });
    expect(p.suggestion).toEqual({ preset: null, mapping: null, dateOrder: null });
    expect(p.mappingError).toMatch(/no preset fits this file's columns \("Colour", "Size"\)/);
    expect(p.rows).toEqual([['red', '3']]);
    expect(p.columnKinds).toEqual(['text', 'number']);
  });

  it('previews a hand-made mapping', async () => {
    const mapping = {
      occurredAt: 'Start time',
      measures: [{ metric: { constant: 'phone-answer' }, unit: { constant: 'rings' }, value: { column: 'Rings' } }],
    };
    const p = await previewPractice(fixture('call-log.tsv'), { mapping });
    expect(p.suggestion.preset).toBeNull();
    expect(p.records.map((r) => r.value)).toEqual([2, 6, 14, 3, 4]);
    // the abandoned call has no rings, and this mapping does not say to skip empty values
    expect(p.errors).toEqual([{ line: 4, column: 'Rings', reason: 'no value' }]);
  });
});
