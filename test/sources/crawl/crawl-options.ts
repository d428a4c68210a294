/** Crawl options for tests: the product defaults, fast (no delay, short timeouts). */
import { CrawlOptionsSchema, type CrawlOptions } from '../../../shared/domain/settings.js';

export function testOptions(startUrls: string[], overrides: Partial<CrawlOptions> = {}): CrawlOptions {
  return CrawlOptionsSchema.parse({ startUrls, delayMs: 0, timeoutMs: 5000, concurrency: 4, ...overrides });
}
