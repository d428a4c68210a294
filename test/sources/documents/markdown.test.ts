import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/sources/documents/blocks.js';
import { markdownToBlocks } from '../../../shared/sources/documents/markdown-blocks.js';
import { markdownInlineToText } from '../../../shared/sources/documents/markdown-inline.js';
import { readMarkdown } from '../../../shared/sources/documents/markdown.js';
import { fixtureText } from './render-with-chromium.js';

// A cell's context starts with its headers; the segmenter may add its section after them.
const headers = (text: string): unknown => expect.stringMatching(new RegExp(`^${text.replace(/[|]/g, '\\|')}(?: — |$)`));

describe('readMarkdown on a complaints policy', () => {
  const doc = readMarkdown(fixtureText('complaints-policy.md'), 'file:///policies/complaints-policy.md');
  const rows = doc.passages.map((p) => [p.text, p.role, p.leadIn, p.context, p.location.line]);

  it('is titled by its first top-level heading', () => {
    expect(doc).toMatchObject({ format: 'markdown', kind: 'policy', title: 'Complaints Policy', pageCount: null, warnings: [] });
  });

  it('reads every passage with its line, role, lead-in and context', () => {
    expect(rows).toEqual([
      ['Complaints Policy', 'heading', null, null, 6],
      ['We want to put things right quickly.', 'sentence', null, 'Complaints Policy', 8],
      ['This policy explains how Harbour Home Energy handles complaints from customers, and what you can expect from us.', 'sentence', null, 'Complaints Policy', 8],
      ['How to complain', 'heading', null, null, 11],
      ['You can complain by phone, by email or in writing.', 'sentence', null, 'How to complain', 13],
      ['See our contact page.', 'sentence', null, 'How to complain', 13],
      ['When you complain, we will:', 'sentence', null, 'How to complain', 15],
      ['acknowledge your complaint within 2 working days;', 'list-item', 'When you complain, we will:', 'How to complain', 17],
      ['give you a named contact;', 'list-item', 'When you complain, we will:', 'How to complain', 18],
      ['send you a final response within 8 weeks.', 'list-item', 'When you complain, we will:', 'How to complain', 19],
      ['If we cannot, we will tell you why and when you will hear from us.', 'list-item', 'send you a final response within 8 weeks.', 'How to complain', 20],
      ['Our service standards', 'heading', null, null, 23],
      ['Phone', 'table-cell', null, headers('Channel'), 27],
      ['within 60 seconds', 'table-cell', null, headers('Phone | Response time'), 27],
      ['Email', 'table-cell', null, headers('Channel'), 28],
      ['within 2 working days', 'table-cell', null, headers('Email | Response time'), 28],
      ['We never close a complaint without your agreement.', 'sentence', null, 'Our service standards', 34],
      ['Setext policy review', 'heading', null, null, 36],
      ['This policy is reviewed every year.', 'sentence', null, 'Setext policy review', 39],
    ]);
  });

  it('skips front matter and code blocks', () => {
    expect(doc.passages.some((p) => /escalation codes|owner:/.test(p.text))).toBe(false);
  });
});

describe('markdownToBlocks', () => {
  const kinds = (md: string): [Block['kind'], string, number | null][] => markdownToBlocks(md).map((b) => [b.kind, b.text, b.location.line]);

  it.each([
    ['ATX heading with closing hashes', '## Opening hours ##', [['heading', 'Opening hours', 1]]],
    ['setext level 1', 'Our promise\n===', [['heading', 'Our promise', 1]]],
    ['a bullet list interrupting a paragraph', 'We will:\n* call back\n* write', [['paragraph', 'We will:', 1], ['list-item', 'call back', 2], ['list-item', 'write', 3]]],
    ['an ordered list not starting at 1 does not interrupt a paragraph', 'In 2024 we answered\n2. calls', [['paragraph', 'In 2024 we answered 2. calls', 1]]],
    ['ordered items with ) markers', '1) first\n2) second', [['list-item', 'first', 1], ['list-item', 'second', 2]]],
    ['a loose list keeps going across blank lines', '- one\n\n- two', [['list-item', 'one', 1], ['list-item', 'two', 3]]],
    ['a lazy continuation line', '- answer within\n30 seconds', [['list-item', 'answer within 30 seconds', 1]]],
    ['a task list item', '- [x] reply in 2 days', [['list-item', 'reply in 2 days', 1]]],
    ['a thematic break is not a heading after a blank line', 'Text\n\n---\n\nMore', [['paragraph', 'Text', 1], ['paragraph', 'More', 5]]],
    ['indented code is skipped', 'Intro\n\n    code line\n\nOutro', [['paragraph', 'Intro', 1], ['paragraph', 'Outro', 5]]],
    ['an unclosed fence swallows the rest', 'Before\n```\nnot prose', [['paragraph', 'Before', 1]]],
    ['an HTML comment block is skipped', '<!-- draft\nnote -->\nVisible', [['paragraph', 'Visible', 3]]],
    ['nested block quotes', '> > We always reply.', [['paragraph', 'We always reply.', 1]]],
    ['CRLF line endings', 'A\r\n\r\nB', [['paragraph', 'A', 1], ['paragraph', 'B', 3]]],
  ] as const)('%s', (_name, md, expected) => {
    expect(kinds(md)).toEqual(expected);
  });

  it('gives table cells their row label and column header, honouring escaped pipes', () => {
    const cells = markdownToBlocks('| Team | Target |\n| :-- | --: |\n| Sales \\| Billing | 2 days |').map((b) => [b.text, b.context]);
    expect(cells).toEqual([
      ['Sales | Billing', 'Team'],
      ['2 days', 'Sales | Billing | Target'],
    ]);
  });

  it('stays linear on deeply nested quotes and lists', () => {
    const deep = `${'> '.repeat(5_000)}text\n${Array.from({ length: 2_000 }, (_, i) => `${'  '.repeat(i % 40)}- item ${i}`).join('\n')}`;
    const blocks = markdownToBlocks(deep);
    expect(blocks.some((b) => b.text.endsWith('text'))).toBe(true);
    expect(blocks.filter((b) => b.kind === 'list-item').length).toBeGreaterThan(100);
  });
});

describe('markdownInlineToText', () => {
  it.each([
    ['We **always** answer within *30 seconds*.', 'We always answer within 30 seconds.'],
    ['See [our charter](https://x.org/a_(b) "Charter") and ![the logo](logo.png).', 'See our charter and the logo.'],
    ['Reference [links][charter] and [collapsed][] too', 'Reference links and collapsed too'],
    ['snake_case_names stay as they are', 'snake_case_names stay as they are'],
    ['_emphasis_ and __strong__ and ~~struck~~', 'emphasis and strong and struck'],
    ['Escapes: \\*not emphasis\\* \\[not a link\\](x)', 'Escapes: *not emphasis* [not a link](x)'],
    ['`code *stays*` verbatim', 'code *stays* verbatim'],
    ['<span class="x">Call</span> us<br>now <!-- hidden -->', 'Call us now '],
    ['<https://example.org/help> or <help@example.org>', 'https://example.org/help or help@example.org'],
    ['Fees &amp; charges &pound;5 &#8364;6 &#x20AC;7 &bogus;', 'Fees & charges £5 €6 €7 &bogus;'],
    ['a footnote[^1] marker', 'a footnote marker'],
    ['5 * 3 * 2 and 24/7*', '5 * 3 * 2 and 24/7*'],
  ])('%s', (input, expected) => {
    expect(markdownInlineToText(input)).toBe(expected);
  });

  it('stays linear on hostile runs', () => {
    for (const hostile of ['['.repeat(200_000), '`'.repeat(200_000), '<!--'.repeat(50_000), '**a'.repeat(70_000), '![x]('.repeat(40_000)]) {
      expect(typeof markdownInlineToText(hostile)).toBe('string');
    }
  });
});
