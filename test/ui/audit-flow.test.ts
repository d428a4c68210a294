/// <reference lib="dom" />
/**
 * The whole app in Chromium against the real HTTP bridge and a loopback fixture site: create an
 * audit, add a document and practice logs (one refused for a bad row), run it, review findings,
 * reload, export. Every screen is screenshotted and checked with axe in both themes, and the
 * hostile page's payloads never run (window.__pwned stays unset).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startBridge, type RunningBridge } from './support/bridge.js';
import { chromiumAvailable, launchChromium } from './support/browser.js';
import { startFixtureSite, type FixtureSite } from './support/fixture-site.js';
import { checkScreen } from './support/screens.js';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'ui');
const REVIEWER = 'Priya Shah';

describe.skipIf(!chromiumAvailable())('audit flow over the HTTP bridge', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let app: RunningBridge;
  let site: FixtureSite;
  const a11y: string[] = [];
  const pageErrors: string[] = [];
  let dismissedText = '';
  let acceptedText = '';

  beforeAll(async () => {
    site = await startFixtureSite();
    app = await startBridge();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await site?.close();
  });

  /** Screenshots + axe in both themes, and the sentinel, for the screen on show. */
  async function screen(name: string, options: { fullPage?: boolean } = {}) {
    a11y.push(...(await checkScreen(page, name, options)));
    expect(await pwned(), `a payload ran on ${name}`).toBeUndefined();
  }
  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
  const nav = async (label: string) => {
    await page.getByRole('navigation', { name: 'Audit sections' }).getByRole('link', { name: label, exact: true }).click();
  };

  it('opens with the token taken out of the address', async () => {
    await page.goto(app.bridge.url);
    await page.getByRole('heading', { name: 'Check what you promise against what you deliver' }).waitFor();
    expect(page.url()).not.toContain('token');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(1);
    await screen('start');
  });

  it('creates an audit and sets the site to crawl', async () => {
    await page.getByLabel('Company').fill('Brightwater Utilities');
    await page.getByLabel('Save audit as').fill(join(app.dir, 'brightwater-2025-q2.audit.db'));
    await page.getByRole('button', { name: 'Create audit' }).click();
    await page.getByRole('heading', { name: 'What to audit' }).waitFor();
    await page.getByLabel('Website address').fill(`${site.origin}/`);
    // A pause between requests keeps the run on screen long enough to watch it.
    await page.getByLabel('Pause between requests (ms)').fill('300');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('All changes saved.').waitFor();
    await screen('setup-site');
  });

  it('shows what went wrong when settings are invalid', async () => {
    await page.getByLabel('Website address').fill('not a web address');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Please check what you entered' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('startUrls');
    await page.getByRole('button', { name: 'Discard' }).click();
    // The form resets on the next render: wait for it rather than read at once.
    await expect.poll(() => page.getByLabel('Website address').inputValue()).toBe(`${site.origin}/`);
  });

  it('adds a policy document', async () => {
    await page.getByRole('navigation', { name: 'Set-up steps' }).getByRole('link', { name: /^Documents/ }).click();
    await page.getByText('No documents yet').waitFor();
    await screen('setup-documents-empty');
    await page.getByLabel('Add documents').setInputFiles(join(FIXTURES, 'documents', 'customer-service-policy.txt'));
    await page.getByRole('cell', { name: 'customer-service-policy.txt', exact: true }).waitFor();
    await screen('setup-documents');
  });

  it('refuses a practice log with a bad row and shows the row, column and reason', async () => {
    await page.getByRole('navigation', { name: 'Set-up steps' }).getByRole('link', { name: /^Practice logs/ }).click();
    await page.getByLabel('Add a practice log').setInputFiles(join(FIXTURES, 'practice', 'callbacks-with-bad-row.csv'));
    await page.getByRole('heading', { name: 'In the file' }).waitFor();
    await screen('setup-practice-preview');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const refused = page.locator('.import-refused');
    await refused.getByText('Nothing was imported', { exact: true }).waitFor();
    const rows = await refused.locator('tbody tr').allTextContents();
    expect(rows.length).toBe(1);
    expect(rows[0]).toMatch(/^7/);
    expect(rows[0]).toContain('value');
    expect(rows[0]).toContain('about a day');
    await screen('setup-practice-refused');
  });

  it('imports a clean practice log', async () => {
    await page.getByRole('button', { name: 'Choose another file' }).click();
    await page.getByLabel('Add a practice log').setInputFiles(join(FIXTURES, 'practice', 'contact-centre-log.csv'));
    await page.getByRole('heading', { name: 'As imported' }).waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/Imported 204 records from contact-centre-log\.csv/).first().waitFor();
    await page.getByRole('cell', { name: 'contact-centre-log.csv', exact: true }).waitFor();
    await screen('setup-practice');
  });

  it('maps the columns of a log that no preset knows', async () => {
    await page.getByLabel('Add a practice log').setInputFiles(join(FIXTURES, 'practice', 'counter-waits.csv'));
    await page.getByText('The columns need mapping').waitFor();
    // The editor starts from a guess: the timestamp and number columns.
    await expect.poll(() => page.getByLabel('When it happened').inputValue()).toBe('Visit date');
    await expect.poll(() => page.getByLabel('Value column').inputValue()).toBe('Minutes waited');
    await page.getByLabel('Dates like 03/04/2025 are').selectOption('dmy');
    await page.getByLabel('Category', { exact: true }).selectOption('visit-wait');
    await page.getByLabel('Unit of the record').selectOption('minutes');
    await page.getByLabel('Team', { exact: true }).selectOption('Branch');
    await screen('setup-practice-mapping');
    await page.getByRole('button', { name: 'Update preview' }).click();
    await page.getByRole('region', { name: 'First records as they would be imported' }).getByText('Visit wait').first().waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported 36 records from counter-waits.csv').waitFor();
    await page.getByRole('navigation', { name: 'Set-up steps' }).getByRole('link', { name: 'Thresholds' }).click();
    await page.getByRole('heading', { name: 'Working time' }).waitFor();
    await screen('setup-judgement');
  });

  it('runs the audit and shows progress up to the end', async () => {
    // Record every status the run card shows, from the moment the run starts.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __statuses: string[] }).__statuses = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid=run-status]')?.textContent ?? null;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('button', { name: 'Run the audit' }).click();
    await page.getByRole('heading', { name: 'Run 1' }).waitFor();
    await page.getByTestId('run-status').filter({ hasText: 'Finished' }).waitFor({ timeout: 120_000 });
    const statuses = await page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
    expect(statuses.at(-1)).toBe('Finished');
    expect(statuses.some((s) => s.endsWith('…')), `statuses seen: ${statuses.join(' | ')}`).toBe(true);
    expect(Number(await page.getByTestId('stat-pages-fetched').textContent())).toBeGreaterThanOrEqual(4);
    expect(Number(await page.getByTestId('stat-documents').textContent())).toBeGreaterThanOrEqual(1);
    expect(Number(await page.getByTestId('stat-claims').textContent())).toBeGreaterThan(3);
    await screen('run');
  });

  it('shows the findings dashboard', async () => {
    await page.getByRole('link', { name: 'See the findings' }).click();
    await page.getByRole('list', { name: 'Scorecard' }).waitFor();
    const total = await page.getByRole('list', { name: 'Scorecard' }).locator('.score-value').allTextContents();
    expect(total.reduce((n, t) => n + Number(t), 0)).toBeGreaterThan(0);
    await screen('findings');
  });

  it('opens a finding, dismisses it with a reason, and accepts another', async () => {
    await nav('Review');
    const grid = page.getByRole('grid', { name: 'Findings' });
    await grid.waitFor();
    await page.getByLabel('Reviewer').fill(REVIEWER);
    await screen('review', { fullPage: false });

    const links = page.locator('[role=rowgroup].grid-body .claim-link');
    dismissedText = (await links.nth(0).textContent()) ?? '';
    await links.nth(0).click();
    await page.getByRole('heading', { name: 'The promise' }).waitFor();
    expect(await page.getByTestId('claim-passage').locator('mark').count()).toBe(1);
    await screen('finding');
    await page.getByRole('radio', { name: /Dismiss/ }).check();
    await page.getByLabel('Reason for dismissing').fill('Banner text, replaced in the July redesign');
    await page.getByRole('button', { name: 'Save decision' }).click();
    await page.getByText('1 finding dismissed').waitFor();
    const history = page.getByRole('region', { name: 'History' });
    await history.getByText('Banner text, replaced in the July redesign').waitFor();
    await history.getByText(REVIEWER).waitFor();

    await page.getByRole('link', { name: 'All findings' }).click();
    await grid.waitFor();
    const second = page.locator('[role=rowgroup].grid-body [role=row]').filter({ hasNotText: 'Dismissed' }).first();
    acceptedText = (await second.locator('.claim-link').textContent()) ?? '';
    await second.locator('.claim-link').click();
    await page.getByRole('radio', { name: /Accept/ }).check();
    await page.getByLabel('Note (optional)').fill('Call-back team is short-staffed; raise with ops.');
    await page.getByRole('button', { name: 'Save decision' }).click();
    await page.getByText('1 finding accepted').waitFor();
    expect(dismissedText).not.toBe('');
    expect(acceptedText).not.toBe('');
  });

  it('keeps the decisions after a reload', async () => {
    await page.reload();
    await page.getByRole('region', { name: 'History' }).getByText('Accepted').waitFor();
    await nav('Review');
    await page.getByLabel('Review', { exact: true }).selectOption('dismissed');
    const dismissed = page.locator('[role=rowgroup].grid-body .claim-link');
    await dismissed.first().waitFor();
    expect(await dismissed.allTextContents()).toEqual([dismissedText]);
    await page.getByLabel('Review', { exact: true }).selectOption('accepted');
    await page.waitForFunction(() => location.hash.includes('status=accepted'));
    expect(await page.locator('[role=rowgroup].grid-body .claim-link').allTextContents()).toEqual([acceptedText]);
    await page.getByLabel('Review', { exact: true }).selectOption('');
  });

  it('shows the hostile page as text in the grid, the detail and the report', async () => {
    await page.getByLabel('Search promises').fill('onerror');
    await page.waitForFunction(() => location.hash.includes('q=onerror'));
    const hostile = page.locator('[role=rowgroup].grid-body .claim-link');
    await hostile.first().waitFor();
    expect(await hostile.first().textContent()).toMatch(/<img src=x onerror=|<script>/);
    await hostile.first().click();
    await page.getByRole('heading', { name: 'The promise' }).waitFor();
    expect(await page.getByTestId('claim-passage').textContent()).toContain('onerror');
    // The renderer shows no images at all, so any <img> would have come from crawled text.
    expect(await page.locator('img').count()).toBe(0);
    for (const link of await page.locator('a[href]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', rel: a.getAttribute('rel'), target: a.getAttribute('target') })))) {
      expect(link.href).not.toMatch(/^\s*javascript:/i);
      if (link.target === '_blank') expect(link.rel).toBe('noopener noreferrer');
    }
    await screen('finding-hostile');
  });

  it('logs a staff report on the practice screen', async () => {
    await nav('Practice');
    await page.getByRole('heading', { name: 'Imported logs' }).waitFor();
    await screen('practice');
    await page.getByLabel('What happened').selectOption('visit-wait');
    await page.getByLabel('How long / how much').fill('22');
    await page.getByLabel('Reported by').fill('Grace Pengelly');
    await page.getByRole('button', { name: 'Log report' }).click();
    await page.getByText('Report logged').waitFor();
  });

  it('runs again after the site changed and compares the two runs', async () => {
    site.nextQuarter();
    await nav('History');
    await page.getByRole('button', { name: 'Run the audit again' }).click();
    await page.getByTestId('run-status').filter({ hasText: 'Finished' }).waitFor({ timeout: 120_000 });
    await nav('History');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.getByText('Verdict changed').waitFor();
    // contact.html now promises email replies in two working days, and a new counter wait.
    await page.getByRole('heading', { name: 'Reworded' }).waitFor();
    await page.getByText('We reply to every email within two working days.').first().waitFor();
    await screen('history');
  });

  it('previews the report in a sandbox and exports the findings as CSV', async () => {
    await nav('Report');
    const frame = page.locator('iframe[title="Report preview"]');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    await page.frameLocator('iframe[title="Report preview"]').getByText('Brightwater Utilities').first().waitFor();
    await screen('report');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export Findings (CSV)' }).click();
    const file = await download;
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    expect(csv.split(/\r?\n/)[0]).toMatch(/verdict/i);
    expect(csv).toContain(acceptedText.slice(0, 30));
    await page.getByTestId('download-findings-csv').waitFor();
  });

  it('switches theme with the toggle and remembers it', async () => {
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    await page.getByRole('heading', { name: 'Board report' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByRole('button', { name: 'Use the system theme' }).click();
  });

  it('ran no payload, threw no error, and has no serious accessibility problem', async () => {
    expect(await pwned()).toBeUndefined();
    expect(pageErrors).toEqual([]);
    expect(a11y).toEqual([]);
  });
});
