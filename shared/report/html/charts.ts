/**
 * The report's charts as inline SVG built from numbers: vectors in the PDF, legible in
 * greyscale (patterns and printed values, not colour alone).
 */
import { formatShare } from '../format.js';
import type { CategoryComparison, Scorecard } from '../model-types.js';
import { bar, type FillKey } from './chart-patterns.js';
import { escapeHtml } from './safe-html.js';

const WIDTH = 640;
const LABEL_W = 168;
const VALUE_W = 150;
const PLOT_X = LABEL_W;
const PLOT_W = WIDTH - LABEL_W - VALUE_W;
const BAR_H = 14;

const text = (x: number, y: number, cls: string, body: string, anchor = 'start'): string =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" class="${cls}" text-anchor="${anchor}">${escapeHtml(body)}</text>`;

const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, dash = ''): string =>
  `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${stroke}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;

function svg(height: number, label: string, body: string): string {
  return `<svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(label)}">${body}</svg>`;
}

/** The scorecard: one bar per verdict, as a share of all promises, with count and share printed. */
export function scorecardChart(card: Scorecard): string {
  const rowH = 26;
  const top = 6;
  const maxShare = Math.max(0.25, ...card.rows.map((r) => r.share));
  const scaleMax = Math.min(1, Math.ceil(maxShare * 4) / 4);
  const x = (share: number): number => PLOT_X + (share / scaleMax) * PLOT_W;
  const height = top + card.rows.length * rowH + 20;
  const parts: string[] = [];
  for (let t = 0; t <= scaleMax + 1e-9; t += 0.25) {
    parts.push(line(x(t), top - 2, x(t), top + card.rows.length * rowH, '#e1e4e8', 0.8));
    parts.push(text(x(t), height - 6, 'axis', formatShare(t), 'middle'));
  }
  card.rows.forEach((row, i) => {
    const y = top + i * rowH + (rowH - BAR_H) / 2;
    parts.push(text(0, y + BAR_H - 3, 'label', row.label));
    parts.push(bar(row.key, PLOT_X, y, x(row.share) - PLOT_X, BAR_H));
    const share = card.total === 0 ? '' : ` (${formatShare(row.share)})`;
    parts.push(text(x(row.share) + 6, y + BAR_H - 3, 'value', `${row.count}${share}`));
  });
  return svg(height, 'Promises by verdict', parts.join(''));
}

/** Share of cases meeting each category's headline promise, with its target drawn as a marker. */
export function attainmentChart(rows: readonly CategoryComparison[]): string | null {
  const shown = rows.filter((r) => r.headline !== null && r.headline.practice.attainment !== null);
  if (shown.length === 0) return null;
  const rowH = 30;
  const top = 14;
  const x = (share: number): number => PLOT_X + Math.min(1, Math.max(0, share)) * PLOT_W;
  const height = top + shown.length * rowH + 20;
  const parts: string[] = [];
  for (let t = 0; t <= 1.0001; t += 0.25) {
    parts.push(line(x(t), top - 4, x(t), top + shown.length * rowH, '#e1e4e8', 0.8));
    parts.push(text(x(t), height - 6, 'axis', formatShare(t), 'middle'));
  }
  shown.forEach((row, i) => {
    const h = row.headline!;
    const p = h.practice;
    const y = top + i * rowH + (rowH - BAR_H) / 2;
    parts.push(text(0, y + 6, 'label', row.label));
    parts.push(text(0, y + 18, 'axis', `promise: ${h.promise}`));
    parts.push(bar(h.verdict as FillKey, PLOT_X, y, x(p.attainment ?? 0) - PLOT_X, BAR_H));
    if (p.target !== null) {
      const tx = x(p.target);
      parts.push(line(tx, y - 4, tx, y + BAR_H + 4, '#111827', 2.2));
      parts.push(`<path d="M${(tx - 3.5).toFixed(1)} ${(y - 8).toFixed(1)} h7 l-3.5 4 z" fill="#111827"/>`);
    }
    const target = p.target === null ? '' : ` · target ${formatShare(p.target)}`;
    parts.push(text(PLOT_X + PLOT_W + 10, y + BAR_H - 3, 'value', `${formatShare(p.attainment ?? 0)}${target}`));
  });
  return svg(height, 'Share of cases meeting each promise, against its target', parts.join(''));
}

/** Practice time relative to the promised time: typical (median) and slow (90th percentile), promise at 1×. */
export function timeChart(rows: readonly CategoryComparison[]): string | null {
  const shown = rows.filter((r) => r.headline !== null && r.headline.ratioP50 !== null);
  if (shown.length === 0) return null;
  const rowH = 30;
  const top = 18;
  const largest = Math.max(...shown.map((r) => r.headline!.ratioP90 ?? r.headline!.ratioP50 ?? 0));
  const cap = Math.min(6, Math.max(2, Math.ceil(largest)));
  const x = (ratio: number): number => PLOT_X + (Math.min(cap, Math.max(0, ratio)) / cap) * PLOT_W;
  const height = top + shown.length * rowH + 20;
  const parts: string[] = [];
  for (let t = 0; t <= cap; t += 1) {
    parts.push(line(x(t), top - 4, x(t), top + shown.length * rowH, '#e1e4e8', 0.8));
    parts.push(text(x(t), height - 6, 'axis', t === 0 ? '0' : `${t}×`, 'middle'));
  }
  shown.forEach((row, i) => {
    const h = row.headline!;
    const y = top + i * rowH + (rowH - BAR_H) / 2;
    const p50 = h.ratioP50 ?? 0;
    const p90 = h.ratioP90;
    parts.push(text(0, y + 6, 'label', row.label));
    parts.push(text(0, y + 18, 'axis', `promise: ${h.promise}`));
    if (p90 !== null && p90 > p50) parts.push(bar('slow', x(p50), y, x(p90) - x(p50), BAR_H));
    parts.push(bar('typical', PLOT_X, y, x(p50) - PLOT_X, BAR_H));
    if ((p90 ?? p50) > cap) parts.push(text(x(cap) + 2, y + BAR_H - 3, 'value', '»'));
    parts.push(text(PLOT_X + PLOT_W + 10, y + 6, 'value', `typical ${h.practice.typical ?? ''}`));
    if (h.practice.worst90 !== null) parts.push(text(PLOT_X + PLOT_W + 10, y + 18, 'axis', `1 in 10 over ${h.practice.worst90}`));
  });
  const px = x(1);
  parts.push(line(px, top - 8, px, top + shown.length * rowH + 2, '#1f3b57', 1.6, '4 3'));
  parts.push(text(px, top - 10, 'axis', 'promise', 'middle'));
  return svg(height, 'Practice time relative to the promised time', parts.join(''));
}
