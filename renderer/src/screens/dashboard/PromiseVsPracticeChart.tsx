/** Per category: the share of cases promised against the share that happened (recharts). */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CATEGORY_LABELS } from '../../lib/labels.js';
import { formatShare } from '../../lib/format.js';
import type { CategoryPoint } from './summarise.js';

export function PromiseVsPracticeChart({ points }: { points: readonly CategoryPoint[] }) {
  const data = points.map((p) => ({ name: CATEGORY_LABELS[p.category], promised: Math.round(p.promised * 1000) / 10, practice: Math.round(p.practice * 1000) / 10 }));
  const height = Math.max(160, 56 + data.length * 46);
  return (
    <figure className="chart" aria-labelledby="pvp-caption">
      <figcaption id="pvp-caption" className="sr-only">
        Share of cases promised and share that met the promise in practice, by category.
      </figcaption>
      <div aria-hidden="true" className="chart-canvas">
        <ResponsiveContainer width="100%" height={height}>
          <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} barGap={2} barCategoryGap="24%">
            <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
            <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} stroke="var(--chart-axis)" tick={{ fill: 'var(--chart-axis)', fontSize: 12 }} />
            <YAxis type="category" dataKey="name" width={150} stroke="var(--chart-axis)" tick={{ fill: 'var(--text-2)', fontSize: 12 }} tickLine={false} axisLine={false} />
            <Tooltip
              cursor={{ fill: 'var(--surface-2)' }}
              contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 8, color: 'var(--text)' }}
              formatter={(v) => `${String(v)}%`}
            />
            <Legend wrapperStyle={{ fontSize: 12, color: 'var(--text-2)' }} />
            <Bar dataKey="promised" name="Promised" fill="var(--chart-promise)" radius={[0, 3, 3, 0]} isAnimationActive={false} />
            <Bar dataKey="practice" name="In practice" fill="var(--chart-practice)" radius={[0, 3, 3, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      {/* Tables ignore overflow, so the hiding wrapper is a div. */}
      <div className="sr-only">
      <table>
        <caption>Promise against practice by category</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Promised</th>
            <th scope="col">In practice</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.category}>
              <th scope="row">{CATEGORY_LABELS[p.category]}</th>
              <td>{formatShare(p.promised)}</td>
              <td>{formatShare(p.practice)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
