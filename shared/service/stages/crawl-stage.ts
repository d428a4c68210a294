/** Stage 1: crawl the site (when the audit has start URLs) into sources and passages. */
import { CancelledError, type StageContext } from '../pipeline.js';
import { crawl } from '../../sources/crawl/crawler.js';
import { SqliteFrontierStore } from '../../sources/crawl/frontier-sqlite.js';
import { putMeta } from '../../store/settings-repo.js';

/** The crawl summary of a run is kept for the report's method section. */
export const crawlSummaryKey = (runId: string): string => `crawl:${runId}`;

export async function runCrawlStage(ctx: StageContext): Promise<void> {
  if (ctx.settings.crawl.startUrls.length === 0) {
    ctx.report({}, null, 'no site to crawl: documents only');
    return;
  }
  const store = new SqliteFrontierStore(ctx.ws.db, ctx.run.id);
  // The crawl commits a batch every ~100 ms. In WAL mode NORMAL still survives a killed process
  // intact; a power cut may lose the last batches, which a resumed crawl simply fetches again.
  // Reviews and imports keep FULL (set when the workspace opens).
  ctx.ws.db.pragma('synchronous = NORMAL');
  let summary;
  try {
    summary = await crawl(
      ctx.settings.crawl,
      store,
      {
        onProgress: (p) =>
          ctx.report(
            { pagesFetched: p.fetched, pagesQueued: p.queued, pagesFailed: p.failed, pagesExcluded: p.excluded },
            p.currentUrl,
            null,
          ),
      },
      ctx.signal,
    );
  } finally {
    ctx.ws.db.pragma('synchronous = FULL');
  }
  ctx.report(
    { pagesFetched: summary.fetched, pagesQueued: summary.queued, pagesFailed: summary.failed, pagesExcluded: summary.excluded },
    null,
    null,
  );
  putMeta(ctx.ws.db, crawlSummaryKey(ctx.run.id), JSON.stringify(summary));
  // A cancelled crawl returns normally with what it finished; the pipeline ends the run there.
  if (summary.stoppedBy === 'cancelled' || ctx.signal.aborted) throw new CancelledError();
}
