/**
 * Fills that stay distinct in greyscale: each verdict gets a pattern of its own as well as a
 * colour, and every bar carries a printed label, so no reading depends on colour alone.
 */
import type { ScorecardKey } from '../model-types.js';

export type FillKey = ScorecardKey | 'typical' | 'slow';

interface FillSpec {
  readonly kind: 'solid' | 'hatch' | 'dots' | 'lines' | 'none';
  readonly colour: string;
  readonly background: string;
}

const FILLS: Readonly<Record<FillKey, FillSpec>> = {
  'over-promised': { kind: 'solid', colour: '#8a2a2a', background: '#8a2a2a' },
  'at-risk': { kind: 'hatch', colour: '#a8692a', background: '#f5e9da' },
  kept: { kind: 'solid', colour: '#9dbcaa', background: '#9dbcaa' },
  unsubstantiated: { kind: 'dots', colour: '#5d6675', background: '#ffffff' },
  unmeasurable: { kind: 'lines', colour: '#8a919c', background: '#ffffff' },
  'not-assessed': { kind: 'none', colour: '#ffffff', background: '#ffffff' },
  typical: { kind: 'solid', colour: '#4a5566', background: '#4a5566' },
  slow: { kind: 'hatch', colour: '#4a5566', background: '#e3e6ea' },
};

/** Outline drawn round every bar so light fills keep their edge on paper. */
export const BAR_STROKE = '#3d4654';

/** `<defs>` with one pattern per fill, ids prefixed so several charts can share a document. */
export function patternDefs(prefix: string): string {
  const defs = (Object.entries(FILLS) as [FillKey, FillSpec][])
    .map(([key, f]) => {
      const id = `${prefix}-${key}`;
      const bg = `<rect width="8" height="8" fill="${f.background}"/>`;
      switch (f.kind) {
        case 'hatch':
          return `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">${bg}<rect width="2.4" height="6" fill="${f.colour}"/></pattern>`;
        case 'dots':
          return `<pattern id="${id}" width="5" height="5" patternUnits="userSpaceOnUse">${bg}<circle cx="2.5" cy="2.5" r="1.1" fill="${f.colour}"/></pattern>`;
        case 'lines':
          return `<pattern id="${id}" width="6" height="4" patternUnits="userSpaceOnUse">${bg}<rect y="1.5" width="6" height="1" fill="${f.colour}"/></pattern>`;
        default:
          return '';
      }
    })
    .join('');
  return `<defs>${defs}</defs>`;
}

/** The `fill` attribute value for a key. */
export function fillOf(prefix: string, key: FillKey): string {
  const f = FILLS[key];
  return f.kind === 'solid' || f.kind === 'none' ? f.colour : `url(#${prefix}-${key})`;
}

/** A small legend swatch as a standalone SVG. */
export function swatch(prefix: string, key: FillKey): string {
  return `<svg viewBox="0 0 28 10" aria-hidden="true">${patternDefs(`${prefix}-sw-${key}`)}<rect x="0.5" y="0.5" width="27" height="9" fill="${fillOf(`${prefix}-sw-${key}`, key)}" stroke="${BAR_STROKE}" stroke-width="0.6"/></svg>`;
}
