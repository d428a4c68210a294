/**
 * The sample site server: serves pages with the right types, 404s what is not there, lists no
 * directory, refuses to step outside the site, and rewrites the public origin to its own.
 */
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_SITE_ORIGIN, serveSampleSite, type ServedSite } from '../../sample/src/serve-site.js';
import { pathSegments, serveStaticSite } from '../../sample/src/static-server.js';

/** A raw request, so targets like "/../x" reach the server unnormalised (fetch would resolve them). */
function rawGet(base: string, target: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: target, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveSampleSite', () => {
  let site: ServedSite;

  beforeAll(async () => {
    site = await serveSampleSite();
  });
  afterAll(async () => {
    await site.close();
  });

  it('listens on 127.0.0.1 only', () => {
    expect(new URL(site.url).hostname).toBe('127.0.0.1');
    expect(site.url.endsWith('/')).toBe(true);
  });

  it.each([
    ['/', 'text/html; charset=utf-8', 'Repairs, servicing and genuine parts'],
    ['/charter.html', 'text/html; charset=utf-8', 'When you call us, we will:'],
    ['/css/style.css', 'text/css; charset=utf-8', '.banner'],
    ['/images/logo.svg', 'image/svg+xml', '<svg'],
    ['/robots.txt', 'text/plain; charset=utf-8', 'Disallow: /internal/'],
    ['/sitemap.xml', 'application/xml; charset=utf-8', '<urlset'],
    ['/internal/rota.html', 'text/html; charset=utf-8', 'Contact centre rota'],
  ])('serves %s as %s', async (target, type, snippet) => {
    const res = await fetch(new URL(target, site.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(await res.text()).toContain(snippet);
  });

  it('rewrites the public origin in robots.txt and sitemap.xml to the served one', async () => {
    const origin = site.url.replace(/\/$/, '');
    const robots = await (await fetch(new URL('/robots.txt', site.url))).text();
    expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
    const sitemap = await (await fetch(new URL('/sitemap.xml', site.url))).text();
    expect(sitemap).toContain(`<loc>${origin}/landlords.html</loc>`);
    expect(sitemap).not.toContain(SAMPLE_SITE_ORIGIN);
  });

  it.each(['/no-such-page.html', '/charter.html/', '/css/missing.css', '/.hidden', '/internal/', '/css/', '/images'])(
    'answers 404 for %s (no directory listings)',
    async (target) => {
      const res = await rawGet(site.url, target);
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('rota.html');
    },
  );

  it.each([
    '/../package.json',
    '/../../etc/passwd',
    '/%2e%2e/package.json',
    '/css/%2E%2E/%2e%2e/package.json',
    '/internal/..%2f..%2fpackage.json',
    '/..%5c..%5cpackage.json',
    '/charter.html%00.txt',
  ])('refuses traversal %s', async (target) => {
    const res = await rawGet(site.url, target);
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('"name"');
  });

  it('rejects malformed targets and other methods', async () => {
    expect((await rawGet(site.url, '/%E0%A4%A')).status).toBe(400);
    const post = await rawGet(site.url, '/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('answers HEAD with headers and no body', async () => {
    const res = await rawGet(site.url, '/faq.html', 'HEAD');
    expect(res.status).toBe(200);
    expect(Number(res.headers['content-length'])).toBeGreaterThan(1000);
    expect(res.body).toBe('');
  });

  it('records every request target in order', async () => {
    const before = site.requests.length;
    await rawGet(site.url, '/about.html?ref=test');
    await rawGet(site.url, '/missing');
    expect(site.requests.slice(before)).toEqual(['/about.html?ref=test', '/missing']);
  });
});

describe('serveStaticSite', () => {
  it('serves another fixture site from its own root and closes cleanly', async () => {
    const root = path.resolve(import.meta.dirname, '../fixtures/e2e-heldout/site');
    const site = await serveStaticSite({ root, canonicalOrigin: 'https://www.fellside-broadband.example' });
    try {
      const res = await fetch(new URL('/support.html', site.url));
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('We answer every call within 2 minutes.');
      const robots = await (await fetch(new URL('/robots.txt', site.url))).text();
      expect(robots).toContain(`Sitemap: ${site.url}sitemap.xml`);
    } finally {
      await site.close();
    }
    await expect(fetch(site.url)).rejects.toThrow();
  });
});

describe('serveStaticSite and symlinks', () => {
  it('refuses a symlink that leads outside the root', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'pa-outside-'));
    const root = await mkdtemp(path.join(tmpdir(), 'pa-site-'));
    await writeFile(path.join(outside, 'secret.txt'), 'top secret');
    await writeFile(path.join(root, 'index.html'), '<p>hello</p>');
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'secret.txt'));
    const site = await serveStaticSite({ root });
    try {
      expect((await rawGet(site.url, '/')).status).toBe(200);
      const res = await rawGet(site.url, '/secret.txt');
      expect(res.status).toBe(403);
      expect(res.body).not.toContain('top secret');
    } finally {
      await site.close();
      await rm(outside, { recursive: true, force: true });
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('pathSegments', () => {
  it.each([
    ['/', ['']],
    ['/faq.html', ['faq.html']],
    ['/css/style.css?v=2', ['css', 'style.css']],
    ['/a%20b.html', ['a b.html']],
    ['/internal/', ['internal', '']],
  ])('splits %s', (target, segments) => {
    expect(pathSegments(target)).toEqual(segments);
  });

  it.each([
    ['/..', 403],
    ['/./faq.html', 403],
    ['/%2e%2e/x', 403],
    ['/a%2fb', 403],
    ['/a%5cb', 403],
    ['/a%00', 403],
    ['/%zz', 400],
    ['faq.html', 400],
    ['http://evil.example/', 400],
    [`/${'a'.repeat(3000)}`, 400],
  ])('refuses %s with %i', (target, status) => {
    expect(pathSegments(target)).toMatchObject({ status });
  });
});
