/// <reference lib="dom" />
/**
 * The run screen's controls over the fake preload: live progress from events, elapsed time,
 * cancel, resume, and the way to the findings. (The real run is covered by audit-flow.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from './support/browser.js';
import { fakePreloadScript } from './support/fake-preload.js';
import { serveStatic } from './support/static-server.js';

describe.skipIf(!chromiumAvailable())('run controls (fake preload)', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let page: Page;

  beforeAll(async () => {
    server = await serveStatic('out/renderer');
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript({ content: fakePreloadScript({ findings: 40, runMs: 10_000 }) });
    page = await context.newPage();
    await page.goto(`${server.url}#/run`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const status = () => page.getByTestId('run-status');

  it('starts a run and shows its progress live', async () => {
    await page.getByRole('button', { name: 'Run the audit again' }).click();
    await page.getByRole('heading', { name: 'Run 3' }).waitFor();
    await status().filter({ hasText: '…' }).waitFor();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=stat-pages-fetched]')?.textContent) > 0);
    // The sidebar shows the run is under way on every screen.
    await page.getByRole('link', { name: 'Findings', exact: true }).click();
    await page.getByRole('link', { name: /Audit running/ }).waitFor();
    await page.getByRole('link', { name: /Audit running/ }).click();
  });

  it('cancels, then resumes to the end', async () => {
    await page.getByRole('button', { name: 'Cancel' }).click();
    await status().filter({ hasText: 'Cancelled' }).waitFor();
    await page.getByText('You cancelled this run').waitFor();
    await page.getByRole('button', { name: 'Resume' }).click();
    await status().filter({ hasText: '…' }).waitFor();
    await status().filter({ hasText: 'Finished' }).waitFor({ timeout: 20_000 });
    const calls = await page.evaluate(() => (window.__fakeCalls ?? []).map((c) => c.method));
    expect(calls).toEqual(expect.arrayContaining(['audit.start', 'audit.cancel', 'audit.resume']));
    await page.getByRole('link', { name: 'See the findings' }).click();
    await page.getByRole('list', { name: 'Scorecard' }).waitFor();
  });
});
