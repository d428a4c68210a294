/**
 * One HTTP(S) GET, bounded in every direction: a whole-request deadline and an idle timeout
 * (no bytes for a while), a redirect cap with loop detection, and a size cap counted after
 * decompression that aborts the socket the moment it is reached. Memory never holds more
 * than the cap. Built on node:http/https (not fetch) for control over sockets and timing.
 */
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { pipeline, type Readable } from 'node:stream';
import { ContentEncodingError, createDecoders, parseContentEncoding } from './content-decoding.js';

/** Keep-alive agents a crawl shares between its requests. */
export interface HttpAgents {
  readonly http: http.Agent;
  readonly https: https.Agent;
}

/** Creates keep-alive agents for one crawl; call `destroyAgents` when it ends. */
export function createAgents(maxSocketsPerHost: number): HttpAgents {
  const options = { keepAlive: true, maxSockets: maxSocketsPerHost, maxFreeSockets: maxSocketsPerHost, scheduling: 'lifo' as const };
  return { http: new http.Agent(options), https: new https.Agent(options) };
}

export function destroyAgents(agents: HttpAgents): void {
  agents.http.destroy();
  agents.https.destroy();
}

export interface FetchOptions {
  /** Deadline for the whole fetch, redirects included, in ms. */
  readonly timeoutMs: number;
  /** Longest silence (no bytes received) tolerated, in ms; defaults to `timeoutMs`. */
  readonly idleTimeoutMs?: number;
  /** Most body bytes kept, counted after decompression; reaching it cuts the response. */
  readonly maxBytes: number;
  /** Most redirects followed. */
  readonly maxRedirects: number;
  /** The User-Agent header sent. */
  readonly userAgent: string;
  readonly accept?: string;
  readonly signal?: AbortSignal;
  readonly agents?: HttpAgents;
  /** Asked before each redirect is followed; a returned string refuses it with that reason. */
  readonly checkRedirect?: (url: string) => string | null | Promise<string | null>;
}

/** A response: status, headers and a body of at most `maxBytes` bytes. */
export interface FetchResult {
  /** The URL finally answered (after redirects). */
  readonly url: string;
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly contentType: string | null;
  /** The decoded body (empty for redirects; at most 64 KiB for error statuses). */
  readonly body: Buffer;
  /** True when the body was cut at the cap. */
  readonly truncated: boolean;
  /** The URLs redirected from, in order. */
  readonly redirects: readonly string[];
}

export type FetchErrorCode =
  | 'bad-url'
  | 'timeout'
  | 'idle-timeout'
  | 'too-many-redirects'
  | 'redirect-loop'
  | 'redirect-refused'
  | 'network'
  | 'incomplete'
  | 'content-encoding'
  | 'aborted';

/** A fetch that produced no usable response; `message` says what and where. */
export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    readonly url: string,
    message: string,
  ) {
    super(`${url}: ${message}`);
    this.name = 'FetchError';
  }
}

/** Body bytes kept for non-2xx responses: enough to drain an error page and reuse the socket. */
const ERROR_BODY_CAP = 64 * 1024;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** The product token and version as a User-Agent: "PromiseAuditor/0.1.0 (+local audit)". */
export function userAgentHeader(token: string, version: string): string {
  return `${token}/${version} (+local audit)`;
}

type Fail = (err: FetchError) => void;

interface Hop {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  readonly truncated: boolean;
}

/** Fetches `url`, following redirects; resolves with the response or rejects with a FetchError. */
export async function fetchUrl(url: string, opts: FetchOptions): Promise<FetchResult> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new FetchError('bad-url', url, 'not a valid URL');
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new FetchError('bad-url', url, `only http and https are fetched, not ${target.protocol}`);
  }
  if (opts.signal?.aborted) throw new FetchError('aborted', url, 'cancelled');

  // Whoever is in flight registers how to fail it; the deadline and cancellation call that.
  let current: Fail | null = null;
  let pending: FetchError | null = null;
  const stop = (err: FetchError): void => {
    pending ??= err;
    current?.(err);
  };
  const deadline = setTimeout(
    () => stop(new FetchError('timeout', target.href, `no complete response within ${opts.timeoutMs} ms`)),
    opts.timeoutMs,
  );
  const onAbort = (): void => stop(new FetchError('aborted', target.href, 'cancelled'));
  opts.signal?.addEventListener('abort', onAbort, { once: true });

  const redirects: string[] = [];
  const visited = new Set([target.href]);
  try {
    for (;;) {
      const hop = await requestOnce(target, opts, (fail) => {
        current = fail;
        if (pending) fail(pending);
      });
      current = null;
      const location = hop.headers.location;
      if (!REDIRECT_STATUSES.has(hop.status) || !location) {
        return {
          url: target.href,
          status: hop.status,
          headers: hop.headers,
          contentType: headerValue(hop.headers['content-type']),
          body: hop.body,
          truncated: hop.truncated,
          redirects,
        };
      }
      let next: URL;
      try {
        next = new URL(location, target);
      } catch {
        throw new FetchError('bad-url', target.href, `redirects to an invalid URL "${location.slice(0, 200)}"`);
      }
      next.hash = '';
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw new FetchError('bad-url', target.href, `redirects to a ${next.protocol} URL`);
      }
      if (visited.has(next.href)) {
        throw new FetchError('redirect-loop', url, `redirect loop after ${redirects.length + 1} hops (back to ${next.href})`);
      }
      if (redirects.length >= opts.maxRedirects) {
        throw new FetchError('too-many-redirects', url, `more than ${opts.maxRedirects} redirects`);
      }
      const refused = await opts.checkRedirect?.(next.href);
      if (refused) throw new FetchError('redirect-refused', url, `redirect to ${next.href} refused: ${refused}`);
      redirects.push(target.href);
      visited.add(next.href);
      target = next;
    }
  } finally {
    clearTimeout(deadline);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

function headerValue(v: string | string[] | undefined): string | null {
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

/** One request/response, with the idle timeout; `register` hands out the function that fails it. */
function requestOnce(url: URL, opts: FetchOptions, register: (fail: Fail) => void): Promise<Hop> {
  return new Promise<Hop>((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const agent = opts.agents ? (url.protocol === 'https:' ? opts.agents.https : opts.agents.http) : undefined;
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    let res: IncomingMessage | null = null;
    let decoded: Readable | null = null;

    const idleMs = opts.idleTimeoutMs ?? opts.timeoutMs;
    const idle = setTimeout(() => fail(new FetchError('idle-timeout', url.href, `no data for ${idleMs} ms`)), idleMs);

    const cleanup = (destroy: boolean): void => {
      settled = true;
      clearTimeout(idle);
      if (destroy) {
        decoded?.destroy();
        res?.destroy();
        req.destroy();
      }
    };
    function fail(err: FetchError): void {
      if (settled) return;
      cleanup(true);
      reject(err);
    }
    const succeed = (hop: Hop, destroy: boolean): void => {
      if (settled) return;
      cleanup(destroy);
      resolve(hop);
    };

    const req = client.request(url, {
      method: 'GET',
      agent,
      headers: {
        'user-agent': opts.userAgent,
        accept: opts.accept ?? 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    register(fail);
    req.on('error', (e) => {
      // Bytes after a complete message (a Content-Length lower than the body) break the
      // connection, not the response: the declared body still ends normally.
      if ((res as IncomingMessage | null)?.complete) return;
      fail(new FetchError('network', url.href, e.message));
    });
    req.on('response', (response) => {
      res = response;
      idle.refresh();
      const status = response.statusCode ?? 0;
      const headers = response.headers;
      if (REDIRECT_STATUSES.has(status) && headers.location) {
        // The body of a redirect is never read; the socket is closed instead of drained.
        succeed({ status, headers, body: Buffer.alloc(0), truncated: false }, true);
        return;
      }
      let decoders;
      try {
        decoders = createDecoders(parseContentEncoding(headers['content-encoding']));
      } catch (e) {
        fail(new FetchError('content-encoding', url.href, (e as ContentEncodingError).message));
        return;
      }
      const cap = status >= 200 && status < 300 ? opts.maxBytes : Math.min(opts.maxBytes, ERROR_BODY_CAP);
      response.on('data', () => idle.refresh());
      const out: Readable = decoders.length === 0 ? response : decoders[decoders.length - 1]!;
      decoded = out;
      if (decoders.length > 0) {
        pipeline([response, ...decoders], (err) => {
          if (err && !settled) fail(streamError(url.href, err, true));
        });
      } else {
        response.on('error', (err) => fail(streamError(url.href, err, false)));
        response.on('aborted', () => fail(new FetchError('incomplete', url.href, 'connection closed before the body was complete')));
      }
      out.on('data', (chunk: Buffer) => {
        if (settled) return;
        if (size + chunk.length > cap) {
          chunks.push(chunk.subarray(0, cap - size));
          size = cap;
          succeed({ status, headers, body: Buffer.concat(chunks, size), truncated: true }, true);
          return;
        }
        chunks.push(chunk);
        size += chunk.length;
      });
      out.on('end', () => {
        if (!response.complete) {
          fail(new FetchError('incomplete', url.href, 'connection closed before the body was complete'));
          return;
        }
        succeed({ status, headers, body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size), truncated: false }, false);
      });
    });
    req.end();
  });
}

function streamError(url: string, err: Error & { code?: string }, decoding: boolean): FetchError {
  if (err.code === 'ECONNRESET' || err.message === 'aborted' || err.code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return new FetchError('incomplete', url, 'connection closed before the body was complete');
  }
  if (decoding && (err.code?.startsWith('Z_') || /header|invalid|incorrect|unexpected end/i.test(err.message))) {
    return new FetchError('content-encoding', url, `body does not decode as its Content-Encoding says: ${err.message}`);
  }
  return new FetchError('network', url, err.message);
}
