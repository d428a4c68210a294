import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserNotFoundError } from '../../shared/platform/find-browser.js';
import { PlaywrightPdfPrinter } from '../../shared/report/pdf.js';
import { flat, readPdf } from './pdf-text.js';

describe('PlaywrightPdfPrinter', () => {
  let server: Server;
  let requests = 0;
  let origin = '';
  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests += 1;
      res.end('body { display: none }');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  const printer = new PlaywrightPdfPrinter();
  afterAll(async () => {
    await printer.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('says clearly when no browser can be found', async () => {
    const printer = new PlaywrightPdfPrinter({ env: { PROMISE_AUDIT_CHROME: '/nowhere/chrome', PATH: '' } });
    await expect(printer.print('<p>x</p>', { paper: 'A4' })).rejects.toThrow(BrowserNotFoundError);
    await expect(printer.print('<p>x</p>', { paper: 'A4' })).rejects.toThrow(/No Chrome or Chromium was found.*\/nowhere\/chrome/);
    await printer.close();
  });

  it('runs no script and fetches nothing while printing', async () => {
    const html = `<!DOCTYPE html><html><head><link rel="stylesheet" href="${origin}/evil.css"></head>
<body><p id="t">Static text only.</p><img src="${origin}/pixel.png" alt="">
<iframe src="${origin}/frame"></iframe>
<script>document.getElementById('t').textContent = 'A script ran.'</script></body></html>`;
    const text = flat(readPdf(await printer.print(html, { paper: 'A4' })).pages.join(' '));
    expect(text).toContain('Static text only.');
    expect(text).not.toContain('A script ran.');
    expect(requests).toBe(0);
  }, 120_000);

  it('prints one document after another, each under its own CSP, paper and stylesheet', async () => {
    const doc = (size: string, word: string): string => {
      const css = `@page { size: ${size} } .w::after { content: "${word}" }`;
      const hash = createHash('sha256').update(css).digest('base64');
      return `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${hash}'"><style>${css}</style></head><body><p class="w"></p></body></html>`;
    };
    const [a, b] = await Promise.all([
      printer.print(doc('A4', 'first'), { paper: 'A4' }),
      printer.print(doc('letter', 'second'), { paper: 'Letter' }),
    ]);
    const first = readPdf(a);
    const second = readPdf(b);
    expect(flat(first.pages.join(' '))).toBe('first');
    expect(first.pageSize).toMatch(/\(A4\)/);
    expect(flat(second.pages.join(' '))).toBe('second');
    expect(second.pageSize).toMatch(/\(letter\)/);
  }, 120_000);
});
