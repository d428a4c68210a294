/**
 * A small static file server for the fixture websites (the sample company and the held-out one).
 * Loopback only, no directory listings, and nothing outside the site's root is ever served.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

/** What a running fixture site hands back. */
export interface ServedSite {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  readonly url: string;
  /** Every request target received, in order (path and query as sent). */
  readonly requests: string[];
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

/** How to serve a site folder. */
export interface StaticSiteOptions {
  /** The folder to serve. */
  readonly root: string;
  /** Port on 127.0.0.1; 0 or absent picks a free one. */
  readonly port?: number;
  /**
   * The site's public origin as written in its files (robots.txt Sitemap line, sitemap.xml,
   * canonical links). It is rewritten to the served origin so absolute URLs stay same-site.
   */
  readonly canonicalOrigin?: string;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Longest request target accepted; real sites' URLs are far shorter. */
const MAX_TARGET_LENGTH = 2048;

/** Why a request target cannot name a file under the root: the HTTP status and a reason. */
export type Refusal = { status: 400 | 403; reason: string };

/**
 * Splits a request target into decoded path segments, or says why it is refused.
 * Checked on the raw target, before any URL normalisation could hide a `..`.
 */
export function pathSegments(target: string): string[] | Refusal {
  if (target.length > MAX_TARGET_LENGTH) return { status: 400, reason: 'request target too long' };
  if (!target.startsWith('/')) return { status: 400, reason: 'request target must be a path' };
  const rawPath = target.split(/[?#]/, 1)[0] ?? '/';
  const segments: string[] = [];
  for (const raw of rawPath.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { status: 400, reason: 'malformed percent-encoding' };
    }
    if (segment === '..' || segment === '.' || /[/\\\0]/.test(segment)) {
      return { status: 403, reason: 'path traversal refused' };
    }
    segments.push(segment);
  }
  return segments;
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

async function statOrNull(file: string): Promise<import('node:fs').Stats | null> {
  try {
    return await fs.stat(file);
  } catch {
    return null;
  }
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  realRoot: string,
  rewrite: ((text: string) => string) | null,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method not allowed\n', { allow: 'GET, HEAD' });
    return;
  }
  const segments = pathSegments(req.url ?? '');
  if (!Array.isArray(segments)) {
    send(res, segments.status, `${segments.reason}\n`);
    return;
  }
  // Hidden files (.git, .env) are never part of a site.
  if (segments.some((s) => s.startsWith('.'))) {
    send(res, 404, 'Not found\n');
    return;
  }
  const wantsDirectory = segments.length === 0 || segments[segments.length - 1] === '';
  let file = path.join(realRoot, ...segments.filter((s) => s !== ''));
  let stat = await statOrNull(file);
  if (stat?.isDirectory()) {
    const index = path.join(file, 'index.html');
    const indexStat = await statOrNull(index);
    if (!indexStat?.isFile()) {
      send(res, 404, 'Not found\n'); // no directory listings
      return;
    }
    if (!wantsDirectory) {
      const location = `${(req.url ?? '/').split('?', 1)[0]}/`;
      send(res, 301, `Moved to ${location}\n`, { location });
      return;
    }
    file = index;
    stat = indexStat;
  } else if (wantsDirectory) {
    stat = null;
  }
  if (!stat?.isFile()) {
    send(res, 404, 'Not found\n');
    return;
  }
  // A symlink inside the site could still point outside it.
  const realFile = await fs.realpath(file);
  if (!isInside(realRoot, realFile)) {
    send(res, 403, 'path traversal refused\n');
    return;
  }
  const type = CONTENT_TYPES[path.extname(realFile).toLowerCase()] ?? 'application/octet-stream';
  let body: Buffer = await fs.readFile(realFile);
  if (rewrite && /^(text\/|application\/xml)/.test(type)) {
    body = Buffer.from(rewrite(body.toString('utf8')), 'utf8');
  }
  res.writeHead(200, {
    'content-type': type,
    'content-length': String(body.length),
    'last-modified': stat.mtime.toUTCString(),
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Serves `root` on 127.0.0.1 until `close()` is called. */
export async function serveStaticSite(options: StaticSiteOptions): Promise<ServedSite> {
  const realRoot = await fs.realpath(options.root);
  const requests: string[] = [];
  let servedOrigin = '';
  const canonical = options.canonicalOrigin?.replace(/\/+$/, '');
  const rewrite = canonical ? (text: string) => text.split(canonical).join(servedOrigin) : null;

  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    handle(req, res, realRoot, rewrite).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, `Internal error: ${String(error)}\n`);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  servedOrigin = `http://127.0.0.1:${port}`;

  return {
    url: `${servedOrigin}/`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
