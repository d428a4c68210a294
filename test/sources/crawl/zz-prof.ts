import { startServer } from './fixture-server.js';
import { crawl, memoryStore } from '../../../shared/sources/crawl/crawler.js';
import { testOptions } from './crawl-options.js';
const PAGES = 2000;
function page(i: number): string {
  const links = Array.from({ length: 40 }, (_, k) => `<li><a href="/p/${(i * 7 + k * 13 + 1) % PAGES}">Service ${k}</a></li>`).join('');
  const paras = Array.from({ length: 24 }, (_, k) => `<p>Paragraph ${k} of page ${i}: we answer calls within ${k + 10} seconds and reply to emails within ${k + 1} working days.</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Page ${i}</title></head><body>
<header><nav><ul>${links}</ul></nav></header><main><h1>Page ${i}</h1>${paras}</main>
<footer><p>Harbour Energy Ltd, registered in England.</p></footer></body></html>`;
}
console.log('rss at start', (process.memoryUsage().rss / 2**20).toFixed(0));
const { spawnSync } = await import('node:child_process');
const server = await startServer((s) => { for (let i = 0; i < PAGES; i++) s.page(`/p/${i}`, page(i)); });
const t = performance.now();
const s = await crawl(testOptions([`${server.origin}/p/0`], { maxPages: PAGES, concurrency: 20, maxDepth: 100, respectRobots: false }), memoryStore(), { onProgress: (p) => { if (p.fetched % 250 < 3) { const m = process.memoryUsage(); console.log(p.fetched, 'rss', (m.rss/2**20).toFixed(0), 'heap', (m.heapUsed/2**20).toFixed(0), 'total', (m.heapTotal/2**20).toFixed(0), 'ext', (m.external/2**20).toFixed(0), 'ab', (m.arrayBuffers/2**20).toFixed(0)); } }, progressIntervalMs: 0 });
console.log(s.stored, (performance.now() - t) / 1000, 'rss', (process.memoryUsage().rss / 2**20).toFixed(0));
await server.stop();
