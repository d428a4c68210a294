/**
 * Renders the sample's documents and commits-ready outputs:
 *   sample/src/flyer.html                      -> sample/documents/summer-flyer.pdf (2 pages)
 *   test/fixtures/e2e-heldout/src/flyer.html   -> test/fixtures/e2e-heldout/documents/broadband-flyer.pdf
 *   customer-policy.ts                         -> sample/documents/customer-policy.docx
 * PDFs are printed by a local Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
 *
 *   npx tsx sample/src/build-documents.ts
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { customerPolicyDocx } from './customer-policy.js';

const SAMPLE_DIR = fileURLToPath(new URL('../', import.meta.url));
const HELDOUT_DIR = fileURLToPath(new URL('../../test/fixtures/e2e-heldout/', import.meta.url));

/** A flyer to print: its HTML source and where the PDF goes. */
interface FlyerJob {
  readonly source: string;
  readonly output: string;
}

const FLYERS: readonly FlyerJob[] = [
  { source: path.join(SAMPLE_DIR, 'src/flyer.html'), output: path.join(SAMPLE_DIR, 'documents/summer-flyer.pdf') },
  { source: path.join(HELDOUT_DIR, 'src/flyer.html'), output: path.join(HELDOUT_DIR, 'documents/broadband-flyer.pdf') },
];

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function printFlyer(browser: Browser, job: FlyerJob): Promise<void> {
  const page = await browser.newPage();
  try {
    // The flyers are self-contained; nothing may be fetched while printing.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(await readFile(job.source, 'utf8'), { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await mkdir(path.dirname(job.output), { recursive: true });
    await writeFile(job.output, pdf);
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    for (const job of FLYERS) {
      await printFlyer(browser, job);
      process.stdout.write(`${path.relative(process.cwd(), job.output)}\n`);
    }
  } finally {
    await browser.close();
  }
  const docx = path.join(SAMPLE_DIR, 'documents/customer-policy.docx');
  await writeFile(docx, await customerPolicyDocx());
  process.stdout.write(`${path.relative(process.cwd(), docx)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
