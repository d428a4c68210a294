/**
 * Loopback fixture servers for the crawler tests: a route table on 127.0.0.1 (port 0) that
 * counts every request per path, so tests can assert at the server what was (not) fetched.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse, server: FixtureServer) => void;

export interface Route {
  readonly status?: number;
  readonly type?: string;
  readonly body?: string | Buffer;
  readonly headers?: Record<string, string>;
}

export class FixtureServer {
  /** Requests per path (with query). */
  readonly hits = new Map<string, number>();
  /** Every request path in arrival order. */
  readonly log: string[] = [];
  /** User-Agent headers seen. */
  readonly userAgents = new Set<string>();
  private readonly sockets = new Set<Socket>();
  private readonly server: http.Server;
  private readonly routes = new Map<string, Route | Handler>();
  fallback: Handler | null = null;
  origin = '';

  constructor() {
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  /** Serves `route` (or calls a handler) at `path` (exact match on path + query). */
  on(path: string, route: Route | Handler): this {
    this.routes.set(path, route);
    return this;
  }

  /** An HTML page at `path`. */
  page(path: string, html: string, headers: Record<string, string> = {}): this {
    return this.on(path, { type: 'text/html; charset=utf-8', body: html, headers });
  }

  count(path: string): number {
    return this.hits.get(path) ?? 0;
  }

  url(path: string): string {
    return `${this.origin}${path}`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = req.url ?? '/';
    this.hits.set(path, (this.hits.get(path) ?? 0) + 1);
    this.log.push(path);
    if (req.headers['user-agent']) this.userAgents.add(req.headers['user-agent']);
    const route = this.routes.get(path);
    if (typeof route === 'function') return route(req, res, this);
    if (route) {
      res.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...route.headers });
      res.end(route.body ?? '');
      return;
    }
    if (this.fallback) return this.fallback(req, res, this);
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<h1>Not found</h1>');
  }
}

/** Starts a fixture server. */
export function startServer(setup: (s: FixtureServer) => void = () => undefined): Promise<FixtureServer> {
  const s = new FixtureServer();
  setup(s);
  return s.start();
}

/** A plain HTML page with a title, some paragraphs and links. */
export function htmlPage(title: string, paragraphs: readonly string[], links: readonly string[] = [], head = ''): string {
  const ps = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  const as = links.map((l) => `<li><a href="${l}">${l}</a></li>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body><main><h1>${title}</h1>
${ps}
<ul>${as}</ul>
</main></body></html>`;
}
