/**
 * A generated company website for the benchmarks: N interlinked pages of about 30 KB of
 * realistic prose with promises, a site-wide banner and footer, robots.txt, a sitemap and a
 * few PDF flyers, served on 127.0.0.1. Deterministic for a given seed.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const PROMISES = [
  'We aim to answer 80% of calls within 20 seconds.',
  'We will return every missed call within 24 hours.',
  'We respond to all emails within two working days.',
  'Standard delivery takes 3-5 working days and is free on orders over £40.',
  'If our engineer is late for your appointment, we will pay you £25.',
  'Refunds are processed within 10 working days of us receiving your return.',
  'You have 30 days to return any item for a full refund.',
  'We acknowledge every complaint within 2 working days and aim to resolve it within 8 weeks.',
  'Our staff will always be polite and wear photo identification.',
  'We put customers at the heart of everything we do.',
];
export const PROSE = [
  'Our teams work across the region to keep homes warm and water flowing through every season.',
  'Please have your account number ready when you call so that we can find your details quickly.',
  'Last year we completed more than 40,000 repairs and installed 3,000 new boilers.',
  'The company was founded in 1987 by two brothers who ran a small plumbing business from a garage.',
  'Your bank may take a few extra days to show the refund on your statement.',
  'Find out more about our apprenticeship scheme and the training we offer to new engineers.',
  'Seasonal servicing keeps appliances efficient, safe and less likely to break down in winter.',
  'We publish our performance against these standards every quarter on this website.',
  'Prices shown include VAT at the standard rate unless stated otherwise.',
  'Some parts are supplied by manufacturers and may be subject to their own warranty terms.',
  'Our customer panel meets twice a year to tell us what we could do better.',
  'Coverage maps and service areas are updated regularly as we expand into new towns.',
];

export interface BenchSite {
  readonly url: string;
  readonly pages: number;
  readonly totalHtmlBytes: number;
  /** Paths requested, in order (for checks). */
  readonly requests: string[];
  close(): Promise<void>;
}

/** A minimal, valid one-page PDF holding `lines` of text (Helvetica), for flyer links. */
export function tinyPdf(lines: readonly string[]): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = `BT /F1 14 Tf 50 780 Td 18 TL ${lines.map((l) => `(${esc(l)}) Tj T*`).join(' ')} ET`;
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function pageHtml(i: number, n: number, rnd: () => number, targetBytes: number, pdfs: number): string {
  const links: string[] = [];
  for (let k = 1; k <= 8; k++) links.push(`/page/${(i * 7 + k * 13) % n}`);
  links.push(`/page/${(i + 1) % n}`);
  if (i % 97 === 0 && pdfs > 0) links.push(`/flyers/flyer-${i % pdfs}.pdf`);
  const parts: string[] = [];
  let size = 0;
  let para = 0;
  while (size < targetBytes) {
    const sentences: string[] = [];
    for (let s = 0; s < 6; s++) {
      const pick = rnd() < 0.12 ? PROMISES : PROSE;
      sentences.push(pick[Math.floor(rnd() * pick.length)]!);
    }
    const p = para % 5 === 4 ? `<ul>${sentences.map((t) => `<li>${t}</li>`).join('')}</ul>` : `<p>${sentences.join(' ')}</p>`;
    if (para % 7 === 0) parts.push(`<h2>Section ${para / 7 + 1} of page ${i}</h2>`);
    parts.push(p);
    size += p.length;
    para++;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbourside page ${i}</title>
<link rel="stylesheet" href="/site.css"></head><body>
<div class="banner">Free next-day delivery on every order over £40</div>
<nav>${links.map((l) => `<a href="${l}">${l}</a>`).join(' | ')}</nav>
<main><h1>Page ${i}</h1>${parts.join('\n')}</main>
<footer>Customer services: 0800 000 000 (Monday to Friday, 8.30am to 5.30pm)</footer>
</body></html>`;
}

/** Serve a site of `pages` pages of about `pageBytes` each. Pages are generated once, up front. */
export async function serveBenchSite(pages: number, pageBytes = 30_000, seed = 42): Promise<BenchSite> {
  const rnd = prng(seed);
  const pdfCount = Math.max(1, Math.floor(pages / 500));
  const html = Array.from({ length: pages }, (_, i) => Buffer.from(pageHtml(i, pages, rnd, pageBytes, pdfCount)));
  const pdfs = Array.from({ length: pdfCount }, (_, i) =>
    tinyPdf([`Summer flyer ${i}`, 'We will return every missed call within 24 hours.', 'Free next-day delivery on orders over £40.']),
  );
  const requests: string[] = [];
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(path);
    const m = /^\/page\/(\d+)$/.exec(path);
    if (path === '/' || m) {
      const body = html[m ? Number(m[1]) : 0];
      if (!body) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
      return void res.end(body);
    }
    const f = /^\/flyers\/flyer-(\d+)\.pdf$/.exec(path);
    if (f && pdfs[Number(f[1])]) {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      return void res.end(pdfs[Number(f[1])]);
    }
    if (path === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return void res.end(`User-agent: *\nDisallow: /private/\nSitemap: ${origin}/sitemap.xml\n`);
    }
    if (path === '/sitemap.xml') {
      res.writeHead(200, { 'content-type': 'application/xml' });
      return void res.end(
        `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${origin}/</loc></url></urlset>`,
      );
    }
    if (path === '/site.css') {
      res.writeHead(200, { 'content-type': 'text/css' });
      return void res.end('body{font-family:sans-serif}');
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    pages,
    totalHtmlBytes: html.reduce((a, b) => a + b.length, 0),
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
