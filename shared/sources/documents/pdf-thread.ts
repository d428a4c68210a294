/**
 * Runs pdf.js in a worker thread (pdf-text-worker.mjs) and collects each page's positioned
 * text runs. One thread is kept and reused, since starting pdf.js costs a few hundred
 * milliseconds; it is killed and replaced whenever a PDF overruns its time or memory budget,
 * so a hostile file can cost at most its budget and never the process.
 */
import { Worker } from 'node:worker_threads';
import { DocumentReadError } from './document-error.js';
import type { PdfLimits } from './limits.js';

/** One run of text as pdf.js placed it, in viewport units with y growing downwards. */
export interface PdfTextRun {
  readonly s: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly size: number;
}

/** The text runs of one page. */
export interface PdfPageText {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfTextRun[];
}

/** What the thread read from one PDF. */
export interface PdfText {
  readonly numPages: number;
  readonly title: string;
  readonly pages: readonly PdfPageText[];
  readonly warnings: readonly string[];
}

const MAX_ITEMS_PER_PAGE = 50_000;
const IDLE_MS = 30_000;
const WORKER_URL = new URL('./pdf-text-worker.mjs', import.meta.url);

type WorkerMessage =
  | { type: 'ready' }
  | { id: number; type: 'meta'; numPages: number; title: string }
  | ({ id: number; type: 'page'; truncated: boolean } & PdfPageText)
  | { id: number; type: 'page-error'; page: number; message: string }
  | { id: number; type: 'done' }
  | { id: number; type: 'error'; name: string; message: string };

interface Thread {
  readonly worker: Worker;
  readonly ready: Promise<void>;
  readonly heapMb: number;
}

let thread: Thread | null = null;
let queue: Promise<unknown> = Promise.resolve();
let idleTimer: NodeJS.Timeout | null = null;
let nextJobId = 1;

/**
 * Reads the text runs of `bytes` within `limits`. Jobs run one at a time on the shared thread.
 * Throws DocumentReadError naming `name` when the PDF is unreadable or nothing was read in time.
 */
export function extractPdfText(bytes: Uint8Array, name: string, limits: PdfLimits): Promise<PdfText> {
  const job = queue.then(() => runJob(bytes, name, limits));
  queue = job.catch(() => undefined);
  return job;
}

/** Stops the PDF thread now (it is restarted on the next read). */
export async function closePdfThread(): Promise<void> {
  const t = thread;
  thread = null;
  if (idleTimer) clearTimeout(idleTimer);
  if (t) await t.worker.terminate();
}

function startThread(heapMb: number): Thread {
  const worker = new Worker(WORKER_URL, {
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
    // pdf.js may print warnings; they must never reach stdout, which carries the CLI's JSON.
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  const ready = new Promise<void>((resolve, reject) => {
    const onMessage = (m: WorkerMessage): void => {
      if (m.type === 'ready') {
        worker.off('error', reject);
        resolve();
      }
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`PDF thread exited with code ${code} while starting`)));
  });
  const started: Thread = { worker, ready, heapMb };
  const forget = (): void => {
    if (thread === started) thread = null;
  };
  // Always listened to: an 'error' nobody listens to would be thrown in the main thread.
  worker.on('error', forget);
  worker.once('exit', forget);
  return started;
}

async function runJob(bytes: Uint8Array, name: string, limits: PdfLimits): Promise<PdfText> {
  if (idleTimer) clearTimeout(idleTimer);
  if (thread && thread.heapMb !== limits.maxHeapMb) await closePdfThread();
  const current = thread ?? startThread(limits.maxHeapMb);
  thread = current;
  current.worker.ref();
  try {
    await current.ready.catch((error: unknown) => {
      throw new Error(`${name}: the PDF reader could not start: ${String(error)}`, { cause: error });
    });
    return await collect(current, bytes, name, limits);
  } finally {
    if (thread === current) {
      current.worker.unref();
      idleTimer = setTimeout(() => void closePdfThread(), IDLE_MS);
      idleTimer.unref();
    }
  }
}

function collect(current: Thread, bytes: Uint8Array, name: string, limits: PdfLimits): Promise<PdfText> {
  const id = nextJobId++;
  const { worker } = current;
  const pages: PdfPageText[] = [];
  const warnings: string[] = [];
  let numPages = 0;
  let title = '';

  return new Promise<PdfText>((resolve, reject) => {
    const finish = (outcome: () => void): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      outcome();
    };
    const result = (): PdfText => ({ numPages, title, pages, warnings });
    const kill = (): void => {
      if (thread === current) thread = null;
      void worker.terminate();
    };

    const onMessage = (m: WorkerMessage): void => {
      if (m.type === 'ready' || m.id !== id) return;
      if (m.type === 'meta') {
        numPages = m.numPages;
        title = m.title;
        if (numPages > limits.maxPages) warnings.push(`read the first ${limits.maxPages} of ${numPages} pages (page cap)`);
      } else if (m.type === 'page') {
        pages.push({ page: m.page, width: m.width, height: m.height, items: m.items });
        if (m.truncated) warnings.push(`page ${m.page}: kept the first ${MAX_ITEMS_PER_PAGE} text runs`);
      } else if (m.type === 'page-error') {
        warnings.push(`page ${m.page} could not be read: ${m.message}`);
      } else if (m.type === 'done') {
        finish(() => resolve(result()));
      } else {
        finish(() => reject(pdfError(name, m.name, m.message)));
      }
    };
    const onError = (error: Error & { code?: string }): void => {
      finish(() => {
        kill();
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new DocumentReadError(name, 'too-large', `needs more than ${limits.maxHeapMb} MB of memory to parse; refused`)
            : new DocumentReadError(name, 'corrupt', `the PDF parser failed: ${error.message}`, { cause: error }),
        );
      });
    };
    const onExit = (code: number): void => {
      finish(() => reject(new DocumentReadError(name, 'corrupt', `the PDF parser stopped unexpectedly (exit code ${code})`)));
    };
    const timer = setTimeout(() => {
      finish(() => {
        kill();
        if (pages.length === 0) {
          reject(new DocumentReadError(name, 'timeout', `no text was read within ${limits.timeoutMs} ms; gave up`));
          return;
        }
        warnings.push(`stopped after ${pages.length} of ${numPages} pages: the ${limits.timeoutMs} ms time limit was reached`);
        resolve(result());
      });
    }, limits.timeoutMs);

    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    // A copy is transferred so the caller's buffer stays usable.
    const copy = bytes.slice();
    worker.postMessage({ id, bytes: copy.buffer, maxPages: limits.maxPages, maxItemsPerPage: MAX_ITEMS_PER_PAGE }, [copy.buffer]);
  });
}

function pdfError(name: string, errorName: string, message: string): DocumentReadError {
  if (errorName === 'PasswordException') {
    return new DocumentReadError(name, 'encrypted', 'is password-protected; save a copy without the password and try again');
  }
  if (errorName === 'InvalidPDFException') {
    return new DocumentReadError(name, 'corrupt', `is not a readable PDF (${message.replace(/\.$/, '')})`);
  }
  return new DocumentReadError(name, 'corrupt', `could not be read as a PDF: ${message}`);
}
