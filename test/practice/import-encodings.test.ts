import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPractice } from '../../shared/practice/import-practice.js';
import { fixture, memoryWorkspace, records } from './workspace.js';

// The same six rows, saved five ways; names and notes carry é, ë, ß, £, € and an en dash.
const FILES = [
  ['canonical-utf8.csv', 'utf-8'],
  ['canonical-utf8-bom.csv', 'utf-8'],
  ['canonical-utf16le.csv', 'utf-16le'],
  ['canonical-utf16be.csv', 'utf-16be'],
  ['canonical-windows1252.csv', 'windows-1252'],
] as const;

function expected() {
  const db = memoryWorkspace();
  return importPractice(db, fixture('canonical-utf8.csv')).then(() => records(db).map(({ dataset_id: _, ...r }) => r));
}

describe('encodings', () => {
  it.each(FILES)('%s is read as %s and gives the same records', async (file, encoding) => {
    const db = memoryWorkspace();
    const result = await importPractice(db, fixture(file));
    expect(result).toMatchObject({ encoding, preset: 'canonical', rowsRead: 6, records: 6 });
    const got = records(db).map(({ dataset_id: _, ...r }) => r);
    expect(got).toEqual(await expected());
    expect(got[1]).toMatchObject({ team: 'Café desk', reported_by: 'Zoë Brontë', note: 'queue after the 9am rush – two staff off' });
    expect(got[4]!.note).toBe('wrong item, €12 credit');
  });

  it('reads bytes handed over in memory (an upload) the same way', async () => {
    const db = memoryWorkspace();
    const bytes = readFileSync(fixture('canonical-utf16le.csv'));
    const result = await importPractice(db, { bytes, name: 'upload.csv' }, { name: 'Front desk log' });
    expect(result).toMatchObject({ encoding: 'utf-16le', records: 6, name: 'Front desk log' });
  });

  it('detects UTF-16 without a byte-order mark', async () => {
    const db = memoryWorkspace();
    const text = readFileSync(fixture('canonical-utf8.csv'), 'utf8');
    const result = await importPractice(db, { bytes: Buffer.from(text, 'utf16le'), name: 'no-bom.csv' });
    expect(result).toMatchObject({ encoding: 'utf-16le', records: 6 });
  });

  it('obeys an encoding it is told', async () => {
    const db = memoryWorkspace();
    const result = await importPractice(db, fixture('canonical-utf8.csv'), { encoding: 'windows-1252' });
    expect(result.encoding).toBe('windows-1252');
    expect(records(db)[0]!.team).toBe('CafÃ© desk'); // what the wrong encoding gives: the choice was honoured
  });
});
