/**
 * The fixture sites are shaped the way the audit needs: plain relative links that all resolve,
 * one page reachable only through the sitemap, one linked page that robots.txt disallows, and a
 * robots.txt that points at the sitemap.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIRS, loadFixture, type Fixture } from './expected-schema.js';

/** Site path ("/", "/faq.html") of a file under the site root. */
function sitePath(siteRelative: string): string {
  return siteRelative === 'index.html' ? '/' : `/${siteRelative}`;
}

/** Every link and asset reference of a page, resolved to a site path. */
async function references(siteRoot: string, pagePath: string): Promise<{ links: string[]; assets: string[]; raw: string[] }> {
  const file = pagePath === '/' ? 'index.html' : pagePath.slice(1);
  const $ = cheerio.load(await readFile(path.join(siteRoot, file), 'utf8'));
  const base = new URL(pagePath, 'http://site.test');
  const resolve = (href: string) => new URL(href, base).pathname;
  const raw: string[] = [];
  const links: string[] = [];
  $('a[href]').each((_, el) => {
    const href = $(el).attr('href') ?? '';
    raw.push(href);
    if (!/^(mailto|tel):/.test(href)) links.push(resolve(href));
  });
  const assets: string[] = [];
  $('link[href], img[src], script[src]').each((_, el) => {
    const ref = $(el).attr('href') ?? $(el).attr('src') ?? '';
    if ($(el).attr('rel') === 'canonical') return;
    raw.push(ref);
    assets.push(resolve(ref));
  });
  return { links, assets, raw };
}

describe.each(FIXTURE_DIRS)('%s site', (name, dir) => {
  let fixture: Fixture;
  let siteRoot: string;

  beforeAll(async () => {
    fixture = await loadFixture(name, dir);
    siteRoot = path.join(dir, fixture.expected.site.root);
  });

  it('uses only relative links and assets, all of which exist', async () => {
    const pages = [...fixture.expected.site.pages, ...fixture.expected.site.robotsExcluded];
    for (const page of pages) {
      const refs = await references(siteRoot, page.path);
      for (const href of refs.raw) expect(href, `${page.path} -> ${href}`).not.toMatch(/^(https?:)?\/\//);
      for (const target of [...refs.links, ...refs.assets]) {
        const file = target.endsWith('/') ? `${target}index.html` : target;
        await expect(readFile(path.join(siteRoot, file)), `${page.path} -> ${target}`).resolves.toBeInstanceOf(Buffer);
      }
    }
  });

  it('reaches the linked pages and the robots-excluded page from "/" by links alone, and nothing else', async () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    const excluded = new Set(fixture.expected.site.robotsExcluded.map((p) => p.path));
    while (queue.length > 0) {
      const current = queue.shift() as string;
      if (excluded.has(current)) continue; // a polite crawler stops here
      for (const link of (await references(siteRoot, current)).links) {
        if (!seen.has(link)) {
          seen.add(link);
          queue.push(link);
        }
      }
    }
    const expected = [...fixture.expected.site.linkedPages, ...fixture.expected.site.robotsExcluded].map((p) => p.path);
    expect([...seen].sort()).toEqual([...expected].sort());
    for (const page of fixture.expected.site.sitemapOnly) expect(seen.has(page.path)).toBe(false);
  });

  it('lists every public page in sitemap.xml, and never the excluded ones', async () => {
    const xml = await readFile(path.join(siteRoot, 'sitemap.xml'), 'utf8');
    const $ = cheerio.load(xml, { xml: true });
    const origin = fixture.expected.site.canonicalOrigin;
    const locs = $('url > loc')
      .map((_, el) => $(el).text().trim())
      .get();
    for (const loc of locs) expect(loc.startsWith(`${origin}/`), loc).toBe(true);
    const listed = locs.map((loc) => new URL(loc).pathname).sort();
    expect(listed).toEqual(fixture.expected.site.pages.map((p) => p.path).sort());
  });

  it('disallows the excluded pages in robots.txt and names the sitemap', async () => {
    const robots = await readFile(path.join(siteRoot, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${fixture.expected.site.canonicalOrigin}/sitemap.xml`);
    // The group for every crawler ("*") is the one the audit's crawler falls under.
    const starGroup = /User-agent: \*\n((?:(?:Allow|Disallow): .*\n)+)/.exec(robots)?.[1] ?? '';
    const disallowed = [...starGroup.matchAll(/^Disallow: (.+)$/gm)].map((m) => (m[1] ?? '').trim());
    for (const page of fixture.expected.site.robotsExcluded) {
      expect(disallowed.some((prefix) => page.path.startsWith(prefix)), page.path).toBe(true);
    }
    for (const page of fixture.expected.site.pages) {
      expect(disallowed.some((prefix) => page.path.startsWith(prefix)), page.path).toBe(false);
    }
  });

  it('maps each listed page file to its path', () => {
    for (const page of [...fixture.expected.site.pages, ...fixture.expected.site.robotsExcluded]) {
      expect(sitePath(path.relative(fixture.expected.site.root, page.file))).toBe(page.path);
    }
  });
});
