import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runImportChild } from '../../shared/practice/bench-import.js';
import { writeCanonicalLog } from '../../shared/practice/generate-practice-log.js';
import { openDatabase } from '../../shared/store/database.js';
import { tempDir } from './workspace.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

describe('a 1,000,000-row log', () => {
  it('imports streaming, in one transaction, with bounded memory', { timeout: 240_000 }, async () => {
    const file = join(tmp.dir, 'million.csv');
    const workspace = join(tmp.dir, 'million.sqlite');
    const bytes = await writeCanonicalLog(file, 1_000_000);
    // a fresh process, so its peak memory is the import's own
    const run = await runImportChild(['import', workspace, file]);
    expect(run.stderr).not.toMatch(/Error/);
    const r = run.report!;
    console.log(
      `1,000,000 rows (${Math.round(bytes / 1e6)} MB): ${r.ms} ms wall, ${r.cpuMs} ms CPU, ` +
        `${r.rowsPerSecond.toLocaleString('en')} rows/s, peak RSS ${r.peakRssMb} MB`,
    );
    expect(r.rows).toBe(1_000_000);
    // the file is 80 MB: holding it, or its rows, in memory would blow well past this
    expect(r.peakRssMb).toBeLessThan(200);
    const db = openDatabase(workspace);
    expect((db.prepare('SELECT count(*) AS n FROM practice_records').get() as { n: number }).n).toBe(1_000_000);
    expect((db.prepare('SELECT row_count AS n FROM datasets').get() as { n: number }).n).toBe(1_000_000);
    db.close();
  });
});
