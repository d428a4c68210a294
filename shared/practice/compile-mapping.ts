/**
 * Compiling a column mapping against a file's header into one row converter. An explicit
 * mapping must fit the file exactly; a preset is compiled leniently (measures and text fields
 * whose columns the file lacks are left out) and must still yield at least one measure.
 */
import { cellText, isEmptyCell, type Cell } from './cell-values.js';
import { cellTimeProblem, cellWall } from './cell-time.js';
import { HeaderIndex } from './header-index.js';
import type { ColumnMapping, TextSource } from './mapping-schema.js';
import { MappingError, compileMeasure, type CompileContext, type MeasureFn } from './measure-compiler.js';
import { fail, type RowRecords } from './row-records.js';
import { isoOfLast } from './timestamp.js';
import type { WorkingCalendar } from './working-time.js';

export { MappingError } from './measure-compiler.js';

/** A mapping bound to one file's header. */
export interface CompiledMapping {
  /** The mapping as applied: only the measures and fields the file has columns for. */
  readonly mapping: ColumnMapping;
  readonly header: HeaderIndex;
  /** Convert one row into `out`; false when the row is bad (`out.errorColumn`/`errorReason` say why). */
  convert(cells: readonly Cell[], out: RowRecords): boolean;
}

type TextFn = (cells: readonly Cell[]) => string | null;

const TEXT_LIMITS = { channel: 200, team: 200, reportedBy: 200, note: 2000 } as const;

function compileText(header: HeaderIndex, src: TextSource | undefined, limit: number, lenient: boolean, role: string): TextFn | null {
  if (!src) return null;
  if ('constant' in src) {
    const value = src.constant.trim().slice(0, limit) || null;
    return () => value;
  }
  const i = header.find(src.column);
  if (i < 0) {
    if (lenient) return null;
    throw new MappingError(`the ${role} column ${HeaderIndex.describe(src.column)} is not in the file`);
  }
  const prefix = src.prefix ?? '';
  return (cells) => {
    const cell = cells[i];
    if (isEmptyCell(cell)) return null;
    const text = prefix + (typeof cell === 'string' ? cell.trim() : cellText(cell));
    return text.length > limit ? text.slice(0, limit) : text;
  };
}

/** Bind a mapping to a header; throws MappingError naming what does not fit. */
export function compileMapping(
  mapping: ColumnMapping,
  columns: readonly string[],
  opts: { lenient: boolean; calendar: WorkingCalendar },
): CompiledMapping {
  const header = new HeaderIndex(columns);
  if (columns.length === 0) throw new MappingError('the file has no header row');
  const occIdx = header.find(mapping.occurredAt);
  if (occIdx < 0) {
    throw new MappingError(
      `the date column ${HeaderIndex.describe(mapping.occurredAt)} is not in the file (its columns: ${columns.map((c) => `"${c.slice(0, 40)}"`).join(', ')})`,
    );
  }
  const occName = columns[occIdx]!;
  const ctx: CompileContext = { header, lenient: opts.lenient, calendar: opts.calendar, dateOrder: mapping.dateOrder };
  const used = mapping.measures.map((m) => ({ m, fn: compileMeasure(ctx, m) })).filter((x) => x.fn !== null);
  if (used.length === 0) {
    throw new MappingError('none of the mapping\'s measures has its columns in the file, so no record can be made');
  }
  const measures = used.map((x) => x.fn as MeasureFn);
  const text = {
    channel: compileText(header, mapping.channel, TEXT_LIMITS.channel, opts.lenient, 'channel'),
    team: compileText(header, mapping.team, TEXT_LIMITS.team, opts.lenient, 'team'),
    reportedBy: compileText(header, mapping.reportedBy, TEXT_LIMITS.reportedBy, opts.lenient, 'reported-by'),
    note: compileText(header, mapping.note, TEXT_LIMITS.note, opts.lenient, 'note'),
  };
  const applied: ColumnMapping = {
    occurredAt: mapping.occurredAt,
    dateOrder: mapping.dateOrder,
    measures: used.map((x) => x.m),
    ...(text.channel && mapping.channel ? { channel: mapping.channel } : {}),
    ...(text.team && mapping.team ? { team: mapping.team } : {}),
    ...(text.reportedBy && mapping.reportedBy ? { reportedBy: mapping.reportedBy } : {}),
    ...(text.note && mapping.note ? { note: mapping.note } : {}),
  };
  const order = mapping.dateOrder;
  const { channel, team, reportedBy, note } = text;
  return {
    mapping: applied,
    header,
    convert(cells, out) {
      out.count = 0;
      const oc = cells[occIdx];
      if (isEmptyCell(oc)) return fail(out, occName, 'no date') > 0;
      const wall = cellWall(oc, order);
      if (wall !== wall) return fail(out, occName, cellTimeProblem) > 0;
      out.occurredAt = isoOfLast(typeof oc === 'string' ? oc : '');
      for (let k = 0; k < measures.length; k++) if (measures[k]!(cells, out) < 0) return false;
      out.channel = channel ? channel(cells) : null;
      out.team = team ? team(cells) : null;
      out.reportedBy = reportedBy ? reportedBy(cells) : null;
      out.note = note ? note(cells) : null;
      return true;
    },
  };
}
