/**
 * npm run bench [-- --quick] [-- --runs N]
 *
 * Measures Promise Auditor side by side with what users would pick instead, in one run on
 * this machine, and prints medians (of at least 3 runs; 1 with --quick, on smaller inputs):
 *   crawl       our crawler vs Crawlee's CheerioCrawler on a generated site on 127.0.0.1
 *   extract     claims from page text, MB/s, vs plain compromise nlp(text).sentences()
 *   import      a practice CSV into a workspace vs bare csv-parse + prepared insert
 *   crosscheck  10,000 claims against 1,000,000 records
 *   report      the PDF board report of 500 findings
 * Figures go to bench/results/latest.json and a table on stdout. Targets are printed next to
 * them; nothing here fails a build (speed is never asserted in tests).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { serveBenchSite } from './site.js';
import { benchText } from './text.js';
import { measureExtraction } from '../shared/extract/bench-extract.js';
import { benchImport } from '../shared/practice/bench-import.js';
import { benchCrossCheck } from '../shared/crosscheck/bench-crosscheck.js';
import { benchReport } from '../shared/report/bench-report.js';
import { PlaywrightPdfPrinter } from '../shared/report/pdf.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1])) : quick ? 1 : 3;
const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');

const SIZES = quick
  ? { pages: 200, extractMB: 0.5, importRows: 100_000, claims: 1_000, records: 100_000, findings: 100 }
  : { pages: 2000, extractMB: 5, importRows: 1_000_000, claims: 10_000, records: 1_000_000, findings: 500 };
const CONCURRENCY = 20;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

interface CrawlRun {
  pages: number;
  seconds: number;
  maxRssMB: number;
}

async function child(script: string, url: string): Promise<CrawlRun> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', join(here, script), url, String(SIZES.pages), String(CONCURRENCY)],
    { cwd: root, maxBuffer: 16 * 1024 * 1024, timeout: 15 * 60_000 },
  );
  const last = stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as CrawlRun;
}

function log(msg: string): void {
  process.stderr.write(`${msg}\n`);
}

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  quick,
  runs: RUNS,
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  sizes: SIZES,
};
const rows: [string, string, string, string][] = [];

// --- crawl -------------------------------------------------------------------------------
{
  const site = await serveBenchSite(SIZES.pages);
  log(`crawl: ${SIZES.pages} pages (${r1(site.totalHtmlBytes / 1e6)} MB of HTML) on ${site.url}, concurrency ${CONCURRENCY}, no delay`);
  const ours: CrawlRun[] = [];
  const theirs: CrawlRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate the order so neither always runs on a warmer machine.
    if (i % 2 === 0) {
      ours.push(await child('crawl-ours.ts', site.url));
      theirs.push(await child('crawl-crawlee.ts', site.url));
    } else {
      theirs.push(await child('crawl-crawlee.ts', site.url));
      ours.push(await child('crawl-ours.ts', site.url));
    }
    log(`  run ${i + 1}: ours ${r1(ours.at(-1)!.pages / ours.at(-1)!.seconds)} pages/s, Crawlee ${r1(theirs.at(-1)!.pages / theirs.at(-1)!.seconds)} pages/s`);
  }
  await site.close();
  const oursPps = median(ours.map((r) => r.pages / r.seconds));
  const theirPps = median(theirs.map((r) => r.pages / r.seconds));
  const oursRss = median(ours.map((r) => r.maxRssMB));
  const theirRss = median(theirs.map((r) => r.maxRssMB));
  results['crawl'] = {
    ours: { pagesPerSecond: r1(oursPps), peakRssMB: Math.round(oursRss), pages: ours.map((r) => r.pages) },
    crawlee: { pagesPerSecond: r1(theirPps), peakRssMB: Math.round(theirRss), pages: theirs.map((r) => r.pages) },
    speedRatio: r2(oursPps / theirPps),
    memoryRatio: r2(oursRss / theirRss),
    target: 'speedRatio >= 3 and memoryRatio <= 0.5',
  };
  rows.push(['crawl (fetch to stored passages)', `${r1(oursPps)} pages/s, ${Math.round(oursRss)} MB`, `Crawlee ${r1(theirPps)} pages/s, ${Math.round(theirRss)} MB`, `x${r2(oursPps / theirPps)} speed, x${r2(oursRss / theirRss)} memory (target >= 3, <= 0.5)`]);
}

// --- extraction --------------------------------------------------------------------------
{
  const text = benchText(SIZES.extractMB * 1e6);
  log(`extract: ${r1(Buffer.byteLength(text) / 1e6)} MB of page text`);
  // measureExtraction runs each side RUNS times itself and keeps the fastest of each.
  const r = measureExtraction(text, RUNS);
  const ours = r.ourMBps;
  const plain = r.plainCompromiseMBps;
  results['extract'] = { ourMBps: r2(ours), plainCompromiseMBps: r2(plain), claims: r.claims, bytes: r.bytes, of: `best of ${RUNS}`, target: '>= 2 MB/s' };
  rows.push(['extract claims', `${r2(ours)} MB/s (best of ${RUNS})`, `compromise sentences ${r2(plain)} MB/s`, `x${r2(ours / plain)} (target >= 2 MB/s)`]);
}

// --- import ------------------------------------------------------------------------------
{
  log(`import: ${SIZES.importRows.toLocaleString('en')} rows of canonical CSV`);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await benchImport({ rows: SIZES.importRows }));
  const oursS = median(runs.map((r) => r.import.ms / 1000));
  const baseS = median(runs.map((r) => r.baseline.ms / 1000));
  const oursRss = median(runs.map((r) => r.import.peakRssMb));
  const baseRss = median(runs.map((r) => r.baseline.peakRssMb));
  results['import'] = {
    rows: SIZES.importRows,
    ours: { seconds: r2(oursS), rowsPerSecond: Math.round(SIZES.importRows / oursS), peakRssMB: Math.round(oursRss) },
    baseline: { seconds: r2(baseS), rowsPerSecond: Math.round(SIZES.importRows / baseS), peakRssMB: Math.round(baseRss) },
    target: '1,000,000 rows < 3 s, peak RSS < 200 MB',
  };
  rows.push(['import practice CSV', `${r2(oursS)} s, ${Math.round(SIZES.importRows / oursS).toLocaleString('en')} rows/s, ${Math.round(oursRss)} MB`, `csv-parse + insert ${r2(baseS)} s, ${Math.round(baseRss)} MB`, `target < 3 s, < 200 MB (1M rows)`]);
}

// --- cross-check ---------------------------------------------------------------------------
{
  log(`crosscheck: ${SIZES.claims.toLocaleString('en')} claims x ${SIZES.records.toLocaleString('en')} records`);
  const runs = Array.from({ length: RUNS }, () => benchCrossCheck({ claims: SIZES.claims, records: SIZES.records }));
  const ms = median(runs.map((r) => r.crossCheckMs));
  const indexMs = median(runs.map((r) => r.indexMs));
  results['crosscheck'] = { claims: SIZES.claims, records: SIZES.records, crossCheckMs: Math.round(ms), indexMs: Math.round(indexMs), target: '< 2 s' };
  rows.push(['cross-check', `${Math.round(ms)} ms (+ ${Math.round(indexMs)} ms indexing)`, '-', 'target < 2,000 ms']);
}

// --- report --------------------------------------------------------------------------------
{
  log(`report: PDF of ${SIZES.findings} findings`);
  const runs = [];
  // A fresh browser for the first run (what a user waits for), then a warm one.
  for (let i = 0; i < RUNS; i++) runs.push(await benchReport(SIZES.findings, i === 0 ? undefined : new PlaywrightPdfPrinter()));
  const ms = median(runs.map((r) => r.totalMs));
  results['report'] = { findings: SIZES.findings, totalMs: Math.round(ms), firstRunMs: Math.round(runs[0]!.totalMs), target: '< 5,000 ms for 500 findings' };
  rows.push(['PDF report', `${Math.round(ms)} ms (${SIZES.findings} findings)`, '-', 'target < 5,000 ms (500 findings)']);
}

mkdirSync(join(here, 'results'), { recursive: true });
const file = join(here, 'results', quick ? 'quick.json' : 'latest.json');
writeFileSync(file, JSON.stringify(results, null, 2) + '\n');

const widths = [0, 1, 2, 3].map((i) => Math.max(...[['what', 'Promise Auditor', 'alternative', 'note'], ...rows].map((r) => r[i]!.length)));
const line = (r: readonly string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
process.stdout.write(
  `\n${line(['what', 'Promise Auditor', 'alternative', 'note'])}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map(line).join('\n')}\n\n` +
    `Medians of ${RUNS} run(s)${quick ? ' (--quick: small inputs)' : ''} on ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}. Figures: ${file}\n`,
);
