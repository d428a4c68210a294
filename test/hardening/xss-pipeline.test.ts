/**
 * Untrusted text through the whole core: the 200 listed XSS payloads and 1,000 generated
 * ones, as the text of a loopback site's pages (list items of promises) and as its page
 * titles, as the text and title of a flyer PDF, and as the text cells (and the file name) of
 * a practice log, plus the company name and a review's reason. One audit runs through
 * createAuditCore (crawl, documents.add, practice.import, audit.start). Then:
 *  - every passage, title, practice cell, claim and finding reads exactly as written
 *    (visible text: whitespace collapsed; nothing escaped, stripped or re-encoded);
 *  - the report HTML (report.preview), parsed as a browser would, holds every claim as text,
 *    and not one element, attribute, URL or style that came from a payload; its only
 *    stylesheet is the one its Content-Security-Policy names;
 *  - the JSON and CSV exports carry the texts exactly (CSV: formula cells neutralised).
 * The renderer's own sentinel test (a payload that fires in a view) is the UI suite's.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimRow, FindingDetail, FindingRow, ImportOutcome } from '../../shared/contract/types.js';
import type { AuditJson } from '../../shared/report/export.js';
import { neutraliseFormula } from '../../shared/report/csv.js';
import { createAuditCore, type AuditCore } from '../../shared/service/core.js';
import { listSourcedPassages, listSources } from '../../shared/store/sources-repo.js';
import { figure } from './support/figures.js';
import { inspectReport, type ReportInspection } from './support/report-inspect.js';
import { flyerPdf, pageHtml, practiceCsv, promiseWith, serveSite, visibleText, type FixtureSite, type SitePage } from './support/xss-fixtures.js';
import { generatedPayloads, listedPayloads } from './support/xss-payloads.js';

const ITEMS_PER_PAGE = 10;
const PDF_NUMBER_BASE = 100_000;
/**
 * Characters the flyer's font (DejaVu Sans) can draw: a PDF holds only glyphs, so a character
 * no installed font has (full-width forms, invisible and bidi controls) is not in the PDF at all.
 */
const PRINTABLE = /^[\x20-\x7e\u00a1-\u017f]+$/;

const listed = listedPayloads();
const payloads = [...listed, ...generatedPayloads(1000, 4367)];
const pages: SitePage[] = [];
for (let i = 0; i * ITEMS_PER_PAGE < payloads.length; i++) {
  const slice = payloads.slice(i * ITEMS_PER_PAGE, (i + 1) * ITEMS_PER_PAGE);
  pages.push({ path: `/promises/${i + 1}`, title: payloads[i]!, items: slice.map((p, k) => promiseWith(p, i * ITEMS_PER_PAGE + k + 1)) });
}
const pdfPayloads = payloads.filter((p) => PRINTABLE.test(p));
const pdfItems = pdfPayloads.map((p, i) => `${promiseWith(p, PDF_NUMBER_BASE + i)}.`);
const pdfTitle = pdfPayloads[1]!;
const company = listed[0]!;
const datasetName = '<img src=x onerror=alert(1)>.csv';
const reviewReason = listed.find((p) => p.includes('onmouseover'))!;
const cells = payloads.map((p, i) => ({
  note: p,
  team: payloads[(i + 1) % payloads.length]!,
  channel: payloads[(i + 2) % payloads.length]!,
  reportedBy: payloads[(i + 3) % payloads.length]!,
}));
/** Every source text a claim may come from, as the readers show it. */
const sourceTexts = new Set([...pages.flatMap((p) => p.items), ...pdfItems].map(visibleText));

let dir: string;
let site: FixtureSite;
let core: AuditCore;
let runId: string;
let claims: ClaimRow[];
let findings: FindingRow[];
let report: ReportInspection;
let reportHtml: string;

async function call<T>(method: string, params: unknown = {}): Promise<T> {
  return (await core.dispatch(method, params)) as T;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hardening-xss-'));
  const html = new Map(pages.map((p) => [p.path, pageHtml(p)]));
  html.set('/', pageHtml({ path: '/', title: 'Harbour Home Energy', items: ['Welcome to our customer service pages.'] }, pages.map((p) => p.path)));
  site = await serveSite(html);
  core = createAuditCore({ userDataDir: join(dir, 'user-data') });
  await call('workspace.create', { path: join(dir, 'xss.paudit'), company });
  await call('settings.update', { settings: { company, crawl: { startUrls: [`${site.origin}/`], delayMs: 0, concurrency: 8, maxPages: 1000 } } });
  const pdf = await flyerPdf(pdfTitle, pdfItems);
  await call('documents.add', { name: 'service-flyer.pdf', dataBase64: Buffer.from(pdf).toString('base64') });
  const outcome = await call<ImportOutcome>('practice.import', { name: datasetName, dataBase64: Buffer.from(practiceCsv(cells)).toString('base64') });
  if (!outcome.ok) throw new Error(`the practice log was refused: ${outcome.message}`);

  const finished = new Promise<{ status: string; error: string | null }>((resolve) =>
    core.onEvent((e) => {
      if (e.type === 'run-finished') resolve(e);
    }),
  );
  runId = (await call<{ runId: string }>('audit.start')).runId;
  const end = await finished;
  if (end.status !== 'done') throw new Error(`the audit run ended ${end.status}: ${end.error}`);
  claims = await call<ClaimRow[]>('claims.list');
  findings = await call<FindingRow[]>('findings.list');
  await call('review.decide', { findingKeys: [findings[0]!.finding.key], status: 'dismissed', reason: reviewReason, note: listed[1], reviewer: listed[2] });
  reportHtml = (await call<{ html: string }>('report.preview')).html;
  report = inspectReport(reportHtml);
  figure('XSS payloads', `${listed.length} listed + ${payloads.length - listed.length} generated; carried as ${pages.length * ITEMS_PER_PAGE} page list items, ${pages.length} page titles, ${pdfItems.length} PDF lines and a PDF title, ${cells.length * 4} CSV cells, a file name, the company name and a review`);
  figure('XSS audit run', `${site.requested.length} pages fetched, ${claims.length} claims, ${findings.length} findings, report ${(reportHtml.length / 1e6).toFixed(1)} MB`);
});

afterAll(async () => {
  await core?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('payloads read as text, exactly as written', () => {
  it('every page list item and PDF line is a passage reading exactly as written', () => {
    const passages = new Set(listSourcedPassages(core.workspace().db, runId).map((p) => p.text));
    const missing = [...sourceTexts].filter((t) => !passages.has(t));
    figure('passages read exactly', `${sourceTexts.size - missing.length} of ${sourceTexts.size} (page items and PDF lines)`);
    expect(missing).toEqual([]);
  });

  it('every page title and the PDF title are kept exactly as written', () => {
    const titles = new Map(listSources(core.workspace().db, runId).map((s) => [s.uri, s.title]));
    for (const page of pages) expect(titles.get(`${site.origin}${page.path}`)).toBe(visibleText(page.title));
    const flyer = [...titles].find(([uri]) => uri.endsWith('service-flyer.pdf'));
    expect(flyer?.[1]).toBe(pdfTitle);
  });

  it('every practice-log cell is stored exactly as written', () => {
    const rows = core
      .workspace()
      .db.prepare('SELECT note, team, channel, reported_by AS reportedBy FROM practice_records WHERE dataset_id IS NOT NULL ORDER BY id')
      .all() as { note: string; team: string; channel: string; reportedBy: string }[];
    expect(rows).toEqual(cells.map((c) => ({ note: c.note.trim(), team: c.team.trim(), channel: c.channel.trim(), reportedBy: c.reportedBy.trim() })));
  });

  it('every claim is a source text, whole; every finding carries its claim text unchanged', async () => {
    const notWhole = claims.filter((c) => !sourceTexts.has(c.claim.text) && !sourceTexts.has(`${c.claim.text}.`)).map((c) => c.claim.text);
    expect(notWhole).toEqual([]);
    const byId = new Map(claims.map((c) => [c.claim.id, c.claim.text]));
    for (const f of findings) expect([f.finding.id, f.claimText]).toEqual([f.finding.id, byId.get(f.finding.claimId)]);
    for (const f of findings.slice(0, 40)) {
      const detail = await call<FindingDetail>('findings.get', { id: f.finding.id });
      expect(sourceTexts.has(detail.passage?.text ?? '')).toBe(true);
      expect(detail.passage!.text.includes(detail.claim.text)).toBe(true);
    }
    const intact = payloads.filter((p) => claims.some((c) => c.claim.text.includes(visibleText(p)))).length;
    figure('payloads found whole in a claim', `${intact} of ${payloads.length} (the rest made no claim: the extractor did not read them as promises)`);
    // The test has teeth only if most payloads became claims.
    expect(intact).toBeGreaterThan(payloads.length * 0.9);
  });
});

describe('the report lets nothing in', () => {
  it('holds no element, attribute, URL or style that came from a payload', () => {
    figure('report elements', [...report.tags].map(([t, n]) => `${t} ${n}`).join(', '));
    expect(report.problems).toEqual([]);
    expect(report.attributeValues.filter((v) => /xss-\d/.test(v))).toEqual([]);
    expect(report.tags.get('style')).toBe(1);
    expect(report.tags.get('meta')).toBe(2);
  });

  it('applies only its own stylesheet, the one its Content-Security-Policy names', () => {
    const hash = createHash('sha256').update(report.styles[0]!, 'utf8').digest('base64');
    expect(report.csp).toBe(`default-src 'none'; style-src 'sha256-${hash}'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'`);
  });

  it('shows every claim, the company, the flyer title, the file name and the review reason as text', () => {
    const absent = claims.filter((c) => !report.text.includes(c.claim.text)).map((c) => c.claim.text);
    figure('claims shown as text in the report', `${claims.length - absent.length} of ${claims.length}`);
    expect(absent).toEqual([]);
    for (const text of [company, pdfTitle, datasetName, reviewReason]) expect([text, report.text.includes(visibleText(text))]).toEqual([text, true]);
  });
});

describe('the exports carry the text exactly', () => {
  it('JSON: every finding\'s claim text as found; CSV: as found, formula-like cells neutralised', async () => {
    const json = await call<{ dataBase64: string }>('report.export', { format: 'json' });
    const audit = JSON.parse(Buffer.from(json.dataBase64, 'base64').toString('utf8')) as AuditJson;
    const texts = new Map(claims.map((c) => [c.claim.id, c.claim.text]));
    for (const f of audit.findings) expect(f.claim.text).toBe(texts.get(f.claim.id));

    const csv = await call<{ dataBase64: string }>('report.export', { format: 'claims-csv' });
    const rows = parse(Buffer.from(csv.dataBase64, 'base64').toString('utf8'), { bom: true, columns: true }) as { id: string; text: string }[];
    expect(rows.length).toBe(claims.length);
    for (const r of rows) expect(r.text).toBe(neutraliseFormula(texts.get(r.id)!));
  });
});
