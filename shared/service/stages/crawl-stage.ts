/** Stage 1: crawl the site (when the audit has start URLs) into sources and passages. */
import type { StageContext } from '../pipeline.js';

export async function runCrawlStage(ctx: StageContext): Promise<void> {
  if (ctx.settings.crawl.startUrls.length === 0) {
    ctx.report({}, null, 'no site to crawl: documents only');
    return;
  }
  throw new Error('crawl stage not wired yet');
}
