import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPractice } from '../../shared/practice/import-practice.js';
import { previewPractice } from '../../shared/practice/preview-practice.js';
import { fixture, memoryWorkspace, records, tempDir } from './workspace.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

/** A call-centre workbook as Excel saves it: a title sheet first, real dates, a formula column. */
async function writeWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Notes').addRow(['Exported from the phone system']);
  const ws = wb.addWorksheet('Calls');
  ws.addRow(['Start time', 'Queue', 'Agent', 'Answer time (s)', 'Rings', 'Answered within target']);
  const rows: [Date, string, string, number | null, number | null][] = [
    [new Date(Date.UTC(2024, 2, 4, 9, 0, 12)), 'Main line', 'Alex Green', 7, 2],
    [new Date(Date.UTC(2024, 2, 4, 9, 1, 40)), 'Main line', 'Bea Moss', 31, 6],
    [new Date(Date.UTC(2024, 2, 4, 9, 3, 5)), 'Repairs', 'Chen Wu', null, null],
  ];
  for (const [i, r] of rows.entries()) {
    const row = ws.addRow([...r, { formula: `IF(D${i + 2}<=20,"yes","no")`, result: r[3] !== null && r[3] <= 20 ? 'yes' : 'no' }]);
    row.getCell(1).numFmt = 'dd/mm/yyyy hh:mm:ss';
  }
  await wb.xlsx.writeFile(file);
}

const xlsx = join(tmp.dir, 'calls.xlsx');
beforeAll(() => writeWorkbook(xlsx));

describe('file formats', () => {
  it('reads a sheet of an XLSX workbook through the call-log preset', async () => {
    const db = memoryWorkspace();
    const result = await importPractice(db, xlsx, { sheet: 'Calls' });
    expect(result).toMatchObject({ format: 'xlsx', encoding: null, preset: 'call-log', rowsRead: 3, records: 4, rowsWithoutRecords: 1 });
    const rows = records(db);
    expect(rows[0]).toMatchObject({ occurred_at: '2024-03-04T09:00:12', metric: 'phone-answer', value: 7, unit: 'seconds', team: 'Main line' });
    expect(rows.map((r) => `${r.value} ${r.unit}`)).toEqual(['7 seconds', '2 rings', '31 seconds', '6 rings']);
  });

  it('reads formula results from XLSX through a hand-made mapping', async () => {
    const db = memoryWorkspace();
    const mapping = {
      occurredAt: 'Start time',
      measures: [{ metric: { constant: 'phone-answer' }, unit: { constant: 'outcome' }, value: { outcome: 'Answered within target' } }],
    };
    const result = await importPractice(db, xlsx, { sheet: 'Calls', mapping });
    expect(result).toMatchObject({ preset: null, records: 3 });
    expect(records(db).map((r) => r.value)).toEqual([1, 0, 0]);
  });

  it('previews a workbook sheet', async () => {
    const p = await previewPractice(xlsx, { sheet: 'Calls' });
    expect(p).toMatchObject({ format: 'xlsx', sheet: 'Calls', suggestion: { preset: 'call-log' } });
    expect(p.columns).toEqual(['Start time', 'Queue', 'Agent', 'Answer time (s)', 'Rings', 'Answered within target']);
    expect(p.rows[2]).toEqual(['2024-03-04 09:03:05', 'Repairs', 'Chen Wu', '', '', 'no']);
    expect(p.columnKinds[0]).toBe('timestamp');
  });

  it('names the sheets when the one asked for is missing', async () => {
    await expect(importPractice(memoryWorkspace(), xlsx, { sheet: 'Calls 2023' })).rejects.toThrow(/no sheet named "Calls 2023" \(it has: Notes, Calls\)/);
  });

  it.each([
    ['practice.json', 'json'],
    ['practice.jsonl', 'jsonl'],
  ])('reads %s as %s', async (file, format) => {
    const db = memoryWorkspace();
    const result = await importPractice(db, fixture(file));
    expect(result).toMatchObject({ format, preset: 'canonical', records: 3 });
    expect(records(db)[1]).toMatchObject({ metric: 'callback', value: 26.5, unit: 'hours', note: 'returned next day', team: 'Lettings' });
  });

  it('reports broken JSON lines by line number', async () => {
    const text = '{"occurred_at":"2024-03-04T09:00:00Z","metric":"callback","value":3,"unit":"hours"}\n{"occurred_at": oops}\n[1,2]\n';
    const db = memoryWorkspace();
    await expect(importPractice(db, { bytes: Buffer.from(text), name: 'log.jsonl' })).rejects.toMatchObject({
      errors: [
        { line: 2, column: null, reason: expect.stringMatching(/^invalid JSON/) },
        { line: 3, column: null, reason: 'is not a JSON object' },
      ],
    });
  });

  it('refuses a JSON document that is not an array of objects', async () => {
    await expect(importPractice(memoryWorkspace(), { bytes: Buffer.from('[1, 2]'), name: 'x.json' })).rejects.toThrow(/not an object/);
  });

  it('keeps "__proto__" and "constructor" headers as plain columns and pollutes nothing', async () => {
    const db = memoryWorkspace();
    const mapping = {
      occurredAt: 'occurred_at',
      measures: [{ metric: { column: 'metric' }, unit: { column: 'unit' }, value: { column: 'value' } }],
      note: { column: '__proto__' },
      team: { column: 'constructor' },
    };
    const result = await importPractice(db, fixture('proto-header.csv'), { mapping });
    expect(result.records).toBe(2);
    expect(records(db)[0]).toMatchObject({ note: '{"polluted":true}', team: 'x', value: 14 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype.toString.call({})).toBe('[object Object]');
  });

  it('keeps "__proto__" keys in JSON as plain columns too', async () => {
    const text = '[{"occurred_at":"2024-03-04T09:00:00Z","metric":"callback","value":3,"unit":"hours","__proto__":{"polluted":1},"constructor":"c"}]';
    const db = memoryWorkspace();
    const result = await importPractice(db, { bytes: Buffer.from(text), name: 'x.json' }, {
      mapping: { occurredAt: 'occurred_at', measures: [{ metric: { column: 'metric' }, unit: { column: 'unit' }, value: { column: 'value' } }], note: { column: '__proto__' } },
    });
    expect(result.records).toBe(1);
    expect(records(db)[0]!.note).toBe('{"polluted":1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads any CSV through a mapping: durations between two columns, constant metric, value words', async () => {
    const csv = [
      'Ref;Logged;Called back;Handled by;Outcome',
      'CB-1;2024-03-08 16:00;2024-03-11 10:00;Dee;ok',
      'CB-2;2024-03-11 09:00;2024-03-11 09:30;Eli;ok',
    ].join('\r\n');
    const mapping = {
      occurredAt: 'Logged',
      measures: [
        { metric: { constant: 'callback' }, unit: { constant: 'business-hours' }, value: { start: 'Logged', end: 'Called back' } },
        { metric: { constant: 'callback' }, unit: { constant: 'hours' }, value: { start: 'Logged', end: 'Called back' } },
      ],
      reportedBy: { column: 'Handled by' },
      note: { column: 'Ref', prefix: 'call-back ' },
      channel: { constant: 'phone' },
    };
    const db = memoryWorkspace();
    const result = await importPractice(db, { bytes: Buffer.from(csv), name: 'callbacks.csv' }, { mapping });
    expect(result).toMatchObject({ preset: null, records: 4 });
    expect(records(db).map((r) => [r.unit, r.value, r.note, r.reported_by, r.channel])).toEqual([
      ['business-hours', 2, 'call-back CB-1', 'Dee', 'phone'],
      ['hours', 66, 'call-back CB-1', 'Dee', 'phone'],
      ['business-hours', 0.5, 'call-back CB-2', 'Eli', 'phone'],
      ['hours', 0.5, 'call-back CB-2', 'Eli', 'phone'],
    ]);
  });
});
