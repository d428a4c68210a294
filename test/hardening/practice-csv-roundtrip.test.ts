/**
 * A practice log survives CSV both ways (property, 1,000 runs): canonical rows with tricky
 * text (quotes, commas, CR/LF inside cells, formula-like cells, NUL, bidi, astral characters)
 * are written as an RFC 4180 file, imported into a temporary workspace file through
 * importPractice, and read back equal. Then the stored records are exported with the product's
 * CSV writer (shared/report/csv.ts: BOM, CRLF, formula cells neutralised) and imported again:
 * every cell comes back as written, except that a formula-like text cell carries the
 * apostrophe the export adds on purpose (neutraliseFormula), and nothing else changes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPractice } from '../../shared/practice/import-practice.js';
import { neutraliseFormula, toCsv } from '../../shared/report/csv.js';
import { integrityCheck, openDatabase, type Db } from '../../shared/store/database.js';
import { figure } from './support/figures.js';
import { COLUMNS, practiceRow, storedRows, writeCanonicalCsv, type PracticeRow } from './support/practice-rows.js';

const TEXT_COLUMNS = ['channel', 'team', 'reported_by', 'note'] as const;

let dir: string;
let db: Db;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hardening-roundtrip-'));
  db = openDatabase(join(dir, 'roundtrip.paudit'));
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What the export writes for a row: text cells neutralised, everything else as stored. */
function asExported(row: PracticeRow): PracticeRow {
  const out = { ...row };
  for (const c of TEXT_COLUMNS) out[c] = row[c] === null ? null : neutraliseFormula(row[c]);
  return out;
}

async function importCsv(text: string, name: string): Promise<PracticeRow[]> {
  const result = await importPractice(db, { bytes: Buffer.from(text, 'utf8'), name });
  return storedRows(db, result.datasetId);
}

describe('practice CSV import and export round-trip', () => {
  it('rows written, imported and read back are equal; exported and re-imported they differ only by the formula apostrophe (property, 1,000 runs)', async () => {
    let rows = 0;
    let neutralised = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(practiceRow, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n' as const, '\r\n' as const), async (written, eol) => {
        const imported = await importCsv(writeCanonicalCsv(written, eol), 'staff-log.csv');
        expect(imported).toEqual(written);

        const exported = toCsv(COLUMNS, imported.map((r) => COLUMNS.map((c) => r[c])));
        const reimported = await importCsv(exported, 'staff-log-export.csv');
        expect(reimported).toEqual(imported.map(asExported));

        rows += written.length;
        neutralised += written.filter((r) => TEXT_COLUMNS.some((c) => r[c] !== null && neutraliseFormula(r[c]) !== r[c])).length;
      }),
      { numRuns: 1000 },
    );
    figure('practice CSV round-trip', `${rows} rows in 1000 files imported, read back equal, exported and re-imported (${neutralised} rows with a formula-like cell neutralised)`);
    expect(integrityCheck(db)).toBe('ok');
  });
});
