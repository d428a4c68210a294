/** The review grid with its filters, selection and bulk decisions. */
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { FindingRow } from '../../../../shared/contract/types.js';
import type { Review, ReviewStatus } from '../../../../shared/domain/types.js';
import { useApi } from '../../api/api-context.js';
import { useQuery } from '../../api/use-query.js';
import { findingHref, navigate } from '../../app/router.js';
import { useOpenWorkspace, useWorkspace } from '../../app/workspace-context.js';
import { ErrorAlert } from '../../components/Alert.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Icon } from '../../components/Icon.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ReviewerField } from '../../components/ReviewerField.js';
import { formatInteger } from '../../lib/format.js';
import { StartRunButton } from '../run/StartRunButton.js';
import { DismissDialog } from './DismissDialog.js';
import { filterRows, filtersFromQuery, filtersToQuery, hasFilters, sortRows, type GridFilters, type SortKey } from './grid-model.js';
import { GridToolbar } from './GridToolbar.js';
import { ReviewGrid, type GridCommand } from './ReviewGrid.js';
import { useDecide } from './use-decide.js';

export function ReviewScreen({ query }: { query: URLSearchParams }) {
  const api = useApi();
  const info = useOpenWorkspace();
  const { revision } = useWorkspace();
  const latest = info.runs.filter((r) => r.status === 'done').sort((a, b) => b.number - a.number)[0];
  const loaded = useQuery(() => (latest ? api.call('findings.list', { runId: latest.id }) : Promise.resolve([] as FindingRow[])), [api, latest?.id, revision]);

  const queryString = query.toString();
  const filters = useMemo(() => filtersFromQuery(new URLSearchParams(queryString)), [queryString]);
  const [search, setSearch] = useState(filters.q);
  const deferredSearch = useDeferredValue(search);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState(0);
  const [dismissing, setDismissing] = useState<readonly string[] | null>(null);
  // Decisions made here show at once, before the list reloads.
  const [decided, setDecided] = useState<ReadonlyMap<string, Review>>(new Map());

  const setFilters = useCallback((f: GridFilters) => {
    const q = filtersToQuery(f);
    navigate(q ? `review?${q}` : 'review', { replace: true });
  }, []);

  useEffect(() => {
    if (deferredSearch !== filters.q) setFilters({ ...filters, q: deferredSearch });
  }, [deferredSearch, filters, setFilters]);

  const rows = useMemo(() => {
    const all = (loaded.data ?? []).map((r) => {
      const d = decided.get(r.finding.key);
      return d ? { ...r, reviewStatus: d.status, reviewedBy: d.reviewer } : r;
    });
    return sortRows(filterRows(all, filters), filters.sort, filters.dir);
  }, [loaded.data, decided, filters]);

  useEffect(() => {
    setActive((a) => Math.min(a, Math.max(0, rows.length - 1)));
  }, [rows.length]);
  useEffect(() => setDecided(new Map()), [loaded.data]);

  const byId = useMemo(() => new Map(rows.map((r) => [r.finding.id, r])), [rows]);
  const selectedVisible = useMemo(() => [...selected].filter((id) => byId.has(id)), [selected, byId]);

  const onDecided = useCallback(
    (reviews: readonly Review[]) => {
      setDecided((m) => {
        const next = new Map(m);
        for (const r of reviews) next.set(r.findingKey, r);
        return next;
      });
      loaded.reload();
    },
    [loaded],
  );
  const { decide, busy, error } = useDecide(onDecided);

  /** The findings a command applies to: the selection, or else the active row. */
  const targets = useCallback((): string[] => {
    if (selectedVisible.length) return selectedVisible;
    const row = rows[active];
    return row ? [row.finding.id] : [];
  }, [selectedVisible, rows, active]);

  const keysOf = (ids: readonly string[]) => ids.map((id) => byId.get(id)?.finding.key).filter((k): k is string => Boolean(k));

  const run = (status: ReviewStatus, ids = targets()) => {
    if (!ids.length) return;
    if (status === 'dismissed') return setDismissing(ids);
    void decide(keysOf(ids), { status }).then((ok) => ok && setSelected(new Set()));
  };

  const onCommand = (c: GridCommand) => run(c === 'accept' ? 'accepted' : c === 'dismiss' ? 'dismissed' : 'open');

  const onSelect = useCallback((ids: readonly string[], mode: 'toggle' | 'add' | 'only' | 'none') => {
    setSelected((prev) => {
      if (mode === 'none') return new Set();
      if (mode === 'only') return new Set(ids);
      const next = new Set(prev);
      for (const id of ids) {
        if (mode === 'toggle' && next.has(id)) next.delete(id);
        else next.add(id);
      }
      return next;
    });
  }, []);

  const onSort = (key: SortKey) => setFilters({ ...filters, sort: key, dir: filters.sort === key && filters.dir === 'desc' ? 'asc' : 'desc' });

  if (!latest) {
    return (
      <div className="page">
        <PageHeader eyebrow="Review" title="Review findings" />
        <div className="card">
          <EmptyState icon="list" title="Nothing to review yet" action={<StartRunButton size="lg" />}>
            Run the audit; its findings are listed here for you to accept, dismiss or mark as reworded.
          </EmptyState>
        </div>
      </div>
    );
  }

  const total = loaded.data?.length ?? 0;
  return (
    <div className="page page-wide">
      <PageHeader
        eyebrow={`Run ${latest.number}`}
        title="Review findings"
        description={`${formatInteger(rows.length)} of ${formatInteger(total)} findings${hasFilters(filters) ? ' match the filters' : ''}`}
        actions={<ReviewerField compact />}
      />
      <GridToolbar filters={filters} search={search} onSearch={setSearch} onChange={setFilters} />
      <ErrorAlert error={loaded.error ?? error} />
      <div className="bulk-bar" data-visible={selectedVisible.length > 0} aria-live="polite">
        {selectedVisible.length > 0 ? (
          <>
            <strong>{formatInteger(selectedVisible.length)} selected</strong>
            <button type="button" className="btn btn-sm" onClick={() => run('accepted')} disabled={busy}>
              <Icon name="check" /> Accept
            </button>
            <button type="button" className="btn btn-sm" onClick={() => run('dismissed')} disabled={busy}>
              <Icon name="x" /> Dismiss…
            </button>
            <button type="button" className="btn btn-sm" onClick={() => run('open')} disabled={busy}>
              <Icon name="refresh" /> Reopen
            </button>
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => setSelected(new Set())}>
              Clear selection
            </button>
          </>
        ) : (
          <span className="muted keys-help">
            <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Space</kbd> select · <kbd>Enter</kbd> open · <kbd>A</kbd> accept · <kbd>D</kbd> dismiss · <kbd>O</kbd> reopen · <kbd>Ctrl</kbd>+<kbd>A</kbd> select all
          </span>
        )}
      </div>
      <div className="card grid-card">
        {loaded.loading ? (
          <p className="muted card-body">Loading findings…</p>
        ) : rows.length === 0 ? (
          <EmptyState icon="search" title={total ? 'No findings match' : 'This run found no promises'} action={total ? <button type="button" className="btn" onClick={() => { setSearch(''); setFilters({ ...filters, verdict: '', category: '', source: '', status: '', q: '' }); }}>Clear filters</button> : null}>
            {total ? 'Try fewer filters or another search.' : 'Check the set-up: is the website address right, and are the documents added?'}
          </EmptyState>
        ) : (
          <ReviewGrid
            rows={rows}
            selected={selected}
            active={active}
            sort={filters.sort}
            dir={filters.dir}
            onActive={setActive}
            onSelect={onSelect}
            onOpen={(row) => {
              window.location.hash = findingHref(row.finding.id);
            }}
            onCommand={onCommand}
            onSort={onSort}
          />
        )}
      </div>
      <DismissDialog
        open={dismissing !== null}
        count={dismissing?.length ?? 0}
        onCancel={() => setDismissing(null)}
        onConfirm={(reason, note) => {
          const ids = dismissing ?? [];
          setDismissing(null);
          void decide(keysOf(ids), { status: 'dismissed', reason, ...(note ? { note } : {}) }).then((ok) => ok && setSelected(new Set()));
        }}
      />
    </div>
  );
}
