/// <reference lib="dom" />
/**
 * Crawled and imported text is shown as text on every screen: payloads in claim text, source
 * locations, document and dataset names, row errors and recent-workspace names never run, and
 * non-web addresses never become links. Uses the fake preload, which can put payloads in every
 * field; the real crawl of a hostile page is covered by audit-flow.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from './support/browser.js';
import { fakePreloadScript } from './support/fake-preload.js';
import { serveStatic } from './support/static-server.js';

const SCREENS = ['start', 'setup/site', 'setup/documents', 'setup/practice', 'setup/judgement', 'run', 'findings', 'review', 'finding/run2-f3', 'practice', 'history', 'report'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(tsx?|html)$/.test(name) ? [path] : [];
  });
}

describe('renderer source', () => {
  it('builds no HTML from strings anywhere', () => {
    const files = sourceFiles(join(process.cwd(), 'renderer', 'src'));
    expect(files.length).toBeGreaterThan(20);
    const offending = files.filter((f) => /dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/.test(readFileSync(f, 'utf8')));
    expect(offending).toEqual([]);
  });

  it('puts report HTML only in a sandboxed frame without scripts', () => {
    const report = readFileSync(join(process.cwd(), 'renderer', 'src', 'screens', 'report', 'ReportScreen.tsx'), 'utf8');
    expect(report).toMatch(/<iframe[^>]*sandbox=""[^>]*srcDoc=/);
    expect(report).not.toMatch(/allow-scripts|allow-same-origin/);
  });
});

describe.skipIf(!chromiumAvailable())('untrusted text in every view (fake preload)', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveStatic('out/renderer');
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript({ content: fakePreloadScript({ findings: 60, hostile: true }) });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(SCREENS)('#/%s shows payloads as text and runs none', async (screen) => {
    await page.goto(`${server.url}#/${screen}`);
    await page.locator('[data-page-title]').first().waitFor();
    await page.waitForTimeout(200);
    // Open every disclosure so hidden lists (skipped rows) are rendered too.
    await page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img, script:not([src]), svg [onload]').count()).toBe(0);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href).toMatch(/^(#|https?:|blob:)/);
  });

  it('shows the payloads themselves, as text', async () => {
    await page.goto(`${server.url}#/finding/run2-f3`);
    const passage = page.getByTestId('claim-passage');
    await passage.waitFor();
    expect(await passage.textContent()).toContain('<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>');
    expect(await passage.locator('mark').textContent()).toBe('We answer every call within 30 seconds');
    // The javascript: occurrence is listed, as text, not as a link.
    const more = page.getByRole('button', { name: /Show all/ });
    if (await more.count()) await more.click();
    const row = page.getByRole('row').filter({ hasText: 'javascript:window.__pwned=1' });
    await row.waitFor();
    expect(await row.locator('a').count()).toBe(0);
    await page.goto(`${server.url}#/start`);
    await page.getByText('<img src=x onerror=window.__pwned=1>').waitFor();
  });

  it('keeps the report preview script-free', async () => {
    await page.goto(`${server.url}#/report`);
    const frame = page.frameLocator('iframe[title="Report preview"]');
    await frame.getByText('Executive summary').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });
});
