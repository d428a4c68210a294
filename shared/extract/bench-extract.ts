/**
 * Extraction speed on a body of page text, next to compromise's own sentence parsing of the
 * same text (`nlp(text).sentences()`), for `npm run bench`. Text is read as paragraphs (blank
 * lines) and lines, segmented and extracted exactly as pages are.
 */
import nlp from 'compromise';
import type { SourcedPassage } from '../domain/types.js';
import type { Block } from '../sources/documents/blocks.js';
import { blocksToPassages } from '../sources/documents/segment.js';
import { extractClaims } from './extract.js';

/** Megabytes of text per second: ours end to end, and plain compromise sentence parsing. */
export interface ExtractionSpeed {
  readonly ourMBps: number;
  readonly plainCompromiseMBps: number;
  /** Claims found, so a run that found nothing is noticed. */
  readonly claims: number;
  readonly bytes: number;
}

/**
 * Measures segmentation + extraction and plain compromise on `text` (UTF-8 bytes per second, in
 * MB), each the fastest of `runs` runs so that other work on a shared machine does not decide it.
 */
export function measureExtraction(text: string, runs = 3): ExtractionSpeed {
  const bytes = Buffer.byteLength(text, 'utf8');
  warmUp(text);
  let claims = 0;
  const ours = fastest(runs, () => {
    claims = extractClaims(toPassages(text)).length;
  });
  const plain = fastest(runs, () => nlp(text).sentences());
  return { ourMBps: bytes / 1e6 / ours, plainCompromiseMBps: bytes / 1e6 / plain, claims, bytes };
}

// The shortest time, in seconds, of `runs` runs of `work`.
function fastest(runs: number, work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < Math.max(1, runs); i++) {
    const started = performance.now();
    work();
    best = Math.min(best, elapsedSeconds(started));
  }
  return best;
}

// Each non-empty line is a block: a line starting with a bullet is a list item, else a paragraph.
function toPassages(text: string): SourcedPassage[] {
  const blocks: Block[] = [];
  let line = 0;
  for (const raw of text.split('\n')) {
    line++;
    const t = raw.trim();
    if (!t) continue;
    const bullet = /^[-*•]\s+/.exec(t);
    blocks.push({
      kind: bullet ? 'list-item' : 'paragraph',
      text: bullet ? t.slice(bullet[0].length) : t,
      location: { page: null, path: null, line },
    });
  }
  return blocksToPassages(blocks).map((p) => ({ ...p, uri: 'bench:text', kind: 'page' }));
}

// Loads compromise's lexicon and lets the JIT compile both paths on a slice of the text, so the
// timings compare steady-state speed rather than start-up.
function warmUp(text: string): void {
  const slice = text.slice(0, 20_000);
  extractClaims(toPassages(slice));
  nlp(slice.slice(0, 5_000)).sentences();
}

function elapsedSeconds(started: number): number {
  return Math.max(1e-6, (performance.now() - started) / 1000);
}
