/**
 * The review grid: every finding as a row, virtualised so only the rows in view are in the
 * page. One focus stop (the grid); arrow keys move the active row, Space selects, Enter opens,
 * letter shortcuts decide.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type ChangeEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { FindingRow } from '../../../../shared/contract/types.js';
import { findingHref } from '../../app/router.js';
import { ReviewBadge, VerdictBadge } from '../../components/Badges.js';
import { Icon } from '../../components/Icon.js';
import { formatInteger, formatShare, sourceLabel } from '../../lib/format.js';
import { CATEGORY_LABELS, SOURCE_KIND_LABELS } from '../../lib/labels.js';
import type { SortDir, SortKey } from './grid-model.js';

const ROW_HEIGHT = 44;

const COLUMNS: readonly { key: SortKey | 'select'; label: string; numeric?: boolean }[] = [
  { key: 'select', label: 'Select' },
  { key: 'verdict', label: 'Verdict' },
  { key: 'claim', label: 'Promise' },
  { key: 'category', label: 'Category' },
  { key: 'source', label: 'Source' },
  { key: 'exposure', label: 'Seen', numeric: true },
  { key: 'attainment', label: 'Met', numeric: true },
  { key: 'severity', label: 'Severity', numeric: true },
  { key: 'review', label: 'Review' },
];

/** What a key press in the grid asks for, beyond moving and selecting. */
export type GridCommand = 'accept' | 'dismiss' | 'reopen';

export interface ReviewGridProps {
  readonly rows: readonly FindingRow[];
  readonly selected: ReadonlySet<string>;
  readonly active: number;
  readonly sort: SortKey;
  readonly dir: SortDir;
  onActive(index: number): void;
  onSelect(ids: readonly string[], mode: 'toggle' | 'add' | 'only' | 'none'): void;
  onOpen(row: FindingRow): void;
  onCommand(command: GridCommand): void;
  onSort(key: SortKey): void;
}

export function ReviewGrid(props: ReviewGridProps) {
  const { rows, selected, active, onActive, onSelect, onOpen, onCommand } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const anchor = useRef<number>(active);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollPaddingStart: ROW_HEIGHT,
  });

  useEffect(() => {
    if (active >= 0 && active < rows.length) virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [active, rows.length, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const activeRendered = items.some((i) => i.index === active);
  const activeRow = rows[active];

  function move(to: number, extend: boolean) {
    const next = Math.max(0, Math.min(rows.length - 1, to));
    if (extend) {
      const [lo, hi] = [Math.min(anchor.current, next), Math.max(anchor.current, next)];
      onSelect(
        rows.slice(lo, hi + 1).map((r) => r.finding.id),
        'add',
      );
    } else {
      anchor.current = next;
    }
    onActive(next);
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.target !== e.currentTarget || rows.length === 0) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const mod = e.ctrlKey || e.metaKey;
    const handled = (() => {
      switch (e.key) {
        case 'ArrowDown':
          move(active + 1, e.shiftKey);
          return true;
        case 'ArrowUp':
          move(active - 1, e.shiftKey);
          return true;
        case 'PageDown':
          move(active + page, e.shiftKey);
          return true;
        case 'PageUp':
          move(active - page, e.shiftKey);
          return true;
        case 'Home':
          move(0, e.shiftKey);
          return true;
        case 'End':
          move(rows.length - 1, e.shiftKey);
          return true;
        case ' ':
          if (activeRow) onSelect([activeRow.finding.id], 'toggle');
          anchor.current = active;
          return true;
        case 'Enter':
          if (activeRow) onOpen(activeRow);
          return true;
        case 'Escape':
          onSelect([], 'none');
          return true;
        default:
          break;
      }
      if (mod && e.key.toLowerCase() === 'a') {
        onSelect(
          rows.map((r) => r.finding.id),
          'only',
        );
        return true;
      }
      if (mod || e.altKey) return false;
      const command = ({ a: 'accept', d: 'dismiss', o: 'reopen' } as const)[e.key.toLowerCase() as 'a' | 'd' | 'o'];
      if (command) {
        onCommand(command);
        return true;
      }
      return false;
    })();
    if (handled) e.preventDefault();
  }

  // Row events are handled here, once, so rows can stay memoised while the grid scrolls.
  const rowIndexOf = (target: EventTarget): number => {
    const el = (target as HTMLElement).closest?.('[data-row-index]');
    return el ? Number(el.getAttribute('data-row-index')) : -1;
  };
  function onRowClick(e: MouseEvent) {
    const index = rowIndexOf(e.target);
    const row = rows[index];
    if (!row || (e.target as HTMLElement).closest('a, input')) return;
    if (e.metaKey || e.ctrlKey) onSelect([row.finding.id], 'toggle');
    else if (e.shiftKey) {
      const [lo, hi] = [Math.min(anchor.current, index), Math.max(anchor.current, index)];
      onSelect(
        rows.slice(lo, hi + 1).map((r) => r.finding.id),
        'add',
      );
    }
    if (!e.shiftKey) anchor.current = index;
    onActive(index);
    scrollRef.current?.focus({ preventScroll: true });
  }
  function onRowDoubleClick(e: MouseEvent) {
    const row = rows[rowIndexOf(e.target)];
    if (row) onOpen(row);
  }
  function onRowToggle(e: ChangeEvent) {
    const row = rows[rowIndexOf(e.target)];
    if (row) onSelect([row.finding.id], 'toggle');
  }

  return (
    <div
      ref={scrollRef}
      className="grid-scroll"
      role="grid"
      aria-label="Findings"
      aria-rowcount={rows.length + 1}
      aria-colcount={COLUMNS.length}
      aria-multiselectable="true"
      aria-activedescendant={activeRow && activeRendered ? rowId(activeRow) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="review-grid"
    >
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="grid-row grid-header-row">
          {COLUMNS.map((c) =>
            c.key === 'select' ? (
              <div key={c.key} role="columnheader" className="grid-cell grid-cell-select">
                <span className="sr-only">Selected</span>
              </div>
            ) : (
              <div
                key={c.key}
                role="columnheader"
                className={`grid-cell${c.numeric ? ' grid-cell-num' : ''}`}
                aria-sort={props.sort === c.key ? (props.dir === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                <button type="button" className="sort-button" onClick={() => props.onSort(c.key as SortKey)} tabIndex={-1}>
                  {c.label}
                  {props.sort === c.key ? <Icon name={props.dir === 'asc' ? 'chevronUp' : 'chevronDown'} /> : null}
                </button>
              </div>
            ),
          )}
        </div>
      </div>
      <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize() }} onClick={onRowClick} onDoubleClick={onRowDoubleClick} onChange={onRowToggle}>
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return <GridRow key={row.finding.id} row={row} index={item.index} start={item.start} isActive={item.index === active} isSelected={selected.has(row.finding.id)} />;
        })}
      </div>
    </div>
  );
}

function rowId(row: FindingRow): string {
  return `finding-row-${row.finding.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

interface GridRowProps {
  row: FindingRow;
  index: number;
  start: number;
  isActive: boolean;
  isSelected: boolean;
}

const GridRow = memo(function GridRow({ row, index, start, isActive, isSelected }: GridRowProps) {
  const f = row.finding;
  return (
    <div
      role="row"
      id={rowId(row)}
      aria-rowindex={index + 2}
      aria-selected={isSelected}
      className={`grid-row${isActive ? ' is-active' : ''}${isSelected ? ' is-selected' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
      data-row-index={index}
      data-finding-id={f.id}
    >
      <div role="gridcell" className="grid-cell grid-cell-select">
        <input type="checkbox" tabIndex={-1} checked={isSelected} aria-label={`Select: ${row.claimText.slice(0, 80)}`} onChange={noop} />
      </div>
      <div role="gridcell" className="grid-cell">
        <VerdictBadge verdict={f.verdict} />
      </div>
      <div role="gridcell" className="grid-cell grid-cell-claim" title={row.claimText}>
        <a href={findingHref(f.id)} tabIndex={-1} className="claim-link">
          {row.claimText}
        </a>
      </div>
      <div role="gridcell" className="grid-cell grid-cell-clip">
        {CATEGORY_LABELS[row.category]}
      </div>
      <div role="gridcell" className="grid-cell grid-cell-clip grid-cell-source" title={row.sourceUri}>
        <Icon name={row.sourceKind === 'page' ? 'globe' : 'file'} className="source-icon" />
        <span className="sr-only">{SOURCE_KIND_LABELS[row.sourceKind]}: </span>
        {sourceLabel(row.sourceUri)}
      </div>
      <div role="gridcell" className="grid-cell grid-cell-num">
        {formatInteger(row.exposure)}
      </div>
      <div role="gridcell" className="grid-cell grid-cell-num">
        {f.attainment === null ? <span className="muted">—</span> : formatShare(f.attainment)}
      </div>
      <div role="gridcell" className="grid-cell grid-cell-num">
        <SeverityMeter value={f.severity} />
      </div>
      <div role="gridcell" className="grid-cell">
        <ReviewBadge status={row.reviewStatus} />
      </div>
    </div>
  );
});

/** The checkbox's change is handled by the grid body (event delegation). */
function noop(): void {}

function SeverityMeter({ value }: { value: number }) {
  const v = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <span className="severity">
      <span className="severity-track" aria-hidden="true">
        <span className="severity-fill" style={{ width: `${v}%` }} data-level={v >= 60 ? 'high' : v >= 30 ? 'mid' : 'low'} />
      </span>
      <span className="tabular">{v}</span>
    </span>
  );
}
