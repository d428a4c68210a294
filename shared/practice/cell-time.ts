/**
 * Reading a timestamp from any kind of cell: text (see timestamp.ts), a spreadsheet Date,
 * or a number (an Excel serial day, or epoch seconds/milliseconds from a JSON export).
 * On failure `cellTimeProblem` holds a reason a person can act on.
 */
import { cellText, clip, type Cell } from './cell-values.js';
import { lastTimestamp, parseTimestamp, setLastFromWall, wallOfExcelSerial, type DateOrder } from './timestamp.js';

/** Why the last `cellWall` returned NaN. */
export let cellTimeProblem = '';

function numberWall(n: number): number {
  if (n >= 20_000 && n <= 80_000) return wallOfExcelSerial(n); // 1954..2119 as Excel days
  if (n >= 1e11 && n <= 1e14) return n; // epoch milliseconds
  if (n >= 1e8 && n < 1e11) return n * 1000; // epoch seconds
  return Number.NaN;
}

/**
 * Wall-clock ms of a timestamp cell, leaving its details in `lastTimestamp`; NaN when it is
 * not a date (then `cellTimeProblem` says why).
 */
export function cellWall(cell: Cell, order: DateOrder): number {
  if (typeof cell === 'string') {
    const wall = parseTimestamp(cell, order);
    if (wall === wall) return wall;
    cellTimeProblem =
      lastTimestamp.problem === 'ambiguous'
        ? `ambiguous date "${clip(cell)}": set the mapping's dateOrder to dmy or mdy`
        : `not a date: "${clip(cell)}"`;
    return wall;
  }
  if (cell instanceof Date) {
    const t = cell.getTime();
    if (t === t) return setLastFromWall(t);
  } else if (typeof cell === 'number') {
    const wall = numberWall(cell);
    if (wall === wall) return setLastFromWall(wall);
  }
  cellTimeProblem = `not a date: "${clip(cellText(cell))}"`;
  return Number.NaN;
}
