/**
 * Child process of the kill-and-resume test: crawls `startUrl` into the workspace `file`,
 * resuming the workspace's first run if there is one. The parent kills it with SIGKILL halfway,
 * then runs it again to completion. Usage: kill-resume-child.ts <workspace> <startUrl>
 */
import { defaultSettings } from '../../../shared/domain/settings.js';
import { crawl } from '../../../shared/sources/crawl/crawler.js';
import { SqliteFrontierStore } from '../../../shared/sources/crawl/frontier-sqlite.js';
import { openDatabase } from '../../../shared/store/database.js';
import { createRun, listRuns } from '../../../shared/store/runs-repo.js';
import { testOptions } from './crawl-options.js';

const [file, startUrl] = process.argv.slice(2);
if (!file || !startUrl) {
  console.error('usage: kill-resume-child.ts <workspace> <startUrl>');
  process.exit(2);
}
const db = openDatabase(file);
const run = listRuns(db).at(-1) ?? createRun(db, defaultSettings());
const summary = await crawl(testOptions([startUrl], { concurrency: 2 }), new SqliteFrontierStore(db, run.id), {
  limits: { batching: { maxSettled: 4, maxDelayMs: 20 } },
});
db.close();
console.log(JSON.stringify({ fetched: summary.fetched, stored: summary.stored, stoppedBy: summary.stoppedBy }));
