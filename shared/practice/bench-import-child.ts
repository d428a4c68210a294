/**
 * The child process of the import benchmark and of the kill test: it runs ONE import in a
 * fresh process so its peak memory (maxRSS) is the import's own, and prints one JSON line.
 *
 *   import   <workspace> <file>                 our importer
 *   baseline <workspace> <file>                 csv-parse + one prepared INSERT per row, one transaction
 *   hold     <workspace> <file> <bytes>         our importer, but freeze inside the transaction once
 *                                               <bytes> are read (prints "IN-TRANSACTION") until killed
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { openDatabase } from '../store/database.js';
import { importPractice } from './import-practice.js';

/** What a child reports. */
export interface ChildReport {
  readonly rows: number;
  readonly ms: number;
  readonly cpuMs: number;
  readonly rowsPerSecond: number;
  /** Peak resident memory of the whole process. */
  readonly peakRssMb: number;
  /** Resident memory before the import began (Node, the TypeScript loader, the modules). */
  readonly startRssMb: number;
}

async function baseline(workspace: string, file: string): Promise<number> {
  const db = openDatabase(workspace);
  db.prepare(`INSERT INTO datasets (id, name, format, row_count, imported_at) VALUES ('baseline', 'baseline', 'csv', 0, ?)`).run(
    new Date().toISOString(),
  );
  const insert = db.prepare(
    `INSERT INTO practice_records (dataset_id, occurred_at, metric, value, unit, channel, team, reported_by, note, manual)
     VALUES ('baseline', ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
  );
  let rows = 0;
  db.exec('BEGIN IMMEDIATE');
  const parser = createReadStream(file).pipe(parse({ from_line: 2, relax_column_count: true }));
  for await (const r of parser as AsyncIterable<string[]>) {
    insert.run(r[0], r[1], Number(r[2]), r[3], r[4] || null, r[5] || null, r[6] || null, r[7] || null);
    rows++;
  }
  db.exec('COMMIT');
  db.close();
  return rows;
}

async function ours(workspace: string, file: string, holdAtBytes?: number): Promise<number> {
  const db = openDatabase(workspace);
  const result = await importPractice(db, file, {
    onProgress: (p) => {
      if (holdAtBytes !== undefined && p.bytesRead >= holdAtBytes) {
        process.stdout.write(`IN-TRANSACTION ${p.records}\n`);
        // freeze with the transaction open until the parent kills us
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
      }
    },
  });
  db.close();
  return result.rowsRead;
}

async function main(): Promise<void> {
  const [mode, workspace, file, bytes] = process.argv.slice(2);
  if (!mode || !workspace || !file) throw new Error('usage: bench-import-child <import|baseline|hold> <workspace> <file> [bytes]');
  const startRssMb = Math.round(process.memoryUsage().rss / 1e6);
  const t = performance.now();
  const cpu = process.cpuUsage();
  const rows =
    mode === 'baseline' ? await baseline(workspace, file) : await ours(workspace, file, mode === 'hold' ? Number(bytes) : undefined);
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const report: ChildReport = {
    rows,
    ms: Math.round(ms),
    cpuMs: Math.round((used.user + used.system) / 1000),
    rowsPerSecond: Math.round((rows / ms) * 1000),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    startRssMb,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
