/**
 * The practice values as a histogram with the promised threshold drawn on it. Plain SVG: the
 * threshold needs exact placement on a numeric axis, which a category bar chart cannot give.
 */
import type { FindingDetail } from '../../../../shared/contract/types.js';
import { formatNumber, formatInteger } from '../../lib/format.js';
import { formatQuantity } from '../../lib/labels.js';

type Distribution = NonNullable<FindingDetail['distribution']>;

const W = 640;
const H = 220;
const PAD = { top: 24, right: 16, bottom: 36, left: 44 };

export function DistributionChart({ distribution }: { distribution: Distribution }) {
  const bins = distribution.bins.filter((b) => Number.isFinite(b.from) && Number.isFinite(b.to));
  if (bins.length === 0) return <p className="muted">No practice values to show.</p>;
  const lo = Math.min(...bins.map((b) => b.from), distribution.threshold ?? Infinity);
  const hi = Math.max(...bins.map((b) => b.to), distribution.threshold ?? -Infinity);
  const maxCount = Math.max(1, ...bins.map((b) => b.count));
  const total = bins.reduce((n, b) => n + b.count, 0);
  const span = hi - lo || 1;
  const x = (v: number) => PAD.left + ((v - lo) / span) * (W - PAD.left - PAD.right);
  const y = (c: number) => H - PAD.bottom - (c / maxCount) * (H - PAD.top - PAD.bottom);
  const t = distribution.threshold;
  const within = t === null ? null : bins.filter((b) => b.to <= t).reduce((n, b) => n + b.count, 0);
  const ticks = niceTicks(lo, hi, 6);
  const yTicks = niceTicks(0, maxCount, 4).filter((v) => Number.isInteger(v));

  return (
    <figure className="chart distribution">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={describe(distribution, total, within)} preserveAspectRatio="xMidYMid meet">
        {yTicks.map((v) => (
          <g key={`y${v}`}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="chart-gridline" />
            <text x={PAD.left - 8} y={y(v) + 4} textAnchor="end" className="chart-tick">
              {formatInteger(v)}
            </text>
          </g>
        ))}
        {bins.map((b, i) => {
          const left = x(b.from) + 1;
          const width = Math.max(1, x(b.to) - x(b.from) - 2);
          const over = t !== null && b.from >= t;
          return <rect key={i} x={left} y={y(b.count)} width={width} height={H - PAD.bottom - y(b.count)} rx={2} className={over ? 'bar-over' : 'bar-within'} />;
        })}
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} className="chart-axis" />
        {ticks.map((v) => (
          <text key={`x${v}`} x={x(v)} y={H - PAD.bottom + 18} textAnchor="middle" className="chart-tick">
            {formatNumber(v)}
          </text>
        ))}
        {t !== null ? (
          <g className="threshold">
            <line x1={x(t)} x2={x(t)} y1={PAD.top - 6} y2={H - PAD.bottom} />
            <text x={Math.min(x(t) + 6, W - PAD.right - 120)} y={PAD.top - 10}>
              Promised: {formatQuantity(t, distribution.unit)}
            </text>
          </g>
        ) : null}
      </svg>
      <figcaption className="chart-legend">
        <span>
          <span className="legend-swatch bar-within" aria-hidden="true" /> Within the promise
        </span>
        <span>
          <span className="legend-swatch bar-over" aria-hidden="true" /> Beyond it
        </span>
        <span className="muted">
          {formatInteger(total)} records, in {distribution.unit}
        </span>
      </figcaption>
    </figure>
  );
}

function describe(d: Distribution, total: number, within: number | null): string {
  const base = `Histogram of ${total} practice records in ${d.unit}.`;
  if (d.threshold === null || within === null) return base;
  return `${base} ${within} of ${total} are within the promised ${formatQuantity(d.threshold, d.unit)}.`;
}

/** Round tick values across [lo, hi]. */
function niceTicks(lo: number, hi: number, count: number): number[] {
  const span = hi - lo;
  if (!(span > 0)) return [lo];
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => span / s <= count) ?? 10 * mag;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9 && out.length < 50; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}
