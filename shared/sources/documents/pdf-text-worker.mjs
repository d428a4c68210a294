// The thread that parses PDFs. pdf.js has no real worker in Node (its "fake worker" parses on
// the calling thread), so untrusted PDFs are parsed here instead: the main thread can kill this
// thread when a PDF takes too long or too much memory, and nothing in it can stall the app.
//
// Plain JavaScript on purpose: Node starts worker threads from files it can run as they are,
// under the CLI (tsx), the tests (vitest) and the packaged app alike.
//
// Protocol: the parent posts { id, bytes, maxPages, maxItemsPerPage } (bytes transferred);
// this thread answers with { id, type: 'meta' | 'page' | 'page-error' | 'done' | 'error', ... }.
import { parentPort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));

// The worker half of pdf.js is loaded here and handed over through the documented global, so
// pdf.js never resolves a worker file itself (which breaks once the app is bundled).
globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');

/** Options that keep pdf.js to reading text: no eval, no fonts loaded, nothing fetched. */
const LOAD_OPTIONS = {
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
  standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
  cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
  cMapPacked: true,
};

parentPort.on('message', (job) => {
  readJob(job).catch((error) => {
    parentPort.postMessage({ id: job.id, type: 'error', name: error?.name ?? 'Error', message: String(error?.message ?? error) });
  });
});
parentPort.postMessage({ type: 'ready' });

async function readJob({ id, bytes, maxPages, maxItemsPerPage }) {
  const task = pdfjs.getDocument({ ...LOAD_OPTIONS, data: new Uint8Array(bytes) });
  const doc = await task.promise;
  try {
    const info = await doc.getMetadata().then((m) => m.info ?? {}, () => ({}));
    const title = typeof info.Title === 'string' ? info.Title.slice(0, 500) : '';
    parentPort.postMessage({ id, type: 'meta', numPages: doc.numPages, title });
    const last = Math.min(doc.numPages, maxPages);
    for (let n = 1; n <= last; n++) {
      try {
        parentPort.postMessage({ id, type: 'page', page: n, ...(await pageItems(doc, n, maxItemsPerPage)) });
      } catch (error) {
        parentPort.postMessage({ id, type: 'page-error', page: n, message: String(error?.message ?? error) });
      }
    }
    parentPort.postMessage({ id, type: 'done' });
  } finally {
    await doc.destroy();
  }
}

/** The page's text runs in viewport space (y down): { s, x, y, w, size }. */
async function pageItems(doc, n, maxItems) {
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
