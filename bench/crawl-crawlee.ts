/**
 * The comparison crawler: Crawlee's CheerioCrawler over the same site, in its own process so
 * its peak memory is its own. Prints one JSON line: {pages, seconds, maxRssMB, textBytes}.
 * Usage: tsx bench/crawl-crawlee.ts <url> <maxPages> <concurrency>
 */
import { CheerioCrawler, Configuration } from '@crawlee/cheerio';

const [url, maxPagesArg, concArg] = process.argv.slice(2);
const maxPages = Number(maxPagesArg ?? 2000);
const concurrency = Number(concArg ?? 20);
let pages = 0;
let textBytes = 0;
const config = new Configuration({ persistStorage: false, purgeOnStart: true, logLevel: 0 as never });
const crawler = new CheerioCrawler(
  {
    maxConcurrency: concurrency,
    minConcurrency: concurrency,
    maxRequestsPerCrawl: maxPages,
    maxRequestRetries: 0,
    // The handler takes the page text, as ours does before extraction.
    async requestHandler({ $, enqueueLinks }) {
      textBytes += $('body').text().length;
      pages++;
      await enqueueLinks({ strategy: 'same-origin' });
    },
  },
  config,
);
const t0 = performance.now();
await crawler.run([url!]);
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(
  JSON.stringify({ pages, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024, textBytes }) + '\n',
);
process.exit(0);
