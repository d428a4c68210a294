/**
 * The bundled sample as a ready audit workspace: its site served on 127.0.0.1, its flyer and
 * policy added, its six canonical practice logs imported. Used by `npm run demo` and by the
 * app's "Try the sample audit".
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Workspace } from '../../shared/store/workspace.js';
import { getSettings, putMeta, putSettings } from '../../shared/store/settings-repo.js';
import { addDocument } from '../../shared/store/documents-repo.js';
import { importIntoWorkspace } from '../../shared/service/handlers/practice.js';
import { SAMPLE_SITE_ORIGIN } from './serve-site.js';
import { serveStaticSite, type ServedSite } from './static-server.js';

export const SAMPLE_COMPANY = 'Harbourside Home Services';
/** The sample folder in a checkout; a packaged app passes its resources copy instead. */
export const SAMPLE_ROOT = fileURLToPath(new URL('../', import.meta.url));
const DOCUMENTS = [
  { file: 'documents/summer-flyer.pdf', kind: 'flyer' as const },
  { file: 'documents/customer-policy.docx', kind: 'policy' as const },
];
/** The canonical logs; the Zendesk export is kept for trying the preset by hand. */
const PRACTICE = ['calls.csv', 'callbacks.csv', 'emails.csv', 'deliveries.csv', 'refunds.csv', 'visits.csv'];

/** Fill a new workspace file at `path` with the sample, crawling `siteUrl`. */
export async function fillSampleWorkspace(path: string, siteUrl: string, root: string = SAMPLE_ROOT): Promise<void> {
  const ws = Workspace.open(path);
  try {
    putSettings(ws.db, {
      ...getSettings(ws.db),
      company: SAMPLE_COMPANY,
      crawl: { ...getSettings(ws.db).crawl, startUrls: [siteUrl], maxPages: 100, delayMs: 0, concurrency: 4 },
    });
    putMeta(ws.db, 'sample', 'true');
    for (const d of DOCUMENTS) {
      addDocument(ws.db, d.file.split('/').pop()!, d.kind, readFileSync(join(root, d.file)));
    }
    for (const f of PRACTICE) {
      const outcome = await importIntoWorkspace(ws.db, { path: join(root, 'practice', f) }, { skipBadRows: false, name: f });
      if (!outcome.ok) throw new Error(`sample practice log ${f} did not import: ${outcome.message}`);
    }
  } finally {
    ws.close();
  }
}

/** Serves the sample site for as long as the host lives and makes fresh sample workspaces. */
export class SampleHost {
  private site: Promise<ServedSite> | null = null;
  constructor(
    /** Where new sample workspaces are written. */
    private readonly dir: string,
    /** The sample folder (site, documents, practice). */
    private readonly root: string = SAMPLE_ROOT,
  ) {}

  /** A new sample workspace; returns its path. */
  async open(): Promise<string> {
    this.site ??= serveStaticSite({ root: join(this.root, 'site'), canonicalOrigin: SAMPLE_SITE_ORIGIN });
    const site = await this.site;
    mkdirSync(this.dir, { recursive: true });
    const path = join(this.dir, `harbourside-sample-${new Date().toISOString().replace(/[:.]/g, '-')}.paudit`);
    await fillSampleWorkspace(path, site.url, this.root);
    return path;
  }

  async close(): Promise<void> {
    if (this.site) await (await this.site).close();
    this.site = null;
  }
}
