/**
 * The core's PdfPrinter in the app: Chromium's own printToPDF, in a hidden window that runs no
 * JavaScript and can reach nothing but the report file. The HTML goes through a temporary file
 * rather than a data: URL, which Chromium caps at 2 MB (a report with its appendix can be more).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session as electronSession, type Session } from 'electron';
import type { Paper, PdfPrinter } from '../../shared/report/pdf.js';
import { denyAllPermissions } from '../security/session-hardening.js';

const PARTITION = 'promise-auditor-print';
/** A report that takes longer than this to lay out is abandoned with an error. */
const LOAD_TIMEOUT_MS = 60_000;

/** URLs the printer session may load: the report file of each print under way. */
const allowedUrls = new Set<string>();
let printerSession: Session | null = null;

function getPrinterSession(): Session {
  if (printerSession) return printerSession;
  // Not "persist:": nothing the report loads is ever written to disk.
  const s = electronSession.fromPartition(PARTITION, { cache: false });
  denyAllPermissions(s);
  s.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(allowedUrls.has(details.url) || details.url.startsWith('data:')) });
  });
  printerSession = s;
  return s;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Prints report HTML to PDF with Electron. */
export function createElectronPdfPrinter(): PdfPrinter {
  return {
    async print(html: string, options: { readonly paper: Paper }): Promise<Uint8Array> {
      const dir = await mkdtemp(join(tmpdir(), 'promise-auditor-report-'));
      const file = join(dir, 'report.html');
      const url = pathToFileURL(file).href;
      await writeFile(file, html, 'utf8');
      allowedUrls.add(url);
      const win = new BrowserWindow({
        show: false,
        width: 1240,
        height: 1754,
        webPreferences: {
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          javascript: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          webviewTag: false,
          spellcheck: false,
          session: getPrinterSession(),
        },
      });
      try {
        await withTimeout(win.webContents.loadURL(url), LOAD_TIMEOUT_MS, 'Laying out the report');
        const pdf = await win.webContents.printToPDF({
          pageSize: options.paper,
          preferCSSPageSize: true,
          printBackground: true,
          // Untagged, as the CLI prints: tagging made Chromium print about five times slower.
          generateTaggedPDF: false,
          generateDocumentOutline: true,
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        allowedUrls.delete(url);
        win.destroy();
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
