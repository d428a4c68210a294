/** Search, filters and sort for the review grid. */
import { CLAIM_CATEGORIES, REVIEW_STATUSES, SOURCE_KINDS, VERDICTS } from '../../../../shared/domain/types.js';
import { Icon } from '../../components/Icon.js';
import { CATEGORY_LABELS, REVIEW_LABELS, SOURCE_KIND_LABELS, VERDICT_LABELS } from '../../lib/labels.js';
import { DEFAULT_FILTERS, hasFilters, SORT_KEYS, type GridFilters, type SortKey } from './grid-model.js';

const SORT_LABELS: Record<SortKey, string> = {
  severity: 'Severity',
  verdict: 'Verdict',
  claim: 'Promise',
  category: 'Category',
  source: 'Source',
  exposure: 'Times seen',
  attainment: 'Share met',
  review: 'Review status',
};

export function GridToolbar({ filters, search, onSearch, onChange }: { filters: GridFilters; search: string; onSearch: (q: string) => void; onChange: (f: GridFilters) => void }) {
  const set = <K extends keyof GridFilters>(key: K, value: GridFilters[K]) => onChange({ ...filters, [key]: value });
  return (
    <div className="toolbar" role="search" aria-label="Filter findings">
      <div className="search">
        <Icon name="search" />
        <label htmlFor="grid-search" className="sr-only">
          Search promises
        </label>
        <input id="grid-search" className="input input-sm" type="search" placeholder="Search promises and sources" value={search} onChange={(e) => onSearch(e.currentTarget.value)} />
      </div>
      <FilterSelect label="Verdict" value={filters.verdict} options={VERDICTS.map((v) => [v, VERDICT_LABELS[v]])} onChange={(v) => set('verdict', v as GridFilters['verdict'])} />
      <FilterSelect label="Category" value={filters.category} options={CLAIM_CATEGORIES.map((c) => [c, CATEGORY_LABELS[c]])} onChange={(v) => set('category', v as GridFilters['category'])} />
      <FilterSelect label="Source" value={filters.source} options={SOURCE_KINDS.map((s) => [s, SOURCE_KIND_LABELS[s]])} onChange={(v) => set('source', v as GridFilters['source'])} />
      <FilterSelect label="Review" value={filters.status} options={REVIEW_STATUSES.map((s) => [s, REVIEW_LABELS[s]])} onChange={(v) => set('status', v as GridFilters['status'])} />
      <div className="filter">
        <label htmlFor="grid-sort" className="filter-label">
          Sort
        </label>
        <select id="grid-sort" className="select select-sm" value={`${filters.sort}:${filters.dir}`} onChange={(e) => {
          const [sort, dir] = e.currentTarget.value.split(':') as [SortKey, 'asc' | 'desc'];
          onChange({ ...filters, sort, dir });
        }}>
          {SORT_KEYS.flatMap((k) => [
            <option key={`${k}:desc`} value={`${k}:desc`}>
              {SORT_LABELS[k]} {k === 'claim' || k === 'category' || k === 'source' ? 'Z–A' : '↓'}
            </option>,
            <option key={`${k}:asc`} value={`${k}:asc`}>
              {SORT_LABELS[k]} {k === 'claim' || k === 'category' || k === 'source' ? 'A–Z' : '↑'}
            </option>,
          ])}
        </select>
      </div>
      {hasFilters(filters) ? (
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => { onSearch(''); onChange({ ...DEFAULT_FILTERS, sort: filters.sort, dir: filters.dir }); }}>
          <Icon name="x" /> Clear filters
        </button>
      ) : null}
    </div>
  );
}

function FilterSelect({ label, value, options, onChange }: { label: string; value: string; options: readonly (readonly [string, string])[]; onChange: (v: string) => void }) {
  const id = `filter-${label.toLowerCase()}`;
  return (
    <div className="filter">
      <label htmlFor={id} className="filter-label">
        {label}
      </label>
      <select id={id} className="select select-sm" value={value} onChange={(e) => onChange(e.currentTarget.value)} data-active={value !== ''}>
        <option value="">All</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
