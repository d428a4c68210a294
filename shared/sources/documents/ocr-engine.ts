/**
 * The OCR engine: tesseract.js with the English model shipped in @tesseract.js-data/eng,
 * loaded from node_modules and never cached to disk or fetched (the model path is a local
 * directory, caching is off). One engine is kept while images keep coming and stopped soon
 * after the last, since it runs in a thread that would otherwise keep the process alive.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createWorker, OEM, PSM, type Worker as TesseractWorker } from 'tesseract.js';
import { DocumentReadError } from './document-error.js';

/** One line of recognised text with its box, in image pixels. */
export interface OcrLine {
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  /** Height of the line's box: ascender to descender, a steadier size cue than tesseract's row height. */
  readonly height: number;
  /** 0-100. */
  readonly confidence: number;
}

// Long enough to carry a folder of images over, short enough not to hold up a CLI's exit.
const GRACE_MS = 1_000;

let engine: Promise<TesseractWorker> | null = null;
let queue: Promise<unknown> = Promise.resolve();
let pending = 0;
let graceTimer: NodeJS.Timeout | null = null;

/** The directory holding eng.traineddata.gz (the LSTM "best_int" model tesseract.js uses by default). */
export function englishModelDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

/** Recognises the text lines of an image; throws DocumentReadError naming `name` on failure or timeout. */
export function recognizeLines(image: Uint8Array, name: string, timeoutMs: number): Promise<OcrLine[]> {
  pending++;
  if (graceTimer) clearTimeout(graceTimer);
  const job = queue.then(() => recognize(image, name, timeoutMs));
  queue = job.catch(() => undefined);
  return job.finally(() => {
    pending--;
    if (pending === 0) graceTimer = setTimeout(() => void closeOcrEngine(), GRACE_MS);
  });
}

/** Stops the OCR engine now; the next image starts a new one. */
export async function closeOcrEngine(): Promise<void> {
  if (graceTimer) clearTimeout(graceTimer);
  const current = engine;
  engine = null;
  if (current) await current.then((w) => w.terminate()).catch(() => undefined);
}

function startEngine(): Promise<TesseractWorker> {
  return createWorker('eng', OEM.LSTM_ONLY, {
    langPath: englishModelDir(),
    cacheMethod: 'none',
    gzip: true,
    // Without a handler tesseract.js rethrows a failed job (an unreadable image) where nobody
    // can catch it, taking the process down; the job's own promise is rejected either way.
    errorHandler: () => undefined,
  }).then(async (worker) => {
    // AUTO finds the columns and blocks of a flyer; tesseract's own chatter goes nowhere,
    // never to stdout, which carries the CLI's JSON.
    await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, debug_file: '/dev/null' });
    return worker;
  });
}

async function recognize(image: Uint8Array, name: string, timeoutMs: number): Promise<OcrLine[]> {
  engine ??= startEngine();
  const current = engine;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DocumentReadError(name, 'timeout', `OCR did not finish within ${timeoutMs} ms; gave up`)), timeoutMs);
  });
  let started = false;
  try {
    const worker = await Promise.race([current, timeout]);
    started = true;
    const result = await Promise.race([worker.recognize(Buffer.from(image), {}, { blocks: true, text: false }), timeout]);
    return collectLines(result.data.blocks ?? []);
  } catch (error) {
    // The engine may be stuck or broken: start afresh next time.
    if (engine === current) await closeOcrEngine();
    if (error instanceof DocumentReadError) throw error;
    const detail = (error instanceof Error ? error.message : String(error)).replace(/^(?:Error:\s*)+/, '');
    if (!started) throw new Error(`${name}: the OCR engine could not start: ${detail}`, { cause: error });
    throw new DocumentReadError(name, 'corrupt', `is not a readable image (${detail})`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

interface TesseractBlock {
  readonly paragraphs: readonly {
    readonly lines: readonly {
      readonly text: string;
      readonly confidence: number;
      readonly bbox: { x0: number; y0: number; x1: number; y1: number };
    }[];
  }[];
}

function collectLines(blocks: readonly TesseractBlock[]): OcrLine[] {
  const lines: OcrLine[] = [];
  for (const block of blocks) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const { x0, y0, x1, y1 } = line.bbox;
        lines.push({ text: line.text.trim(), x0, y0, x1, y1, height: Math.max(1, y1 - y0), confidence: line.confidence });
      }
    }
  }
  return lines;
}
