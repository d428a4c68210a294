/**
 * The loopback HTTP bridge: serves the built renderer and the same API as the Electron IPC,
 * on 127.0.0.1 only, behind a token made fresh at every start. It lets the real UI run in a
 * plain browser (tests, or a machine where Electron cannot run).
 *
 *   GET  /                 the renderer (index.html and its assets)
 *   POST /api/call         {"method", "params"} -> {"ok":true,"result"} | {"ok":false,"error"}
 *   GET  /api/events       Server-Sent Events, one JSON ApiEvent per message (?token=...)
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { toApiError } from '../contract/dispatch.js';
import { ApiError } from '../contract/errors.js';
import { MAX_UPLOAD_BYTES } from '../contract/api.js';
import type { AuditCore } from '../service/core.js';

export interface HttpBridge {
  /** Open this in a browser: it carries the token in its fragment. */
  readonly url: string;
  readonly token: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface HttpBridgeOptions {
  readonly core: AuditCore;
  /** The built renderer (out/renderer). */
  readonly staticDir: string;
  readonly port?: number;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-src 'self' blob: data:; " +
  "frame-ancestors 'none'; form-action 'none'";

const MAX_BODY = Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 64 * 1024;

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

const STATUS: Record<ApiError['code'], number> = {
  'bad-input': 400,
  'no-workspace': 409,
  conflict: 409,
  'not-found': 404,
  unavailable: 503,
  internal: 500,
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new ApiError('bad-input', `request body is larger than ${MAX_BODY} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startHttpBridge(opts: HttpBridgeOptions): Promise<HttpBridge> {
  const token = randomBytes(24).toString('base64url');
  const root = resolve(opts.staticDir);
  let port = 0;
  const streams = new Set<ServerResponse>();

  const off = opts.core.onEvent((e) => {
    const line = `data: ${JSON.stringify(e)}\n\n`;
    for (const s of streams) s.write(line);
  });

  // DNS rebinding: a page on another origin that resolves to 127.0.0.1 must not reach us.
  const hostAllowed = (host: string | undefined): boolean =>
    host === `127.0.0.1:${port}` || host === `localhost:${port}`;

  const server = createServer(async (req, res) => {
    try {
      if (!hostAllowed(req.headers.host)) return send(res, 403, { ok: false, error: { code: 'bad-input', message: 'forbidden host' } });
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      if (url.pathname === '/api/call') {
        if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'bad-input', message: 'use POST' } });
        const auth = req.headers.authorization?.replace(/^Bearer\s+/i, '');
        if (!sameToken(auth, token)) return send(res, 401, { ok: false, error: { code: 'bad-input', message: 'missing or wrong token' } });
        if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
          return send(res, 415, { ok: false, error: { code: 'bad-input', message: 'send application/json' } });
        }
        let call: { method?: unknown; params?: unknown };
        try {
          call = JSON.parse(await readBody(req)) as typeof call;
        } catch (err) {
          throw err instanceof ApiError ? err : new ApiError('bad-input', 'the request body is not valid JSON');
        }
        if (!call || typeof call !== 'object') throw new ApiError('bad-input', 'the request body must be a JSON object');
        const result = await opts.core.dispatch(call.method, call.params);
        return send(res, 200, { ok: true, result: result ?? null });
      }
      if (url.pathname === '/api/events') {
        if (!sameToken(url.searchParams.get('token'), token)) return send(res, 401, { ok: false, error: { code: 'bad-input', message: 'missing or wrong token' } });
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ok: false, error: { code: 'bad-input', message: 'method not allowed' } });
      await serveStatic(root, url.pathname, res);
    } catch (err) {
      const e = toApiError(err);
      if (!res.headersSent) send(res, STATUS[e.code], { ok: false, error: e.toBody() });
      else res.end();
    }
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    token,
    port,
    async close() {
      off();
      for (const s of streams) s.end();
      streams.clear();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

async function serveStatic(root: string, pathname: string, res: ServerResponse): Promise<void> {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return send(res, 400, { ok: false, error: { code: 'bad-input', message: 'bad path' } });
  }
  if (rel.includes('\0')) return send(res, 400, { ok: false, error: { code: 'bad-input', message: 'bad path' } });
  let file = resolve(root, '.' + normalize(rel.endsWith('/') ? rel + 'index.html' : rel));
  if (file !== root && !file.startsWith(root + sep)) return send(res, 403, { ok: false, error: { code: 'bad-input', message: 'forbidden' } });
  try {
    if (!(await stat(file)).isFile()) file = join(root, 'index.html');
  } catch {
    // Unknown paths are the app's own routes: serve the app.
    file = join(root, 'index.html');
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return send(res, 404, {
      ok: false,
      error: { code: 'not-found', message: `the renderer is not built in ${root}: run \`npm run build:renderer\`` },
    });
  }
  res.writeHead(200, {
    'content-type': MIME[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(body);
}
