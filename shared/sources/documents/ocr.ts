/**
 * Reads a flyer photographed or exported as an image (PNG, JPEG) through OCR, fully offline.
 * The header is checked before anything is decoded, so an image built to need gigabytes of
 * pixels is refused up front; recognised lines go through the same layout rebuilding as PDF
 * text (paragraphs, bullets, headings by size).
 */
import type { ReadDocument, SourceKind } from '../../domain/types.js';
import { displayName } from './document-error.js';
import { toReadDocument } from './document-result.js';
import { checkImageSize, readImageHeader } from './image-header.js';
import { IMAGE_LIMITS, type ImageLimits } from './limits.js';
import { linesToBlocks, type VisualLine } from './line-blocks.js';
import { type OcrLine, recognizeLines } from './ocr-engine.js';

/** Caps for one read; anything left out takes IMAGE_LIMITS' value. */
export interface ImageReadOptions {
  readonly limits?: Partial<ImageLimits>;
}

// Lines tesseract is this unsure of are mostly noise (specks, photos, decorations).
const MIN_LINE_CONFIDENCE = 40;

/** Reads a PNG or JPEG through OCR; `uri` names it in passages and errors. Throws DocumentReadError on bad input. */
export async function readImage(
  bytes: Uint8Array,
  uri: string,
  kind: SourceKind = 'flyer',
  options: ImageReadOptions = {},
): Promise<ReadDocument> {
  const name = displayName(uri);
  const limits = { ...IMAGE_LIMITS, ...options.limits };
  checkImageSize(readImageHeader(bytes, name), name, limits);
  const recognised = await recognizeLines(bytes, name, limits.timeoutMs);
  const kept = recognised.filter((l) => l.text !== '' && l.confidence >= MIN_LINE_CONFIDENCE);
  const blocks = linesToBlocks(kept.map(toVisualLine), { ocr: true });
  return toReadDocument({ uri, kind, format: 'image', pageCount: null }, blocks, ocrWarnings(recognised, kept));
}

function toVisualLine(line: OcrLine, index: number): VisualLine {
  return { text: line.text, page: null, line: index + 1, left: line.x0, right: line.x1, y: line.y1, size: line.height };
}

function ocrWarnings(all: readonly OcrLine[], kept: readonly OcrLine[]): string[] {
  if (kept.length === 0) return [];
  const mean = kept.reduce((sum, l) => sum + l.confidence, 0) / kept.length;
  const warnings = [`text read by OCR (mean confidence ${Math.round(mean)}%): check wording against the image`];
  const dropped = all.filter((l) => l.text !== '').length - kept.length;
  if (dropped > 0) warnings.push(`${dropped} line(s) of OCR text were too uncertain to keep`);
  return warnings;
}
