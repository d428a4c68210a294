/**
 * Reads a data table as a compliance analyst does: each cell with the header of its column and
 * the label of its row ("Phone | Answered within"), because "within 20 seconds" alone says
 * nothing about what is answered. Spans are honoured so headers line up with the right cells.
 */
import { type DomNode, elementChildren, flattenText } from './html-dom.js';
import { collapseWhitespace } from './segment-text.js';

/** One cell of a table with the headers that give it meaning. */
export interface TableCell {
  readonly node: DomNode;
  readonly text: string;
  /** "row label | column header", either part left out when absent; null when neither exists. */
  readonly context: string | null;
  /** True for the cells of the header row. */
  readonly header: boolean;
  /** 1-based row and column, for the element path. */
  readonly row: number;
  readonly col: number;
}

// Big enough for any real table, small enough that a hostile colspan cannot exhaust memory.
const MAX_SPAN = 50;
const MAX_CELLS = 20_000;

/** The cells of `table` in reading order (nested tables are not entered). */
export function readTable(table: DomNode): TableCell[] {
  const rows = tableRows(table);
  const grid = layout(rows.map((r) => r.cells));
  const headerRow = findHeaderRow(rows);
  const colHeaders = headerRow === null ? [] : (grid[headerRow] ?? []).map((c) => (c ? cellText(c) : ''));
  const out: TableCell[] = [];
  rows.forEach((row, r) => {
    const first = row.cells[0];
    const rowLabel = row.cells.find((c) => c.name === 'th') ?? first;
    row.cells.forEach((cell, i) => {
      if (out.length >= MAX_CELLS) return;
      const col = grid[r]?.indexOf(cell) ?? i;
      const isHeader = r === headerRow;
      const parts: string[] = [];
      if (!isHeader && rowLabel && rowLabel !== cell) parts.push(cellText(rowLabel));
      if (!isHeader && colHeaders[col]) parts.push(colHeaders[col]!);
      const context = parts.filter(Boolean).join(' | ') || null;
      out.push({ node: cell, text: flattenText(cell), context, header: isHeader, row: r + 1, col: col + 1 });
    });
  });
  return out;
}

interface Row {
  readonly inHead: boolean;
  readonly cells: DomNode[];
}

// The table's own rows: direct <tr>s and those in <thead>/<tbody>/<tfoot>, not nested tables'.
function tableRows(table: DomNode): Row[] {
  const rows: Row[] = [];
  const take = (tr: DomNode, inHead: boolean) =>
    rows.push({ inHead, cells: elementChildren(tr).filter((c) => c.name === 'td' || c.name === 'th') });
  for (const child of elementChildren(table)) {
    if (child.name === 'tr') take(child, false);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      for (const tr of elementChildren(child)) if (tr.name === 'tr') take(tr, child.name === 'thead');
    }
  }
  return rows;
}

// The index of the header row: the last row of <thead>, else a first row made only of <th>.
function findHeaderRow(rows: readonly Row[]): number | null {
  let head: number | null = null;
  rows.forEach((r, i) => {
    if (r.inHead) head = i;
  });
  if (head !== null) return head;
  const first = rows[0];
  if (first && first.cells.length > 1 && first.cells.every((c) => c.name === 'th') && rows.length > 1) return 0;
  return null;
}

// Places cells on a grid, honouring rowspan and colspan, so column headers line up.
function layout(rows: readonly (readonly DomNode[])[]): (DomNode | undefined)[][] {
  const grid: (DomNode | undefined)[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    let col = 0;
    for (const cell of cells) {
      while (grid[r]![col] !== undefined) col++;
      const cs = span(cell.attribs?.colspan);
      const rs = span(cell.attribs?.rowspan);
      for (let dr = 0; dr < rs && r + dr < grid.length; dr++) {
        for (let dc = 0; dc < cs; dc++) grid[r + dr]![col + dc] = cell;
      }
      col += cs;
    }
  });
  return grid;
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

function cellText(cell: DomNode): string {
  return collapseWhitespace(flattenText(cell)).slice(0, 200);
}
