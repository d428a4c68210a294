/**
 * A PdfPrinter over a Chrome/Chromium already on this machine, driven by playwright-core
 * (the CLI's and the HTTP bridge's printer; the app prints with Electron instead).
 * JavaScript is off and every request is refused: the report prints from its own bytes only.
 *
 * The browser starts on the first print and stays up for the prints that follow (a report
 * takes two), then closes itself once idle, so a CLI process can exit without calling close().
 */
import type { Browser, Page } from 'playwright-core';
import { findBrowser, HEADLESS_ARGS } from '../platform/find-browser.js';
import type { Paper, PdfPrinter } from './pdf.js';

/** How the playwright-core printer finds its browser and writes PDFs. */
export interface PlaywrightPrinterOptions {
  /**
   * Write a tagged (accessible) PDF with a bookmark outline. Off by default: tagging makes
   * Chromium's printing about five times slower and the file about five times larger.
   */
  readonly tagged?: boolean;
  /** Close the browser after this long without a print (default 1500 ms). */
  readonly idleCloseMs?: number;
  /** Where findBrowser() looks (PROMISE_AUDIT_CHROME, PATH); defaults to process.env. */
  readonly env?: NodeJS.ProcessEnv;
}

/** A reserved name (RFC 2606) that can never resolve: the report is served only by the route below. */
const REPORT_ORIGIN = 'http://report.invalid';

interface Session {
  readonly browser: Browser;
  readonly page: Page;
}

/** Prints HTML to PDF with a local Chrome/Chromium through playwright-core. */
export class PlaywrightPdfPrinter implements PdfPrinter {
  private session: Promise<Session> | undefined;
  /** Prints run one at a time on the one page, which is far cheaper than a page per print. */
  private queue: Promise<unknown> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | undefined;
  private pending = 0;
  /** The document being printed, served to the page's one allowed request. */
  private html = '';
  private printed = 0;

  constructor(private readonly options: PlaywrightPrinterOptions = {}) {}

  /** Prints one HTML document; the first call throws BrowserNotFoundError when no browser is found. */
  print(html: string, options: { readonly paper: Paper }): Promise<Uint8Array> {
    clearTimeout(this.idleTimer);
    this.pending += 1;
    const job = this.queue.then(() => this.printNow(html, options.paper));
    this.queue = job
      .catch(() => undefined)
      .finally(() => {
        this.pending -= 1;
        if (this.pending === 0) this.armIdleClose();
      });
    return job;
  }

  /** Closes the browser now (a later print starts a new one). */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const session = this.session;
    this.session = undefined;
    if (session === undefined) return;
    const opened = await session.catch(() => undefined);
    await opened?.browser.close();
  }

  private armIdleClose(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.close(), this.options.idleCloseMs ?? 1500);
  }

  private async printNow(html: string, paper: Paper): Promise<Uint8Array> {
    const { page } = await this.open();
    // A real navigation per print gives each report a fresh document, so its own CSP applies;
    // setContent would rewrite the old document, whose CSP (another stylesheet's hash) stays.
    this.html = html;
    this.printed += 1;
    await page.goto(`${REPORT_ORIGIN}/report-${this.printed}.html`, { waitUntil: 'load' });
    const tagged = this.options.tagged ?? false;
    const pdf = await page.pdf({ format: paper, preferCSSPageSize: true, printBackground: true, tagged, outline: tagged });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  }

  private open(): Promise<Session> {
    this.session ??= this.launch();
    const session = this.session;
    // A failed launch is not cached: the next print tries again.
    session.catch(() => {
      if (this.session === session) this.session = undefined;
    });
    return session;
  }

  private async launch(): Promise<Session> {
    const executablePath = findBrowser(this.options.env ?? process.env);
    // Loaded on first use, so code that only renders HTML never pulls in playwright-core.
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, args: [...HEADLESS_ARGS] });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.route('**/*', (route) => {
        const request = route.request();
        if (request.isNavigationRequest() && request.url().startsWith(`${REPORT_ORIGIN}/`)) {
          return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: this.html });
        }
        return route.abort('blockedbyclient');
      });
      return { browser, page };
    } catch (err) {
      await browser.close();
      throw err;
    }
  }
}

/** Runs `use` with a printer and closes its browser afterwards, whatever happens. */
export async function withPlaywrightPrinter<T>(
  use: (printer: PlaywrightPdfPrinter) => Promise<T>,
  options: PlaywrightPrinterOptions = {},
): Promise<T> {
  const printer = new PlaywrightPdfPrinter(options);
  try {
    return await use(printer);
  } finally {
    await printer.close();
  }
}
