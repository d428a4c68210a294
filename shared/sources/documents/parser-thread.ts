/**
 * Runs untrusted-document parsers (pdf.js, mammoth) in a worker thread (parser-worker.mjs).
 * One thread is kept and reused, since loading the parsers costs a few hundred milliseconds;
 * it is killed and replaced whenever a file overruns its time or memory budget, so a hostile
 * file can cost at most its budget and never the process. Jobs run one at a time.
 */
import { Worker } from 'node:worker_threads';
import { DocumentReadError } from './document-error.js';

/** A job's budget. */
export interface ThreadBudget {
  /** Wall-clock time for the job, from when the thread starts on it. */
  readonly timeoutMs: number;
  /** Heap of the thread; a file that needs more is refused. */
  readonly maxHeapMb: number;
}

/** A message the thread sends about a job. */
export interface JobMessage {
  readonly id: number;
  readonly type: string;
  readonly [key: string]: unknown;
}

/** Gathers a job's messages into its result. */
export interface JobCollector<T> {
  /** Takes one message; returns the result when the job is complete, else undefined. */
  onMessage(message: JobMessage): T | undefined;
  /** What to keep when the time runs out, or null when nothing useful was read. */
  partial(): T | null;
}

const IDLE_MS = 30_000;
const WORKER_URL = new URL('./parser-worker.mjs', import.meta.url);

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
 * Posts `job` (its `bytes` are copied and transferred) and resolves with what `collector` makes
 * of the replies. Throws DocumentReadError naming `name` on a parser error, on running out of
 * memory, and on a timeout with nothing to keep.
 */
export function runParserJob<T>(
  job: { readonly kind: 'pdf' | 'docx'; readonly bytes: Uint8Array; readonly [option: string]: unknown },
  name: string,
  budget: ThreadBudget,
  collector: JobCollector<T>,
): Promise<T> {
  const run = queue.then(() => runJob(job, name, budget, collector));
  queue = run.catch(() => undefined);
  return run;
}

/** Stops the parser thread now; the next job starts a new one. */
export async function closeParserThread(): Promise<void> {
  const t = thread;
  thread = null;
  if (idleTimer) clearTimeout(idleTimer);
  if (t) await t.worker.terminate();
}

function startThread(heapMb: number): Thread {
  const worker = new Worker(WORKER_URL, {
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
  });
  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (m: { type?: string }) => {
      if (m.type === 'ready') resolve();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the parser thread exited with code ${code} while starting`)));
  });
  const started: Thread = { worker, ready, heapMb };
  const forget = (): void => {
    if (thread === started) thread = null;
  };
  // Always listened to: an 'error' event nobody listens to would be thrown in the main thread.
  worker.on('error', forget);
  worker.once('exit', forget);
  return started;
}

async function runJob<T>(
  job: { readonly kind: string; readonly bytes: Uint8Array },
  name: string,
  budget: ThreadBudget,
  collector: JobCollector<T>,
): Promise<T> {
  if (idleTimer) clearTimeout(idleTimer);
  if (thread && thread.heapMb !== budget.maxHeapMb) await closeParserThread();
  const current = thread ?? startThread(budget.maxHeapMb);
  thread = current;
  current.worker.ref();
  try {
    await current.ready.catch((error: unknown) => {
      throw new Error(`${name}: the document parser could not start: ${String(error)}`, { cause: error });
    });
    return await collect(current, job, name, budget, collector);
  } finally {
    if (thread === current) {
      // Idle, the thread must not keep the process alive; it is stopped after a while.
      current.worker.unref();
      idleTimer = setTimeout(() => void closeParserThread(), IDLE_MS);
      idleTimer.unref();
    }
  }
}

function collect<T>(
  current: Thread,
  job: { readonly kind: string; readonly bytes: Uint8Array },
  name: string,
  budget: ThreadBudget,
  collector: JobCollector<T>,
): Promise<T> {
  const id = nextJobId++;
  const { worker } = current;
  return new Promise<T>((resolve, reject) => {
    const finish = (outcome: () => void): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      outcome();
    };
    const kill = (): void => {
      if (thread === current) thread = null;
      void worker.terminate();
    };
    const onMessage = (m: JobMessage): void => {
      if (m.id !== id) return;
      if (m.type === 'error') {
        finish(() => reject(new ParserError(String(m['name']), String(m['message']))));
        return;
      }
      let result: T | undefined;
      try {
        result = collector.onMessage(m);
      } catch (error) {
        finish(() => reject(error));
        return;
      }
      if (result !== undefined) finish(() => resolve(result));
    };
    const onError = (error: Error & { code?: string }): void => {
      finish(() => {
        kill();
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new DocumentReadError(name, 'too-large', `needs more than ${budget.maxHeapMb} MB of memory to parse; refused`)
            : new DocumentReadError(name, 'corrupt', `the document parser failed: ${error.message}`, { cause: error }),
        );
      });
    };
    const onExit = (code: number): void => {
      finish(() => reject(new DocumentReadError(name, 'corrupt', `the document parser stopped unexpectedly (exit code ${code})`)));
    };
    const timer = setTimeout(() => {
      finish(() => {
        kill();
        const partial = collector.partial();
        if (partial === null) reject(new DocumentReadError(name, 'timeout', `could not be read within ${budget.timeoutMs} ms; gave up`));
        else resolve(partial);
      });
    }, budget.timeoutMs);

    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    // A copy is transferred so the caller's buffer stays usable.
    const copy = job.bytes.slice();
    worker.postMessage({ ...job, id, bytes: copy.buffer }, [copy.buffer]);
  });
}

/** An exception the parser threw for this file (its name says which, e.g. InvalidPDFException). */
export class ParserError extends Error {
  readonly parserErrorName: string;
  constructor(parserErrorName: string, message: string) {
    super(message);
    this.name = 'ParserError';
    this.parserErrorName = parserErrorName;
  }
}
