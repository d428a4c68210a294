/**
 * Writes the committed practice logs of the sample company (sample/practice) and of the held-out
 * fixture (test/fixtures/e2e-heldout/practice). Deterministic: running it again reproduces the
 * committed files byte for byte, which test/sample/practice.test.ts checks.
 *
 *   npx tsx sample/src/build-practice.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fellsidePracticePlans } from './heldout-practice.js';
import { harboursidePracticePlans } from './harbourside-practice.js';
import { toCanonicalCsv, type CanonicalRow } from './practice-csv.js';
import { generatePracticeRows, type PracticeFilePlan } from './practice-generator.js';
import { zendeskExportCsv } from './zendesk-export.js';

/** The sample's folder (sample/). */
export const SAMPLE_DIR = fileURLToPath(new URL('../', import.meta.url));
/** The held-out fixture's folder. */
export const HELDOUT_DIR = fileURLToPath(new URL('../../test/fixtures/e2e-heldout/', import.meta.url));

/** Rows of every planned file, merged per file in time order (several plans may share a file). */
function canonicalFiles(plans: readonly PracticeFilePlan[]): Map<string, string> {
  const rowsByFile = new Map<string, CanonicalRow[]>();
  for (const plan of plans) {
    const rows = rowsByFile.get(plan.file) ?? [];
    rows.push(...generatePracticeRows(plan));
    rowsByFile.set(plan.file, rows);
  }
  const files = new Map<string, string>();
  for (const [file, rows] of rowsByFile) {
    // Stable sort: ties keep plan order, so output never depends on the engine.
    const sorted = [...rows].sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0));
    files.set(file, toCanonicalCsv(sorted));
  }
  return files;
}

/** Every generated file, as absolute path -> content. */
export function practiceFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [file, text] of canonicalFiles(harboursidePracticePlans())) files.set(path.join(SAMPLE_DIR, file), text);
  files.set(path.join(SAMPLE_DIR, 'practice/zendesk-export.csv'), zendeskExportCsv());
  for (const [file, text] of canonicalFiles(fellsidePracticePlans())) files.set(path.join(HELDOUT_DIR, file), text);
  return files;
}

async function main(): Promise<void> {
  for (const [file, text] of practiceFiles()) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    const rows = text.split(/\r?\n/).length - 2;
    process.stdout.write(`${path.relative(process.cwd(), file)}: ${rows} rows\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
