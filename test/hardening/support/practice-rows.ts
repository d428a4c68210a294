/**
 * Canonical practice rows with tricky text (quotes, commas, CR/LF inside cells, formula-like
 * cells, NUL, bidi, astral and combining characters) as a fast-check arbitrary, an RFC 4180
 * writer for them, and the rows as the workspace stores them.
 */
import fc from 'fast-check';
import { CANONICAL_HEADER } from '../../../shared/practice/generate-practice-log.js';
import { CLAIM_CATEGORIES, PRACTICE_UNITS, type PracticeUnit } from '../../../shared/domain/vocabulary.js';
import type { Db } from '../../../shared/store/database.js';

/** One canonical row, and one stored record: the same fields. */
export interface PracticeRow {
  occurred_at: string;
  metric: string;
  value: number;
  unit: string;
  channel: string | null;
  team: string | null;
  reported_by: string | null;
  note: string | null;
}

const TRICKY = [
  '"', '""', ',', ';', '\t', '\n', '\r\n', '\r', "'", '=SUM(A1:A9)', '+1', '-1', '@cmd', '=HYPERLINK("http://x","y")',
  '\uff1d1+1', '\u0000', '\u202e', '\u200b', '\u00a0', '\u2028', '\ufeff', '\ud83d\ude00', 'e\u0301', 'İ', '漢字', 'ß',
  '<script>alert(1)</script>', '${x}', '{{x}}', '\\', '%s', 'NULL', 'null', '0', ' ', 'Café desk',
] as const;

/** Cell text as staff write it, then trimmed: the importer keeps text cells trimmed, and a blank cell is empty. */
const cellText = (maxLength: number): fc.Arbitrary<string | null> =>
  fc
    .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 8 })
    .map((parts) => parts.join('').slice(0, maxLength).trim())
     
    .map((t) => (/[^\s\u0000-\u0020]/.test(t) ? t : null));

const pad = (n: number): string => String(n).padStart(2, '0');

const timestamp = fc
  .record({
    y: fc.integer({ min: 2000, max: 2030 }),
    mo: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    h: fc.integer({ min: 0, max: 23 }),
    mi: fc.integer({ min: 0, max: 59 }),
    s: fc.integer({ min: 0, max: 59 }),
    zone: fc.constantFrom('Z', '+01:00', '-05:30', ''),
  })
  .map(({ y, mo, d, h, mi, s, zone }) => `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${zone}`);

function valueFor(unit: PracticeUnit): fc.Arbitrary<number> {
  const noNegZero = (v: number): number => (Object.is(v, -0) ? 0 : v);
  if (unit === 'outcome') return fc.constantFrom(0, 1);
  if (unit === 'percent') return fc.double({ min: 0, max: 100, noNaN: true }).map(noNegZero);
  if (unit === 'currency') return fc.double({ min: -1e9, max: 1e9, noNaN: true }).map(noNegZero);
  return fc.oneof(fc.nat({ max: 100_000 }), fc.double({ min: 0, max: 1e7, noNaN: true }).map(noNegZero));
}

/** A canonical practice row with tricky text in every text cell. */
export const practiceRow: fc.Arbitrary<PracticeRow> = fc
  .tuple(timestamp, fc.constantFrom(...CLAIM_CATEGORIES), fc.constantFrom(...PRACTICE_UNITS))
  .chain(([occurredAt, metric, unit]) =>
    fc.record({
      occurred_at: fc.constant(occurredAt),
      metric: fc.constant(metric),
      value: valueFor(unit),
      unit: fc.constant(unit),
      channel: cellText(200),
      team: cellText(200),
      reported_by: cellText(200),
      note: cellText(2000),
    }),
  );

/** The canonical columns, in file order. */
export const COLUMNS = CANONICAL_HEADER.split(',') as (keyof PracticeRow)[];

/** A cell quoted as RFC 4180 says: only when it holds a quote, a comma or a line break. */
function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The rows as a canonical CSV file, exactly as written (no formula neutralising), `eol` between records. */
export function writeCanonicalCsv(rows: readonly PracticeRow[], eol: '\n' | '\r\n'): string {
  const lines = [CANONICAL_HEADER, ...rows.map((r) => COLUMNS.map((c) => quote(r[c] === null ? '' : String(r[c]))).join(','))];
  return lines.join(eol) + eol;
}

/** The records of one dataset, in file order, as rows. */
export function storedRows(db: Db, datasetId: string): PracticeRow[] {
  return db
    .prepare(`SELECT ${COLUMNS.join(', ')} FROM practice_records WHERE dataset_id = ? ORDER BY id`)
    .all(datasetId) as PracticeRow[];
}
