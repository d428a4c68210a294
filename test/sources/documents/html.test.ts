import { describe, expect, it } from 'vitest';
import type { PassageDraft } from '../../../shared/domain/types.js';
import { readHtml } from '../../../shared/sources/documents/html.js';

const URI = 'https://www.example.co.uk/help/charter';
const page = (body: string, head = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const passages = (html: string): readonly PassageDraft[] => readHtml(html, URI).doc.passages;
const texts = (html: string): string[] => passages(html).map((p) => p.text);
const find = (html: string, text: string): PassageDraft | undefined => passages(html).find((p) => p.text === text);

describe('readHtml: visible text', () => {
  const hidden: [string, string][] = [
    ['head and title', page('<p>Body text here.</p>', '<title>Title text</title><meta name="x" content="Meta text">')],
    ['script', page('<p>Body text here.</p><script>var promise = "Script text";</script>')],
    ['style', page('<style>.x{content:"Style text"}</style><p>Body text here.</p>')],
    ['noscript', page('<noscript><p>Noscript text</p></noscript><p>Body text here.</p>')],
    ['template', page('<template><p>Template text</p></template><p>Body text here.</p>')],
    ['comment', page('<!-- Comment text --><p>Body text here.</p>')],
    ['hidden attribute', page('<div hidden><p>Hidden text</p></div><p>Body text here.</p>')],
    ['svg', page('<svg><title>Svg text</title></svg><p>Body text here.</p>')],
  ];
  it.each(hidden)('drops %s', (_name, html) => {
    expect(texts(html)).toEqual(['Body text here.']);
  });

  it('decodes entities and collapses whitespace', () => {
    expect(texts(page('<p>Fish &amp; chips\n   cost&nbsp;&pound;4.50 &#8211; &#x2014;\tdaily</p>'))).toEqual([
      'Fish & chips cost £4.50 – — daily',
    ]);
  });

  it('replaces tags by spaces, as the corpus defines visible text', () => {
    expect(texts(page('<p>We<b>will</b>reply</p>'))).toEqual(['We will reply']);
  });

  it('keeps header, navigation and footer text (footers hold opening hours)', () => {
    const html = page(
      '<header><p>Acme Water</p></header><nav><ul><li><a href="/a">Bills</a></li></ul></nav>' +
        '<main><p>Main text.</p></main><footer><p>Open Monday to Friday, 8am to 6pm</p></footer>',
    );
    expect(texts(html)).toEqual(['Acme Water', 'Bills', 'Main text.', 'Open Monday to Friday, 8am to 6pm']);
  });
});

describe('readHtml: blocks and passages', () => {
  it('reads headings, paragraphs, and the direct text of a div around blocks', () => {
    const html = page('<div class="intro">We are here to help. <span>Call any time.</span><p>A paragraph.</p>Trailing text.</div><h2>Delivery</h2>');
    expect(passages(html).map((p) => [p.text, p.role])).toEqual([
      ['We are here to help.', 'sentence'],
      ['Call any time.', 'sentence'],
      ['A paragraph.', 'sentence'],
      ['Trailing text.', 'sentence'],
      ['Delivery', 'heading'],
    ]);
  });

  it('gives list items the lead-in they hang under, and nested items their parent', () => {
    const html = page(
      '<p>When you ring us, we aim to:</p><ul><li>answer within 30 seconds</li>' +
        '<li>When we call back, we will:<ul><li>call at the time we agreed</li></ul></li></ul>',
    );
    const items = passages(html).filter((p) => p.role === 'list-item');
    expect(items.map((p) => [p.text, p.leadIn])).toEqual([
      ['answer within 30 seconds', 'When you ring us, we aim to:'],
      ['When we call back, we will:', 'When you ring us, we aim to:'],
      ['call at the time we agreed', 'When we call back, we will:'],
    ]);
  });

  it('reads each <br> line of an opening-hours block as its own passage, but joins a sentence broken across lines', () => {
    const html = page('<p>Customer services<br>Monday to Friday 8am to 8pm<br>Saturday 9am to 1pm</p><p>We will reply to<br>every letter within 5 days.</p>');
    expect(texts(html)).toEqual([
      'Customer services',
      'Monday to Friday 8am to 8pm',
      'Saturday 9am to 1pm',
      'We will reply to every letter within 5 days.',
    ]);
  });

  it('reads a row of three or more bare links one link at a time', () => {
    const html = page('<div class="top"><a href="/">Home</a> | <a href="/p">Our promise</a> | <a href="/s">Support</a></div><p>Read <a href="/a">our charter</a>, <a href="/b">our prices</a> and <a href="/c">our terms</a> today.</p>');
    expect(texts(html)).toEqual(['Home', 'Our promise', 'Support', 'Read our charter , our prices and our terms today.']);
  });

  it('gives table cells their row label and column header', () => {
    const html = page(
      '<h2>Our standards</h2><table><thead><tr><th>Service</th><th>Standard</th><th>Payment</th></tr></thead>' +
        '<tbody><tr><td>Answering calls</td><td>Within 30 seconds of ringing</td><td>£20 credit</td></tr>' +
        '<tr><th scope="row">Letters</th><td colspan="2">Within 5 working days</td></tr></tbody></table>',
    );
    const cells = passages(html).filter((p) => p.role === 'table-cell');
    expect(cells.map((p) => [p.text, p.context])).toEqual([
      ['Service', 'Our standards'],
      ['Standard', 'Our standards'],
      ['Payment', 'Our standards'],
      ['Answering calls', 'Service — Our standards'],
      ['Within 30 seconds of ringing', 'Answering calls | Standard — Our standards'],
      ['£20 credit', 'Answering calls | Payment — Our standards'],
      ['Letters', 'Service — Our standards'],
      ['Within 5 working days', 'Letters | Standard — Our standards'],
    ]);
  });

  it('reads a layout table whose cells hold paragraphs as page regions', () => {
    const html = page('<table><tr><td><h3>Contact</h3><p>We reply within 2 days.</p></td></tr></table>');
    expect(passages(html).map((p) => [p.text, p.role])).toEqual([
      ['Contact', 'heading'],
      ['We reply within 2 days.', 'sentence'],
    ]);
  });

  it('reads FAQs: question headings, <details>/<summary>, accordion classes, bold questions and <dl>', () => {
    const html = page(
      '<h2>How long does delivery take?</h2><p>Usually 3 working days.</p>' +
        '<details><summary>Can I return an item?</summary><p>Yes, within 30 days.</p></details>' +
        '<div class="faq-question">When will I get my refund?</div><div class="faq-answer">Within 14 days of collection.</div>' +
        '<p><strong>Do you deliver at weekends?</strong></p><p>Yes, on Saturdays.</p>' +
        '<dl><dt>Is there a call-out fee?</dt><dd>No, never.</dd><dt>Priority</dt><dd>Within 4 hours.</dd></dl>',
    );
    const answers = passages(html).filter((p) => p.role === 'faq-answer' || /Within 4 hours/.test(p.text));
    expect(answers.map((p) => [p.text, p.role, p.context])).toEqual([
      ['Usually 3 working days.', 'faq-answer', 'How long does delivery take?'],
      ['Yes, within 30 days.', 'faq-answer', 'Can I return an item?'],
      ['Within 14 days of collection.', 'faq-answer', 'When will I get my refund?'],
      ['Yes, on Saturdays.', 'faq-answer', 'Do you deliver at weekends?'],
      ['No, never.', 'faq-answer', 'Is there a call-out fee?'],
      ['Within 4 hours.', 'sentence', 'Priority'],
    ]);
  });

  it('gives every passage a short CSS-like element path', () => {
    const html = page('<main id="content"><section><p>One.</p><ul><li>a</li><li>Second item</li></ul></section></main>');
    expect(find(html, 'One.')!.location).toEqual({ page: null, path: 'main#content > section > p', line: null });
    expect(find(html, 'Second item')!.location.path).toBe('main#content > section > ul > li:nth-of-type(2)');
  });

  it('returns the document around the passages', () => {
    const { doc } = readHtml(page('<h1>Charter</h1><p>We reply in 5 days.</p>', '<title> Our  charter | Acme </title>'), URI, 'policy');
    expect(doc).toMatchObject({ uri: URI, kind: 'policy', format: 'html', title: 'Our charter | Acme', pageCount: null, warnings: [] });
  });
});

describe('readHtml: links, canonical and robots', () => {
  it('resolves links against <base> and the page, keeps http(s) only, drops fragments and duplicates', () => {
    const html = page(
      '<a href="/a">a</a><a href="b?x=1#frag">b</a><a href="https://other.example/c">c</a><a href="mailto:x@y.z">m</a>' +
        '<a href="javascript:void(0)">j</a><a href="#top">top</a><a href="/a">again</a><map><area href="d.html"></map><a>no href</a>',
      '<base href="https://cdn.example.co.uk/base/">',
    );
    expect(readHtml(html, URI).links).toEqual([
      'https://cdn.example.co.uk/a',
      'https://cdn.example.co.uk/base/b?x=1',
      'https://other.example/c',
      'https://cdn.example.co.uk/base/',
      'https://cdn.example.co.uk/base/d.html',
    ]);
  });

  it('resolves against the page URL when there is no <base>', () => {
    expect(readHtml(page('<a href="../faq">f</a>'), URI).links).toEqual(['https://www.example.co.uk/faq']);
  });

  const robots: [string, string, { noindex: boolean; nofollow: boolean }][] = [
    ['none', '<meta name="robots" content="none">', { noindex: true, nofollow: true }],
    ['noindex', '<meta name="ROBOTS" content="NOINDEX, follow">', { noindex: true, nofollow: false }],
    ['nofollow', '<meta name="robots" content="index,nofollow">', { noindex: false, nofollow: true }],
    ['other bots only', '<meta name="googlebot" content="noindex">', { noindex: false, nofollow: false }],
    ['nothing', '', { noindex: false, nofollow: false }],
  ];
  it.each(robots)('robots meta: %s', (_name, head, expected) => {
    const result = readHtml(page('<p>x</p>', head), URI);
    expect({ noindex: result.noindex, nofollow: result.nofollow }).toEqual(expected);
  });

  it('reads the canonical URL, absolute', () => {
    expect(readHtml(page('', '<link rel="alternate" href="/alt"><link rel="canonical" href="/help/charter?ref=nav">'), URI).canonical).toBe(
      'https://www.example.co.uk/help/charter?ref=nav',
    );
    expect(readHtml(page('', ''), URI).canonical).toBeNull();
  });
});

describe('readHtml: hostile input', () => {
  const hostile: [string, () => string][] = [
    ['empty', () => ''],
    ['not HTML at all', () => '\u0000\u0001 }{ <<<>>> &#xFFFFFF; &bogus;'],
    ['unclosed tags', () => '<div><p>We reply <b>within <i>5 days'],
    ['NUL bytes in text', () => page('<p>We\u0000 reply\u0000 within 5 days.</p>')],
    ['100,000 nested divs', () => `${'<div>'.repeat(100_000)}Deep promise text.${'</div>'.repeat(100_000)}`],
    ['100,000 nested inline spans', () => `<p>${'<span>'.repeat(100_000)}Deep inline text.</p>`],
    ['a 10 MB line', () => page(`<p>${'We aim to reply. '.repeat(600_000)}</p>`)],
    ['a huge table', () => page(`<table>${'<tr><td>a</td><td colspan="99999">b</td></tr>'.repeat(5_000)}</table>`)],
  ];
  it.each(hostile)('never throws on %s', (_name, make) => {
    const result = readHtml(make(), URI);
    expect(Array.isArray(result.doc.passages)).toBe(true);
    expect(result.doc.passages.every((p) => p.text.length <= 1000 && !p.text.includes('\u0000'))).toBe(true);
  });

  it('still reads the text of a deeply nested page', () => {
    const html = `${'<div>'.repeat(100_000)}Deep promise text.${'</div>'.repeat(100_000)}`;
    expect(texts(html)).toContain('Deep promise text.');
  });
});
