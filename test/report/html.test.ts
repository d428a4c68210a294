import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../shared/domain/types.js';
import { renderReportHtml } from '../../shared/report/html.js';
import { cssString } from '../../shared/report/html/styles.js';
import { buildReportModel } from '../../shared/report/model.js';
import { REPORT_SECTION_IDS } from '../../shared/report/model-types.js';
import { sampleInput } from '../fixtures/report/sample-input.js';

const HOSTILE = [
  '<script>alert("claim")</script> We answer within 30 seconds.',
  '"><img src=x onerror=alert(1)> We reply within 24 hours.',
  "'><svg onload=alert(2)> Refunds within 5 days",
  '</style><script>alert(3)</script>',
  '<a href="javascript:alert(4)">call us</a> within 2 hours',
  '&lt;already escaped&gt; & raw ampersand',
];

function hostileHtml(): string {
  const input = sampleInput();
  const claims = input.claims.map((c, i): Claim => {
    const text = HOSTILE[i % HOSTILE.length] as string;
    const occurrences = c.occurrences.map((o, k) => (k === 0 ? { ...o, uri: 'javascript:alert(5)//' } : o));
    return { ...c, text, source: occurrences[0] ?? c.source, occurrences };
  });
  const findings = input.findings.map((f) => ({ ...f, explanation: `${f.explanation} <b onmouseover=x>bold</b>`, suggestion: '<iframe src=//evil.example>' }));
  return renderReportHtml(
    buildReportModel({
      ...input,
      company: 'Evil </title><script>alert(6)</script> "Ltd" \\ \n',
      claims,
      findings,
      crawl: { ...input.crawl, robotsExcluded: [{ url: 'https://x.example/<script>', reason: '<script>alert(7)</script>' }] },
    }),
    { paper: 'A4' },
  );
}

describe('report HTML safety', () => {
  const html = hostileHtml();

  it('contains no script, no event handler, no live foreign markup', () => {
    const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
    const names = new Set(tags.map((t) => /^<([a-zA-Z0-9]+)/.exec(t)?.[1]?.toLowerCase()));
    for (const bad of ['script', 'img', 'iframe', 'object', 'embed', 'link', 'base', 'form']) expect(names.has(bad), bad).toBe(false);
    for (const tag of tags) {
      expect(tag, tag).not.toMatch(/\son\w+\s*=/i);
      expect(tag, tag).not.toMatch(/\s(src|srcset|action|formaction)\s*=/i);
      expect(tag, tag).not.toMatch(/href="(?!#|https?:)/i);
    }
  });

  it('shows the hostile text as text, escaped', () => {
    expect(html).toContain('&lt;script&gt;alert(&quot;claim&quot;)&lt;/script&gt; We answer within 30 seconds.');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&amp;lt;already escaped&amp;gt; &amp; raw ampersand');
  });

  it('ends the stylesheet only once, whatever the company is called', () => {
    expect(html.match(/<\/style>/gi)).toHaveLength(1);
    expect(html.match(/<\/title>/gi)).toHaveLength(1);
  });

  it('has a strict CSP whose hash is that of its one stylesheet', () => {
    const csp = (/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '').replace(/&#39;/g, "'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(css, 'utf8').digest('base64');
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('loads nothing from outside', () => {
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(css).not.toMatch(/@import|url\(/i);
    expect(html).not.toMatch(/<link\b/i);
  });
});

describe('report HTML layout', () => {
  const model = buildReportModel(sampleInput());

  it('has every section, each with its anchor and a contents link to it', () => {
    const html = renderReportHtml(model, { paper: 'A4' });
    for (const id of REPORT_SECTION_IDS) {
      expect(html).toContain(`id="sec-${id}"`);
      expect(html).toContain(`href="#sec-${id}"`);
    }
  });

  it('fills the contents page numbers when given', () => {
    const pages = Object.fromEntries(REPORT_SECTION_IDS.map((id, i) => [id, i + 3]));
    const html = renderReportHtml(model, { paper: 'A4', tocPages: pages });
    expect(html).toMatch(/Executive summary<\/a><span class="p">3<\/span>/);
    expect(html).toMatch(/Every promise found<\/a><span class="p">11<\/span>/);
  });

  it.each([
    ['A4', 'size: A4;'],
    ['Letter', 'size: letter;'],
  ] as const)('sets the page size for %s', (paper, rule) => {
    expect(renderReportHtml(model, { paper })).toContain(rule);
  });

  it('draws the charts as inline SVG with the figures printed', () => {
    const html = renderReportHtml(model, { paper: 'A4' });
    expect(html.match(/<svg viewBox="0 0 640/g)?.length).toBe(3);
    expect(html).toContain('61% · target 95%');
    expect(html).toContain('1 in 10 over 9.5 business hours');
    expect(html).toContain('5 (33%)');
  });

  it('links only web places, never files', () => {
    const html = renderReportHtml(model, { paper: 'A4' });
    expect(html).toContain('<a href="https://www.northgatehome.co.uk/contact">');
    expect(html).not.toMatch(/href="file:/);
  });
});

describe('cssString', () => {
  it.each([
    ['Acme Ltd', '"Acme Ltd"'],
    ['A "quoted" name', '"A \\22 quoted\\22  name"'],
    ['</style>', '"\\3c \\2f style\\3e "'],
    ['back\\slash\nnew line', '"back\\5c slash\\a new line"'],
  ])('writes %j as %s', (text, css) => {
    expect(cssString(text)).toBe(css);
  });
});
