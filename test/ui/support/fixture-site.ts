/**
 * Serves test/fixtures/ui/site on loopback: the site the UI suite audits. After `nextQuarter()`
 * the files in site-v2 replace their namesakes, as if the company had edited its site between
 * two audits.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const SITE = join(process.cwd(), 'test', 'fixtures', 'ui', 'site');
const SITE_V2 = join(process.cwd(), 'test', 'fixtures', 'ui', 'site-v2');

export interface FixtureSite {
  readonly origin: string;
  /** Serve the edited pages of site-v2 from now on. */
  nextQuarter(): void;
  close(): Promise<void>;
}

export async function startFixtureSite(): Promise<FixtureSite> {
  let roots = [SITE];
  const server = createServer(async (req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
    const rel = path === '/' ? 'index.html' : path;
    try {
      const body = await readFirst(roots.map((root) => join(root, rel)));
      const type = rel.endsWith('.html') ? 'text/html; charset=utf-8' : rel.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'application/octet-stream';
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Not found</title><p>Not found.</p>');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    nextQuarter: () => {
      roots = [SITE_V2, SITE];
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

async function readFirst(files: readonly string[]): Promise<Buffer> {
  for (const file of files) {
    try {
      return await readFile(file);
    } catch {
      // Not in this layer; try the next.
    }
  }
  throw new Error(`not found: ${files.join(', ')}`);
}
