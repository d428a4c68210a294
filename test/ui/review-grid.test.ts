/// <reference lib="dom" />
/**
 * The review grid with 10,000 findings, over the fake preload (test/ui/support/fake-api.ts):
 * only the rows in view are in the page, and the grid is fully usable from the keyboard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from './support/browser.js';
import { fakePreloadScript } from './support/fake-preload.js';
import { checkScreen } from './support/screens.js';
import { serveStatic } from './support/static-server.js';

const ROWS = 10_000;

describe.skipIf(!chromiumAvailable())('review grid (10,000 rows, fake preload)', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let page: Page;

  beforeAll(async () => {
    server = await serveStatic('out/renderer');
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript({ content: fakePreloadScript({ findings: ROWS }) });
    page = await context.newPage();
    await page.goto(`${server.url}#/review`);
    await page.getByRole('grid', { name: 'Findings' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const calls = (method: string) => page.evaluate((m) => (window.__fakeCalls ?? []).filter((c) => c.method === m).map((c) => c.params), method);
  const grid = () => page.getByRole('grid', { name: 'Findings' });
  const activeRowText = () => page.evaluate(() => {
    const grid = document.querySelector('[role=grid]');
    const id = grid?.getAttribute('aria-activedescendant');
    return id ? (document.getElementById(id)?.textContent ?? null) : null;
  });

  it('renders only the rows in view', async () => {
    await page.getByText('10,000 of 10,000 findings').waitFor();
    const rendered = await page.locator('[role=rowgroup].grid-body [role=row]').count();
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(80);
    expect(await grid().getAttribute('aria-rowcount')).toBe(String(ROWS + 1));
  });

  it('moves with the arrow keys and End, keeping the active row rendered', async () => {
    await grid().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.locator('[role=row][aria-rowindex="4"]').textContent();
    expect(await activeRowText()).toBe(second);
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.getElementById(document.querySelector('[role=grid]')?.getAttribute('aria-activedescendant') ?? '') !== null);
    const last = page.locator(`[role=row][aria-rowindex="${ROWS + 1}"]`);
    await last.waitFor();
    expect(await activeRowText()).toBe(await last.textContent());
    expect(await page.locator('[role=rowgroup].grid-body [role=row]').count()).toBeLessThan(80);
    await page.keyboard.press('Home');
    await page.locator('[role=row][aria-rowindex="2"]').waitFor();
  });

  it('selects with Space and Shift+arrows, and accepts the selection with A', async () => {
    await grid().focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Space');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(page.getByText('3 selected').waitFor()).resolves.toBeUndefined();
    const selectedIds = await page.locator('[role=row][aria-selected=true]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-finding-id')));
    expect(selectedIds).toHaveLength(3);

    // A reviewer name is needed first; the grid says so and focuses the field.
    await page.keyboard.press('a');
    await page.getByText('Who is reviewing?').waitFor();
    await page.getByLabel('Reviewer').fill('Maria Lopez');
    await grid().focus();
    await page.keyboard.press('a');
    await page.getByText('3 findings accepted').waitFor();
    const decided = (await calls('review.decide')) as { findingKeys: string[]; status: string; reviewer: string }[];
    expect(decided.at(-1)).toMatchObject({ status: 'accepted', reviewer: 'Maria Lopez' });
    expect(decided.at(-1)?.findingKeys).toHaveLength(3);
  });

  it('asks for a reason before dismissing with D, then records it', async () => {
    await grid().focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('d');
    const dialog = page.getByRole('dialog', { name: 'Dismiss this finding' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Dismiss' }).click();
    await dialog.getByText('Say why, so the next reviewer knows.').waitFor();
    await dialog.getByLabel('Reason').fill('Not a promise: describes the tariff');
    await dialog.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByText('1 finding dismissed').waitFor();
    const decided = (await calls('review.decide')) as { status: string; reason: string }[];
    expect(decided.at(-1)).toMatchObject({ status: 'dismissed', reason: 'Not a promise: describes the tariff' });
    // Focus returns to the grid, so the next key keeps working.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid');
  });

  it('filters by verdict and searches, keeping the filters in the address', async () => {
    await page.getByLabel('Verdict').selectOption('inconsistent');
    await page.waitForFunction(() => location.hash.includes('verdict=inconsistent'));
    const verdicts = await page.locator('[role=rowgroup].grid-body [role=row] .badge-dot').allTextContents();
    expect(new Set(verdicts)).toEqual(new Set(['Inconsistent']));
    await page.getByLabel('Verdict').selectOption('');
    await page.getByLabel('Search promises').fill('call you back');
    await page.waitForFunction(() => location.hash.includes('q=call'));
    const texts = await page.locator('[role=rowgroup].grid-body [role=row] .claim-link').allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t.toLowerCase()).toContain('call you back');
    await page.getByLabel('Category').selectOption('callback');
    await page.reload();
    await grid().waitFor();
    await expect.poll(() => page.getByLabel('Category').inputValue()).toBe('callback');
    await expect.poll(() => page.getByLabel('Search promises').inputValue()).toBe('call you back');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await page.waitForFunction(() => location.hash === '#/review');
  });

  it('opens the active finding with Enter', async () => {
    await grid().focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.startsWith('#/finding/'));
    await page.getByRole('heading', { name: 'The promise' }).waitFor();
  });

  it('has no serious accessibility problems with 10,000 rows', async () => {
    await page.goto(`${server.url}#/review`);
    await grid().waitFor();
    expect(await checkScreen(page, 'review-grid-10000', { fullPage: false })).toEqual([]);
  });
});
