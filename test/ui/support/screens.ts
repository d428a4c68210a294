/// <reference lib="dom" />
/** Screenshots and accessibility checks of a screen in both themes. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeProblems, describeProblems } from './axe.js';

export const SHOTS_DIR = join(process.cwd(), 'test-results', 'ui');

/**
 * Shows the screen in the light then the dark system theme, writes a screenshot of each
 * and returns axe's serious/critical problems (as text, empty when none).
 */
export async function checkScreen(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string[]> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const problems: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    // From the top, so the sticky sidebar is drawn where it belongs in a full-page capture.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(0, 0);
    // Let charts and transitions settle on the new palette.
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SHOTS_DIR, `${name}-${colorScheme}.png`), fullPage: options.fullPage ?? true });
    const found = await axeProblems(page);
    if (found.length) problems.push(describeProblems(`${name} (${colorScheme})`, found));
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  return problems;
}
