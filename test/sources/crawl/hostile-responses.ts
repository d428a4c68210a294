/**
 * Hostile response handlers for the fixture servers: endless bodies, decompression bombs
 * compressed live (so the bomb costs the test nothing until it is read), trickling and
 * silent servers. Each counts the bytes it produced, to show the client stopped it early.
 */
import type { ServerResponse } from 'node:http';
import net from 'node:net';
import { Readable, pipeline, type Transform } from 'node:stream';
import zlib from 'node:zlib';
import type { Handler } from './fixture-server.js';

export const MiB = 1024 * 1024;
export const GiB = 1024 * MiB;

const FILL = Buffer.alloc(64 * 1024, 0x20);

/** Bytes of (uncompressed) body a hostile handler produced so far. */
export const produced = { bytes: 0 };

/** A readable of `total` bytes of spaces, produced lazily with backpressure. */
export function lazyBytes(total: number, counter = produced): Readable {
  let left = total;
  return new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const n = Math.min(left, FILL.length);
      left -= n;
      counter.bytes += n;
      this.push(n === FILL.length ? FILL : FILL.subarray(0, n));
    },
  });
}

function send(res: ServerResponse, source: Readable, stages: Transform[]): void {
  pipeline([source, ...stages, res], () => undefined);
}

/** A `total`-byte body (Content-Length declared), streamed. */
export function hugeBody(total: number, type = 'text/html'): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': type, 'content-length': String(total) });
    send(res, lazyBytes(total), []);
  };
}

/** A `total`-byte body sent chunked, with no length declared. */
export function hugeChunkedBody(total: number, type = 'text/html'): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': type });
    send(res, lazyBytes(total), []);
  };
}

/** A body of `total` bytes compressed live with `encodings` (applied in order) and labelled `label`. */
export function bomb(total: number, encodings: readonly ('gzip' | 'deflate' | 'deflate-raw' | 'br')[], label: string, type = 'text/html'): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': type, ...(label ? { 'content-encoding': label } : {}) });
    const stages = encodings.map((e) => {
      switch (e) {
        case 'gzip':
          return zlib.createGzip({ level: 6 });
        case 'deflate':
          return zlib.createDeflate({ level: 6 });
        case 'deflate-raw':
          return zlib.createDeflateRaw({ level: 6 });
        case 'br':
          return zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });
      }
    });
    send(res, lazyBytes(total), stages);
  };
}

/** Sends headers, then one byte every `everyMs` for ever. */
export function trickle(everyMs: number): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.flushHeaders();
    const t = setInterval(() => {
      if (res.destroyed || res.writableEnded) return clearInterval(t);
      res.write('<');
    }, everyMs);
    res.on('close', () => clearInterval(t));
  };
}

/** Never answers: the request is read and left hanging. */
export const silent: Handler = () => undefined;

/** A raw TCP server: `silent` accepts and says nothing; `headers` trickles a status line byte by byte. */
export async function rawServer(mode: 'silent' | 'trickle-headers', everyMs = 300): Promise<{ origin: string; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    if (mode === 'trickle-headers') {
      const text = `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: ${'p'.repeat(10_000)}\r\n\r\n`;
      let i = 0;
      const t = setInterval(() => {
        if (socket.destroyed || i >= text.length) return clearInterval(t);
        socket.write(text[i++]!);
      }, everyMs);
      socket.on('close', () => clearInterval(t));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Samples this process's RSS while `fn` runs; returns fn's result and the peak growth in MiB. */
export async function withRssGrowth<T>(fn: () => Promise<T>): Promise<{ value: T; growthMiB: number }> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, growthMiB: (peak - before) / MiB };
  } finally {
    clearInterval(timer);
  }
}
