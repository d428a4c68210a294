/**
 * Carriers for XSS payloads, each holding them as TEXT the way a real company's material
 * would: a loopback website (payloads in page titles and in the list items of promise
 * pages, HTML-escaped, so a browser would show them as written), a flyer PDF printed by
 * Chromium, and a canonical practice-log CSV whose text cells hold them.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { findBrowser, HEADLESS_ARGS } from '../../../shared/platform/find-browser.js';
import { CANONICAL_HEADER } from '../../../shared/practice/generate-practice-log.js';

/** Escapes text for HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Visible text as the readers define it: whitespace runs collapsed to one space, trimmed. */
export function visibleText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The promise each payload is set inside; `n` keeps every promise distinct. */
export function promiseWith(payload: string, n: number): string {
  return `We answer every call about ${payload} within ${n} seconds`;
}

/** A loopback site; `pages` maps a path to its HTML. */
export interface FixtureSite {
  readonly origin: string;
  /** Paths requested, in order. */
  readonly requested: string[];
  close(): Promise<void>;
}

/** Serves `pages` on 127.0.0.1 (robots.txt and sitemap.xml answer 404). */
export async function serveSite(pages: ReadonlyMap<string, string>): Promise<FixtureSite> {
  const requested: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requested.push(path);
    const html = pages.get(path);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One page of the site: its title and the list items it shows. */
export interface SitePage {
  readonly path: string;
  readonly title: string;
  readonly items: readonly string[];
}

/** The HTML of a page: title and items escaped as text. */
export function pageHtml(page: SitePage, links: readonly string[] = []): string {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(page.title)}</title></head><body>` +
    `<main><h1>Our service promises</h1><ul>${page.items.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>` +
    `${links.length ? `<nav>${links.map((l) => `<a href="${escapeHtml(l)}">More promises</a>`).join(' ')}</nav>` : ''}</main></body></html>`
  );
}

/** A one-column flyer of `items` printed to PDF by the local Chromium, titled `title`. */
export async function flyerPdf(title: string, items: readonly string[]): Promise<Uint8Array> {
  const html =
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    '<style>body{font-family:"DejaVu Sans",sans-serif;font-size:7pt;font-variant-ligatures:none} p{white-space:nowrap;margin:0 0 9pt}</style></head>' +
    `<body><h1>Our promise to you</h1>${items.map((t) => `<p>${escapeHtml(t)}</p>`).join('')}</body></html>`;
  const browser = await chromium.launch({ executablePath: findBrowser(), args: [...HEADLESS_ARGS] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ format: 'A3', landscape: true, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } }));
  } finally {
    await browser.close();
  }
}

/** A canonical practice log: one phone-answer record per row, each text cell holding a payload. */
export function practiceCsv(cells: readonly { channel: string; team: string; reportedBy: string; note: string }[]): string {
  const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  const rows = cells.map((c, i) => `2024-03-${String(1 + (i % 28)).padStart(2, '0')}T09:${String(i % 60).padStart(2, '0')}:00Z,phone-answer,${10 + (i % 50)},seconds,${quote(c.channel)},${quote(c.team)},${quote(c.reportedBy)},${quote(c.note)}`);
  return `${CANONICAL_HEADER}\n${rows.join('\n')}\n`;
}
