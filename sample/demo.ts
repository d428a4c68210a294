/**
 * npm run demo: the whole job on the bundled sample. Serves Harbourside Home Services' site on
 * 127.0.0.1, creates a workspace with its flyer, policy and practice logs, runs the audit end to
 * end, and writes the findings (JSON, CSV) and the board report (PDF) to sample/output/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAuditCore } from '../shared/service/core.js';
import { fillSampleWorkspace } from './src/sample-workspace.js';
import { serveSampleSite } from './src/serve-site.js';
import type { ExportedFile } from '../shared/contract/types.js';
import type { Run } from '../shared/domain/types.js';

const out = fileURLToPath(new URL('./output/', import.meta.url));
mkdirSync(out, { recursive: true });
const wsPath = join(out, 'harbourside.paudit');
for (const f of [wsPath, `${wsPath}-wal`, `${wsPath}-shm`]) rmSync(f, { force: true });

const site = await serveSampleSite();
process.stderr.write(`Sample site served at ${site.url}\n`);
const core = createAuditCore({ userDataDir: join(out, '.data') });
try {
  await fillSampleWorkspace(wsPath, site.url);
  core.openWorkspace(wsPath);
  core.onEvent((e) => {
    if (e.type === 'progress') {
      const s = e.progress.stats;
      process.stderr.write(
        `[${e.progress.stage}] pages ${s.pagesFetched} fetched, ${s.pagesExcluded} excluded; documents ${s.documentsRead}; claims ${s.claims}; findings ${s.findings}\n`,
      );
    }
  });
  const started = Date.now();
  await core.dispatch('audit.start', {});
  await core.idle();
  const run = ((await core.dispatch('runs.list', {})) as Run[])[0]!;
  if (run.status !== 'done') throw new Error(`the audit ${run.status}: ${run.error ?? ''}`);
  for (const format of ['json', 'findings-csv', 'claims-csv', 'pdf'] as const) {
    const file = (await core.dispatch('report.export', { format })) as ExportedFile;
    const name = join(out, format === 'pdf' ? 'harbourside-report.pdf' : file.fileName.replace(/^.*?-(claims|findings)/, 'harbourside-$1'));
    writeFileSync(name, Buffer.from(file.dataBase64, 'base64'));
    process.stderr.write(`wrote ${name}\n`);
  }
  const rows = (await core.dispatch('findings.list', {})) as { finding: { verdict: string } }[];
  const count = (v: string) => rows.filter((r) => r.finding.verdict === v).length;
  process.stdout.write(
    `\nAudited ${run.stats.pagesFetched} pages and ${run.stats.documentsRead} documents in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${run.stats.claims} promises; ${count('kept')} kept, ${count('at-risk')} at risk, ${count('over-promised')} over-promised, ` +
      `${count('unsubstantiated')} unsubstantiated, ${count('unmeasurable')} unmeasurable, ${count('inconsistent')} inconsistent.\n` +
      `Workspace: ${wsPath}\nReport:    ${join(out, 'harbourside-report.pdf')}\n` +
      `Open it in the app: npm run cli -- serve --workspace ${wsPath}\n`,
  );
} finally {
  await core.close();
  await site.close();
}
