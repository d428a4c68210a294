/**
 * Optional JavaScript rendering: a page the crawler already fetched is loaded into a local
 * Chrome/Chromium (found on the machine, never downloaded) and its DOM after scripts ran is
 * read instead of the raw HTML. The main document is served from the bytes already fetched,
 * so it is not requested twice; sub-requests leave only for the crawled site, and images,
 * media and fonts are not loaded at all.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { findBrowser, HEADLESS_ARGS } from '../../platform/find-browser.js';
import { isSameSite } from './url.js';

/** Longest wait for the network to go quiet after the load event, in ms. */
const SETTLE_MS = 1500;
const SKIPPED_RESOURCES = new Set(['image', 'media', 'font']);

export class JsRenderer {
  private constructor(
    private readonly browser: Browser,
    private readonly context: BrowserContext,
    private readonly timeoutMs: number,
  ) {}

  /** Launches the browser; throws BrowserNotFoundError (with where it looked) when there is none. */
  static async launch(opts: { userAgent: string; timeoutMs: number; siteKeys: ReadonlySet<string> | null }): Promise<JsRenderer> {
    const executablePath = findBrowser();
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, args: [...HEADLESS_ARGS] });
    const context = await browser.newContext({ userAgent: opts.userAgent, javaScriptEnabled: true, acceptDownloads: false });
    await context.route('**/*', (route) => {
      const req = route.request();
      if (SKIPPED_RESOURCES.has(req.resourceType())) return route.abort();
      if (opts.siteKeys && !isSameSite(req.url(), opts.siteKeys)) return route.abort();
      return route.continue();
    });
    return new JsRenderer(browser, context, opts.timeoutMs);
  }

  /** The HTML of `url` after its scripts ran, starting from the already fetched `html`. */
  async render(url: string, html: string): Promise<string> {
    const page = await this.context.newPage();
    try {
      const target = new URL(url);
      target.hash = '';
      await page.route((u) => u.href === target.href, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
      await page.goto(url, { waitUntil: 'load', timeout: this.timeoutMs });
      await page.waitForLoadState('networkidle', { timeout: SETTLE_MS }).catch(() => undefined);
      return await page.content();
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    await this.browser.close().catch(() => undefined);
  }
}
