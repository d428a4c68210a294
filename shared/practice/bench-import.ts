/**
 * The import benchmark for the lead's bench: writes a canonical log of N rows (1,000,000 by
 * default), imports it in a fresh child process, and does the same with a bare baseline
 * (csv-parse and one prepared INSERT per row in one transaction). Each child reports its
 * wall time, CPU time, rows per second and peak RSS.
 *
 * Run alone: `npx tsx shared/practice/bench-import.ts [rows]`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ChildReport } from './bench-import-child.js';
import { writeCanonicalLog } from './generate-practice-log.js';

const CHILD = fileURLToPath(new URL('./bench-import-child.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../../', import.meta.url));

export type { ChildReport } from './bench-import-child.js';

/** A child run: its report, or its output when it did not finish. */
export interface ChildRun {
  readonly report: ChildReport | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/**
 * Run the benchmark child (`import`, `baseline` or `hold`) through tsx. `onLine` sees each
 * stdout line as it comes (the kill test waits for "IN-TRANSACTION" there).
 */
export function runImportChild(
  args: readonly string[],
  onLine?: (line: string, child: ReturnType<typeof spawn>) => void,
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      pending += d;
      let nl: number;
      while ((nl = pending.indexOf('\n')) !== -1) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        onLine?.(line, child);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const last = stdout.trim().split('\n').pop() ?? '';
      let report: ChildReport | null = null;
      if (last.startsWith('{')) report = JSON.parse(last) as ChildReport;
      resolve({ report, stdout, stderr, code, signal });
    });
  });
}

export interface ImportBench {
  readonly rows: number;
  readonly fileMb: number;
  /** Our importer. */
  readonly import: ChildReport;
  /** csv-parse + prepared insert, for comparison. */
  readonly baseline: ChildReport;
}

/** Generate a log of `rows` rows and import it with ours and with the baseline, each in a fresh process. */
export async function benchImport(opts: { rows?: number; dir?: string } = {}): Promise<ImportBench> {
  const rows = opts.rows ?? 1_000_000;
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'practice-bench-'));
  try {
    const file = join(dir, `practice-${rows}.csv`);
    const bytes = await writeCanonicalLog(file, rows);
    const run = async (mode: 'import' | 'baseline') => {
      const r = await runImportChild([mode, join(dir, `${mode}.sqlite`), file]);
      if (!r.report) throw new Error(`${mode} child failed (${r.code ?? r.signal}): ${r.stderr.slice(0, 2000)}`);
      return r.report;
    };
    return { rows, fileMb: Math.round(bytes / 1e5) / 10, import: await run('import'), baseline: await run('baseline') };
  } finally {
    if (!opts.dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchImport({ rows: Number(process.argv[2] ?? 1_000_000) }).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
