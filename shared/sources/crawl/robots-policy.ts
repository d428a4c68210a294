/**
 * What robots.txt allows on one origin, fetched per RFC 9309 section 2.3:
 * 2xx -> parse it; 3xx -> follow up to five redirects (more: treat as unavailable);
 * 4xx -> "unavailable", everything allowed; 5xx, 429, a network error or a timeout ->
 * "unreachable", everything disallowed. /robots.txt itself is always allowed.
 */
import { FetchError, fetchUrl, type FetchOptions } from './fetcher.js';
import { pathOfUrl, PARSE_LIMIT_BYTES, RobotsTxt } from './robots.js';

/** Redirects followed for robots.txt (RFC 9309: at least five). */
export const ROBOTS_MAX_REDIRECTS = 5;

/** How the rules of an origin were obtained. */
export type RobotsStatus = 'parsed' | 'allow-all' | 'disallow-all';

/** The robots.txt verdict for one origin. */
export class RobotsPolicy {
  constructor(
    /** Where the rules came from. */
    readonly status: RobotsStatus,
    /** Why, in words: "HTTP 404", "HTTP 503: disallow all", "timeout: disallow all". */
    readonly note: string,
    /** The parsed file when status is `parsed`. */
    readonly robots: RobotsTxt | null,
  ) {}

  /** May `url` be fetched by a crawler with this product token? */
  isAllowed(url: string, userAgentToken: string): boolean {
    if (pathOfUrl(url) === '/robots.txt') return true;
    if (this.status === 'allow-all') return true;
    if (this.status === 'disallow-all') return false;
    return this.robots!.isAllowed(url, userAgentToken);
  }

  /** The `Sitemap:` URLs the file lists. */
  get sitemaps(): readonly string[] {
    return this.robots?.sitemaps ?? [];
  }
}

export type RobotsFetchOptions = Omit<FetchOptions, 'maxBytes' | 'maxRedirects' | 'accept' | 'checkRedirect'>;

/** Fetches and interprets the robots.txt of `origin` ("https://example.com"). Never throws. */
export async function fetchRobotsPolicy(origin: string, opts: RobotsFetchOptions): Promise<RobotsPolicy> {
  const url = `${origin}/robots.txt`;
  try {
    const res = await fetchUrl(url, {
      ...opts,
      maxBytes: PARSE_LIMIT_BYTES,
      maxRedirects: ROBOTS_MAX_REDIRECTS,
      accept: 'text/plain,*/*;q=0.5',
    });
    if (res.status >= 200 && res.status < 300) {
      const note = res.truncated ? `HTTP ${res.status}, first ${PARSE_LIMIT_BYTES} bytes parsed` : `HTTP ${res.status}`;
      return new RobotsPolicy('parsed', note, RobotsTxt.parse(res.body));
    }
    if (res.status === 429 || res.status >= 500) {
      return new RobotsPolicy('disallow-all', `HTTP ${res.status}: server error, everything disallowed`, null);
    }
    if (res.status >= 400) return new RobotsPolicy('allow-all', `HTTP ${res.status}: no robots.txt, everything allowed`, null);
    // A 3xx without a Location, or a 1xx: nothing usable, and nothing says "unreachable".
    return new RobotsPolicy('allow-all', `HTTP ${res.status}: no usable robots.txt, everything allowed`, null);
  } catch (err) {
    if (err instanceof FetchError && (err.code === 'too-many-redirects' || err.code === 'redirect-loop')) {
      return new RobotsPolicy('allow-all', `${err.code}: robots.txt unavailable, everything allowed`, null);
    }
    if (err instanceof FetchError && err.code === 'aborted') {
      return new RobotsPolicy('disallow-all', 'cancelled: everything disallowed', null);
    }
    const code = err instanceof FetchError ? err.code : 'error';
    return new RobotsPolicy('disallow-all', `${code}: robots.txt unreachable, everything disallowed`, null);
  }
}

/** One fetch per origin per crawl, shared by every URL of that origin. */
export class RobotsCache {
  private readonly policies = new Map<string, Promise<RobotsPolicy>>();
  private readonly resolved = new Map<string, RobotsPolicy>();

  constructor(private readonly opts: RobotsFetchOptions) {}

  /** The policy for `origin`, fetched on first use. */
  policyFor(origin: string): Promise<RobotsPolicy> {
    let p = this.policies.get(origin);
    if (!p) {
      p = fetchRobotsPolicy(origin, this.opts).then((policy) => {
        this.resolved.set(origin, policy);
        return policy;
      });
      this.policies.set(origin, p);
    }
    return p;
  }

  /** The policy for `origin` if it has been fetched already, else undefined. */
  peek(origin: string): RobotsPolicy | undefined {
    return this.resolved.get(origin);
  }
}
