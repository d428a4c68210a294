import { describe, expect, it } from 'vitest';
import { listDatasets } from '../../shared/practice/datasets.js';
import { importPractice } from '../../shared/practice/import-practice.js';
import { PracticeImportError } from '../../shared/practice/row-errors.js';
import { count, fixture, memoryWorkspace, records } from './workspace.js';

const BAD = [
  { line: 3, column: 'value', reason: 'not a number: "fast"' },
  { line: 4, column: 'occurred_at', reason: 'not a date: "2024-02-30T10:00:00Z"' },
  { line: 5, column: 'metric', reason: 'unknown metric "tea-making" (use a claim category such as phone-answer)' },
  { line: 6, column: null, reason: '5 fields where the header has 8 (a ragged row)' },
  { line: 8, column: 'value', reason: 'an outcome must be 1 (met) or 0 (missed), not 2' },
  { line: 9, column: 'value', reason: 'a negative duration (-3)' },
];

async function importError(promise: Promise<unknown>): Promise<PracticeImportError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PracticeImportError);
  return err as PracticeImportError;
}

describe('bad rows', () => {
  it('imports nothing by default and lists every bad row with its line, column and reason', async () => {
    const db = memoryWorkspace();
    const err = await importError(importPractice(db, fixture('bad-rows.csv')));
    expect(err.errors).toEqual(BAD);
    expect(err.total).toBe(6);
    expect(err.message).toMatch(/^6 bad rows, nothing imported/);
    expect(err.message).toContain('line 4, column "occurred_at": not a date');
    expect(count(db, 'practice_records')).toBe(0);
    expect(count(db, 'datasets')).toBe(0);
  });

  it('with skipBadRows imports the rest and keeps the list of what it skipped', async () => {
    const db = memoryWorkspace();
    const result = await importPractice(db, fixture('bad-rows.csv'), { skipBadRows: true });
    expect(result).toMatchObject({ rowsRead: 8, records: 2, skippedTotal: 6 });
    expect(result.skipped).toEqual(BAD);
    expect(records(db).map((r) => r.metric)).toEqual(['phone-answer', 'delivery-time']);
    const [ds] = listDatasets(db);
    expect(ds).toMatchObject({ id: result.datasetId, records: 2, preset: 'canonical', skipped: BAD });
  });

  it('with skipBadRows and no good row at all, still imports nothing', async () => {
    const db = memoryWorkspace();
    const text = 'occurred_at,metric,value,unit\n2024-03-04T09:00:00Z,phone-answer,x,seconds\n';
    await expect(importPractice(db, { bytes: Buffer.from(text), name: 'x.csv' }, { skipBadRows: true })).rejects.toThrow(
      /1 bad row, nothing imported \(and no good row was left\)/,
    );
    expect(count(db, 'datasets')).toBe(0);
  });

  it('caps the list but counts every bad row', async () => {
    const rows = ['occurred_at,metric,value,unit'];
    for (let i = 0; i < 500; i++) rows.push(`2024-03-04T09:00:00Z,phone-answer,x${i},seconds`);
    const db = memoryWorkspace();
    const err = await importError(importPractice(db, { bytes: Buffer.from(rows.join('\n')), name: 'junk.csv' }, { maxListedErrors: 10 }));
    expect(err.errors).toHaveLength(10);
    expect(err.total).toBe(500);
    expect(err.errors[9]!.line).toBe(11);
    expect(err.message).toContain('and 495 more');
  });

  it.each([
    ['a header but no rows', 'occurred_at,metric,value,unit\n', /no data rows/],
    ['an empty file', '', /empty/],
  ])('refuses %s', async (_label, text, message) => {
    const db = memoryWorkspace();
    await expect(importPractice(db, { bytes: Buffer.from(text), name: 'x.csv' })).rejects.toThrow(message);
    expect(count(db, 'datasets')).toBe(0);
  });

  it('names a missing column and the columns the file has', async () => {
    const db = memoryWorkspace();
    const mapping = { occurredAt: 'When', measures: [{ metric: { constant: 'callback' }, unit: { constant: 'hours' }, value: { column: 'Hours' } }] };
    await expect(importPractice(db, { bytes: Buffer.from('Date,Hours\n2024-03-04,3\n'), name: 'x.csv' }, { mapping })).rejects.toThrow(
      /the date column "When" is not in the file \(its columns: "Date", "Hours"\)/,
    );
    expect(count(db, 'datasets')).toBe(0);
  });

  it('explains an invalid mapping', async () => {
    const db = memoryWorkspace();
    await expect(importPractice(db, fixture('canonical-utf8.csv'), { mapping: { occurredAt: 'occurred_at', measures: [] } })).rejects.toThrow(
      /column mapping is not valid/,
    );
  });
});
