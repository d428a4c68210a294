// The thread that parses untrusted binary documents: PDFs (pdf.js) and DOCX (mammoth).
// Neither library can be interrupted once it is busy: pdf.js has no real worker in Node (its
// "fake worker" parses on the calling thread) and mammoth's authors advise a separate thread
// with a timeout for untrusted files. Here the main thread can kill this thread when a file
// takes too long or too much memory, and nothing in it can stall the app.
//
// Plain JavaScript on purpose: Node starts worker threads from files it can run as they are,
// under the CLI (tsx), the tests (vitest) and the packaged app alike.
//
// Protocol: the parent posts { id, kind: 'pdf' | 'docx', bytes, ...options } (bytes
// transferred). This thread answers with messages { id, type, ... }: for a PDF 'meta', one
// 'page' or 'page-error' per page ('capped' if the run cap stopped it early), then 'done';
// for a DOCX one 'done' with the HTML; on failure 'error' with the exception's name and message.
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { parentPort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

// The parsers may print warnings. A worker's output is forwarded to the parent's stdout, which
// carries the CLI's JSON, so nothing here may print. (Capturing it with the Worker's stdout
// option instead would keep the process alive while this thread idles.)
for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace']) globalThis.console[method] = () => {};
process.stdout.write = () => true;
process.stderr.write = () => true;

parentPort.on('message', (job) => {
  const run = job.kind === 'pdf' ? readPdf(job) : job.kind === 'docx' ? readDocx(job) : Promise.reject(new Error(`unknown job kind ${job.kind}`));
  run.catch((error) => {
    parentPort.postMessage({ id: job.id, type: 'error', name: error?.name ?? 'Error', message: String(error?.message ?? error) });
  });
});
parentPort.postMessage({ type: 'ready' });

// ---- PDF ------------------------------------------------------------------------------------

let pdfjsPromise = null;

/** pdf.js, loaded once. Its worker half is handed over through the documented global, so it
 *  never resolves a worker file itself (which breaks once the app is bundled). */
function loadPdfjs() {
  pdfjsPromise ??= (async () => {
    globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsPromise;
}

/** Options that keep pdf.js to reading text: no eval, no font loading, nothing fetched. */
function pdfLoadOptions() {
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  return {
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    useWasm: false,
    stopAtErrors: false,
    verbosity: 0,
    // Local files shipped in the package: metrics for the 14 standard fonts and CJK CMaps.
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
  };
}

async function readPdf({ id, bytes, maxPages, maxItemsPerPage, maxItemsTotal }) {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ ...pdfLoadOptions(), data: new Uint8Array(bytes) }).promise;
  try {
    const info = await doc.getMetadata().then((m) => m.info ?? {}, () => ({}));
    const title = typeof info.Title === 'string' ? info.Title.slice(0, 500) : '';
    parentPort.postMessage({ id, type: 'meta', numPages: doc.numPages, title });
    const last = Math.min(doc.numPages, maxPages);
    let total = 0;
    for (let n = 1; n <= last; n++) {
      try {
        const runs = await pageRuns(pdfjs, doc, n, Math.min(maxItemsPerPage, maxItemsTotal - total));
        total += runs.items.length;
        parentPort.postMessage({ id, type: 'page', page: n, ...runs });
      } catch (error) {
        parentPort.postMessage({ id, type: 'page-error', page: n, message: String(error?.message ?? error) });
      }
      if (total >= maxItemsTotal && n < last) {
        parentPort.postMessage({ id, type: 'capped', page: n });
        break;
      }
    }
    parentPort.postMessage({ id, type: 'done' });
  } finally {
    await doc.destroy();
  }
}

/** The page's text runs in viewport space (y down): { s, x, y, w, size }. */
async function pageRuns(pdfjs, doc, n, maxItems) {
  const page = await doc.getPage(n);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items = [];
    let truncated = false;
    for (const item of content.items) {
      if (typeof item.str !== 'string' || item.str === '') continue;
      if (items.length >= maxItems) {
        truncated = true;
        break;
      }
      const [, , c, d, x, y] = pdfjs.Util.transform(viewport.transform, item.transform);
      const size = Math.hypot(c, d);
      items.push({ s: item.str, x, y, w: Math.abs(item.width), size: Number.isFinite(size) && size > 0 ? size : 1 });
    }
    return { width: viewport.width, height: viewport.height, items, truncated };
  } finally {
    page.cleanup();
  }
}

// ---- DOCX -----------------------------------------------------------------------------------

async function readDocx({ id, bytes }) {
  const mammoth = require('mammoth');
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      // Images are never read: they carry no text and would be inlined as base64.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      externalFileAccess: false,
    },
  );
  const messages = result.messages.slice(0, 20).map((m) => `${m.type}: ${m.message}`);
  parentPort.postMessage({ id, type: 'done', html: result.value, messages });
}
