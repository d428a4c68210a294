/**
 * From a fetched response to a read document: HTML pages through the HTML reader (one parse,
 * which also yields links, canonical and robots meta), PDFs through the PDF reader as flyers,
 * anything else skipped. The response's bytes are decoded to text here (charset.ts).
 */
import type { ReadDocument } from '../../domain/types.js';
import { readHtml } from '../documents/html.js';
import { readPdf } from '../documents/pdf.js';
import { decodeHtml } from './charset.js';
import type { JsRenderer } from './js-renderer.js';

/** What the crawler needs from a page it read. */
export interface PageRead {
  readonly doc: ReadDocument;
  /** Absolute URLs the page links to (none for PDFs or nofollow pages). */
  readonly links: readonly string[];
  readonly canonical: string | null;
  readonly noindex: boolean;
}

/** How a response is read. */
export type ResponseKind = 'html' | 'pdf' | 'other';

/** Judges a response by its Content-Type, or by its first bytes when the type says nothing useful. */
export function classifyResponse(contentType: string | null, body: Uint8Array): ResponseKind {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/pdf' || type === 'application/x-pdf') return 'pdf';
  if (type === '' || type === 'application/octet-stream' || type === 'binary/octet-stream' || type === 'text/plain') {
    if (startsWithPdf(body)) return 'pdf';
    if (type !== 'text/plain' && looksLikeHtml(body)) return 'html';
  }
  return 'other';
}

function startsWithPdf(b: Uint8Array): boolean {
  return b.length >= 5 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d;
}

function looksLikeHtml(b: Uint8Array): boolean {
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, 512)).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<head') || head.startsWith('<body');
}

/** Reads an HTML response (rendered first when a renderer is given). */
export async function readHtmlResponse(
  body: Uint8Array,
  contentType: string | null,
  url: string,
  renderer: JsRenderer | null,
): Promise<PageRead> {
  let html = decodeHtml(body, contentType).text;
  if (renderer) html = await renderer.render(url, html);
  const page = await readHtml(html, url, 'page');
  return { doc: page.doc, links: page.nofollow ? [] : page.links, canonical: page.canonical, noindex: page.noindex };
}

/** Reads a PDF response as a flyer. */
export async function readPdfResponse(body: Uint8Array, url: string): Promise<PageRead> {
  const doc = await readPdf(body, url, 'flyer');
  return { doc, links: [], canonical: null, noindex: false };
}
