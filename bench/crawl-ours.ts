/**
 * Our crawler over the bench site, in its own process so its peak memory is its own: fetch,
 * robots.txt, sitemap, politeness logic on, pages read into passages and stored in a real
 * workspace, exactly as an audit run does. Prints one JSON line: {pages, seconds, maxRssMB}.
 * Usage: tsx bench/crawl-ours.ts <url> <maxPages> <concurrency>
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CrawlOptionsSchema } from '../shared/domain/settings.js';
import { crawl } from '../shared/sources/crawl/crawler.js';
import { SqliteFrontierStore } from '../shared/sources/crawl/frontier-sqlite.js';
import { Workspace } from '../shared/store/workspace.js';
import { createRun } from '../shared/store/runs-repo.js';
import { getSettings } from '../shared/store/settings-repo.js';
import { countPassages } from '../shared/store/sources-repo.js';

const [url, maxPagesArg, concArg] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'pa-bench-crawl-'));
const ws = Workspace.open(join(dir, 'bench.paudit'));
const run = createRun(ws.db, getSettings(ws.db));
// As the audit's crawl stage does (shared/service/stages/crawl-stage.ts).
ws.db.pragma('synchronous = NORMAL');
const options = CrawlOptionsSchema.parse({
  startUrls: [url],
  maxPages: Number(maxPagesArg ?? 2000),
  concurrency: Number(concArg ?? 20),
  delayMs: 0,
  maxDepth: 100,
});
const t0 = performance.now();
const summary = await crawl(options, new SqliteFrontierStore(ws.db, run.id));
const seconds = (performance.now() - t0) / 1000;
const passages = countPassages(ws.db);
ws.close();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(
  JSON.stringify({ pages: summary.stored, fetched: summary.fetched, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024, passages }) + '\n',
);
