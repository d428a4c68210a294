/**
 * The CLI end to end, as a user runs it: a loopback company site with a PDF flyer, a policy
 * DOCX and practice CSVs audited into a workspace, findings JSON and a PDF; then checked against
 * what the fixture company was built to give. Run for the bundled sample and for a held-out
 * company of another sector.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { serveStaticSite, type ServedSite } from '../../sample/src/static-server.js';
import { compareWithExpected, loadExpected, type AuditOut } from './audit-fixtures.js';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'shared/node/cli.ts');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, PROMISE_AUDIT_DATA: join(tmpdir(), 'pa-cli-test-data') },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const COMPANIES = [
  { name: 'the bundled sample (Harbourside Home Services)', dir: join(ROOT, 'sample'), pdf: true },
  { name: 'a held-out company (Fellside Broadband)', dir: join(ROOT, 'test/fixtures/e2e-heldout'), pdf: false },
];

describe.each(COMPANIES)('promise-audit audit on $name', ({ dir, pdf }) => {
  const expected = loadExpected(dir);
  let site: ServedSite;
  let tmp: string;
  let result: { code: number; stdout: string; stderr: string };
  let out: AuditOut;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'pa-e2e-'));
    site = await serveStaticSite({ root: join(dir, expected.site.root), canonicalOrigin: expected.site.canonicalOrigin });
    const args = ['audit', '--site', site.url, '--workspace', join(tmp, 'audit.paudit'), '--json', join(tmp, 'out.json')];
    for (const d of expected.documents) args.push('--docs', join(dir, d.file));
    for (const p of expected.practice.files) args.push('--practice', join(dir, p));
    if (pdf) args.push('--pdf', join(tmp, 'report.pdf'));
    args.push('--fail-on', 'over-promised', '--company', expected.company);
    result = await cli(args);
    out = JSON.parse(readFileSync(join(tmp, 'out.json'), 'utf8')) as AuditOut;
  }, 300_000);

  afterAll(async () => {
    await site?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('exits with 1 because over-promising was found (--fail-on over-promised)', () => {
    expect(result.stderr).toMatch(/promises/);
    expect(result.code).toBe(1);
  });

  it('gives the verdict the practice data was built to give for every planted promise', () => {
    const problems = compareWithExpected(expected, out);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('never requests a robots-excluded page, and finds the sitemap-only page', () => {
    for (const r of expected.site.robotsExcluded) expect(site.requests).not.toContain(r.path);
    for (const s of expected.site.sitemapOnly) expect(site.requests).toContain(s.path);
  });

  it('leaves a workspace that passes integrity_check', () => {
    const db = new Database(join(tmp, 'audit.paudit'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it.runIf(pdf)('writes the PDF board report', () => {
    const file = join(tmp, 'report.pdf');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('promise-audit CLI contract', () => {
  it('extract --json prints nothing but JSON in SPEC shape, with occurrences', async () => {
    const r = await cli(['extract', join(ROOT, 'sample/site/charter.html'), join(ROOT, 'sample/site/index.html'), '--json']);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as { claims: Record<string, unknown>[] };
    expect(parsed.claims.length).toBeGreaterThan(3);
    for (const c of parsed.claims) {
      for (const k of ['id', 'text', 'category', 'measurable', 'value', 'valueMax', 'unit', 'strength', 'scope', 'share', 'source', 'occurrences']) {
        expect(c, k).toHaveProperty(k);
      }
    }
    // The site-wide banner is one claim with an occurrence on each page.
    const banner = parsed.claims.find((c) => String(c['text']).includes('Free UK delivery on all parts orders over £40'));
    expect((banner?.['occurrences'] as unknown[] | undefined)?.length).toBe(2);
  });

  it.each([
    [['frobnicate'], /unknown command/],
    [['extract'], /at least one file/],
    [['extract', '/no/such/file.html'], /no such file/],
    [['audit', '--site', 'not a url'], /not a URL/],
    [['audit', '--site', 'ftp://example.com/'], /http\(s\)/],
    [['audit', '--docs', 'missing.pdf'], /file not found/],
    [['audit', '--site', 'http://127.0.0.1:9/', '--fail-on', 'kept'], /--fail-on/],
    [['report', '--workspace', '/no/such.paudit', '--pdf', 'x.pdf'], /workspace not found/],
    [['practice', 'import', 'x.csv'], /file not found|--workspace/],
    [['practice', 'export'], /expected one of: import/],
    [['extract', '--bogus'], /Unknown option/],
  ])('exits 2 with a clear message on bad input: %j', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('--help lists every command and exits 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['extract', 'audit', 'practice import', 'report', 'diff', 'serve']) expect(r.stdout).toContain(c);
  });
});
