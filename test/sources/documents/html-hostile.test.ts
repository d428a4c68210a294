/**
 * readHtml on generated hostile markup: whatever the input, it returns bounded, trimmed passages
 * without control characters and only http(s) links, and inputs built to make tag scanning
 * backtrack ("<a<a<a...") are read in linear time (a hard cut-off, not a speed test).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../shared/sources/documents/html.js';
import { limitNesting } from '../../../shared/sources/documents/html-depth.js';

const URI = 'https://shop.example/help/';
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;

const token = fc.constantFrom(
  '<div>', '</div>', '<p>', '</p>', '<li>', '<ul>', '</ul>', '<table><tr><td>', '</td>', '<br>', '<a href="/x">', '</a>',
  '<a href="javascript:alert(1)">', '<script>', '</script>', '<!--', '-->', '<', '>', '<a', '&amp;', '&#0;', '&#xD800;',
  '\u0000', '\u2028', ' ', '\n', 'We will reply within 5 days.', 'Call us on 0800 000 000', '£4.50', 'e.g.', '?', ':',
  '<h2>', '</h2>', '<details><summary>Q?</summary>', '<dl><dt>Term?</dt><dd>', '<template>', '<noscript>', '<p hidden>',
);
const hostile = fc.array(token, { maxLength: 400 }).map((parts) => parts.join(''));

function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe('readHtml on generated hostile markup', () => {
  it('keeps its contract on every page', () => {
    fc.assert(
      fc.property(hostile, (html) => {
        const page = readHtml(html, URI);
        for (const p of page.doc.passages) {
          expect(p.text.length).toBeGreaterThan(0);
          expect(p.text.length).toBeLessThanOrEqual(1000);
          expect(p.text).toBe(p.text.trim());
          expect(CONTROL.test(p.text)).toBe(false);
        }
        for (const link of page.links) expect(['http:', 'https:']).toContain(new URL(link).protocol);
      }),
      { numRuns: 300 },
    );
  });

  const backtracking: [string, () => string][] = [
    ['"<a" 200,000 times with no ">"', () => '<a'.repeat(200_000)],
    ['one "<a" before 5 MB of text', () => `<a ${'x'.repeat(5_000_000)}`],
    ['100,000 unclosed <script> tags', () => '<script>'.repeat(100_000)],
    ['100,000 nested tags after an open comment', () => `<!--${'<div>'.repeat(100_000)}`],
  ];
  it.each(backtracking)('scans %s in linear time', (_name, make) => {
    const html = make();
    // Generous: a backtracking scan takes minutes here; a linear one, milliseconds.
    expect(cpuMs(() => limitNesting(html))).toBeLessThan(3_000);
  });

  it('flattens only what is nested beyond the limit, keeping the text', () => {
    const html = `${'<div>'.repeat(5)}deep${'</div>'.repeat(5)}<p>after</p>`;
    expect(limitNesting(html, 10)).toBe(html);
    const limited = limitNesting(html, 2);
    expect(limited).toContain('deep');
    expect(limited.match(/<div>/g)).toHaveLength(2);
    expect(limited.match(/<\/div>/g)).toHaveLength(2);
    expect(limited).toContain('<p>after</p>');
  });
});
