/**
 * Renders the fixture HTML documents with the Chromium on this machine, the way a company's
 * design tool would export them: a PDF (page.pdf) and a PNG flyer (a screenshot).
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findBrowser, HEADLESS_ARGS } from '../../../shared/platform/find-browser.js';

const FIXTURES = new URL('../../fixtures/documents/', import.meta.url);

/** The text of a fixture file in test/fixtures/documents/. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/** The bytes of a fixture file in test/fixtures/documents/. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, FIXTURES)));
}

async function withPage<T>(html: string, use: (page: import('playwright-core').Page) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: findBrowser(), args: [...HEADLESS_ARGS] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await use(page);
  } finally {
    await browser.close();
  }
}

/** Prints `html` to an A4 PDF. */
export async function htmlToPdf(html: string): Promise<Uint8Array> {
  return withPage(html, async (page) => new Uint8Array(await page.pdf({ format: 'A4', printBackground: true })));
}

/** Screenshots `html` at `width` pixels wide, full height, as a PNG. */
export async function htmlToPng(html: string, width = 1320): Promise<Uint8Array> {
  const [png] = await htmlsToPngs([html], width);
  return png!;
}

/** Screenshots each of `htmls` in one browser session, at `width` pixels wide, full height. */
export async function htmlsToPngs(htmls: readonly string[], width = 1320): Promise<Uint8Array[]> {
  return withPage('', async (page) => {
    await page.setViewportSize({ width, height: 100 });
    const pngs: Uint8Array[] = [];
    for (const html of htmls) {
      await page.setContent(html, { waitUntil: 'load' });
      pngs.push(new Uint8Array(await page.screenshot({ type: 'png', fullPage: true })));
    }
    return pngs;
  });
}
