/**
 * Throughput and memory of the crawler against Crawlee's CheerioCrawler, on the same loopback
 * site (2,000 pages of ~16 KB with 40 links each), concurrency 20, no delay. Each crawler runs
 * in its own process so peak RSS is its own.
 *
 *   npx tsx test/sources/crawl/crawl-bench.ts            # all three, prints a table
 *   BENCH_MODES=ours,crawlee npx tsx test/sources/crawl/crawl-bench.ts
 *   npx tsx test/sources/crawl/crawl-bench.ts ours|crawlee|ours-sqlite <origin>   (child mode)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSettings } from '../../../shared/domain/settings.js';
import { crawl, memoryStore } from '../../../shared/sources/crawl/crawler.js';
import { SqliteFrontierStore } from '../../../shared/sources/crawl/frontier-sqlite.js';
import { openDatabase } from '../../../shared/store/database.js';
import { createRun } from '../../../shared/store/runs-repo.js';
import { testOptions } from './crawl-options.js';
import { startServer } from './fixture-server.js';

const PAGES = 2000;
const CONCURRENCY = 20;

function page(i: number): string {
  const links = Array.from({ length: 40 }, (_, k) => `<li><a href="/p/${(i * 7 + k * 13 + 1) % PAGES}">Service ${k}</a></li>`).join('');
  const paras = Array.from(
    { length: 24 },
    (_, k) => `<p>Paragraph ${k} of page ${i}: we answer calls within ${k + 10} seconds and reply to emails within ${k + 1} working days.</p>`,
  ).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Page ${i}</title></head><body>
<header><nav><ul>${links}</ul></nav></header><main><h1>Page ${i}</h1>${paras}</main>
<footer><p>Harbour Energy Ltd, registered in England.</p></footer></body></html>`;
}

let peak = 0;
const sampler = (): NodeJS.Timeout => setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);

async function runOurs(origin: string, sqlite: boolean): Promise<number> {
  const opts = testOptions([`${origin}/p/0`], { maxPages: PAGES, concurrency: CONCURRENCY, maxDepth: 100, respectRobots: false });
  if (!sqlite) return (await crawl(opts, memoryStore())).stored;
  const dir = mkdtempSync(join(tmpdir(), 'crawl-bench-'));
  try {
    const db = openDatabase(join(dir, 'bench.workspace.db'));
    const summary = await crawl(opts, new SqliteFrontierStore(db, createRun(db, defaultSettings()).id));
    db.close();
    return summary.stored;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runCrawlee(origin: string): Promise<number> {
  const { CheerioCrawler, Configuration } = await import('@crawlee/cheerio');
  let n = 0;
  const crawler = new CheerioCrawler(
    {
      maxConcurrency: CONCURRENCY,
      minConcurrency: CONCURRENCY,
      maxRequestsPerCrawl: PAGES,
      async requestHandler({ $, enqueueLinks }) {
        n += $('p').length > 0 ? 1 : 0;
        await enqueueLinks({ strategy: 'same-hostname' });
      },
    },
    new Configuration({ persistStorage: false, logLevel: 0 as never }),
  );
  await crawler.run([`${origin}/p/0`]);
  return n;
}

async function child(mode: string, origin: string): Promise<void> {
  const t = sampler();
  const started = performance.now();
  const pages = mode === 'crawlee' ? await runCrawlee(origin) : await runOurs(origin, mode === 'ours-sqlite');
  const seconds = (performance.now() - started) / 1000;
  clearInterval(t);
  console.log(JSON.stringify({ mode, pages, seconds, pagesPerSecond: pages / seconds, peakRssMiB: peak / 2 ** 20 }));
}

async function main(): Promise<void> {
  const server = await startServer((s) => {
    for (let i = 0; i < PAGES; i++) s.page(`/p/${i}`, page(i));
  });
  const results = [];
  const modes = (process.env['BENCH_MODES'] ?? 'ours,ours-sqlite,crawlee').split(',');
  for (const mode of modes) {
    const proc = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, mode, server.origin], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise((r) => proc.once('close', r));
    const line = out.trim().split('\n').find((l) => l.startsWith('{"mode"'));
    if (line) results.push(JSON.parse(line));
  }
  await server.stop();
  console.table(results);
}

const [mode, origin] = process.argv.slice(2);
if (mode && origin) await child(mode, origin);
else await main();
