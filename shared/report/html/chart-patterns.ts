/**
 * Bar fills that stay distinct in greyscale: each verdict gets a texture of its own as well
 * as a colour, and every bar carries a printed label, so no reading depends on colour alone.
 * Textures are drawn as plain paths rather than SVG <pattern>s, which Chromium's PDF backend
 * prints slowly and bulkily.
 */
import type { ScorecardKey } from '../model-types.js';

/** What a bar stands for: a verdict, or a typical/slow share of practice times. */
export type FillKey = ScorecardKey | 'typical' | 'slow';

interface FillSpec {
  readonly texture: 'none' | 'hatch' | 'dots' | 'lines';
  /** Colour of the texture marks. */
  readonly ink: string;
  readonly background: string;
}

const FILLS: Readonly<Record<FillKey, FillSpec>> = {
  'over-promised': { texture: 'none', ink: '', background: '#8a2a2a' },
  'at-risk': { texture: 'hatch', ink: '#a8692a', background: '#f5e9da' },
  kept: { texture: 'none', ink: '', background: '#9dbcaa' },
  unsubstantiated: { texture: 'dots', ink: '#5d6675', background: '#ffffff' },
  unmeasurable: { texture: 'lines', ink: '#8a919c', background: '#ffffff' },
  'not-assessed': { texture: 'none', ink: '', background: '#ffffff' },
  typical: { texture: 'none', ink: '', background: '#4a5566' },
  slow: { texture: 'hatch', ink: '#4a5566', background: '#e3e6ea' },
};

/** Outline drawn round every bar so light fills keep their edge on paper. */
export const BAR_STROKE = '#3d4654';

const f1 = (n: number): string => n.toFixed(1);

/** Diagonal strokes (bottom-left to top-right) clipped to the box, as one path. */
function hatch(x: number, y: number, w: number, h: number, gap: number): string {
  let d = '';
  for (let c = -h + gap / 2; c < w; c += gap) {
    const s0 = Math.max(0, -c);
    const s1 = Math.min(h, w - c);
    if (s1 <= s0) continue;
    d += `M${f1(x + c + s0)} ${f1(y + h - s0)}L${f1(x + c + s1)} ${f1(y + h - s1)}`;
  }
  return d;
}

function dots(x: number, y: number, w: number, h: number, gap: number): string {
  let d = '';
  for (let cy = y + gap / 2; cy < y + h; cy += gap) {
    for (let cx = x + gap / 2; cx < x + w; cx += gap) d += `M${f1(cx - 0.6)} ${f1(cy - 0.6)}h1.2v1.2h-1.2z`;
  }
  return d;
}

function lines(x: number, y: number, w: number, h: number, gap: number): string {
  let d = '';
  for (let ly = y + gap / 2; ly < y + h; ly += gap) d += `M${f1(x)} ${f1(ly)}h${f1(w)}`;
  return d;
}

/** A bar: background, texture and outline. Width may be zero (outline only). */
export function bar(key: FillKey, x: number, y: number, w: number, h: number): string {
  const f = FILLS[key];
  const width = Math.max(0, w);
  let out = `<rect x="${f1(x)}" y="${f1(y)}" width="${f1(width)}" height="${f1(h)}" fill="${f.background}"/>`;
  if (width > 0.5) {
    if (f.texture === 'hatch') out += `<path d="${hatch(x, y, width, h, 4.5)}" stroke="${f.ink}" stroke-width="1.5" fill="none"/>`;
    if (f.texture === 'dots') out += `<path d="${dots(x, y, width, h, 3.5)}" fill="${f.ink}"/>`;
    if (f.texture === 'lines') out += `<path d="${lines(x, y, width, h, 3)}" stroke="${f.ink}" stroke-width="0.8" fill="none"/>`;
  }
  return `${out}<rect x="${f1(x)}" y="${f1(y)}" width="${f1(width)}" height="${f1(h)}" fill="none" stroke="${BAR_STROKE}" stroke-width="0.7"/>`;
}

/** A small legend swatch as a standalone SVG. */
export function swatch(key: FillKey): string {
  return `<svg viewBox="0 0 28 10" aria-hidden="true">${bar(key, 0.5, 0.5, 27, 9)}</svg>`;
}
